import { wordSet } from './word-set.js';
import { WEEKDAY_NAMES } from '../dates/calendar-words.js';

/**
 * Capitalized words that are not names: function words and discourse adverbs at
 * sentence start ("Enfin, la société …"), months, days, and caption words. Accent-free lower case.
 */
export const CAP_STOP_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES.flat(), ...wordSet(`
le la les l un une des du de d ce cet cette ces il elle ils elles nous vous on je
the a an this that these those it he she they we i in on at for and but or of to by
with from as his her their our its dans pour par avec sur selon depuis lors apres
avant pendant mais et ou donc car ainsi afin des en au aux a chez entre vers sous
contre photo photos credit credits source sources lire voir image images suite
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
january february march april may june july august september october november december
feb apr aug sept oct nov dec
rappelons mentionnons notons soulignons parmi plus moins tous
toutes tout chaque quand comme si when while after before during also however since
leur leurs son sa ses mon ma mes notre nos votre vos cela ceci celui celle ceux qui que
quoi dont ou oui non merci bonjour madame monsieur about
enfin finalement ensuite puis desormais toutefois cependant neanmoins pourtant egalement
finally lastly meanwhile moreover furthermore additionally separately nevertheless
neither nor either is are was were does did
`)]);

/** All-caps tokens that are not organizations: units, currencies, codes, diplomas ("un BTS de cuisine"), common words. */
const UPPER_COMMON_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES.flat(), ...wordSet(`
bts bep cap
ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi
usd cad eur euro euros chf gbp jpy cfa fcfa xof km kg kwh mw gw mwh gwh twh co2 ges
pib gdp pme pmi ti it rh r&d rd ong obnl osbl mrc ceo pdg dg mec cfo coo cto vip faq pdf
html url www ok tv ia ai ar vr us usa uk rsvp ndlr ps pm am gmt utc est pst
edt cet nafta alena aceum cusma ceta aecg ome omc covid sida vih hiv adn dna tva hst gst
qc on bc ab mb sk ns pe nl nt yt nu fr en ca nd ter ier ere re nous mr mrs dr b2b b2c b2g
faq q&a tba tbd aka asap diy
mou mous moa nda loi rdc rca drc uae eau urss ussr prc dprk gb idf paca hne hae hnr cop jo tgv
cpe clsc tps tvq note info infos news new flash stop ville maire accord mission lettre the and of
source contact contacts
ends fin ev evs phev suv
fm mhz khz host presenter jingle music applause laughter
release
photo photos gallery video videos extrait par minutes chair
janvier mars avril mai juin juillet septembre octobre novembre january february march april june july august
september october november december
`)]);

/**
 * The shouted words of a council's minutes and resolutions ("ATTENDU QUE …", "- APPROUVE la convention",
 * "THAT Council approve …", "CARRIED", "ALSO PRESENT:"), and the function words between them.
 */
const MINUTES_WORDS: ReadonlySet<string> = wordSet(`
attendu considerant que qu qu' qu’ approuve autorise dit decide mandate adopte adoptee resolu resolue demande charge
prend acte enterine ratifie accepte accorde confirme designe nomme remercie sollicite recommande
approves agrees resolves recommends endorses authorises authorizes receives
present presents absent absents also that whereas resolved carried defeated lost moved seconded therefore be
la le les de du des et
`);

/** All-caps tokens that are not organizations. */
export const UPPER_STOP_WORDS: ReadonlySet<string> = new Set([...UPPER_COMMON_WORDS, ...MINUTES_WORDS]);
