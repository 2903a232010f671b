import type { ExtractedEntity, Span } from '../types.js';
import { missedMentions } from './missed-mentions.js';
import { firstAtOrAfter } from '../text/first-at-or-after.js';

/** One mention of a named entity, with the entity it belongs to. */
export interface EntityMention extends Span {
  readonly entity: ExtractedEntity;
}

/** The named-entity mentions of a document in text order, for range look-ups. */
export class EntityIndex {
  readonly #mentions: EntityMention[];
  readonly #nested: EntityMention[];
  readonly entities: readonly ExtractedEntity[];

  /** With `text`, occurrences of a name that the entity finder left out are mentions too. */
  constructor(entities: readonly ExtractedEntity[], text?: string) {
    this.entities = entities.filter((e) => e.type !== 'DATE');
    const all: EntityMention[] = [];
    for (const entity of entities) {
      if (entity.type === 'DATE') continue;
      for (const m of entity.mentions) all.push({ start: m.start, end: m.end, entity });
    }
    if (text !== undefined) for (const { entity, span } of missedMentions(text, this.entities)) all.push({ start: span.start, end: span.end, entity });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    this.#nested = all;
    this.#mentions = dropNested(all);
  }

  /** Every mention in [start, end), those nested in a longer one included. */
  withinAll(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = firstAtOrAfter(this.#nested, start); i < this.#nested.length; i++) {
      const m = this.#nested[i]!;
      if (m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** Mentions lying wholly inside [start, end). */
  within(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = firstAtOrAfter(this.#mentions, start); i < this.#mentions.length; i++) {
      const m = this.#mentions[i]!;
      if (m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** The mention covering offset `at`, if any. */
  covering(at: number): EntityMention | undefined {
    // Mentions do not nest here and rarely overlap: look at the few that start just before `at`.
    const i = firstAtOrAfter(this.#mentions, at + 1);
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const m = this.#mentions[j]!;
      if (m.start <= at && at < m.end) return m;
    }
    return undefined;
  }

  get all(): readonly EntityMention[] {
    return this.#mentions;
  }
}

/** A mention inside a longer one ("Québec" in "Délégation du Québec à Séoul") is not a party on its own. */
function dropNested(sorted: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.end <= reach) continue;
    out.push(m);
    reach = Math.max(reach, m.end);
  }
  return out;
}
