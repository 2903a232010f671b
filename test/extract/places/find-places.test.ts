import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';
import type { Language } from '../../../src/extract/types.js';

const names = placeNames('fr');
const texts = (text: string, language: Language = 'fr'): string[] => findPlaces(text, language).map((p) => p.text);

describe('findPlaces: countries, subdivisions and regions', () => {
  it('finds French and English country names, with articles left out', () => {
    expect(names("La Suisse et l'Allemagne ont rejoint les États-Unis et la Corée du Sud.")).toEqual(['Suisse', 'Allemagne', 'États-Unis', 'Corée du Sud']);
    expect(names('Delegations from Germany, the United Kingdom and Ivory Coast.', 'en')).toEqual(['Germany', 'United Kingdom', 'Ivory Coast']);
    expect(names("La Côte d'Ivoire et la Côte-d’Ivoire")).toEqual(["Côte d'Ivoire"]);
  });

  it('gives every name of one country the same name and id', () => {
    const found = findPlaces('La Corée du Sud est un partenaire. En Corée, les PME exportent ; Korea reste un marché clé.', 'fr');
    expect(found.map((p) => p.text)).toEqual(['Corée du Sud', 'Corée', 'Korea']);
    expect(new Set(found.map((p) => p.name))).toEqual(new Set(['Corée du Sud']));
    expect(new Set(found.map((p) => p.id))).toEqual(new Set(['country:KR']));
  });

  it('names a place by the form the text uses most when forms are equally full', () => {
    const found = findPlaces('La mission à Séoul. Le Seoul Forum. Retour de Séoul.', 'fr');
    expect(found.map((p) => p.name)).toEqual(['Séoul', 'Séoul', 'Séoul']);
  });

  it('finds provinces, states, régions, départements and Länder in both languages', () => {
    expect(names('Le Nouveau-Brunswick, la Colombie-Britannique et la Nouvelle-Aquitaine.')).toEqual(['Nouveau-Brunswick', 'Colombie-Britannique', 'Nouvelle-Aquitaine']);
    expect(names('Ontario, Nova Scotia and North Carolina signed.', 'en')).toEqual(['Ontario', 'Nova Scotia', 'North Carolina']);
    expect(names('La Rhénanie-Palatinat et la Basse-Saxe, en Bourgogne-Franche-Comté.')).toEqual(['Rhénanie-Palatinat', 'Basse-Saxe', 'Bourgogne-Franche-Comté']);
    expect(names('Les élus de la Gaspésie et du Bas-Saint-Laurent.')).toEqual(['Gaspésie', 'Bas-Saint-Laurent']);
    expect(names('La région de Marrakech-Safi et la région de Thiès.')).toEqual(['Marrakech-Safi', 'Thiès']);
  });

  it('takes départements named after common words only with a cue', () => {
    expect(names('Un projet dans le Gard et en Dordogne.')).toEqual(['Gard', 'Dordogne']);
    expect(names('Le Lot de consommation et le Cher ami.')).toEqual([]);
  });

  it('finds continents and cross-border regions', () => {
    expect(names("Les marchés d'Amérique latine, de l'Afrique de l'Ouest et de la Nouvelle-Angleterre.")).toEqual(['Amérique latine', "Afrique de l'Ouest", 'Nouvelle-Angleterre']);
  });

  it('reads upper-case headlines with the gazetteer spelling', () => {
    expect(names('LE SÉNÉGAL ET LE MAROC SIGNENT À RABAT')).toEqual(['Sénégal', 'Maroc', 'Rabat']);
  });
});

