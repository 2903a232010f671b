import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

const org = (text: string, name: string, language: 'fr' | 'en' = 'fr') =>
  entitiesOf(text, language).find((e) => e.type === 'ORG' && e.name === name);

describe('organizations: French head words', () => {
  it('runs a name over complements and stops at the verb', () => {
    const text = 'Le Centre de recherche en génie maritime appliqué travaille avec la Ville de Port-Cartier depuis 2019.';
    expect(namesOf(text, 'ORG')).toEqual(['Centre de recherche en génie maritime appliqué', 'Ville de Port-Cartier']);
  });

  it('keeps relational adjectives after a proper noun but not participles', () => {
    const text = 'La Ville de Lévis représentée par son maire a rejoint le Conseil du Bas-Saint-Laurent maritime.';
    expect(namesOf(text, 'ORG')).toEqual(['Conseil du Bas-Saint-Laurent maritime', 'Ville de Lévis']);
  });

  it('keeps "et de/des" inside a name and stops at "et l’" (a second name)', () => {
    const text = 'Le projet réunit le ministère de la Culture et des Communications et l’Office national du film.';
    expect(namesOf(text, 'ORG')).toEqual(['Office national du film', 'ministère de la Culture et des Communications']);
  });

  it('keeps an enumeration of complements after a comma', () => {
    const text = 'Il relève du ministère de l’Agriculture, des Pêcheries et de l’Alimentation depuis mars.';
    expect(namesOf(text, 'ORG')).toEqual(['ministère de l’Agriculture, des Pêcheries et de l’Alimentation']);
  });

  it('stops before a locative "en France" and before a person named after it', () => {
    const text = 'Le Fonds régional pour l’innovation en Bretagne soutient la Maison de la Francophonie Carole Vidal en tête.';
    expect(namesOf(text, 'ORG')).toEqual(['Fonds régional pour l’innovation', 'Maison de la Francophonie']);
  });

  it('takes lower-case heads only after a definite article and with a proper noun', () => {
    const text = 'Une délégation officielle a rencontré le conseil municipal de Lévis et la délégation du Québec à Tokyo.';
    expect(namesOf(text, 'ORG')).toEqual(['conseil municipal de Lévis', 'délégation du Québec à Tokyo']);
  });

  it('reads "la délégation de X a séjourné …" as travellers: the verb "a" is no seat "à"', () => {
    expect(namesOf('La délégation de Kassel a séjourné à Lecce du 19 au 23 novembre.', 'ORG')).toEqual([]);
  });

  it('keeps "la délégation de X à Y" a post: its seat follows the name', () => {
    expect(namesOf('Le maire a rencontré la délégation de Kassel à Lecce.', 'ORG')).toEqual(['délégation de Kassel à Lecce']);
  });

  it('reads "X conduira la délégation de A à B" as travellers: a post is not led anywhere', () => {
    expect(namesOf('Le maire Paul Orsinet conduira la délégation de Valbrise à Tornhavn.', 'ORG')).toEqual([]);
  });

  it('reads "une délégation de A à B" and "la délégation de A à B du 4 au 9 mai" as travellers', () => {
    expect(namesOf('Une délégation de Valbrise à Tornhavn a visité le port.', 'ORG')).toEqual([]);
    expect(namesOf('La délégation de Valbrise à Tornhavn du 4 au 9 mai comptera huit élus.', 'ORG')).toEqual([]);
    expect(namesOf('La délégation de Quelmont en Ardevik du 2 au 6 mars comptera huit élus.', 'ORG')).toEqual([]);
  });

  it('keeps "la délégation de A à B" a post when a single day after its seat dates the verb', () => {
    expect(namesOf('Le maire a rencontré la délégation de Quelmont à Tornhavn le 4 mai.', 'ORG')).toEqual(['délégation de Quelmont à Tornhavn']);
    expect(namesOf('La délégation du Valmorais à Tornhavn le 4 mai a reçu les élus.', 'ORG')).toEqual(['délégation du Valmorais à Tornhavn']);
    expect(namesOf('Le maire a salué la délégation de Quelmont en Ardevik en mars.', 'ORG')).toEqual(['délégation de Quelmont en Ardevik']);
  });

  it('keeps "la délégation de A à B" a post when thanked or met, with no leader nor dates', () => {
    expect(namesOf('Le maire remercie la délégation de Quelmont à Tornhavn pour son appui.', 'ORG')).toEqual(['délégation de Quelmont à Tornhavn']);
  });

  it('does not make a body of "la commune voisine de X" nor of a lone head word', () => {
    expect(namesOf('La Région a aidé la commune voisine de Brignoles.', 'ORG')).toEqual([]);
  });

  it('does not make a body of a lower-case description with an article ("de la capitale du X")', () => {
    const text = 'Il a parlé de la communauté rurale de la vallée du Richelieu et du comité régional de santé du Richelieu.';
    expect(namesOf(text, 'ORG')).toEqual(['comité régional de santé du Richelieu']);
  });

  it('takes "Région X" but not "région de X" (a territory)', () => {
    const text = 'La Région Grand Est finance des projets dans la région de Metz.';
    expect(namesOf(text, 'ORG')).toEqual(['Région Grand Est']);
  });
});

