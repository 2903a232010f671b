import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { trigramRanker } from '../../src/extract/language-trigrams.js';

// The ranker reads franc's own trigram data and must rank exactly as francAll does; this
// guards an upgrade of franc that changes its data or its scoring.
const CANDIDATES = ['fra', 'eng', 'deu', 'spa', 'ita', 'nld', 'por'];

const samples = [
  'La municipalité a conclu une entente avec une ville européenne pour les échanges scolaires.',
  'The mayor and the prefect signed a twinning charter at the town hall on Monday morning.',
  'Le maire a signé the memorandum of understanding during the Atlantic Forum, a déclaré le ministre.',
  'El alcalde firmó un acuerdo de cooperación con la ciudad de Sherbrooke durante la visita.',
  'Der Bürgermeister unterzeichnete heute ein Abkommen über die Zusammenarbeit mit Québec.',
  'LA VILLE DE CHAMBLY ET TULLE ONT SIGNÉ UNE ENTENTE DE COOPÉRATION À CHAMBLY LE 18 MAI.',
  "Il sindaco e l'assessore hanno firmato un accordo di gemellaggio con la città francese.",
];

describe('trigramRanker', () => {
  const ranker = trigramRanker(CANDIDATES);

  it.each(samples)('ranks "%s" exactly as francAll', (sample) => {
    expect(ranker.rank(sample)).toEqual(francAll(sample, { only: CANDIDATES, minLength: 1 }));
  });

  it('leaves text that is not plainly Latin script to franc', () => {
    expect(ranker.rank('Москва и Квебек подписали соглашение о сотрудничестве.')).toBeUndefined();
  });
});