describe('findPlaces: cities and their context', () => {
  it('takes small cities after a cue and large ones without', () => {
    expect(names('Le maire de Magog a rencontré le maire de Rimouski à Sherbrooke.')).toEqual(['Magog', 'Rimouski', 'Sherbrooke']);
    expect(names('Toronto et Vancouver attirent les investisseurs du Canada.')).toEqual(['Toronto', 'Vancouver', 'Canada']);
  });

  it('does not take a small city without a cue', () => {
    expect(names('Les experts Magog et Lussier ont présenté leurs travaux.')).toEqual([]);
  });

  it('does not take surnames or given names, nor the town a street is named after', () => {
    expect(names('M. Guy Nancy et Mme Florence Tremblay ont parlé.')).toEqual([]);
    expect(names('Le ministre Pierre Angers a rencontré Sophie Valence.')).toEqual([]);
    expect(names('Nos bureaux sont rue Sherbrooke et avenue de Paris.')).toEqual(['rue Sherbrooke', 'avenue de Paris']);
    expect(names('Our office is on Toronto Street near Victoria Road.', 'en')).toEqual(['Toronto Street', 'Victoria Road']);
  });

  it('needs a cue for city names that are common words', () => {
    expect(names('Nice, selon le rapport, est un mot. Orange a vendu des forfaits.')).toEqual([]);
    expect(names('Le festival se tient à Nice et à Orange.')).toEqual(['Nice', 'Orange']);
    expect(names('The Mission statement and the Union report.', 'en')).toEqual([]);
    expect(names('Le Centre des congrès accueille le Forum.')).toEqual(['Centre des congrès']);
  });

  it('does not read title-case phrases after a capitalized cue as places', () => {
    expect(names('To Date: results.\nAt Home with the team.\nEn Somme, rien.\nÀ Lire aussi.', 'en')).toEqual([]);
    expect(names('À Sherbrooke, le conseil a voté.')).toEqual(['Sherbrooke']);
  });

  it('tells Québec the city from Québec the province', () => {
    const found = findPlaces('La ville de Québec et la province de Québec; au Québec.', 'fr');
    expect(found.map((p) => p.kind)).toEqual(['city', 'subdivision', 'subdivision']);
    expect(found.map((p) => p.name)).toEqual(['Québec', 'Québec', 'Québec']);
    expect(found[0]!.geo).toMatchObject({ country: 'CA' });
  });

  it('prefers the city of a country the text names', () => {
    const [portland] = findPlaces('The governor of Maine spoke in Portland on Monday.', 'en').filter((p) => p.text === 'Portland');
    expect(portland?.geo?.country).toBe('US');
    expect(portland?.geo?.lat).toBeGreaterThan(43);
  });

  it('reads a dateline city', () => {
    expect(names('SHERBROOKE – La ville a annoncé un partenariat.')).toEqual(['Sherbrooke']);
    expect(names('HALIFAX, Nov. 14 (CP) -- The province said.', 'en')).toEqual(['Halifax']);
  });

  it('takes a city listed after another place', () => {
    expect(names('Les villes de Rimouski, Matane et Amqui.')).toEqual(['Rimouski', 'Matane', 'Amqui']);
  });

  it('names a short form after its long form as the same city', () => {
    const found = findPlaces('La ville de Saint-Jean-sur-Richelieu a signé. Le conseil de Saint-Jean a voté.', 'fr');
    expect(new Set(found.map((p) => p.id)).size).toBe(1);
  });

  it('keeps places inside organization names', () => {
    expect(names("L'Université de Sherbrooke et la Chambre de commerce de Dakar.")).toEqual(['Sherbrooke', 'Dakar']);
  });

  it('drops parts of a hyphenated name that is not a place as a whole', () => {
    expect(names('Hydro-Québec et Air-France-KLM ont signé.')).toEqual([]);
    expect(names("le groupe de travail Ontario-Bavière et d'outre-Rhin")).toEqual(['Ontario', 'Bavière']);
  });

  it('finds names written with French exonyms', () => {
    expect(names('Une mission à Londres, à Pékin et à Varsovie.')).toEqual(['Londres', 'Pékin', 'Varsovie']);
  });

  it('gives coordinates and a country for gazetteer places', () => {
    const [lyon] = findPlaces('Un accord signé à Lyon.', 'fr');
    expect(lyon).toMatchObject({ text: 'Lyon', name: 'Lyon', kind: 'city' });
    expect(lyon!.geo).toMatchObject({ country: 'FR' });
    expect(lyon!.geo!.lat).toBeCloseTo(45.75, 0);
    expect(lyon!.confidence).toBeGreaterThan(0.5);
  });
});

describe('findPlaces: features and venues', () => {
  it('finds named features by their head word', () => {
    expect(texts('Fishing in the Gulf of Maine and the Annapolis Valley.', 'en')).toEqual(['Gulf of Maine', 'Annapolis Valley']);
    expect(texts('Les riverains du lac Memphrémagog et du golfe du Saint-Laurent.')).toEqual(['lac Memphrémagog', 'golfe du Saint-Laurent']);
    expect(texts('the Kamouraska region of Quebec', 'en')).toEqual(['Kamouraska', 'Quebec']);
  });

  it('keeps a city inside a venue name', () => {
    expect(texts('The luncheon at the Campbellton Convention Centre.', 'en')).toEqual(['Campbellton', 'Campbellton Convention Centre']);
  });
});

