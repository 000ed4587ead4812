/** What the curation agents take and return. */
import type { ChecklistItem, Profile, Verdict } from '../checklist/types';
import type { ParsedRequest } from '../intents/types';
import type { ProductRecord, TrackRecord } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';
import type { ModelAssistOptions } from './model-assist/types';

export type ProgressEvent =
  | { site: string; status: 'searching'; query: string }
  | { site: string; status: 'read'; items: number }
  | { site: string; status: 'done'; items: number }
  | { site: string; status: 'failed'; message: string };

export interface CurateOptions {
  request: ParsedRequest;
  sites: SiteRef[];
  visitor: SiteVisitor;
  profile?: Profile;
  signal?: AbortSignal;
  onProgress?(ev: ProgressEvent): void;
  /** Sites visited at once (tabs in the extension). */
  maxConcurrent?: number;
  /** A site that takes longer than this is reported as failed and skipped. */
  siteTimeoutMs?: number;
  /** Add the picked offers to the shops' carts (also when the request asks for it). */
  addToCart?: boolean;
  /** List every left-out candidate with its reason even when the request does not ask why (debugging, benchmarks). */
  explainLeftOut?: boolean;
  /** A model that judges free-text wishes and rewrites queries that found nothing; absent = the rules alone, unchanged. */
  modelAssist?: ModelAssistOptions;
}

/** Who decided a thing: the model-free rules, or a model (by id). */
export interface Decision {
  what: string;
  engine: string;
}

export interface Offer {
  site: string;
  record: ProductRecord;
  /** Cross-shop product identity: offers with the same key are the same product. */
  productKey: string;
  /** True when the product page was read, not only the listing card. */
  readInFull: boolean;
}

export interface Pick {
  offer: Offer;
  verdicts: Verdict[];
  /** Why it is here, in words, with the evidence that decided. */
  explanation: string[];
  cart?: { ok: boolean; message: string };
}

export interface LeftOut {
  offer: Offer;
  reason: string;
}

export interface SiteReport {
  site: string;
  status: 'done' | 'failed';
  message?: string;
  queries: string[];
  itemsRead: number;
}

export interface CurationResult {
  shape: string;
  checklist: ChecklistItem[];
  picks: Pick[];
  /** Filled when the request asks why (or always, capped): candidates that were left out and why. */
  leftOut: LeftOut[];
  sites: SiteReport[];
  decisions: Decision[];
  notes: string[];
  /**
   * True when the request names only a kind of product ("a motherboard"): the picks are a ranking by
   * fit and preference, of which a few are worth showing, not a set the request defines (all offers
   * of a product, everything that meets stated requirements).
   */
  ranking?: boolean;
  /**
   * The products the request quoted ("alternative for this item: URL"), as read before the search:
   * shown beside the picks so the shopper can compare. Empty or absent when the request quotes none.
   */
  references?: Offer[];
  /**
   * Why nothing was picked, in words the shopper can act on (empty-answer.ts); absent when there are picks or when
   * no shop could be searched (the sites' own errors say why then).
   */
  emptyNote?: string;
}

export interface MusicPick {
  track: TrackRecord;
  site: string;
  verdicts: Verdict[];
  explanation: string[];
}

export interface PlaylistResult {
  checklist: ChecklistItem[];
  tracks: MusicPick[];
  sites: SiteReport[];
  decisions: Decision[];
  notes: string[];
}
