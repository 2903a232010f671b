import { byFirstLetter, WordStartRegex, wordRegex } from '../text/word-regex.js';
import type { EventStatus } from '../types.js';

/** Each head followed by the tail: `(?:head1|head2)tail` written as branches for byFirstLetter. */
function withTail(heads: readonly string[], tail: string): string[] {
  return heads.map((head) => head + tail);
}

// Planned forms that contain a signing word: checked first so "sera signée" is not read as signed.
// Only tested, never read: written as flat branches grouped by first letter (see byFirstLetter).
const PLANNED_SIGNING = new WordStartRegex(
  byFirstLetter(
    [
      ...withTail(
        [String.raw`sera(?:ient|it)?`, 'seront', String.raw`devrai(?:en)?t\s+être`, String.raw`doi(?:ven)?t\s+être`],
        String.raw`\s+(?:officiellement\s+)?(?:officialisée?s?|conclue?s?|paraphée?s?|renouvelée?s?|scellée?s?|ratifiée?s?)`,
      ),
      'renouveler(?:a|ont)',
      'conclur(?:a|ont)',
      String.raw`scheduled\s+to\s+(?:be\s+)?sign\p{L}*`,
      String.raw`will\s+(?:be\s+)?(?:renew|conclud|formaliz|formalis|finaliz|finalis|seal|ratif)\p{L}*`,
      'signer(?:a|ont|ait|aient)',
      String.raw`sera(?:ient|it|)?\s+sign[ée]e?s?`,
      String.raw`seront\s+sign[ée]e?s?`,
      ...withTail(
        [
          'va', 'vont', 'devrai(?:en)?t', 'pourrai(?:en)?t', 'doi(?:ven)?t', 'devr(?:a|ont)', 'compte(?:nt)?', 'souhaite(?:nt)?',
          'veu(?:len)?t', 'entend(?:ent)?', 'prévoi(?:en)?t', String.raw`vise(?:nt)?\s+à`, String.raw`afin\s+de`, 'pour',
          'espère(?:nt)?', 'envisage(?:nt)?', 'ambitionne(?:nt)?',
        ],
        // "comptent conclure", "devrait être paraphée", "espèrent renouveler": any signing verb after the intention;
        // "pensent y signer", "devait y être paraphée", "veulent ensuite signer": a pronoun for the place or the occasion,
        // or an adverb of time, may come between.
        String.raw`\s+(?:(?:y|alors|aussi|également|ensuite|bientôt|enfin|officiellement|formellement)\s+){0,2}(?:être\s+)?(?:sign(?:er|ée?s?)|conclu(?:re|e?s?)|paraph(?:er|ée?s?)|renouvel(?:er|ée?s?)|scell(?:er|ée?s?)|ratifi(?:er|ée?s?)|officialis(?:er|ée?s?))\b`,
      ),
      ...withTail([String.raw`en\s+vue\s+de`, 'vers', 'avant'], String.raw`\s+(?:la\s+)?signature`),
      ...withTail(
        [String.raw`envisag\p{L}*`, String.raw`prépar\p{L}*`, String.raw`prévoi\p{L}*`, String.raw`souhait\p{L}*`, String.raw`attend\p{L}*`, String.raw`négoci\p{L}*`],
        String.raw`\s+(?:la\s+|une\s+)?signature`,
      ),
      // "annonce une signature", "annonce la signature prochaine"; "est fière d'annoncer la signature d'un protocole" reports one done.
      String.raw`annonc\p{L}*\s+(?:une\s+signature|signature|la\s+signature(?!\s+d['’]une?\s))`,
      String.raw`aller\s+vers\s+la\s+signature`,
      // "sera soumis au conseil en décembre, puis signé en février", "will be put to council, then signed in May": a vote, then the signing, both to come.
      // "sera soumise au conseil et signée en mai", "would be approved by both councils and signed": one future auxiliary carries both participles.
      // After a bare "et"/"and" only a participle is the second verb: "présenté aux élus et signataires" joins a noun.
      ...withTail(
        [
          'sera', 'seront', String.raw`serai(?:en)?t`, String.raw`devr(?:a|ont|ai(?:en)?t)\s+(?:d['’]abord\s+)?être`, String.raw`doi(?:ven)?t\s+(?:d['’]abord\s+)?être`,
          String.raw`will\s+(?:first\s+)?be`, String.raw`would\s+(?:first\s+)?be`, String.raw`must\s+(?:first\s+)?be`, String.raw`should\s+be`, String.raw`is\s+to\s+be`, String.raw`are\s+to\s+be`,
        ],
        String.raw`\s+(?:soumise?s?|présentée?s?|approuvée?s?|adoptée?s?|validée?s?|examinée?s?|submitted|presented|put|approved|adopted|reviewed|considered|tabled|endorsed)\s[^.;!?]{0,100}?[\s,](?:(?:puis|ensuite|then|(?:et|and)\s+(?:puis|ensuite|then|enfin|finally))\s+(?:sign|paraph|ratifi)\p{L}*|(?:et|and)\s+(?:sign|paraph|ratifi)(?:ée?s?|ed)(?![\p{L}]))`,
      ),
      // "which officers plan to bring forward for signature", "transmis pour signature", "soumise à la signature des maires".
      String.raw`for\s+(?:its\s+|their\s+)?signature\b`,
      String.raw`pour\s+signature\b`,
      String.raw`soumise?s?\s+à\s+(?:la\s+)?signature\b`,
      // A council's leave to sign: "autorisation de signature", "autorise le Maire à la signer", "authorise the Mayor to sign";
      // the mayor's name may stand between commas: "autorise la mairesse, <nom>, à signer" (in English "to sign" alone reads as planned).
      String.raw`autoris\p{L}*\s+(?:[\p{L}'’-]+,?\s+){0,6}?(?:(?:à|de)\s+)?(?:la\s+|le\s+|les\s+|l['’])?sign(?:er|ature)\b`,
      String.raw`authori[sz]\p{L}*\s+(?:[\p{L}'’-]+\s+){0,4}?(?:to\s+sign|the\s+signing)\b`,
      String.raw`prochaine\s+signature`,
      String.raw`future?\s+signature`,
      ...withTail(
        ['will', 'would', 'shall', 'to', 'should', 'could', 'may', String.raw`plan(?:s|ned)?\s+to`, String.raw`expected\s+to`, String.raw`set\s+to`, String.raw`going\s+to`],
        String.raw`\s+(?:be\s+)?sign(?:ed)?\b`,
      ),
      String.raw`upcoming\s+signing\b`,
      // "It is proposed that the agreement be signed in May", "propose que l'entente soit signée le 20 mars": a wish in the subjunctive.
      String.raw`that\s+(?:[\p{L}'’-]+\s+){1,6}?be\s+(?:sign|conclud|renew|ratifi)\p{L}*`,
      String.raw`que\s+(?:[\p{L}'’-]+\s+){1,6}?soi(?:en)?t\s+(?:sign|conclu|paraph|renouvel|ratifi)\p{L}*`,
      // "drafting a memorandum, hopefully ready for signing in spring", "un texte prêt pour la signature".
      String.raw`ready\s+for\s+(?:its\s+|the\s+)?sign(?:ing|ature)\b`,
      String.raw`prête?s?\s+(?:pour\s+(?:la\s+)?signature|à\s+être\s+signée?s?)`,
      ...withTail(
        [
          'convenu', 'convenir', 'décidé', 'décident', 'prévu', 'prévoient', String.raw`envisag\p{L}*`, String.raw`souhait\p{L}*`, String.raw`propos\p{L}*`,
          'vise', 'visent', 'agreed', 'agree', 'plans?', 'planned', 'intends?', 'decided', 'hopes?', 'aims?', 'seeks?',
        ],
        String.raw`\s+(?:de|d['’]|à|to)\s+(?:\p{L}+\s+)?(?:signer|renouveler|reconduire|conclure|sign|renew|conclude)\b`,
      ),
    ],
    true,
  ),
);

