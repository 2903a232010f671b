import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/entities/tokenize.js';
import { entitiesOf } from './helpers.js';

describe('an initial inside a hyphenated name', () => {
  it('keeps "Odilon-P.-Marrot" one word', () => {
    expect(tokenize('au Centre Odilon-P.-Marrot, à Vellaine').map((t) => t.text)).toEqual(['au', 'Centre', 'Odilon-P.-Marrot', ',', 'à', 'Vellaine']);
  });

  it('names the whole venue, not the part before the initial', () => {
    const names = entitiesOf('La charte a été paraphée le 12 mars au Centre Odilon-P.-Marrot, à Vellaine.').map((e) => e.name);
    expect(names).toContain('Centre Odilon-P.-Marrot');
  });

  it('leaves initials that open a word alone ("N.-B.", "J.-F. Marrot")', () => {
    expect(tokenize('le N.-B. et J.-F. Marrot').map((t) => t.text)).toEqual(['le', 'N', '.', '-', 'B', '.', 'et', 'J', '.', '-', 'F', '.', 'Marrot']);
  });

  it('keeps one word with a non-breaking hyphen or an accented initial ("Odilon‑É.‑Marrot")', () => {
    expect(tokenize('au Centre Odilon\u2011É.\u2011Marrot, à Vellaine').map((t) => t.text)).toEqual(['au', 'Centre', 'Odilon\u2011É.\u2011Marrot', ',', 'à', 'Vellaine']);
  });

  it('leaves a lower-case letter between hyphens alone ("Odilon-é.-Marrot")', () => {
    expect(tokenize('au Centre Odilon-é.-Marrot').map((t) => t.text)).not.toContain('Odilon-é.-Marrot');
  });
});
