import type { EventMention } from './event-mention.js';

/** What the headline-plan rule reads of an event being assembled. */
interface Told {
  readonly type: string;
  readonly status?: string;
  readonly date?: unknown;
  readonly mentions: readonly EventMention[];
}

// Nouns that name a text to sign; "partenariat", "coopération", "jumelage" name a tie, which any text may seal.
const DOCUMENT_NOUN = /^(?:convention|accord|protocole|charte|entente|memorandum|mou|agreement|charter|protocol|contrat|contract|avenant)s?$/u;

/**
 * "Délibération – approbation d'une convention avec la commune de X", then "… les deux communes avaient signé le
 * 14 mai 2018 une lettre d'intention": a headline that plans one text, and a dated signing of a text named by
 * another noun, are two agreements (the earlier step and the text now to sign).
 */
export function otherThanHeadlinePlan(d: Told, m: EventMention, head: (kind: string) => string): boolean {
  if (d.type !== 'agreement' || d.status !== 'planned' || d.date !== undefined) return false;
  if (!d.mentions.every((x) => x.heading) || m.heading) return false;
  if (m.status !== 'signed' || !m.verbal || !m.date) return false;
  const planned = head(d.mentions[0]!.trigger.kind);
  return DOCUMENT_NOUN.test(planned) && d.mentions.every((x) => head(x.trigger.kind) !== head(m.trigger.kind));
}
