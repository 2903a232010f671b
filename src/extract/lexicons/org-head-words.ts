import { wordSet } from './word-set.js';

/**
 * French heads written as acronyms, which open a name like the words they stand for:
 * "CCI Grand Est", "MRC de Val-Brûlé", "CHU de Lyon" (centre hospitalier universitaire),
 * "IUT de Kerlaouen" (institut universitaire de technologie), "CIUSSS du Littoral".
 */
export const FR_ACRONYM_HEADS: ReadonlySet<string> = wordSet(`
cci mrc cegep chu chr chru iut insa ciusss cisss cfa crous
`);

/**
 * Head nouns of organization names, accent-free lower case. French names start with
 * their head ("Centre de …", "ministère des …"); English names end with it or carry it
 * inside a capitalized run ("Korea Institute of …", "… Business Council").
 */
export const FR_HEADS: ReadonlySet<string> = new Set([...wordSet(`
ville municipalite commune communaute agglomeration centre fonds ministere delegation
chambre cci universite cegep college ecole institut conseil comite agence societe
association federation confederation confrerie groupe groupement commission secretariat
gouvernement region departement assemblee organisation organisme office offices union
maison chancellerie club creneau fondation banque caisse syndicat parlement senat cour
tribunal direction service services bureau consulat ambassade representation technopole
pole cluster reseau alliance observatoire laboratoire musee hopital autorite
haut-commissariat prefecture mairie conservatoire academie compagnie cooperative
mouvement parti lycee regie corporation consortium incubateur ordre collectif cercle
metropole intercommunalite mutuelle fondation entreprise grappe table gouvernorat
wilaya polytechnique cite mrc collectivite port faculte polyvalente
liceo coleg
presses athenee haras fanfare chorale chœur choeur
`), ...FR_ACRONYM_HEADS]);

/**
 * Lower-case French heads that make an organization when a proper noun completes them.
 * "la commune de X" names the municipal body (an ORG) as the annotation guide counts it,
 * and X stays a place of its own; "ville" is left out: "la ville de X" mostly means the place.
 */
export const FR_LOWER_HEADS: ReadonlySet<string> = wordSet(`
ministere delegation commune communaute agglomeration conseil comite gouvernement
representation ecole universite chambre secretariat agence ambassade consulat
municipalite federation association institut region office bureau mairie prefecture
fondation caisse banque cour cegep college lycee musee hopital centre polyvalente liceo
commission
`);

/** Lower-case heads that take no adjective before their "de X" (ville de X vs la commune allemande). */
export const FR_BARE_HEADS: ReadonlySet<string> = new Set(['commune', 'municipalite', 'region']);

// English heads of a body's name. "akimat" is the Kazakh and Central Asian word for a local executive body (a town's or
// a region's administration), written as an English head too ("Akimat of X").
export const EN_HEADS: ReadonlySet<string> = wordSet(`
council institute university college school agency department ministry office bureau
commission committee board authority association federation foundation society
corporation corp inc incorporated ltd llc llp plc company co group bank chamber centre
center organization organisation union alliance network party parliament
senate assembly legislature government administration service services hospital museum laboratory
laboratories labs consortium club fund trust coalition international industries
technologies solutions systems holdings partners ventures capital consulate
consulate-general embassy delegation secretariat directorate institution observatory
partnership hub accelerator incubator district cluster supercluster port
city town municipality township county state commonwealth faculty
province enterprise band nation tribe region schools division
polytechnic growers producers catapult limited academy ports shire borough
cooperative co-operative league guild akimat
`);

/** Legal-form suffixes that close a company name (Acme Inc., Dupont SA). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = wordSet(`
inc ltee ltd llc llp plc corp sa sas sarl sca se gmbh ag nv bv spa srl ab oy as asa kg
sprl scrl srl asbl bvba snc sasu eurl
`);

/** Legal forms also written in lower case after a company's name ("Dubé ltée", "Lemaire sprl"). */
export const LOWER_LEGAL_FORMS: ReadonlySet<string> = wordSet(`
inc ltee ltd corp enr sprl scrl srl sarl asbl gmbh llc plc
`);

/** Words after "&" or "et/and" that close a firm's name: "Cloutier & Fils", "Lemaire & Associés", "Smith & Sons". */
export const PARTNER_TAILS: ReadonlySet<string> = wordSet(`
fils filles freres associes associees cie compagnie sons brothers associates partners co
`);

/**
 * Words before "Center/Centre" that make it a venue, a place rather than a body: the
 * annotated sets list "X Convention Centre" as a place three times in four.
 */
export const VENUE_WORDS: ReadonlySet<string> = wordSet(`
convention conference exhibition shopping congres congress expo events event
sports aquatic civic
`);

/**
 * Lower-case descriptor nouns that introduce an organization's name ("les entreprises X
 * et Y", "le cluster Z", "le pôle de compétitivité X", "l'agence X", "the nonprofit X").
 */