// Every planned signing form contains one of these stems; with the same flags (iu, so the
// same case folding) this literal scan refuses most clauses before the costly pattern runs.
const PLANNED_SIGNING_STEM = /sign|renouvel|renew|recondu|conclu|formali|finali|seal|ratif|officialis|paraph|scell|approuv|approved|autoris|authori/iu;

function isPlannedSigning(clause: string): boolean {
  if (pendingApproval(clause) || signingPutOff(clause)) return true;
  return PLANNED_SIGNING_STEM.test(clause) && (PLANNED_SIGNING.test(clause) || (TO_COME_STEM.test(clause) && SIGNING_TO_COME.test(clause)) || IN_PRINCIPLE.test(clause));
}

// "La signature …, prévue le 12 novembre, a été reportée", "the signing was postponed": still to come; the gap holds no
// telling of the signing itself ("took place on Monday, after a meeting that was postponed").
// Every \b that opens a word stands at the start of a group (wordRegex reads a \b there as a word start, elsewhere as an end).
const SIGNING_PUT_OFF = wordRegex(
  String.raw`\b(?:signature|signing)\b(?:(?!(?:\b(?:took|a\s+eu|eu\s+lieu|signed|signée?s?))\b)[^.;!?]){0,220}?(?:\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:postponed|delayed|deferred|put\s+off)|\b(?:a|ont|est|sont)\s+(?:été\s+)?(?:reportée?s?|ajournée?s?|repoussée?s?))\b`,
);
const PUT_OFF_STEM = /postponed|delayed|deferred|put\s+off|reporté|ajourné|repoussé/iu;

