import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: places below the gazetteer, by their form', () => {
  it('takes a French compound with a lower-case particle as a place', () => {
    expect(names('Les producteurs de Sainte-Anne-des-Monts et de Pointe-aux-Outardes se sont réunis.')).toEqual(expect.arrayContaining(['Pointe-aux-Outardes']));
    expect(names('La fromagerie de Lac-des-Écorces exporte.')).toEqual(['Lac-des-Écorces']);
  });

  it('takes a listed small compound after a weak cue, whole, and not its tail', () => {
    expect(names("Une délégation de Pont-l'Abbé-d'Arnoult, en Charente-Maritime.")).toEqual(["Pont-l'Abbé-d'Arnoult", 'Charente-Maritime']);
    expect(names("Les élus de l'Île-d'Orléans.")).toEqual(["Île-d'Orléans"]);
  });

  it('leaves hyphenated given names alone, and takes streets whole', () => {
    expect(names('Jean-Philippe Roy habite rue Notre-Dame-des-Anges.')).toEqual(['rue Notre-Dame-des-Anges']);
  });

  it('takes "-shire" words as English counties, not inside a longer name', () => {
    expect(names('Growers from Lincolnshire and Wiltshire joined the fair.', 'en')).toEqual(['Lincolnshire', 'Wiltshire']);
    expect(names('The fund bought shares of Berkshire Hathaway in New Hampshire.', 'en')).toEqual(['New Hampshire']);
  });

  it('names a city written "X-Ville" apart from the country X', () => {
    const found = findPlaces('Le Koweït investit ; la réunion se tient à Koweït-Ville.', 'fr');
    expect(found.map((p) => p.name)).toEqual(['Koweït', 'Koweït-Ville']);
    expect(new Set(found.map((p) => p.id)).size).toBe(2);
  });
});

describe('findPlaces: places below the gazetteer, by their context', () => {
  it('takes the name that opens a dateline, named in title case', () => {
    expect(names('SAINT-ZÉNON-DU-LAC-HUMQUI, le 4 mars 2025 – La municipalité annonce un projet.')).toContain('Saint-Zénon-du-Lac-Humqui');
    expect(names('BORNEVILLE, le 4 mars 2025 – La municipalité annonce un projet.')).toEqual(['Borneville']);
  });

  it('does not take a participle that opens a sentence with a date', () => {
    expect(names('Conclue, le 4 mars 1990, la convention court toujours.')).toEqual([]);
  });

  it('takes an unknown name after "à", "in", "near", not an object, a person or a language', () => {
    expect(names('Le centre de tri est situé à Kirkbrae.')).toEqual(['Kirkbrae']);
    expect(names('The plant is near Tullochgorm, north of the river.', 'en')).toEqual(['Tullochgorm']);
    expect(names('Le contrat a été accordé à Quarvex. Merci à Quarvex.')).toEqual([]);
    expect(names('The report is in Gaelic and French; they invested in Quarvex.', 'en')).toEqual([]);
    expect(names('It was debated in Parliament, published in Nature, unveiled in Budget 2025 and sold in Q2.', 'en')).toEqual([]);
    expect(names('Merci à Hydro-Québec et à Quarvex. La fête aura lieu à Kirkbrae et à Tullochgorm.')).toEqual(['Kirkbrae', 'Tullochgorm']);
    expect(names('Le prix a été remis à Marie Quarvex.')).toEqual([]);
  });

  it('takes an unknown region after "en" or after "dans" and its article', () => {
    expect(names('La délégation a passé trois jours en Brévannie, puis une semaine dans le Mornaisais.')).toEqual(['Brévannie', 'Mornaisais']);
    expect(names("Les producteurs installés dans l'Orvelois exportent.")).toEqual(['Orvelois']);
  });

  it('does not take a body, a common word or a given name after "en" or "dans le"', () => {
    expect(names('Le projet a été présenté en Conseil municipal, en Commission et dans le Journal officiel.')).toEqual([]);
    expect(names('Il a écrit dans le Quotidien du Mornais et dans la Brévannie libre.')).toEqual([]);
    expect(names('Le rôle est joué en Marie Curie.')).toEqual([]);
  });

  it('takes an unknown name listed between two places, not names listed after a non-place', () => {
    expect(names('The mission stopped in Lorient, Kerbrevel and Douarnenez.', 'en')).toEqual(['Lorient', 'Kerbrevel', 'Douarnenez']);
    expect(names('Members: Smith, Kerbrevel and Jones.', 'en')).toEqual([]);
  });

  it('reads examples given of settlements as places', () => {
    expect(names('Floods reached small towns such as Morris and Emerson.', 'en')).toEqual(['Morris', 'Emerson']);
  });

  it('does not read "a" as "à"', () => {
    expect(names('She will lead a Welsh delegation.', 'en')).toEqual([]);
  });
});

