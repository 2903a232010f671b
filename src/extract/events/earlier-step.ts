import { yearOf } from '../dates/iso-value.js';
import type { EventMention } from './event-mention.js';
import { agreementHead, type EventDraft } from './merge-mentions.js';

/**
 * "L'accord donne suite à une déclaration d'intention signée en mars 2024", "The partnership was first set out in a
 * letter of intent signed on June 27, 2025": a signing that names no side, with a noun no agreement told so far uses
 * and a year before that of an agreement signed, is an earlier step between the same sides, not that agreement.
 */
export function isEarlierStep(m: EventMention, agreements: readonly EventDraft[], mentions: readonly EventMention[]): boolean {
  // "… entre l'UQVB et l'Université de Lusignac, qui avaient conclu une convention en 2014": its sides are in its sentence.
  if (mentions.some((x) => x.type === 'agreement' && x.sentence.start === m.sentence.start && x.parties.length > 0)) return false;
  if (m.type !== 'agreement' || m.historic || m.heading || m.pair || m.reference === 'demonstrative') return false;
  if (m.status !== 'signed' || !m.verbal || m.parties.length > 0) return false;
  const year = yearOf(m.date?.value);
  if (year === undefined) return false;
  const head = agreementHead(m.trigger.kind);
  if (agreements.some((d) => agreementHead(d.kind) === head)) return false;
  return agreements.some((d) => d.status === 'signed' && (yearOf(d.date?.value) ?? 0) > year);
}