function signingPutOff(clause: string): boolean {
  return PUT_OFF_STEM.test(clause) && SIGNING_PUT_OFF.test(clause);
}

// A text that still waits for a vote or a signature: "doit encore être ratifié", "reste à signer", "sous réserve de
// l'approbation", "en attente de ratification", "pending council approval", "subject to ratification", "still needs
// the approval of both councils", "has yet to be signed".
const PENDING_APPROVAL = wordRegex(
  String.raw`\b(?:` +
    [
      String.raw`(?:doi(?:ven)?t|devr(?:a|ont)|devrai(?:en)?t)\s+(?:encore|toujours|d['’]abord|aussi|ensuite)\s+être\s+(?:sign|ratifi|approuv|entérin|paraph|officialis|adopt|validé)\p{L}*`,
      String.raw`reste(?:nt)?\s+à\s+(?:sign|ratifi|approuv|entérin|paraph|officialis|adopt|valid)\p{L}*`,
      String.raw`sous\s+réserve\s+(?:de\s+|d['’])(?:la\s+|l['’]|son\s+|sa\s+|leur\s+)?(?:ratification|approbation|adoption|validation|signature)`,
      String.raw`en\s+attente\s+(?:de\s+|d['’])(?:la\s+|l['’]|son\s+|sa\s+|leur\s+)?(?:ratification|approbation|adoption|validation|signature)`,
      String.raw`pending\s+(?:[\p{L}-]+\s+){0,2}?(?:approval|ratification|signature|sign-off|endorsement)`,
      String.raw`subject\s+to\s+(?:[\p{L}-]+\s+){0,2}?(?:approval|ratification|endorsement)`,
      String.raw`(?:still\s+)?(?:requires|needs|awaits|awaiting)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:approval|ratification|signature|sign-off|endorsement)`,
      String.raw`(?:has|have|is|are)\s+yet\s+to\s+be\s+(?:sign|ratifi|approv|endors)\p{L}*`,
    ].join('|') +
    ')',
  'iu',
);
const PENDING_STEM = /encore|toujours|abord|aussi|ensuite|reste|réserve|attente|pending|subject|requires|needs|await|yet/iu;

// "signed the MOU on Monday; it still requires council approval": signed, whatever vote is to come.
const SIGNED_BEFORE = wordRegex(String.raw`\b(?:(?:a|ont|avait|avaient)\s+(?:été\s+)?signée?s?|(?:has|have|had|was|were)\s+(?:been\s+)?signed|signed\s+(?:on|in|at|last|an?|the|their|its)\b)`, 'iu');

function pendingApproval(clause: string): boolean {
  return PENDING_STEM.test(clause) && PENDING_APPROVAL.test(clause) && !SIGNED_BEFORE.test(clause);
}

// "a approuvé le principe d'un jumelage", "approved in principle": the agreement is still to be signed.
const IN_PRINCIPLE = /(?:approuv|approved)[^.;!?]{0,60}?(?:le\s+principe\b|in\s+principle\b)/iu;