describe('organizations: English heads', () => {
  it('takes capitalized runs holding a head word, split at "and" between two names', () => {
    const text = 'The Yukon Mining Council and the University of Northern Wales signed with Dakota State University and Ferrox Holdings.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Dakota State University', 'Ferrox Holdings', 'University of Northern Wales', 'Yukon Mining Council']);
  });

  it('takes a legal-form suffix as a head and lists a convention centre as a place only', () => {
    const text = 'Talks with Norvik Shipping Ltd. were held at the Campbellton Convention Centre.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Norvik Shipping Ltd']);
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Campbellton Convention Centre']);
  });
});

describe('organizations: acronyms', () => {
  it('links "Long Form (ACR)" with the acronym and its unaccented spelling as aliases', () => {
    const text = 'L’Institut de génie électrique et énergétique (IGÉÉ) a signé. Plus tard, l’IGEE a confirmé.';
    const e = org(text, 'Institut de génie électrique et énergétique');
    expect(e?.aliases).toEqual(expect.arrayContaining(['IGÉÉ', 'IGEE']));
    expect(e?.mentions).toHaveLength(3);
  });

  it('reads digits in acronyms as repeated letters (C2E) and lower-case acronyms (Ccib)', () => {
    const text = 'le centre d’études environnementales (C2E) et la Chambre de commerce, d’industrie et de Brazzaville (Ccib)';
    expect(org(text, 'centre d’études environnementales')?.aliases).toContain('C2E');
    expect(org(text, 'Chambre de commerce, d’industrie et de Brazzaville')?.aliases).toContain('Ccib');
  });

  it('lets function words carry a letter (UQAR: "Université du Québec à Rimouski")', () => {
    const text = 'Les chercheurs de l’Université du Québec à Rimouski (UQAR) ont signé.';
    expect(org(text, 'Université du Québec à Rimouski')?.aliases).toContain('UQAR');
  });

  it('widens the shortest initials match to the head-word name that ends with it', () => {
    const text = 'The Ohio Department of Energy and Natural Resources (ENR) will host the talks.';
    expect(org(text, 'Ohio Department of Energy and Natural Resources', 'en')?.aliases).toContain('ENR');
  });

  it('gives an unmatched acronym to the head-word name just before it', () => {
    const text = 'L’Agence de soutien économique du Canada pour les régions du Nord (ASN) a versé 2 M$. Selon ASN, tout va bien.';
    const e = org(text, 'Agence de soutien économique du Canada pour les régions du Nord');
    expect(e?.aliases).toContain('ASN');
    expect(e?.mentions).toHaveLength(3);
  });

  it('reads "ACR (Long Form)"', () => {
    const text = 'Le partenariat lie la FTQ (Fédération des travailleurs du Québec) à ses homologues.';
    expect(org(text, 'Fédération des travailleurs du Québec')?.aliases).toContain('FTQ');
  });

  it('does not make an organization of a program acronym, even when used again', () => {
    const text = 'La stratégie PRISME (plan régional d’innovation et de soutien aux métiers) avance. PRISME vise 2030.';
    expect(namesOf(text, 'ORG')).toEqual([]);
  });

  it('makes a place of a defined acronym whose long form is a region', () => {
    const text = 'They will create the Great Lakes Economic Region (GLER) next year.';
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Great Lakes Economic Region']);
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });
});

