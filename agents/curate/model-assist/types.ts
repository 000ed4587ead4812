/**
 * Model-assisted curation: an optional model that judges the wishes no rule can check and proposes
 * other search words when a site finds nothing. The rules always run first; the model only fills in
 * what they left unknown, and every verdict says who decided it.
 */
import type { VerdictStatus } from '../../checklist/types';
import type { BestWord } from '../../llm/prompts/request-reading';

/** A free-text wish put to the model. */
export interface WishToJudge {
  /** The checklist item's id. */
  id: string;
  text: string;
}

/** What the page reader found about one candidate: all the model may judge from. */
export interface CandidateEvidence {
  title: string;
  url: string;
  /** "brand: Acme", "genres: jazz, soul": fields the reader found. */
  facts: string[];
  /** The page's own description, when it was read. */
  text?: string;
}

export interface FreeTextJudgement {
  itemId: string;
  status: VerdictStatus;
  reason: string;
}

export interface JudgeAnswer {
  judgements: FreeTextJudgement[];
  /** "engine id:model", recorded on each verdict the model decided. */
  decidedBy: string;
  /** Why the answer could not be used (garbage JSON, wrong shape): shown to the user. */
  problem?: string;
}

/** Words a product page would use for a need the shopper put in their own words. */
export interface PageWordsAnswer {
  terms: string[];
  decidedBy: string;
  problem?: string;
}

export interface RewriteAnswer {
  queries: string[];
  decidedBy: string;
  problem?: string;
}

/**
 * A shopping request as the model read it (prompts/request-reading.ts), validated. Tastebud writes it
 * back in the words the rules read (restate-request.ts); the rules still check every pick on its page.
 */
export interface RequestReading {
  /** How the wanted product relates to the first quoted one: works with it, replaces it, or neither. */
  relation: 'none' | 'fits_quoted' | 'replaces_quoted';
  cheapest: boolean;
  /** "Gigabyte B650 AORUS ELITE AX", "Micro ATX motherboard"; may be empty for a replacement of the same kind. */
  product: string;
  /** "built-in Wi-Fi", "at least 32GB": what pages would state. */
  needs: string[];
  /** "RGB lighting", "the Compact edition": turned down. */
  refuses: string[];
  /** The top product by a measure ("the most powerful card these shops sell"), from the rules' closed list. */
  best?: BestWord;
  maxPrice?: number;
  addToCart: boolean;
}

export interface ReadingAnswer {
  /** Absent when the answer could not be used (then `problem` says why). */
  reading?: RequestReading;
  decidedBy: string;
  problem?: string;
}

/**
 * A model as the curation agents see it. Implementations: an LlmEngine in the same page
 * (curationModelFromEngine) or, in the extension, the side panel's engine over messaging.
 * Both may throw (engine gone, timeout); the agents catch that and go on with the rules.
 */
export interface CurationModel {
  /** Words for notes: "Local server (Ollama, llama.cpp, LM Studio)". */
  readonly label: string;
  judgeFreeText(wishes: WishToJudge[], evidence: CandidateEvidence, signal?: AbortSignal): Promise<JudgeAnswer>;
  rewriteQuery(query: string, site: string, why: string, signal?: AbortSignal): Promise<RewriteAnswer>;
  /** "plugs can turn" of a cable -> "rotatable", "swivel": the shops' searches then decide which products state them. */
  pageWords(need: string, kind: string, signal?: AbortSignal): Promise<PageWordsAnswer>;
  /** The shopping request read into a RequestReading, before the rules plan anything. */
  readRequest(request: string, signal?: AbortSignal): Promise<ReadingAnswer>;
}

/** The optional input of curateShopping and curateMusic. Bounds keep a run fast. */
export interface ModelAssistOptions {
  model: CurationModel;
  /** Top-ranked candidates whose free-text wishes are judged (default 5). */
  judgeTop?: number;
  /** Sites that may ask for rewritten queries per run (default 3). */
  maxRewrites?: number;
  /** One model answer may take this long (default 20 s). */
  callTimeoutMs?: number;
  /** All model answers of a run together may take this long (default 60 s). */
  budgetMs?: number;
  /** Let the model read the shopping request (default true); false keeps the rules' own reading. */
  readRequest?: boolean;
}