// "The signing of the agreement will take place in May", "la signature aura lieu le 3 juin",
// "dont la signature est envisagée en mars".
// "la signature, prévue le 25 novembre, d'un protocole": the signing's time told as an apposition.
const SIGNING_TO_COME =
  /\b(?:signature|signing)\b(?:,\s*(?:prévue|programmée|attendue|envisagée|scheduled|planned|expected)\b|[^.;!?]{0,120}?\b(?:will\s+take\s+place|is\s+(?:scheduled|planned|expected|envisaged|slated|due)|aura\s+lieu|se\s+tiendra|est\s+(?:prévue|envisagée|programmée|attendue|annoncée|espérée|souhaitée)|interviendra|devrait\s+intervenir))/iu;
// A word that every SIGNING_TO_COME match holds: most clauses have none and skip its search.
const TO_COME_STEM = /place|scheduled|planned|expected|envisag|slated|due|lieu|tiendra|prévue|programmée|attendue|annoncée|espérée|souhaitée|interv/iu;

// Cheap pre-check: every signing form contains one of these stems. A council's approval
// ("a approuvé une convention avec …") makes the agreement as much as a signature does.
const SIGNING_STEM = /sign|renouvel|renew|recondu|scell|seal|conclu|inked|paraph|ratifi|officialis|entérin|agreed|jumel|approuv|approved|exchang|échang|names?\s+to|liée?s?\s+par|(?:bound|linked|tied)\s+by/i;
// "ont convenu de renouveler leur accord": an intention to sign or renew.

const SIGNED = new WordStartRegex(
  byFirstLetter(
    [
      ...withTail(
        [String.raw`renouvel[ée]e?s?`, 'conclue?s?', String.raw`scell[ée]e?s?`, String.raw`paraph[ée]e?s?`, String.raw`ratifi[ée]e?s?`, String.raw`officialis[ée]e?s?`, String.raw`entérin[ée]e?s?`, 'approuvée?s?'],
        String.raw`\b`,
      ),
      String.raw`sign[ée]e?s?\b`,
      String.raw`signatures?\b`,
      // "signaient la charte", "signa l'accord": the past of a story told in the imperfect or the simple past.
      String.raw`sign(?:ait|aient|a|èrent)\b`,
      String.raw`signing\b`,
      String.raw`renouvel(?:é|ée|és|ées|le|lent|lement)\b`,
      String.raw`scell(?:e|ent|é|ée)\b`,
      String.raw`signe(?:nt)?\b`,
      String.raw`signed\b`,
      String.raw`sign\b`,
      String.raw`signs\b`,
      String.raw`renew(?:s|ed|al)\b`,
      String.raw`recondu(?:it|ite|its|ites|isent|ction)\b`,
      String.raw`inked\b`,
      String.raw`concluded\b`,
      String.raw`sealed\b`,
      String.raw`approved\b`,
      String.raw`have\s+agreed\b`,
      // "both chairs put their names to the charter", "les deux écoles sont désormais liées par une convention", "the ports are now
      // bound by a protocol": a text that now exists.
      String.raw`put\s+(?:their|his|her|its)\s+names?\s+to\b`,
      String.raw`désormais\s+liée?s?\s+par\b`,
      String.raw`dorénavant\s+liée?s?\s+par\b`,
      String.raw`now\s+(?:formally\s+)?(?:bound|linked|tied)\s+by\b`,
      // "exchange copies of a memorandum", "échangent les parapheurs": the gesture that closes a signing.
      String.raw`exchang(?:e|es|ed|ing)\s+(?:signed\s+)?copies\b`,
      String.raw`échang(?:e|ent|é|ée|és|èrent|eaient)\s+(?:les\s+|leurs\s+)?(?:parapheurs|exemplaires\s+signés)\b`,
      String.raw`jumelée?s?\b`,
      String.raw`jumelles?\b`,
      // "venaient de signer la charte", "vient de conclure": a signing just done.
      ...withTail(['vien(?:s|t|nent)', 'venai(?:s|t|ent)', 'venons', 'venez'], String.raw`\s+de\s+(?:sign|conclu|paraph|renouvel|scell|ratifi)\p{L}*`),
    ],
    true,
  ),
);

