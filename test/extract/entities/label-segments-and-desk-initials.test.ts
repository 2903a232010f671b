import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('words in capitals between the marks of a page line', () => {
  it('make no body when they are a label before a mark', () => {
    const text = 'AVIS OFFICIELS — Publié le 3 mai 2026\n\nLa SODEP a signé une entente avec la Ville de Brelac.\n';
    expect(namesOf(text, 'ORG')).toEqual(['SODEP', 'Ville de Brelac']);
  });

  it('make no body when they are a label after a mark', () => {
    const text = 'The Brelac Ledger – LIVE COVERAGE\n\nThe SODEP signed an agreement.\n';
    const orgs = namesOf(text, 'ORG', 'en');
    expect(orgs).toContain('SODEP');
    expect(orgs.join('|')).not.toContain('COVERAGE');
  });

  it('stay a body when one acronym stands alone before the mark (near miss)', () => {
    const text = 'SODEP — Communiqué\n\nLa SODEP a signé une entente avec la Ville de Brelac.\n';
    expect(namesOf(text, 'ORG')).toContain('SODEP');
  });
});

describe('the initials that close a wire story', () => {
  it('make no body', () => {
    const text = 'La Ville de Brelac a signé une entente avec la Ville de Morvan.\n\nKRT/mb\n';
    expect(namesOf(text, 'ORG')).toEqual(['Ville de Brelac', 'Ville de Morvan']);
  });

  it('stay a body when the slash joins two bodies mid-line (near miss)', () => {
    const text = 'Le partenariat SODEP/cnrs porte sur trois ans et la SODEP le finance.\n';
    expect(namesOf(text, 'ORG')).toContain('SODEP');
  });
});

describe('the kind of document in a page’s top line', () => {
  it('is no paper’s title', () => {
    const text = 'DOSSIER DE PRESSE\nBrelac – Saison 2027\n\nLa Ville de Brelac a signé une entente.\n';
    expect(namesOf(text, 'ORG')).toEqual(['Ville de Brelac']);
  });

  it('leaves a paper named with a newspaper word (near miss)', () => {
    const text = 'LA PRESSE DE BRELAC\nLundi 4 mai 2026\n\nLa Ville de Brelac a signé une entente.\n';
    expect(namesOf(text, 'ORG')).toContain('LA PRESSE DE BRELAC');
  });
});

describe('two capitals after a town and its comma', () => {
  it('are a state in an address or a dateline, no body', () => {
    const text = 'Brelac Town Hall | 12 Main Street | Brelac, QX 56999\n\nBRELAC, QX – The Town of Brelac signed an agreement.\n';
    const orgs = namesOf(text, 'ORG', 'en');
    expect(orgs).toContain('Town of Brelac');
    expect(orgs).not.toContain('QX');
  });

  it('stay a body after a town mid-sentence (near miss)', () => {
    const text = 'The agreement with Brelac, QX and the Town of Morvan was signed.\n';
    expect(namesOf(text, 'ORG', 'en')).toContain('QX');
  });
});