describe('findPlaces: areas named with their head noun', () => {
  it('keeps the head of a park, a reserve and an Irish county', () => {
    expect(names('Une randonnée dans le parc national de la Gaspésie.')).toEqual(['parc national de la Gaspésie']);
    expect(names('They toured Banff National Park and County Mayo.', 'en')).toEqual(['Banff National Park', 'County Mayo']);
    expect(names('The Kerrow County Council met.', 'en')).toEqual([]);
  });

  it('keeps "canton de X" whole, and a lower-case head only', () => {
    expect(names('Le canton de Zoug et le canton du Tessin ont signé.')).toEqual(['canton de Zoug', 'canton du Tessin']);
    expect(names('Un canton de la région a voté ; le Canton de Zoug Fondation aussi.')).not.toContain('canton de Zoug');
  });

  it('keeps "province de X" when X is a country or a city, not under a province’s own name', () => {
    expect(names('La province de Namur et la province de Québec.')).toEqual(['province de Namur', 'Québec']);
  });

  it('takes the name before a lower-case "ski area"', () => {
    expect(names('They visited the Big White ski area.', 'en')).toEqual(['Big White']);
  });

  it('knows the nations and historic regions of the United Kingdom', () => {
    expect(names('Colleges across the Highlands, Argyll and Moray, in Scotland.', 'en')).toEqual(['Highlands', 'Argyll', 'Moray', 'Scotland']);
  });
});

describe('findPlaces: facilities, and schemes that are no place', () => {
  it('takes the unknown name a facility is "of"', () => {
    expect(names('La délégation a visité le terminal de Carrigbeg et le quartier de Bellerive.')).toEqual(['Carrigbeg', 'Bellerive']);
  });

  it('does not take a free-trade area for a place', () => {
    expect(names('Under the Pacific Continental Free Trade Area, tariffs fall.', 'en')).toEqual([]);
  });
});

describe('findPlaces: a name coordinated with a place that a preposition governs', () => {
  it('takes "from X and Y", "à X et Y" when X is a place', () => {
    expect(names('Emigrants from Galway and Tullaghmore settled in Boston.', 'en')).toEqual(['Galway', 'Tullaghmore', 'Boston']);
  });

  it('does not take a name coordinated with a country', () => {
    expect(names('Experts from Ireland and Quarvex attended.', 'en')).toEqual(['Ireland']);
  });

  it('does not take a name coordinated with a place that no preposition governs', () => {
    expect(names('London and Tullaghmore signed.', 'en')).toEqual(['London']);
  });
});

describe('findPlaces: the town column of a list', () => {
  it('takes a name closing a line after a comma when two lines around close on a place', () => {
    expect(names('Nos nouveaux membres\n\nAtelier Boisvert, Montréal\nCabinet Roy, Paris\nTraiteur Martin, Kervalou\n')).toEqual(['Montréal', 'Paris', 'Kervalou']);
  });

  it('does not take a name closing a line after a comma beside one place only', () => {
    expect(names('Merci à Marie, Paul\nAtelier Boisvert, Montréal\nBonjour, Kervalou\n')).toEqual(['Montréal']);
  });
});

describe('findPlaces: the town a news site files a story under', () => {
  it('takes a name opening a line before " : " and a headline, beside a line opened so by a place', () => {
    expect(names('Articles similaires\nDakar : le marché central rouvre ses portes\nNdiarème : les pêcheurs réclament un quai\n')).toEqual(['Dakar', 'Ndiarème']);
  });

  it('does not take a label opening a line when no place opens a line so', () => {
    expect(names('Objet : demande de subvention\nNdiarème : les pêcheurs réclament un quai\n')).toEqual([]);
  });
});

describe('findPlaces: a facility named after where it is', () => {
  it('takes the name after "centre de santé de", "zone franche de", "campus de"', () => {
    expect(names('Le financement ira au centre de santé de Tiebeléni et à la zone franche de Kouroudji.')).toEqual(['Tiebeléni', 'Kouroudji']);
    expect(names("L'université, campus de Bouctouche, accueille la délégation.")).toEqual(['Bouctouche']);
  });

  it('does not take a body’s name or a person after a facility’s noun', () => {
    expect(names('Le centre de formation de Bombardier Transport et le centre de santé de Marie Diallo.')).toEqual([]);
  });
});
