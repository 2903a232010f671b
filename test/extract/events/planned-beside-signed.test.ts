import { describe, expect, it } from 'vitest';
import { agreements, dateFor, eventsFor } from './entities-for.js';

describe('an agreement promised in a clause that tells a signing', () => {
  it('is planned: "a signed … and the promise of a friendship agreement with X"', () => {
    const text = 'The mayor of Dunmere came home with a signed deal between two schools and the promise of a wider friendship agreement with Vellport Council next year.';
    const out = eventsFor(text, [['ORG', 'Vellport Council'], ['PLACE', 'Dunmere']], [], 'en');
    expect(agreements(out).map((e) => e.status)).toEqual(['planned']);
  });

  it('is planned: "have a twinning charter in sight"', () => {
    const text = 'After three days of talks, Dunmere Council and Vellport Council have a twinning charter in sight.';
    const out = eventsFor(text, [['ORG', 'Dunmere Council'], ['ORG', 'Vellport Council']], [], 'en');
    expect(agreements(out).map((e) => e.status)).toEqual(['planned']);
  });

  it('leaves a signed agreement signed when nothing is promised', () => {
    const text = 'The mayor of Dunmere came home with a signed friendship agreement with Vellport Council and a list of projects.';
    const out = eventsFor(text, [['ORG', 'Vellport Council'], ['PLACE', 'Dunmere']], [], 'en');
    expect(agreements(out).map((e) => e.status)).toEqual(['signed']);
  });
});

describe('a plan, then a signing told with another noun', () => {
  const plan =
    'A friendship agreement between Dunmere Council and the City of Vellport is being drafted, and is expected to be signed next summer.';

  it('keeps the earlier letter of intent apart from the planned agreement', () => {
    const text = `${plan} In March 2021 Dunmere Council signed a letter of intent with the City of Vellport.`;
    const out = eventsFor(text, [['ORG', 'Dunmere Council'], ['ORG', 'City of Vellport']], [dateFor(text, 'March 2021', '2021-03')], 'en');
    expect(agreements(out).map((e) => [e.status, e.date])).toEqual([
      ['planned', undefined],
      ['signed', '2021-03'],
    ]);
  });

  it('still reads the same noun signed later as the plan come true', () => {
    const text = `${plan} On 3 June Dunmere Council signed the friendship agreement with the City of Vellport.`;
    const out = eventsFor(text, [['ORG', 'Dunmere Council'], ['ORG', 'City of Vellport']], [dateFor(text, '3 June', '--06-03')], 'en');
    expect(agreements(out)).toHaveLength(1);
  });
});

describe('"the friendship agreement" named again', () => {
  it('is the agreement planned before, not a new one ("The letter commits both sides to prepare the friendship agreement")', () => {
    const text =
      'Dunmere Council and the City of Vellport intend to sign a friendship agreement in 2028. In May, the two mayors signed a letter of intent in Vellport. The letter commits both sides to prepare the friendship agreement.';
    const out = eventsFor(text, [['ORG', 'Dunmere Council'], ['ORG', 'City of Vellport'], ['PLACE', 'Vellport']], [dateFor(text, '2028', '2028'), dateFor(text, 'May', '--05')], 'en');
    expect(agreements(out)).toHaveLength(2);
  });

  it('while "a cultural agreement" after the letter is one more', () => {
    const text =
      'Dunmere Council and the City of Vellport intend to sign a friendship agreement in 2028. In May, the two mayors signed a letter of intent in Vellport. The letter commits both sides to prepare a cultural agreement as well.';
    const out = eventsFor(text, [['ORG', 'Dunmere Council'], ['ORG', 'City of Vellport'], ['PLACE', 'Vellport']], [dateFor(text, '2028', '2028'), dateFor(text, 'May', '--05')], 'en');
    expect(agreements(out)).toHaveLength(3);
  });
});

describe('a signing that a programme lists', () => {
  const programme = (entry: string) =>
    `JOURNÉES DE LA COOPÉRATION\n\nProgramme de la rencontre\n\nMARDI 12 MAI — Salle des fêtes\n\n9h00 — Accueil des participants\n\n${entry}\n\n12h00 — Déjeuner`;

  it('is planned: "10h30 — Signature de la convention entre A et B"', () => {
    const text = programme("10h30 — Signature de la convention de partenariat entre la Ville d'Orvenne et la Commune de Salbris-Neuve");
    const out = eventsFor(text, [['ORG', "Ville d'Orvenne"], ['ORG', 'Commune de Salbris-Neuve']]);
    expect(agreements(out).map((e) => e.status)).toEqual(['planned']);
  });

  it('leaves a step recalled with its verb signed ("Convention signée le 4 mars 2024")', () => {
    const text = programme("10h30 — Rappel des étapes\nConvention de partenariat signée le 4 mars 2024 par la Ville d'Orvenne et la Commune de Salbris-Neuve");
    const out = eventsFor(text, [['ORG', "Ville d'Orvenne"], ['ORG', 'Commune de Salbris-Neuve']], [dateFor(text, '4 mars 2024', '2024-03-04')]);
    expect(agreements(out).map((e) => e.status)).toEqual(['signed']);
  });

  it('leaves a timed signing signed outside a programme', () => {
    const text = "Compte rendu de la journée\n\n10h30 — Signature de la convention de partenariat entre la Ville d'Orvenne et la Commune de Salbris-Neuve";
    const out = eventsFor(text, [['ORG', "Ville d'Orvenne"], ['ORG', 'Commune de Salbris-Neuve']]);
    expect(agreements(out).map((e) => e.status)).toEqual(['signed']);
  });
});
