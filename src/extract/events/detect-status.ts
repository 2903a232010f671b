import { WordStartRegex } from '../text/word-regex.js';
import type { EventStatus } from '../types.js';

// Planned forms that contain a signing word: checked first so "sera signée" is not read as signed.
const PLANNED_SIGNING = new WordStartRegex(
  String.raw`(?:(?:(?:sera(?:ient|it)?|seront|devrai(?:en)?t\s+être|doi(?:ven)?t\s+être)\s+(?:officiellement\s+)?(?:officialisée?s?|conclue?s?|paraphée?s?|renouvelée?s?|scellée?s?|ratifiée?s?)|renouveler(?:a|ont)|conclur(?:a|ont)|scheduled\s+to\s+(?:be\s+)?sign\p{L}*|will\s+(?:be\s+)?(?:renew|conclud|formaliz|formalis|finaliz|finalis|seal|ratif)\p{L}*|signer(?:a|ont|ait|aient)|sera(?:ient|it|)?\s+sign[ée]e?s?|seront\s+sign[ée]e?s?|(?:va|vont|devrai(?:en)?t|pourrai(?:en)?t|doi(?:ven)?t|devr(?:a|ont)|compte(?:nt)?|souhaite(?:nt)?|veu(?:len)?t|entend(?:ent)?|prévoi(?:en)?t|vise(?:nt)?\s+à|afin\s+de|pour)\s+(?:être\s+)?sign(?:er|ée?s?)|(?:en\s+vue\s+de|vers|avant)\s+(?:la\s+)?signature|(?:envisag\p{L}*|prépar\p{L}*|prévoi\p{L}*|souhait\p{L}*|annonc\p{L}*|attend\p{L}*|négoci\p{L}*)\s+(?:la\s+|une\s+)?signature|aller\s+vers\s+la\s+signature|prochaine\s+signature|future?\s+signature)|(?:will|would|shall|to|should|could|may|plan(?:s|ned)?\s+to|expected\s+to|set\s+to|going\s+to)\s+(?:be\s+)?sign(?:ed)?\b|upcoming\s+signing\b|(?:convenu|convenir|décidé|décident|prévu|prévoient|envisag\p{L}*|souhait\p{L}*|propos\p{L}*|vise|visent|agreed|agree|plans?|planned|intends?|decided|hopes?|aims?|seeks?)\s+(?:de|d['’]|à|to)\s+(?:\p{L}+\s+)?(?:signer|renouveler|conclure|sign|renew|conclude)\b)`,
);

// Every planned signing form contains one of these stems; with the same flags (iu, so the
// same case folding) this literal scan refuses most clauses before the costly pattern runs.
const PLANNED_SIGNING_STEM = /sign|renouvel|renew|conclu|formali|finali|seal|ratif|officialis|paraph|scell/iu;

function isPlannedSigning(clause: string): boolean {
  return PLANNED_SIGNING_STEM.test(clause) && (PLANNED_SIGNING.test(clause) || SIGNING_TO_COME.test(clause));
}

// "The signing of the agreement will take place in May", "la signature aura lieu le 3 juin".
const SIGNING_TO_COME = /\b(?:signature|signing)\b[^.;!?]{0,120}?\b(?:will\s+take\s+place|is\s+(?:scheduled|planned|expected)|aura\s+lieu|se\s+tiendra|est\s+prévue)/iu;

// Cheap pre-check: every signing form contains one of these stems.
const SIGNING_STEM = /sign|renouvel|renew|scell|seal|conclu|inked|paraph|ratifi|officialis|entérin|agreed|jumel/i;
// "ont convenu de renouveler leur accord": an intention to sign or renew.

const SIGNED = new WordStartRegex(
  String.raw`(?:(?:renouvel[ée]e?s?|conclue?s?|scell[ée]e?s?|paraph[ée]e?s?|ratifi[ée]e?s?|officialis[ée]e?s?|entérin[ée]e?s?)\b|sign[ée]e?s?\b|signature\b|signing\b|renouvel(?:é|ée|és|ées|le|lent|lement)\b|scell(?:e|ent|é|ée)\b|signe(?:nt)?\b|signed\b|sign\b|signs\b|renew(?:s|ed|al)\b|inked\b|concluded\b|sealed\b|have\s+agreed\b|jumelée?s?\b|jumelles?\b)`,
);

const PLANNED = new WordStartRegex(
  String.raw`(?:en\s+vue\s+d|vers\s+une?\b|projets?\s+d['’e]|en\s+préparation|en\s+cours\s+de\s+(?:négociation|préparation|rédaction)|prochainement|à\s+venir|devrai(?:en)?t|pourrai(?:en)?t|envisag|souhait|veulent|veut\b|vise(?:nt)?\s+à|négoci|prépar|projett|prévoi|prévu|intention|futur|établir|mettre\s+en\s+place|will\b|would\b|plans?\s+to|planned|planning|expected|intends?|aims?\s+to|proposed|draft|negotiat|prepar|upcoming|future|to\s+establish|work(?:s|ing)?\s+towards?)`,
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
  if (signing && SIGNED.test(clause)) return 'signed';
  if (PLANNED.test(clause)) return 'planned';
  return 'signed';
}

/**
 * detectStatus and hasSigningCue of one clause together, each pattern run at most once
 * (the agreement finder asks both of every clause).
 */
export function readClause(clause: string): { status: EventStatus; signing: boolean } {
  if (!SIGNING_STEM.test(clause)) return { status: PLANNED.test(clause) ? 'planned' : 'signed', signing: false };
  if (isPlannedSigning(clause)) return { status: 'planned', signing: true };
  if (SIGNED.test(clause)) return { status: 'signed', signing: true };
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