const PLANNED = new WordStartRegex(
  byFirstLetter(
    [
      String.raw`en\s+vue\s+d`,
      String.raw`vers\s+une?\b`,
      String.raw`projets?\s+d['’e]`,
      String.raw`en\s+préparation`,
      String.raw`en\s+cours\s+de\s+(?:négociation|préparation|rédaction)`,
      String.raw`prochainement`,
      // "L'étape suivante, c'est une convention entre A et B", "Next steps include an agreement": what comes next is a plan.
      String.raw`prochaines?\s+étapes?\b`,
      String.raw`étapes?\s+suivantes?\b`,
      String.raw`next\s+steps?\b`,
      String.raw`à\s+venir`,
      String.raw`devrai(?:en)?t`,
      String.raw`pourrai(?:en)?t`,
      String.raw`envisag`,
      String.raw`souhait`,
      String.raw`veulent`,
      String.raw`veut\b`,
      String.raw`vise(?:nt)?\s+à`,
      String.raw`négoci`,
      String.raw`prépar`,
      String.raw`projett`,
      String.raw`prévoi`,
      String.raw`prévu`,
      String.raw`intention`,
      String.raw`futur`,
      String.raw`établir`,
      String.raw`mettre\s+en\s+place`,
      String.raw`will\b`,
      String.raw`would\b`,
      // "a wider protocol could be ready by spring": what may come is not signed yet ("could boost tourism" says nothing of it).
      String.raw`could\s+(?:soon\s+|then\s+|also\s+)?(?:be\s+(?:signed|ready|concluded|finali[sz]ed|drafted)|sign)\b`,
      // "doit être finalisé dans les prochains mois", "sera finalisée au printemps": a text still being drafted.
      ...withTail(['sera', 'seront', String.raw`doi(?:ven)?t\s+(?:encore\s+|d['’]abord\s+)?être`], String.raw`\s+(?:\p{Ll}+\s+)?finalisée?s?\b`),
      String.raw`plans?\s+to`,
      String.raw`planned`,
      String.raw`planning`,
      String.raw`expected`,
      String.raw`intends?`,
      String.raw`aims?\s+to`,
      String.raw`proposed`,
      String.raw`draft`,
      String.raw`negotiat`,
      String.raw`prepar`,
      String.raw`upcoming`,
      String.raw`future`,
      String.raw`to\s+establish`,
      // "Council voted to pursue a friendship agreement with X": the council decided to seek it.
      String.raw`to\s+pursue`,
      // "voted <a tally, a day> to approve/endorse/adopt" the agreement: a vote on the text, before its signing.
      String.raw`voted\s+(?:[\p{L}\d–-]+\s+){0,5}?to\s+(?:approve|endorse|adopt)\b`,
      String.raw`work(?:s|ing)?\s+towards?`,
      // "travaillent à un accord", "a permis d'avancer sur un accord", "la rédaction d'une entente", "serait soumis aux conseils".
      String.raw`travaill\p{L}*\s+(?:à|sur)\s+(?:une?|la|le|l['’]|leur)`,
      String.raw`work(?:s|ing|ed)?\s+on\s+(?:an?|the)\b`,
      // "is working with the County Council on a port agreement", "was not ready in time", "n'est pas encore prête".
      String.raw`work(?:s|ing|ed)?\s+with\s+[^,.;:]{1,60}?\s+on\s+(?:an?|the)\b`,
      String.raw`not\s+(?:yet\s+)?ready\b`,
      String.raw`avancer\s+(?:sur|vers)`,
      String.raw`progress\s+(?:on|towards?)`,
      String.raw`rédaction\s+d`,
      // "approbation d'une convention", "approval of the agreement": a council's vote on a text still to sign.
      String.raw`approbation\s+(?:d['’]une?|de\s+la|du|de\s+l['’])`,
      String.raw`approval\s+of\s+(?:an?|the)\b`,
      String.raw`rédig`,
      // "a évoqué l'idée d'un jumelage", "floated the idea of a sister-city pact", "a proposé une charte": a plan put forward
      // ("where the idea of an agreement was first discussed" tells where one now signed began).
      ...withTail(['évoqu', 'avanc', 'lanc', 'soulev', 'propos', 'émis'], String.raw`\p{L}*\s+(?:avec\s+[^,.;:]{1,40}?\s+)?l['’]idée\s+d['’]une?\b`),
      ...withTail(['floated', 'raised', 'proposed', 'suggested', 'discussed'], String.raw`\s+the\s+idea\s+of\s+an?\b`),
      String.raw`propos(?:e|ent|é|ée|ait|aient|era|eront|ition\s+d['’])\s*(?:une?|l['’]idée)\b`,
      // "discussed a friendship agreement between A and B", "ont évoqué un jumelage", "ont discuté d'une convention":
      // an agreement talked over, not yet signed ("discussed the agreement signed in 2019" names one that exists).
      String.raw`discuss(?:ed|es|ing)?\s+(?:an?|possible|a\s+possible)\b`,
      String.raw`talk(?:ed|s)?\s+about\s+an?\b`,
      // "A partnership between A and B was discussed", "un jumelage a été évoqué": the agreement talked over is the subject.
      ...withTail(['was', 'were', String.raw`has\s+been`, String.raw`have\s+been`], String.raw`\s+(?:also\s+)?(?:discussed|raised|floated|mooted)\b`),
      ...withTail(['a', 'ont'], String.raw`\s+(?:aussi\s+|également\s+)?été\s+(?:évoqu|discut|abord)(?:é|ée|és|ées)\b`),
      String.raw`évoqu(?:é|ée|er|e|ent|ait|aient)\s+(?:avec\s+[^,.;:]{1,40}?\s+)?une?\b`,
      String.raw`discut(?:é|er|e|ent|ait|aient)\s+(?:avec\s+[^,.;:]{1,40}?\s+)?d['’]une?\b`,
      String.raw`sera\s+soumise?s?\b`,
      String.raw`seront\s+soumise?s?\b`,
      String.raw`serai(?:en)?t\s+soumise?s?\b`,
      String.raw`be\s+submitted\b`,
      String.raw`been\s+submitted\b`,
    ],
    true,
  ),
);

