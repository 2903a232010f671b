/**
 * The extraction record: the shape of ../shared/eval/GOLD_FORMAT.md plus evidence
 * (char offsets into the analysed text) and a confidence on every entity and event.
 */
export const ENTITY_TYPES = ['ORG', 'PERSON', 'PLACE', 'DATE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = ['agreement', 'mission'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['signed', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const LANGUAGES = ['fr', 'en', 'und'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Half-open char range [start, end) into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

export interface ExtractedEntity {
  readonly type: EntityType;
  /** Fullest form the text gives (titles such as "M." or "maire" excluded). */
  readonly name: string;
  /** Other forms the text uses: acronym, short name, unaccented spelling. */
  readonly aliases?: readonly string[];
  /** DATE only: ISO 8601 (2011, 2021-06, 2014-10-07, 2014-10-07/2014-10-08, --05-18). */
  readonly value?: string;
  /** PLACE only, when the gazetteer knows it. */
  readonly geo?: GeoPoint;
  readonly confidence: number;
  /** Every mention, in text order. */
  readonly mentions: readonly Span[];
}

export interface ExtractedEvent {
  readonly type: EventType;
  /** Agreements: signed or planned. Missions: omitted or as stated. */
  readonly status?: EventStatus;
  /** The words the text uses ("protocole d'accord", "mission économique"). */
  readonly kind: string;
  /** Names of entities of this record (name or alias). */
  readonly parties: readonly string[];
  readonly signatories: readonly string[];
  readonly date?: string;
  readonly dateText?: string;
  readonly place?: string;
  readonly occasion?: string;
  readonly confidence: number;
  /** Sentences or trigger spans that support the event. */
  readonly evidence: readonly Span[];
}

export interface Extraction {
  readonly document?: string;
  readonly language: Language;
  readonly languageConfidence: number;
  readonly entities: readonly ExtractedEntity[];
  readonly events: readonly ExtractedEvent[];
  readonly extractorVersion: string;
}

export interface ExtractOptions {
  /** Skip detection when the caller already knows it. */
  readonly language?: Language;
  /** ISO date of publication: supplies the year for dates the text gives without one. */
  readonly publishedAt?: string;
}
