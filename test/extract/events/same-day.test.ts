import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('an agreement signed "le même jour"', () => {
  it('takes the day of the signing told just before, not the range of the stay told earlier', () => {
    const text =
      "Chambly signe un protocole avec Tulle\n\nUne délégation de la Ville de Chambly a séjourné à Tulle du lundi 21 au samedi 26 septembre. Le jeudi 24 septembre, la Ville de Chambly et la Ville de Tulle ont signé un protocole d'entente. Un deuxième texte a été signé le même jour : une entente d'échanges scolaires entre la polyvalente Jean-Jacques-Bertrand et le lycée Edmond-Perrier.";
    const dates = [dateFor(text, 'lundi 21 au samedi 26 septembre', '--09-21/--09-26'), dateFor(text, 'jeudi 24 septembre', '--09-24')];
    const specs = [
      ['PLACE', 'Chambly'], ['PLACE', 'Tulle'], ['ORG', 'Ville de Chambly'], ['ORG', 'Ville de Tulle'],
      ['ORG', 'polyvalente Jean-Jacques-Bertrand'], ['ORG', 'lycée Edmond-Perrier'],
    ] as const;
    const out = eventsFor(text, specs, dates);
    expect(out.find((e) => e.kind.startsWith('entente'))?.date).toBe('--09-24');
  });
});