describe('organizations: names used alone', () => {
  it('takes all-caps names and their continuation, not units, numerals or headlines', () => {
    const text = 'PROCHAINES ÉTAPES DU PROJET\nLa CCI Normandie et le CRITT B3T travaillent avec NOVELIS sur 40 MW au XXIe siècle. Le budget est de 2 M$ (USD).';
    expect(namesOf(text, 'ORG')).toEqual(['CCI Normandie', 'CRITT B3T', 'NOVELIS']);
  });

  it('skips a dateline and a capitalized name the gazetteer knows as a place', () => {
    const text = 'CAMPBELLTON — La CANB a reçu une délégation du CANADA.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'CANADA')])).toEqual(['CANB']);
  });

  it('takes company names introduced by a noun, with coordinated lists', () => {
    const text = 'Les entreprises Hexalor, Vitranova et Quelmar ont visité le cluster régional Aquapôle.';
    expect(namesOf(text, 'ORG')).toEqual(['Aquapôle', 'Hexalor', 'Quelmar', 'Vitranova']);
  });

  it('takes brand names with an inner capital and outlet domains, not e-mails', () => {
    const text = 'Un accord entre Lyon BioTech et Nantes AgroCampus, rapporte infosud.net (écrire à redaction@infosud.net).';
    expect(namesOf(text, 'ORG')).toEqual(['Lyon BioTech', 'Nantes AgroCampus', 'infosud.net']);
  });

  it('takes a domain noun followed by a place as a body ("Tourisme Abitibi", "Hydro-Manitoba")', () => {
    const text = 'Tourisme Abitibi et Hydro-Manitoba appuient le projet, comme le tourisme à Abitibi.';
    const places = [placeAt(text, 'Abitibi')];
    expect(namesOf(text, 'ORG', 'fr', places)).toEqual(['Hydro-Manitoba', 'Tourisme Abitibi']);
  });

  it('takes a company named after a company role or "-based", not a portfolio', () => {
    const fr = 'Marc Roy, PDG de Norvia, a vu la présidente de la République et le directeur de Cabinet.';
    expect(namesOf(fr, 'ORG')).toEqual(['Norvia']);
    const en = 'Lisa Chen, CEO of Tallis Robotics, met Campbellton-based Veridan and the president of the Senate.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['Tallis Robotics', 'Veridan']);
  });

  it('merges a short form whose words appear in order in a longer name with the same head', () => {
    const text = 'La Chambre de commerce du Grand Sudbury a signé. Le président de la Chambre de Sudbury était là, pas la Chambre de Timmins.';
    const orgs = entitiesOf(text).filter((e) => e.type === 'ORG').map((e) => e.name).sort();
    expect(orgs).toEqual(['Chambre de Timmins', 'Chambre de commerce du Grand Sudbury']);
  });

  it('merges a shorter form that prefixes a longer name into one entity', () => {
    const text = 'Le ministère des Affaires municipales du Manitoba a répondu. Le ministère des Affaires municipales a confirmé.';
    const orgs = entitiesOf(text).filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toContain('ministère des Affaires municipales');
  });
});

