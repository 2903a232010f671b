import type { DateMention } from '../dates/extract-dates.js';
import type { EventStatus, EventType, ExtractedEntity, Span } from '../types.js';
import type { PairAnaphor } from './pair-anaphor.js';
import type { Trigger } from './find-triggers.js';

/** How the noun phrase refers: a demonstrative points back, a definite may, an indefinite is new. */
export type Reference = 'demonstrative' | 'definite' | 'indefinite';

/** One clause that speaks of an agreement or a mission, with the arguments found around it. */
export interface EventMention {
  readonly type: EventType;
  readonly trigger: Trigger;
  readonly sentence: Span;
  readonly region: Span;
  readonly reference: Reference;
  /** The clause says it was signed / will be signed (agreements) or names a trip (missions). */
  readonly cue: boolean;
  /** Agreements: the clause has a signing word (signé, signera, signature, renewed). */
  readonly signing?: boolean;
  /** Agreements: a signing verb ("a signé"), not the noun "signature". */
  readonly verbal?: boolean;
  readonly status?: EventStatus;
  readonly parties: readonly ExtractedEntity[];
  readonly signatories: readonly ExtractedEntity[];
  readonly date?: DateMention;
  readonly place?: ExtractedEntity;
  /** Agreements: the place is the destination of a trip the clause tells ("signed during a visit to X"), not where it was signed. */
  readonly tripPlace?: boolean;
  readonly occasion?: string;
  /** Agreements: the sides are "les deux villes" / "both provinces", resolved from earlier events at merge time. */
  readonly pair?: PairAnaphor;
  /** Agreements: "the original 2015 agreement", "la première charte avait été signée": an earlier agreement than the one reported. */
  readonly historic?: boolean;
  /** Agreements: named with an indefinite article ("une convention", "a student exchange agreement"): one not told before. */
  readonly fresh?: boolean;
  /** Agreements: "The agreement was signed on … at … by …": the subject of a passive signing, whose bodies say where and by whom. */
  readonly passive?: boolean;
  /** Agreements: "The council approved the agreement": a vote on a text (planned when it starts one), which adds no sides to one told before. */
  readonly voted?: boolean;
  /** The clause is a short line of its own, a headline or a section heading: an agreement's ("Un avenant signé, un autre
   * attendu") is the one the next paragraph tells; a trip's ("Une délégation briançonnaise au Québec") has a broad place. */
  readonly heading?: boolean;
  /** Agreements: the clause's signing verb renews ("ont renouvelé la charte", "renewed their MOU"). */
  readonly renewal?: boolean;
  /** Agreements: signed as an item of a list ("Six agreements were signed: - a letter of intent …") or in the next sentence. */
  readonly inherited?: boolean;
  /** Agreements: the clause is an entry of a timetable ("11h00 — Signature de …"); where that entry's time begins. */
  readonly entry?: number;
  /** Agreements: "L'entente prévoit …": tells what an agreement already named contains; adds no sides. */
  readonly content?: boolean;
  /** Agreements: "Le protocole ouvre la voie à une charte", "… engage les deux villes à préparer un protocole": an agreement
   * still to come that the one named just before in its sentence leads to. */
  readonly follows?: boolean;
  /** Missions: who leads it ("conduite par X", "led by X"), which a later "la délégation" may add. */
  readonly leaders?: readonly ExtractedEntity[];
  /** Missions: the body a leader's title names ("le président de l'Université de Kara, X, qui dirigeait la délégation"). */
  readonly leaderSides?: readonly ExtractedEntity[];
  /** Missions: "will also travel to A and B before returning to C": the next stops of a trip already under way. */
  readonly itinerary?: boolean;
  /** Missions: "a séjourné en Beauce du 12 au 16 mai", "stayed in Bavaria": the clause says where the delegation stayed. */
  readonly stay?: boolean;
  /** Missions: "une nouvelle mission", "a return visit", "the next mission": another trip than those told before. */
  readonly newTrip?: boolean;
  /** Missions: the side the trip's noun phrase names ("une délégation de X", "a X delegation", "la délégation québécoise"). */
  readonly traveller?: ExtractedEntity;
  /** Missions: told in the future or as a plan ("se rendra", "will travel", "devrait faire le voyage"). */
  readonly planned?: boolean;
  /** Missions: "fera le voyage pour l'occasion", "for the signing": made for the agreement told before. */
  readonly forOccasion?: boolean;
  /** Missions made for an occasion: the date and the place of the sentence just before, which tells it. */
  readonly occasionBefore?: { readonly region: Span; readonly date?: DateMention; readonly place?: ExtractedEntity };
  /** Missions: the places the clause sends the trip to ("à Kilmarra et à Dublin, en Irlande"). */
  readonly hosts?: readonly ExtractedEntity[];
}
