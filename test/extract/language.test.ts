import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/language.js';

const FRENCH =
  "La municipalité a conclu une entente de coopération avec une ville européenne afin de favoriser les échanges entre les entreprises, les écoles et les organismes culturels des deux territoires.";
const ENGLISH =
  'The provincial government and the state announced a new memorandum of understanding on energy, trade and tourism, which both leaders signed during a short visit to the border region.';

describe('detectLanguage', () => {
  it('recognizes French and English articles with high confidence', () => {
    expect(detectLanguage(FRENCH)).toEqual({ language: 'fr', confidence: expect.any(Number) });
    expect(detectLanguage(FRENCH).confidence).toBeGreaterThan(0.7);
    expect(detectLanguage(ENGLISH).language).toBe('en');
    expect(detectLanguage(ENGLISH).confidence).toBeGreaterThan(0.7);
  });

  it('reads upper-case text', () => {
    expect(detectLanguage(FRENCH.toUpperCase()).language).toBe('fr');
    expect(detectLanguage(ENGLISH.toUpperCase()).language).toBe('en');
  });

  it('returns und with zero confidence for short or letterless text', () => {
    expect(detectLanguage('Bonjour à tous')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage(' '.repeat(5000))).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('!?.,;:()«»'.repeat(500))).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('2024-06-03 12:30 +33 1 23 45 67 89')).toEqual({ language: 'und', confidence: 0 });
  });

  it('gives a short sentence a lower confidence than a full article', () => {
    const short = detectLanguage('The mayor signed the agreement with the delegation yesterday.');
    expect(short.language).toBe('en');
    expect(short.confidence).toBeLessThan(detectLanguage(ENGLISH).confidence);
  });

  it('maps other languages to und', () => {
    const german = 'Der Bürgermeister hat heute gemeinsam mit der Delegation aus Kanada einen Vertrag über die Zusammenarbeit unterschrieben.';
    expect(detectLanguage(german).language).toBe('und');
  });

  it('does not take Spanish, Italian or Dutch for French on their shared short words', () => {
    const spanish = 'El alcalde de la ciudad y la delegación de Quebec firmaron en la sede del gobierno un acuerdo de cooperación para los próximos años con las empresas de la región.';
    const italian = 'Il sindaco della città e la delegazione del Québec hanno firmato nella sede del governo un accordo di cooperazione per i prossimi anni con le imprese della regione.';
    const dutch = 'De burgemeester van de stad en de delegatie uit Quebec hebben in het stadhuis een akkoord voor samenwerking getekend met de bedrijven van de regio.';
    for (const text of [spanish, italian, dutch]) expect(detectLanguage(`${text} ${text}`).language).toBe('und');
  });

  it('ignores URLs, e-mail addresses and digits', () => {
    const noisy = `${FRENCH} https://example.com/news/2024/06/very-long-english-path-with-words contact@example.org 514-555-1234`;
    expect(detectLanguage(noisy).language).toBe('fr');
  });

  it('picks the dominant language of mixed text', () => {
    expect(detectLanguage(`${FRENCH} ${FRENCH} The mayor said thanks.`).language).toBe('fr');
    expect(detectLanguage(`${ENGLISH} ${ENGLISH} Merci beaucoup.`).language).toBe('en');
  });

  it('stays fast on a 1 MB single line', () => {
    const started = performance.now();
    expect(detectLanguage(FRENCH.replace(/\s/g, '').repeat(6000).slice(0, 1_000_000)).language).toBeDefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
