import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('survives titles, company suffixes, saints and initials', () => {
    expect(pieces("M. Jean Roy, de Roy Inc., a rencontré Mme Lise Paré à St-Lin. Le Dr J. K. Obi était présent.")).toEqual([
      'M. Jean Roy, de Roy Inc., a rencontré Mme Lise Paré à St-Lin.',
      'Le Dr J. K. Obi était présent.',
    ]);
    expect(pieces('Gov. Ann Lee met the U.S. Senate. Then she left.')).toEqual(['Gov. Ann Lee met the U.S. Senate.', 'Then she left.']);
  });

  it('reads Spanish honorifics and Cllr. as abbreviations', () => {
    expect(pieces('La rectora Dra. Inés Vidal y el Lic. Tomás Gil firmaron. Cllr. Joe Pike was there.')).toEqual([
      'La rectora Dra. Inés Vidal y el Lic. Tomás Gil firmaron.',
      'Cllr. Joe Pike was there.',
    ]);
  });

  it('keeps decimals, quotes and ellipses inside their sentence', () => {
    expect(pieces('Le taux est de 3.5 % cette année. « Bravo. » dit-il… puis il part. Fin !')).toEqual([
      'Le taux est de 3.5 % cette année.',
      '« Bravo. » dit-il… puis il part.',
      'Fin !',
    ]);
  });

  it('ends a sentence at a closing quote and at every line break', () => {
    expect(pieces('Il a dit : « Nous signerons. » La Ville approuve.\nTITRE SANS POINT\nSuite')).toEqual([
      'Il a dit : « Nous signerons. »',
      'La Ville approuve.',
      'TITRE SANS POINT',
      'Suite',
    ]);
  });

  it('returns trimmed spans that slice back to the text', () => {
    const text = '  Un.   Deux !  \n\n  Trois ?  ';
    for (const s of splitSentences(text)) {
      const piece = text.slice(s.start, s.end);
      expect(piece).toBe(piece.trim());
      expect(piece.length).toBeGreaterThan(0);
    }
    expect(pieces(text)).toEqual(['Un.', 'Deux !', 'Trois ?']);
  });

  it('trims every space trim() removes, an em space and a vertical tab included', () => {
    expect(pieces('\u2003Le conseil vote.\u2002\n\u000bLe maire signe.\u3000')).toEqual(['Le conseil vote.', 'Le maire signe.']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