describe('organizations: boundaries of names (generalization)', () => {
  it('keeps an all-caps common head with the all-caps name before it, and stops at a role', () => {
    const text = 'Un accord lie VELMOR GROUP et NAVIX PORT depuis mars, selon le KORTA Chairman Lee Park.';
    expect(namesOf(text, 'ORG')).toEqual(['KORTA', 'NAVIX PORT', 'VELMOR GROUP']);
  });

  it('does not take a newswire tag for an organization', () => {
    const text = 'HALIFAX, March 3, 2025 /CNW/ - Talks opened.\nBOSTON, May 1, 2025 (BUSINESS WIRE) -- Brelix Corp said.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Brelix Corp']);
  });

  it('reads an all-caps acronym spelled like a given name as an acronym when no surname follows', () => {
    expect(namesOf('Les élus ont rencontré l’EVA Wallonie et JEAN DUPUIS.', 'ORG')).toEqual(['EVA Wallonie']);
  });

  it('keeps a capitalized particle, a dotted initialism or an acronym that opens the name', () => {
    const text = 'We met staff of Van Horne Institute, the U.K. Space Agency and the TEKNO Research Centre in Halifax.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['TEKNO Research Centre', 'U.K. Space Agency', 'Van Horne Institute']);
  });

  it('ends a company name at its legal form, lower case "inc." included', () => {
    const en = 'Buyers met Harbor Gear LLC of Portland and Tidewell Ltd of Cork.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['Harbor Gear LLC', 'Tidewell Ltd']);
    expect(namesOf('Fondée en 2019, Lumixa inc. fabrique des lasers.', 'ORG')).toEqual(['Lumixa inc']);
  });

  it('splits two names at "and the" / "et la"', () => {
    const text = 'The Halifax Regional Business Alliance and the Northern Coast Innovation Partnership sent staff.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Halifax Regional Business Alliance', 'Northern Coast Innovation Partnership']);
  });

  it('keeps the seat of a diplomatic post in its name', () => {
    const en = 'The Consulate General of Japan in Calgary and the Australian High Commission in Ottawa helped.';
    const enPlaces = [placeAt(en, 'Japan'), placeAt(en, 'Calgary'), placeAt(en, 'Ottawa')];
    expect(namesOf(en, 'ORG', 'en', enPlaces)).toEqual(['Australian High Commission in Ottawa', 'Consulate General of Japan in Calgary']);
    const fr = 'L’ambassade du Sénégal en Belgique participera.';
    expect(namesOf(fr, 'ORG', 'fr', [placeAt(fr, 'Sénégal'), placeAt(fr, 'Belgique')])).toEqual(['ambassade du Sénégal en Belgique']);
  });

  it('does not open a name at a head that follows its place ("Rennes Métropole et de …")', () => {
    const text = 'Des agents de Rennes Métropole et de représentants de l’association Villes Amies Bretagne (VAB) sont venus.';
    expect(namesOf(text, 'ORG')).toEqual(['Rennes Métropole', 'Villes Amies Bretagne']);
  });
});

describe('organizations: bare names found by cues (generalization)', () => {
  it('takes a name that an apposition calls a body, not a person or a place', () => {
    const fr = 'Le rapport publié par Valoria, l’agence régionale de l’innovation, cite Pierre Roux, le fondateur de la société.';
    expect(namesOf(fr, 'ORG')).toEqual(['Valoria']);
    const en = 'Drilling was led by Korvex, a Timmins-based mining company, near Timmins, a northern city.';
    expect(namesOf(en, 'ORG', 'en', [placeAt(en, 'Timmins'), placeAt(en, 'Timmins,')])).toEqual(['Korvex']);
  });

  it('takes a name after "chez", "operated by", a company noun with a capitalized article, or before "\'s CEO"', () => {
    const fr = 'Elle a travaillé chez Norbec, puis à la mine exploitée par Orvane et à la coopérative Les Vergers du Lac.';
    expect(namesOf(fr, 'ORG')).toEqual(['Les Vergers du Lac', 'Norbec', 'Orvane']);
    const en = 'Talvex’s CEO joined the mining giant Brundell on the trip.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['Brundell', 'Talvex']);
  });

  it('takes a capitalized run closed by an industry noun (or opened by one in French), not a portfolio', () => {
    const en = 'Buyers met Harbour Creek Foods and Delta Valley Semiconductor with Fisheries Minister Ann Champagnole.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['Delta Valley Semiconductor', 'Harbour Creek Foods']);
    const fr = 'Ont participé Fromagerie du Vieux Moulin et Bretagne Froid Logistique.';
    expect(namesOf(fr, 'ORG')).toEqual(['Bretagne Froid Logistique', 'Fromagerie du Vieux Moulin']);
  });

  it('does not read a company name with an industry noun as a person', () => {
    expect(namesOf('Nadia Robotics said it would hire.', 'PERSON', 'en')).toEqual([]);
  });

  it('takes "Grand Conseil", "-pôle" clusters, "le parc scientifique X", and "X Affairs Canada"', () => {
    expect(namesOf('Le texte ira devant le Grand Conseil puis au Génopôle d’Évry.', 'ORG')).toEqual(['Grand Conseil', 'Génopôle']);
    expect(namesOf('Ils ont visité le parc scientifique Novalis et le parc Lafontaine.', 'ORG')).toEqual(['Novalis']);
    const en = 'Funding came from Natural Resources Canada and Fisheries and Oceans Canada.';
    expect(namesOf(en, 'ORG', 'en', [placeAt(en, 'Canada'), placeAt(en, 'Canada.')])).toEqual(['Fisheries and Oceans Canada', 'Natural Resources Canada']);
  });

  it('does not make an organization of a forum or salon', () => {
    expect(namesOf('La signature a eu lieu en marge du Forum africain de l’investissement.', 'ORG')).toEqual([]);
  });

  it('skips "Representatives of" before a body at a sentence start', () => {
    expect(namesOf('Representatives of Halden Institute of Technology attended.', 'ORG', 'en')).toEqual(['Halden Institute of Technology']);
  });
});

