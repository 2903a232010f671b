import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a centre after a date and "au"', () => {
  it('is the place where the day’s event is held', () => {
    const text = 'Le jeudi 15 octobre, au Centre régional de voile de Brelac, les deux maires ont signé la convention.';
    expect(namesOf(text, 'PLACE')).toContain('Centre régional de voile de Brelac');
    expect(namesOf(text, 'ORG')).not.toContain('Centre régional de voile de Brelac');
  });

  it('stays a body when it is a centre of training or care (near miss)', () => {
    const text = 'Le 3 mai, au Centre hospitalier de Brelac, les médecins ont signé la convention.';
    expect(namesOf(text, 'ORG')).toContain('Centre hospitalier de Brelac');
  });

  it('stays a body after "au" with no date before it (near miss)', () => {
    const text = 'La Ville a versé une subvention au Centre régional de voile de Brelac.';
    expect(namesOf(text, 'ORG')).toContain('Centre régional de voile de Brelac');
  });
});
