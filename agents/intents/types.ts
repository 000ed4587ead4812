/**
 * The intent schema: one source of truth for what a request wants, rejects and refers to.
 * Every extractor (model-free or model) produces these; the checklist is built from them.
 */

export type IntentRole = 'wanted' | 'rejected' | 'referential';

export const MUSIC_CATEGORIES = [
  'genre',
  'mood',
  'instrument',
  'listening_context',
  'decade',
  'country',
  'named_entity',
] as const;
export type MusicCategory = (typeof MUSIC_CATEGORIES)[number];

export const SHOPPING_CATEGORIES = [
  'product_type',
  'brand',
  'price',
  'attribute',
  'option',
  'rating',
  'availability',
  'quantity',
  'product_ref',
] as const;
export type ShoppingCategory = (typeof SHOPPING_CATEGORIES)[number];

/** Which engine produced an intent, so the UI can say who decided what. */
export type IntentSource = 'rules' | 'model' | 'user';

export interface MusicIntent {
  domain: 'music';
  category: MusicCategory;
  role: IntentRole;
  /** The words as the user wrote them (verbatim substring of the request where possible). */
  text: string;
  /** Canonical form where one exists: "hip hop" -> "hip-hop", "80s" -> "1980s". */
  normalized?: string;
  /** For decades and years: inclusive year range, "80s" -> {from: 1980, to: 1989}. */
  years?: { from: number; to: number };
  /** For named entities: what was named, when it can be told. */
  entityKind?: 'artist' | 'song' | 'album';
  /** For "X by Y": the artist the song or album belongs to. */
  byArtist?: string;
  source: IntentSource;
}

export interface PriceBounds {
  min?: number;
  max?: number;
  /** "less than 249.99", "under £300": the ceiling itself is too much. */
  belowMax?: boolean;
  currency?: string;
}

export interface ShoppingIntent {
  domain: 'shopping';
  category: ShoppingCategory;
  role: IntentRole;
  text: string;
  normalized?: string;
  /** Attribute or option name: "size", "colour", "capacity", "waterproof". */
  name?: string;
  /** Attribute or option value: "12 inch", "red", "1TB". */
  value?: string;
  /** For category 'price'. */
  price?: PriceBounds;
  /** For 'rating' (minimum stars) and 'quantity'. */
  number?: number;
  source: IntentSource;
}

export type Intent = MusicIntent | ShoppingIntent;

export type RequestKind = 'music' | 'shopping' | 'both' | 'unknown';

export interface ParsedRequest {
  text: string;
  kind: RequestKind;
  intents: Intent[];
  /** Engine id that produced the final answer ("rules", "webllm:...", ...). */
  engine: string;
  /** Things the user should know, e.g. "model output was invalid, used the model-free answer". */
  notes: string[];
}
