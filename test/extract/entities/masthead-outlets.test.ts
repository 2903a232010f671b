import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const body = '\n\nLa Ville de Rimouski a signé mardi une entente avec la Ville de Gaspé.\n';

describe('the paper named by its masthead', () => {
  it('reads a title with a newspaper word before the line\'s separators', () => {
    expect(namesOf(`Rimouski et Gaspé signent\n\nRimouski Hebdo — Culture | Par Anne Roy | 3 mai 2025${body}`, 'ORG')).toContain('Rimouski Hebdo');
    expect(namesOf(`Deux villes signent\n\nTHE KINGSTON LEDGER | Local News | By Ann Roy${body}`, 'ORG', 'en')).toContain('THE KINGSTON LEDGER');
  });

  it('reads a title alone on a first line, with its article, complement or adjective', () => {
    expect(namesOf(`Le Courrier picard\n\nDeux villes signent${body}`, 'ORG')).toContain('Le Courrier picard');
    expect(namesOf(`Dernières Nouvelles du Jura\n\nDeux villes signent${body}`, 'ORG')).toContain('Dernières Nouvelles du Jura');
    expect(namesOf(`The Herald\nYour valley newspaper since 1901${body}`, 'ORG', 'en')).toContain('The Herald');
  });

  it('leaves a body\'s newsletter, a section label and a later line alone', () => {
    const newsletter = namesOf(`CCI INFOS – La lettre des entreprises\n\nNouvelles municipales | Publié le 3 mai 2025${body}`, 'ORG');
    expect(newsletter.filter((n) => /INFOS|Nouvelles/.test(n))).toEqual([]);
    expect(namesOf(`Press Release\n\nRising Star Award | Winners${body}`, 'ORG', 'en').filter((n) => /Press|Star/.test(n))).toEqual([]);
    const late = `Titre\n\n${"Une phrase courte.\n\n".repeat(6)}Rimouski Hebdo${body}`;
    expect(namesOf(late, 'ORG')).not.toContain('Rimouski Hebdo');
  });
});

describe('the paper named by the page\'s layout', () => {
  it('reads a short title before a separator and the section, town or date', () => {
    expect(namesOf(`Maré Soir — Société${body}`, 'ORG')).toContain('Maré Soir');
    expect(namesOf(`Deux villes signent\n\nLe Quercy Vivant | Cahors | mardi 3 juin 2025${body}`, 'ORG')).toContain('Le Quercy Vivant');
  });

  it('reads a title alone on its line above a section line', () => {
    expect(namesOf(`L'Étoile acadienne\nCulture | Campbellton, le 3 mai 2025${body}`, 'ORG')).toContain("L'Étoile acadienne");
  });

  it('leaves page labels, bylines, headlines and lines that go on into text alone', () => {
    const labels = namesOf(`Accueil > Nouvelles > Culture\nPar Anne Roy | 3 mai 2025\n\nDeux Villes Amies — Le maire de Rimouski a signé${body}`, 'ORG');
    expect(labels.filter((n) => /Accueil|Anne|Amies/.test(n))).toEqual([]);
  });
  it('reads an article and one word laid out before section labels as a title, but not a body\'s head', () => {
    expect(namesOf(`Le Beaucerois | Actualités | Régional${body}`, 'ORG')).toContain('Le Beaucerois');
    expect(namesOf(`La Mairie | Actualités | Régional${body}`, 'ORG').filter((n) => /Mairie/.test(n))).toEqual([]);
  });
});