describe('organizations: cues that must not fire (generalization)', () => {
  it('does not make a company of a person named in the possessive, nor of "chief of staff"', () => {
    const text = 'Governor Ron Hale met the press. Hale’s chief of staff confirmed, and Norvix’s chief executive agreed.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Norvix']);
  });

  it('reads a given name closed by an industry noun as a company', () => {
    const text = 'Buyers met Rose Valley Robotics in Austin.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Rose Valley Robotics']);
    expect(namesOf(text, 'PERSON', 'en')).toEqual([]);
  });

  it('keeps the capitalized name after a "-pôle" word and stops a French name before a verb with its object', () => {
    expect(namesOf('Il a visité le Génopôle Nord Picardie hier.', 'ORG')).toEqual(['Génopôle Nord Picardie']);
    const text = 'La Maison de la Bretagne à Québec organise la mission.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Québec')])).toEqual(['Maison de la Bretagne à Québec']);
  });
});

describe('organizations: acronyms with a space or lower-case letters (generalization)', () => {
  it('attaches "(ABC DEF)" and "(brandNAME)" to the long form before them, and links later uses', () => {
    const text = 'L’Agence de développement économique de Haute-Loire (ADE HL) et l’Agence régionale pour l’export (exportNORD) ont signé. L’ADE HL et exportNORD, l’agence régionale, ont confirmé.';
    const orgs = entitiesOf(text).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.name).sort()).toEqual(['Agence de développement économique de Haute-Loire', 'Agence régionale pour l’export']);
    expect(orgs.find((e) => e.name.startsWith('Agence de'))?.aliases).toContain('ADE HL');
    expect(orgs.find((e) => e.name.startsWith('Agence de'))?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(orgs.find((e) => e.name.startsWith('Agence r'))?.aliases).toContain('exportNORD');
    expect(orgs.find((e) => e.name.startsWith('Agence r'))?.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('organizations: acronyms inside names of events and places (generalization)', () => {
  it('does not take an acronym that opens an event or a place name', () => {
    const text = 'Delegates will attend the MEDTEC Global Summit and visit NEOM City, then meet KORAB in Riyadh.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['KORAB']);
  });
});

describe('organizations: appositions, finer (generalization)', () => {
  it('takes "X, le premier opérateur …", "X, filiale de …" and a one-word name spelled like a given name', () => {
    const fr = 'Telmar, le premier opérateur du pays, et Bakou Ciment, filiale du groupe Bakou, ont signé.';
    expect(namesOf(fr, 'ORG')).toEqual(expect.arrayContaining(['Bakou Ciment', 'Telmar']));
    const en = 'Talks included Nora, the Oslo robotics institute, and Emma, a startup founder.';
    expect(namesOf(en, 'ORG', 'en')).toEqual(['Nora']);
  });

  it('takes a newspaper named after "le quotidien", with its capitalized article', () => {
    expect(namesOf('Selon le quotidien Le Nouvelliste, la ville a signé.', 'ORG')).toEqual(['Le Nouvelliste']);
  });

  it('does not take an agency tag in brackets in a dateline', () => {
    expect(namesOf('DAKAR, 12 mars 2025 (APS) – La Ville de Dakar a signé.', 'ORG')).toEqual(['Ville de Dakar']);
  });
});

describe('organizations: verbs only firms take (generalization)', () => {
  it('takes a name before "emploie", "employs", "a investi", not a person or a place', () => {
    const text = 'Lumitex emploie 80 personnes. Paul Roy a investi, et Roy a recruté. Lévis a investi aussi.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Lévis')])).toEqual(['Lumitex']);
    expect(namesOf('Brivo employs 40 people and has raised $2 million.', 'ORG', 'en')).toEqual(['Brivo']);
  });
});

describe('organizations: industry nouns that name a sector (generalization)', () => {
  it('does not take a sector or an event for a company', () => {
    const text = 'The Canadian Aerospace sector grew, Northern Mining is booming and the Salon Industries Nouvelles opens.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
    expect(namesOf('General Motors hired.', 'PERSON', 'en')).toEqual([]);
  });
});