describe('findPlaces: offsets and robustness', () => {
  it('gives offsets into the text, abbreviation dots included', () => {
    const text = 'Trade between the U.S. and Mexico.';
    for (const p of findPlaces(text, 'en')) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(texts(text, 'en')).toEqual(['U.S.', 'Mexico']);
  });

  it('stays bounded on pathological inputs', () => {
    const inputs = [
      'Le maire de Montréal a signé à Québec une entente avec Paris. '.repeat(17_000).slice(0, 1_000_000),
      `à${' '.repeat(5000)}Montréal${' '.repeat(5000)}`,
      '!?.,;:-–—()«»'.repeat(20_000),
      'PARIS LYON NICE ORANGE MISSION UNION '.repeat(5000),
      'Paris Lyon Nice Orange Mission Union Centre '.repeat(5000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findPlaces(input, 'fr');
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe('findPlaces: subdivisions of every country', () => {
  it('finds first-level subdivisions beyond the curated tables', () => {
    expect(names('The delegation toured Karnataka and Kerala before returning to India.', 'en')).toEqual(['Karnataka', 'Kerala', 'India']);
    expect(names('Des élus du Zou et de l’Alibori, au Bénin, sont attendus.')).toEqual(['Zou', 'Alibori', 'Bénin']);
    expect(names('Firms from Northamptonshire and Wiltshire joined the mission to Osaka.', 'en')).toContain('Wiltshire');
  });

  it('needs a strong cue or the country named for a subdivision of the bulk table', () => {
    expect(names('Karnataka Bank reported its results.', 'en')).toEqual([]);
    expect(names('The report by Angus was read aloud.', 'en')).toEqual([]);
    expect(names('The plant opened in Angus last year.', 'en')).toEqual(['Angus']);
  });
});

describe('findPlaces: places that only open a longer name', () => {
  it('does not take a place name that opens a company or agency name', () => {
    expect(names('Shares of Lisbon Textiles Ltd rose while Porto Gearworks Inc. fell in Porto.', 'en')).toEqual(['Porto']);
    expect(names('Figures from the U.S. Labor Department and from Mexico.', 'en')).toEqual(['Mexico']);
  });

  it('keeps it before a place word, a role, a title, a date word or a person', () => {
    expect(names('Toronto Mayor Jane Roe met Quebec City officials in Halifax Monday.', 'en')).toEqual(['Toronto', 'Quebec City', 'Halifax']);
    expect(names('Also on Monday, Maine Gov. Ann Roe and the consul of France Marie Dubois spoke.', 'en')).toEqual(['Maine', 'France']);
  });

  it('keeps it in a title-case headline', () => {
    expect(names('Toronto And Montreal Sign Twinning Charter\n\nThe charter was signed.', 'en')).toEqual(['Toronto', 'Montreal']);
  });
});

describe('findPlaces: compounds, qualified regions and features', () => {
  it('takes twin towns joined by a hyphen as one city', () => {
    expect(names('Le conseil de Rouyn-Noranda et la ville de Thetford-Asbestos ont signé.')).toContain('Thetford-Asbestos');
    expect(names('A delegation from the City of Wilkes-Barre, Pennsylvania.', 'en')).toEqual(['Wilkes-Barre', 'Pennsylvania']);
    expect(names('Hydro-Québec et Air-France-KLM ont signé.')).toEqual([]);
    expect(names('Le salon se tient à Nantes-Saint-Nazaire.')).toEqual(['Nantes-Saint-Nazaire']);
  });

  it('keeps a city named alone apart from a compound that starts with it', () => {
    expect(names('Windsor-Essex is a growing region. The delegation spent two days in Windsor.', 'en')).toEqual(['Windsor-Essex', 'Windsor']);
    expect(names("Les élus de Lyon-Villeurbanne sont venus. Le maire a été reçu à Lyon.")).toEqual(['Lyon-Villeurbanne', 'Lyon']);
  });

  it('finds the regions of England and named metropolitan areas', () => {
    expect(names('Suppliers from the East Midlands and the South West of England.', 'en')).toEqual(['East Midlands', 'South West of England']);
    expect(names('Jobs in the Greater Vancouver Area rose.', 'en')).toEqual(['Greater Vancouver Area']);
  });

  it('takes a compass word or qualifier with the region it qualifies as one place', () => {
    expect(names('Mining jobs in Northern Ontario and Southern Manitoba grew; Ontario led.', 'en')).toEqual(['Northern Ontario', 'Southern Manitoba', 'Ontario']);
    expect(names('Des emplois en Suisse alémanique, dans l’Italie du Nord et en Belgique.')).toEqual(['Suisse alémanique', 'Italie du Nord', 'Belgique']);
    expect(names('Les PME du Sud du Tchad et de la Cuvette-Ouest du Congo.')).toEqual(['Sud du Tchad', 'Cuvette-Ouest', 'Congo']);
  });

  it('finds features named by a lower-case French head or an English head', () => {
    expect(names('Une liaison avec le delta du Rhône et le golfe du Lion.')).toEqual(['delta du Rhône', 'golfe du Lion']);
    expect(names('Firms in the Rust Belt and the Golden Triangle hired.', 'en')).toEqual(['Rust Belt', 'Golden Triangle']);
  });

  it('does not take a feature or a venue that names a business', () => {
    expect(names('Shares of Hudson Valley Textiles Ltd rose.', 'en')).toEqual([]);
    expect(names('The summit at the Orbitek Convention Center drew crowds.', 'en')).toEqual([]);
  });
});

describe('findPlaces: list connectors, settlements and names of bodies', () => {
  it('reads "as well as" and "ainsi que" as a list going on', () => {
    expect(names('The mayors of Fredericton, as well as Bathurst, attended in Canada.', 'en')).toContain('Bathurst');
    expect(names('Des élus de Rimouski ainsi que Matane sont venus du Canada.')).toEqual(['Rimouski', 'Matane', 'Canada']);
  });

  it('takes a settlement too small for the gazetteer after its noun', () => {
    expect(names('They stopped in the hamlet of Tiddlecombe and the village of Upper Frobworth.', 'en')).toEqual(['Tiddlecombe', 'Upper Frobworth']);
    expect(texts('Une fête dans la commune de Villeneuve-sur-Lot.')).toEqual(['Villeneuve-sur-Lot']);
  });

  it('takes both places of a diplomatic post but not the subject of a body', () => {
    expect(names('Support came from the Embassy of Peru in Ottawa.', 'en')).toEqual(['Peru', 'Ottawa']);
    expect(names('L’ambassade du Chili en Belgique et le ministère de l’Europe ont aidé.')).toEqual(['Chili', 'Belgique']);
    expect(names('Une délégation du Chili est attendue en Belgique.')).toEqual(['Chili', 'Belgique']);
  });
});

describe('findPlaces: bilingual city names', () => {
  it('knows a city listed as "A / B" under A, B and "A-B"', () => {
    expect(findPlaces('The trip took the delegation to Bilbao and Vitoria-Gasteiz.', 'en').map((p) => p.name)).toEqual(['Bilbao', 'Vitoria-Gasteiz']);
  });
});

describe('findPlaces: press abbreviations of provinces and states', () => {
  it('takes "Ont.", "Mich." after a town and a comma as the province or state, dot included', () => {
    const found = findPlaces('SUDBURY, Ont. — A firm from Kalamazoo, Mich., signed in Sudbury.', 'en');
    expect(found.map((p) => [p.text, p.name])).toEqual([['SUDBURY', 'Sudbury'], ['Ont.', 'Ontario'], ['Kalamazoo', 'Kalamazoo'], ['Mich.', 'Michigan'], ['Sudbury', 'Sudbury']]);
  });

  it('does not take the abbreviation without a place before it', () => {
    expect(findPlaces('Our man, Ont. and Mass. are words here.', 'en').map((p) => p.text)).toEqual([]);
  });
});

describe('findPlaces: a place that opens the name of its body', () => {
  it('keeps the place before Chamber, Government, Regional, Institute…', () => {
    expect(findPlaces('Officials from the Hamburg Chamber of Commerce, the Manitoba Government Office and the Ontario Institute for Studies were present.', 'en').map((p) => p.name)).toEqual(['Hamburg', 'Manitoba', 'Ontario']);
  });

  it('still drops a place that only opens a company’s name', () => {
    expect(findPlaces('She founded Hamburg Textiles with friends.', 'en').map((p) => p.name)).toEqual([]);
  });
});

describe('findPlaces: an island apart from the province named after it', () => {
  it('keeps Newfoundland (the island) apart from Newfoundland and Labrador', () => {
    const found = findPlaces('Ferries link Newfoundland to Nova Scotia; the Newfoundland and Labrador budget pays for them.', 'en');
    expect(found.map((p) => p.name)).toEqual(['Newfoundland', 'Nova Scotia', 'Newfoundland and Labrador']);
  });
});

describe('findPlaces: a town alone in brackets after a name', () => {
  it('takes the bracketed town of a listed firm, even a small one', () => {
    expect(findPlaces('Nouveaux membres : Scierie Paquet (Honfleur), Brasserie Lemoine (Carentan).', 'fr').map((p) => p.name)).toEqual(['Honfleur', 'Carentan']);
  });

  it('does not take a short form of the name before it', () => {
    expect(findPlaces('The Northern Offshore Industries Association (Noia) met.', 'en').map((p) => p.name)).toEqual([]);
  });
});
