import { wordSet } from './word-set.js';

/**
 * Words around person names, accent-free lower case (compare with `foldName`).
 * Honorifics name a person on their own ("M. Tremblay"); roles need either a full
 * name after them or a surname the gazetteer does not know as a place.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'dre', 'me', 'pr', 'monsieur', 'madame',
  'mademoiselle', 'docteur', 'professeur', 'maitre', 'mgr', 'mr', 'mrs', 'ms', 'miss', 'sir',
  'dame', 'gov', 'sen', 'rep', 'prof', 'hon', 'rev', 'messrs', 'professor', 'professeure', 'doctor',
  // Commonwealth ministers' style: "The Honourable Jane Doe", "l'honorable Jean Roy".
  'honourable', 'honorable',
  // Tamil and Hindi honorifics of the Indian press: "Thiru K. Saravanan", "Shri A. Rao", "Smt. B. Devi".
  'thiru', 'thirumathi', 'tmt', 'shri', 'shrimati', 'smt',
  // Spanish and Portuguese: "Dra. Ana Ruiz" (doctora), "Sra. Ana Ruiz" (señora).
  'dra', 'sra',
  // British and Irish councillors: "Cllr Jane Doe"; Australian ones: "Cr Jane Doe".
  'cllr', 'cr',
  // Central European engineers ("Prof. Ing. Jan Novák"), Singapore and Malaysia's "Mdm Siti Aminah", priests ("Fr. Jose Cruz").
  'ing', 'mdm', 'fr',
]);

const ROLE_LIST = `
maire mairesse adjoint adjointe president presidente vice-president vice-presidente
ministre ministre-president ministre-presidente sous-ministre premier-ministre
depute deputee senateur senatrice gouverneur gouverneure lieutenant-gouverneur
lieutenante-gouverneure consul consule ambassadeur ambassadrice delegue deleguee
directeur directrice codirecteur codirectrice secretaire recteur rectrice vice-recteur
vice-rectrice doyen doyenne chancelier chanceliere commissaire prefet prefete
conseiller conseillere fondateur fondatrice cofondateur cofondatrice pdg dg
representant representante porte-parole chef cheffe coordonnateur coordonnatrice
coordinateur coordinatrice responsable administrateur administratrice gerant gerante
attache attachee charge chargee elu elue echevin bourgmestre roi reine prince
princesse pape cardinal eveque general generale colonel capitaine professeur professeure
chercheur chercheuse economiste avocat avocate journaliste entrepreneur
homologue patron patronne animateur animatrice
premier governor mayor president vice-president minister prime-minister senator
secretary ambassador consul ceo cfo coo cto chairman chairwoman chair chairperson director
chancellor commissioner representative lieutenant-governor deputy candidate
councillor councilor alderman alderwoman alderperson councilman councilwoman
congressman congresswoman speaker leader spokesman spokeswoman
spokesperson founder co-founder executive manager officer king queen princess
principal vice-chancellor provost dean rector
cathaoirleach warden reeve convener convenor pro-rector vice-rector marshal
superintendent surintendant surintendante borgmester
`;

/** Role nouns, one word (hyphenated compounds included). */
export const ROLE_WORDS: ReadonlySet<string> = wordSet(ROLE_LIST);

/** Roles that head a company rather than a portfolio: "PDG de Norvia", "CEO of Tallis". */
export const COMPANY_ROLES: ReadonlySet<string> = new Set([
  'pdg', 'ceo', 'president', 'presidente', 'directeur', 'directrice', 'fondateur', 'fondatrice',
  'cofondateur', 'cofondatrice', 'co-founder', 'founder', 'chairman', 'chairwoman', 'owner',
  'proprietaire', 'patron', 'patronne', 'vice-president', 'vice-presidente', 'cfo', 'coo', 'cto',
]);

/** Words that may follow a role noun before the name ("délégué général", "premier ministre"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'general', 'generale', 'generaux', 'adjoint', 'adjointe', 'delegue', 'deleguee',
  'ministre', 'executif', 'executive', 'honoraire', 'regional', 'regionale', 'municipal',
  'municipale', 'federal', 'federale', 'provincial', 'provinciale', 'principal',
  'principale', 'associe', 'associee', 'interimaire', 'sortant', 'sortante', 'elu', 'elue',
  'actuel', 'actuelle', 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'then', 'former',
  'minister', 'executive', 'officer', 'governor', 'conseiller',
]);

/** Letters written after a name (Helen Marwick MP, Jane Roe KC): no part of it. */
export const POST_NOMINALS: ReadonlySet<string> = wordSet(`
mp mpp mla mna mha msp ms mep td qc kc obe cbe mbe kbe dbe phd jp
`);