export const COMPANY_TRIGGERS: ReadonlySet<string> = wordSet(`
entreprise entreprises societe firme compagnie cluster start-up startup startups
fabricant constructeur equipementier cabinet groupe filiale pme
organisme organismes
centres centre organismes company companies firm firms manufacturer startup subsidiary
group operator
pole agence incubateur accelerateur association fondation plateforme
nonprofit non-profit charity hub incubator accelerator agency foundation consultancy asbl
cooperative co-operative coop co-op intercommunale giant geant
quotidien hebdomadaire journal magazine newspaper
conserverie poissonnerie boulangerie fromagerie brasserie distillerie laiterie imprimerie
scierie chocolaterie biscuiterie cidrerie meunerie fonderie tonnellerie microbrasserie
librairie bookstore bookshop
`);

/** Words naming programs, strategies or events: an acronym after them is no organization. */
export const NON_ORG_INTRODUCERS: ReadonlySet<string> = wordSet(`
demarche programme strategie plan projet initiative loi politique accord salon
foire festival sommet forum congres colloque conference mission operation campagne
edition prix concours trophee label norme reglement directive traite program strategy
project initiative act law policy agreement fair festival summit forum conference
campaign award
`);

/**
 * Common nouns that make a body's name when a place follows them ("Investissement
 * Québec", "Tourisme Montréal", "Hydro-Québec", "Invest Yukon", "Business France").
 */
export const PLACE_NAMED_BODY_PREFIXES: ReadonlySet<string> = wordSet(`
hydro loto tele radio export tourisme investissement emploi revenu transport transports
sante culture destination promotion developpement services service invest business
atout patrimoine habitation energie environnement innovation agriculture commerce
tourism investment employment revenue health heritage opportunities trade jobs visit
energy innovation agriculture housing infrastructure transportation enterprise travel
affairs resources oceans relations statistique statistics education venture development
global
`);

/**
 * Heads written after the place an intercommunal or local body is named after: "Vauvenargues
 * Loire Métropole", "Rocheval Technopole", "Pays de Grasse Agglo", "Val-Sorel Communauté"; and the Scandinavian
 * ones quoted untranslated, a port or a municipality after its town ("Straumvik Havn",
 * "Norrvik Hamn", "Skovborg Kommune").
 */
export const FR_SUFFIX_HEADS: ReadonlySet<string> = wordSet(`
metropole technopole agglo agglomeration technopolis innopole universite communaute
havn hamn kommune kommun universitet fylkeskommune
gymnasium gymnasiet lukio skole skola
`);

/** Scandinavian heads, written in lower case after the town or region whatever its size: "Hamar kommune", "Nord universitet". */
export const NORDIC_LOWER_SUFFIX_HEADS: ReadonlySet<string> = wordSet(`
kommune kommun universitet fylkeskommune havn hamn
gymnasium gymnasiet lukio skole skola
`);

/**
 * Nordic school heads that take a lower-case word between the town and the head: the
 * school's kind ("Hamar videregående skole") or the Finnish genitive of its own name
 * ("Porin lyseon lukio").
 */
export const NORDIC_SCHOOL_HEADS: ReadonlySet<string> = wordSet(`
skole skola lukio
`);

/** Of those, the town groupings also written in lower case after the town: "Pontmorvan agglomération", "Auray agglo". */
export const FR_LOWER_SUFFIX_HEADS: ReadonlySet<string> = wordSet(`
agglomeration agglo metropole
`);

/** Heads after which a name goes on through "en" + a place ("Université du Québec en Haute-Matawin"). */
export const FR_EN_PLACE_HEADS: ReadonlySet<string> = wordSet(`
universite chambre societe office institut ecole college cegep centre
ambassade consulat delegation representation haut-commissariat
`);

/** Heads of bodies with a seat, whose name goes on through "à" + a place ("Université du Québec à Montréal", "Maison de la Bretagne à Québec"). */
export const SEAT_HEADS: ReadonlySet<string> = wordSet(`
universite delegation consulat ambassade representation haut-commissariat bureau campus antenne maison
`);

/**
 * Heads whose proper-name part is no place mention: "Université Rocheval", "Collège
 * Ahuntsic" (unlike "Université de Montréal", where the place follows "de").
 */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = wordSet(`
universite college cegep lycee ecole institut academie polytechnique polyvalente liceo coleg
`);

/** English heads that make a body only before "of": "City of Millbourne", "State of Maine", "Shire of X", not "Quebec City", "Ohio State". */
export const EN_OF_ONLY_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'township', 'county', 'state', 'commonwealth', 'port', 'province', 'shire', 'borough', 'region']);

/**
 * Common nouns that close a name written all in capitals ("ACME PORT", "NOVA GROUP",
 * "BIO TECH"): after an all-caps word, outside a headline, they are part of its name.
 */
