import { describe, expect, it } from 'vitest';
import { agreements, agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('a plan told after a signing', () => {
  it('keeps "A et B signeront une convention" apart from the agreement signed before', () => {
    const text =
      'La Ville de Nantes et la Ville de Sherbrooke ont signé une charte d’amitié le 3 mai. Le lycée Clemenceau et le Collège Laflèche, établissement de Sherbrooke, signeront une convention d’échanges en 2027.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Nantes'], ['ORG', 'Ville de Sherbrooke'], ['ORG', 'lycée Clemenceau'], ['ORG', 'Collège Laflèche'], ['PLACE', 'Sherbrooke']],
        [dateFor(text, '3 mai', '--05-03')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ status: 'signed', parties: ['Ville de Nantes', 'Ville de Sherbrooke'] });
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['lycée Clemenceau', 'Collège Laflèche'] });
  });

  it('gives a caption "après la signature de l’entente" to the entente, not to a convention planned since', () => {
    const text =
      'La Ville de Nantes et la Ville de Sherbrooke ont signé une entente le 3 mai. Le lycée Clemenceau et le Cégep de Sherbrooke prévoient de signer une convention d’échanges.\nPhoto : les deux maires après la signature de l’entente.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Nantes'], ['ORG', 'Ville de Sherbrooke'], ['ORG', 'lycée Clemenceau'], ['ORG', 'Cégep de Sherbrooke']],
        [dateFor(text, '3 mai', '--05-03')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'planned', kind: 'convention d’échanges' });
  });
});

describe('a pair of towns', () => {
  it('reads "les deux villes" as the towns’ bodies when the agreement named them so', () => {
    const text =
      'La Ville de Tours et la Ville de Rimouski ont signé une entente le 9 juin. En 2021, une lettre d’intention avait été signée à Tours entre les deux villes.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Tours'], ['ORG', 'Ville de Rimouski'], ['PLACE', 'Tours'], ['PLACE', 'Rimouski']],
        [dateFor(text, '9 juin', '--06-09'), dateFor(text, '2021', '2021')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '2021', parties: ['Ville de Tours', 'Ville de Rimouski'] });
  });

  it('still reads "les deux villes" as places after a described "commune de X"', () => {
    const text = 'La Ville de Tours et la commune de Kaolack ont signé une entente. Les deux villes prévoient de signer un accord culturel.';
    const out = agreementsFor(text, [['ORG', 'Ville de Tours'], ['ORG', 'commune de Kaolack'], ['PLACE', 'Tours'], ['PLACE', 'Kaolack']]);
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['Tours', 'Kaolack'] });
  });
});

describe('a twinning that has run since a year', () => {
  it('reads "jumelée depuis 1972 avec X" as a twinning signed that year', () => {
    const text =
      'La Ville de Champagnole et la Ville de Joliette ont signé une charte le 4 avril. Champagnole, jumelée depuis 1972 avec Tuttlingen, en Allemagne, accueillera les élus en juin.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Joliette'], ['PLACE', 'Champagnole'], ['PLACE', 'Tuttlingen'], ['PLACE', 'Allemagne']],
        [dateFor(text, '4 avril', '--04-04')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'signed', date: '1972', parties: ['Champagnole', 'Tuttlingen'] });
    expect(out[1]?.place).toBeUndefined();
  });

  it('reads "has had a sister-city agreement with X since 1974" as an agreement signed that year', () => {
    const text = 'The City of Perth and the City of Halifax signed a friendship agreement on May 2. Perth has had a sister-city agreement with Kagoshima since 1974.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'City of Perth'], ['ORG', 'City of Halifax'], ['PLACE', 'Kagoshima'], ['PLACE', 'Perth']],
        [dateFor(text, 'May 2', '--05-02')],
        'en',
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '1974', parties: ['Perth', 'Kagoshima'] });
  });

  it('takes no twinning from ties with no agreement ("entretient des liens depuis 2001")', () => {
    const text = 'La Ville de Champagnole et la Ville de Joliette ont signé une charte. Joliette entretient des liens avec Tulle depuis 2001.';
    const out = agreementsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Joliette'], ['PLACE', 'Joliette'], ['PLACE', 'Tulle']]);
    expect(out).toHaveLength(1);
  });
});

describe('two agreements in one sentence', () => {
  it('reads "Cet accord s’inscrit dans l’entente entre A et B, conclue en 2017" as a second agreement', () => {
    const text =
      'L’Université de Mons et le Cégep de Lévis ont signé un accord le 2 mai 2024. Cet accord s’inscrit dans l’entente entre la Région wallonne et la Chaudière-Appalaches, conclue en 2017.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Université de Mons'], ['ORG', 'Cégep de Lévis'], ['ORG', 'Région wallonne'], ['PLACE', 'Chaudière-Appalaches']],
        [dateFor(text, '2 mai 2024', '2024-05-02'), dateFor(text, '2017', '2017')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'signed', date: '2017', parties: ['Région wallonne', 'Chaudière-Appalaches'] });
  });

  it('reads "The agreement follows a letter of intent the two cities signed in 2022" with the pair of the agreement', () => {
    const text =
      'The City of Duluth and the City of Växjö signed a friendship agreement on June 3. The agreement follows a letter of intent the two cities signed in April 2022.';
    const out = agreements(
      eventsFor(text, [['ORG', 'City of Duluth'], ['ORG', 'City of Växjö']], [dateFor(text, 'June 3', '--06-03'), dateFor(text, 'April 2022', '2022-04')], 'en'),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ kind: 'letter of intent', date: '2022-04', parties: ['City of Duluth', 'City of Växjö'] });
  });
});

describe('a recalled declaration signed by the pair', () => {
  it('reads "la déclaration d’amitié signée par les deux villes" as its own agreement between them', () => {
    const text =
      'La Ville de Vannes et la Ville de Shediac ont signé une charte le 3 juin 2025. Elle prolonge la déclaration d’amitié signée par les deux villes à Shediac le 2 juillet 2021.';
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Vannes'], ['ORG', 'Ville de Shediac'], ['PLACE', 'Shediac']],
        [dateFor(text, '3 juin 2025', '2025-06-03'), dateFor(text, '2 juillet 2021', '2021-07-02')],
      ),
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ kind: 'déclaration d’amitié', date: '2021-07-02', parties: ['Ville de Vannes', 'Ville de Shediac'] });
  });
});
