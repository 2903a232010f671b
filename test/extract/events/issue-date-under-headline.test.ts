import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Néguac'], ['ORG', "Ville d'Arbois"]] as const;

describe('the issue date printed under a headline', () => {
  it('dates the issue, not the signing the headline announces', () => {
    const text =
      "La Ville de Néguac et la Ville d'Arbois scellent une entente d'amitié\nL'Écho des Vignes | Jeudi 6 mars 2025 | Par Odile Rameau\n\nLes deux villes ont officialisé leur rapprochement. La cérémonie s'est tenue le 4 mars à la salle des fêtes, devant une centaine d'invités.";
    const dates = [dateFor(text, 'Jeudi 6 mars 2025', '2025-03-06'), dateFor(text, '4 mars', '--03-04')];
    expect(eventsFor(text, SIDES, dates).find((e) => e.type === 'agreement')?.date).toBe('--03-04');
  });

  it('leaves the date the text gives right under a section heading', () => {
    const text =
      "La Ville de Néguac et la Ville d'Arbois scellent une entente d'amitié\nLe point d'orgue a eu lieu jeudi 6 mars 2025 à la salle des fêtes.\n\nLes deux villes ont officialisé leur rapprochement le 4 mars, selon le maire.";
    const dates = [dateFor(text, 'jeudi 6 mars 2025', '2025-03-06'), dateFor(text, '4 mars', '--03-04')];
    expect(eventsFor(text, SIDES, dates).find((e) => e.type === 'agreement')?.date).toBe('2025-03-06');
  });
});
