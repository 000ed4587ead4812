import type { Profile } from '../checklist/types';
import type { Intent, ParsedRequest } from '../intents/types';

/** What the user told us about themselves (likes, brands, budget, sizes); the checklist reads it. */
export interface StoredProfile extends Profile {
  id: 'me';
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SiteKind = 'shop' | 'music';

export interface StoredSite {
  id: string;
  name: string;
  baseUrl: string;
  kind: SiteKind;
  enabled: boolean;
  addedAt: number;
}

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export type SiteProgressState = 'waiting' | 'searching' | 'reading' | 'done' | 'failed' | 'skipped';

export interface SiteProgress {
  siteId: string;
  siteName: string;
  state: SiteProgressState;
  itemsRead: number;
  message?: string;
}

/** One pick as stored and shown: enough to render a card without re-reading the page. */
export interface StoredPick {
  url: string;
  title: string;
  siteName: string;
  price?: number;
  currency?: string;
  image?: string;
  subtitle?: string;
  /** Cross-shop product identity from the curation: picks with the same key are offers of one product. */
  productKey?: string;
  explanation: string;
  verdicts: { label: string; verdict: 'pass' | 'fail' | 'unknown'; evidence?: string; decidedBy: string }[];
}

export interface StoredRun {
  id: string;
  conversationId: string;
  request: string;
  /** The intents the run used (after the user's chip edits). */
  parsed: ParsedRequest;
  status: RunStatus;
  createdAt: number;
  updatedAt: number;
  progress: SiteProgress[];
  picks: StoredPick[];
  /** Candidates left out, with why, for "why not X?". */
  leftOut: { title: string; url: string; reason: string }[];
  /** User-facing message for failed / interrupted / empty runs. */
  message?: string;
  /** What the agent wants the user to know about a finished run (a model that could not help, a loosened wish). */
  notes?: string[];
  /** The products the request quoted ("an alternative for this item: URL"), shown above the picks; absent in older runs. */
  references?: StoredPick[];
  /** True when the picks are alternatives to the first reference (a substitute request): each shows its price difference to it. */
  alternativesToReference?: boolean;
  pagesLoaded: number;
}

export interface ConversationMessage {
  role: 'user' | 'assistant';
  text: string;
  runId?: string;
  at: number;
}

export interface StoredConversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ConversationMessage[];
}

export type { Intent, ParsedRequest };