export const UPPER_NAME_TAILS: ReadonlySet<string> = wordSet(`
port ports group groupe tech lab labs capital holding holdings industries industrie
energy energie energies systems solutions technologies technology invest partners
ventures international consulting conseil logistics logistique pharma bio biotech
digital media medias airlines aero aerospace robotics motors mobility immobilier
finance services networks telecom foods food agro
`);

/** Newswires whose tag opens a press release ("/CNW/", "(BUSINESS WIRE)"): no party of the news. */
export const NEWSWIRES: ReadonlySet<string> = wordSet(`
cnw prnewswire newswire globenewswire businesswire marketwired accesswire newsfile apmnews
`);

/**
 * Nouns that, after "X, l'/une/a/the …", say that X is an organization: "Innovalais,
 * l'agence vaudoise pour l'innovation", "Ferrosul, a Brazilian mining company".
 */
export const APPOSITION_NOUNS: ReadonlySet<string> = wordSet(`
agence societe entreprise firme start-up startup pousse pme fabricant groupe organisme
association cooperative filiale compagnie intercommunale fondation incubateur
accelerateur equipementier constructeur fournisseur editeur operateur exploitant
distributeur exportateur producteur transformateur laboratoire banque assureur
spin-off jeune-pousse multinationale
company firm agency startup start-up manufacturer maker supplier provider developer
producer operator subsidiary organization organisation nonprofit non-profit consultancy
retailer distributor exporter importer bank insurer airline carrier utility cooperative
co-op miner multinational charity incubator accelerator giant group body conglomerate
automaker carmaker chipmaker drugmaker shipbuilder institute institut centre center
fintech biotech medtech edtech agritech cleantech scale-up scaleup licorne unicorn
coentreprise joint-venture
chambre chamber cluster grappe reseau network consortium alliance
`);

/** Words after which "by/par/of/de" + a capitalized name names a company ("operated by Ferrosul"). */
export const ORG_CUES_BEFORE: ReadonlySet<string> = wordSet(`
operated owned acquired run founded developed manufactured built subsidiary
exploite exploitee exploites exploitees detenu detenue detenus detenues rachete rachetee
acquis acquise filiale fabrique fabriquee developpe developpee
`);

/**
 * Industry nouns that close a company's capitalized name: "Bayou Creole Foods",
 * "Cedar Ridge Semiconductor", "Bretagne Frais Logistique".
 */
export const INDUSTRY_HEADS_LAST: ReadonlySet<string> = wordSet(`
foods semiconductor semiconductors logistics robotics works components textiles studios
pharmaceuticals pharma therapeutics biosciences biotech biologics diagnostics genomics
motors mining minerals metals aerospace airlines airways analytics software networks
electronics manufacturing engineering construction consulting productions exporters
farms seafood packaging plastics chemicals materials devices instruments shipping
freight drilling ventilation brewing brewery dairy automation fabrication
logistique energie energies ingenierie informatique robotique electronique aeronautique
construction constructions emballages composites materiaux biotech pharma transports
distribution industrie industries technologies solutions systemes
energy health processors mills ingredients joinery marine
ferries railways
creamery cellars pies interactive controls hydrographics
exports imports importers trading seafoods fisheries
`);

/**
 * French industry nouns that open a company's name: "Transports Lemarié", "Éoliennes
 * Côte d'Albâtre", "Fromagerie Dubé", "Aliments Ouimet".
 */
export const INDUSTRY_HEADS_FIRST: ReadonlySet<string> = wordSet(`
transports eoliennes industries laboratoires editions productions constructions
ateliers etablissements chantiers forges fromagerie fromageries vignobles brasserie
boulangerie imprimerie conserverie distillerie laiterie papeteries aliments produits
pecheries meubles serres fermes vins technologies solutions systemes energies
fonderie fonderies chaudronnerie salaisons sucrerie cidrerie confiserie confiseries
scierie biscuiterie chocolaterie savonnerie verrerie minoterie nougaterie charcuteries
`);

/** Verbs that only firms take right after their name: "Optiscan emploie 60 personnes". */
export const FIRM_VERBS: ReadonlySet<string> = new Set(['emploie', 'employs', 'fabrique', 'manufactures', 'exporte', 'exports', 'recrute', 'hires', 'commercialise', 'markets']);

/** Adjectives written in capitals before a French head that open the name: "Grand Conseil", "Haute Autorité". */
export const PRE_HEAD_ADJECTIVES: ReadonlySet<string> = new Set(['grand', 'grande', 'haut', 'haute']);

/** Participles that, after "a"/"has", only firms take: "Ferrosul a investi", "has raised". */
export const FIRM_PARTICIPLES: ReadonlySet<string> = new Set(['investi', 'invested', 'leve', 'raised', 'rachete', 'acquired', 'recrute', 'hired', 'embauche', 'commercialise']);

/** Lower-case nouns of a plant named after the firm that runs it: "l'usine Vextra de Saint-Ormel". */
export const PLANT_NOUNS: ReadonlySet<string> = wordSet(`
usine usines raffinerie fonderie sucrerie cimenterie papeterie aluminerie
`);