/**
 * Signed or planned, from the words of the clause that carries the agreement: future,
 * conditional and intention cues (signeront, en vue de, projet de, will sign) mean planned;
 * past and present signing verbs (a signé, ont renouvelé, signed, scelle) mean signed.
 * A clause with neither is read as signed: news names agreements that exist.
 */
export function detectStatus(clause: string): EventStatus {
  const signing = SIGNING_STEM.test(clause);
  if (signing && isPlannedSigning(clause)) return 'planned';
  if (signing && SIGNED.test(clause)) return approvedPlan(clause) ? 'planned' : 'signed';
  if (PLANNED.test(clause) || pendingApproval(clause)) return 'planned';
  return 'signed';
}

// Every signing word but an approval's.
const SIGNATURE_STEM = /sign|renouvel|renew|recondu|scell|seal|conclu|inked|paraph|ratifi|officialis|entérin|agreed|jumel|names?\s+to|liée?s?\s+par|(?:bound|linked|tied)\s+by/i;

/** "Un projet de partenariat a été approuvé": what a council approves may still be a plan. */
function approvedPlan(clause: string): boolean {
  return !SIGNATURE_STEM.test(clause) && PLANNED.test(clause);
}

// "approved the agreement", "a approuvé la convention", "adopted the memorandum", "voted to endorse".
const APPROVAL = /approuv|approved|adopt(?:é|ée|és|ées|ed)\b|endors/iu;

/**
 * "The city council approved the agreement in August": an approval and no signing word outside the
 * agreement's own name. Its date is the vote's, not the signing's.
 */
export function approvalOnly(clause: string, kind: string): boolean {
  if (!APPROVAL.test(clause)) return false;
  return !SIGNATURE_STEM.test(clause.replace(kind, ''));
}

/**
 * detectStatus and hasSigningCue of one clause together, each pattern run at most once
 * (the agreement finder asks both of every clause).
 */
export function readClause(clause: string): { status: EventStatus; signing: boolean } {
  if (!SIGNING_STEM.test(clause)) return { status: PLANNED.test(clause) || pendingApproval(clause) ? 'planned' : 'signed', signing: false };
  if (isPlannedSigning(clause)) return { status: 'planned', signing: true };
  if (SIGNED.test(clause)) return { status: approvedPlan(clause) ? 'planned' : 'signed', signing: true };
  return { status: PLANNED.test(clause) ? 'planned' : 'signed', signing: false };
}

/** True when the clause says that something was or will be signed, renewed or concluded. */
export function hasSigningCue(clause: string): boolean {
  return SIGNING_STEM.test(clause) && (SIGNED.test(clause) || isPlannedSigning(clause));
}

/** True when the clause says the agreement is intended or being prepared. */
export function hasPlanningCue(clause: string): boolean {
  return isPlannedSigning(clause) || PLANNED.test(clause);
}
