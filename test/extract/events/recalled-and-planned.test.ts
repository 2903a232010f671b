import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const agreements = (out: ReturnType<typeof eventsFor>) => out.filter((e) => e.type === 'agreement');

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
    const out = agreements(eventsFor(text, [['ORG', 'Ville de Tours'], ['ORG', 'commune de Kaolack'], ['PLACE', 'Tours'], ['PLACE', 'Kaolack']]));
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['Tours', 'Kaolack'] });
  });
});
