/**
 * The one message protocol between the side panel, popup, options page, background and content
 * scripts. Each entry is a request -> reply pair; @webext-core/messaging types both ends.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CandidateEvidence, JudgeAnswer, PageWordsAnswer, ReadingAnswer, RewriteAnswer, WishToJudge } from '../agents/curate/model-assist/types';
import type { Intent } from '../agents/intents/types';
import type { PageReading } from '../agents/page/types';
import type { SearchMethod } from '../agents/sites/types';

export interface StartRunRequest {
  text: string;
  /**
   * What the side panel already understood (a model engine, or the user's chip edits); absent =
   * the background reads the text with the model-free engine.
   */
  understood?: { intents: Intent[]; engine: string; notes: string[] };
  conversationId?: string;
}

export interface EngineStatus {
  engineId: string;
  label: string;
  ready: boolean;
  /** Why the chosen engine can't be used right now, in words a user can act on. */
  problem?: string;
}

export interface BackgroundStatus {
  version: string;
  engine: EngineStatus;
  activeRunIds: string[];
  siteCount: number;
}

export interface ProtocolMap {
  // UI -> background
  startRun(request: StartRunRequest): { runId: string } | { error: string };
  cancelRun(runId: string): void;
  getStatus(): BackgroundStatus;
  addToCart(data: { runId: string; url: string }): { ok: boolean; message: string };
  // background -> content script
  ping(): 'pong';
  readPage(opts: { waitForContentMs?: number }): PageReading;
  findSearch(): SearchMethod | null;
  clickAddToCart(): { ok: boolean; message: string };
  // background -> side panel: the model engine loaded there (the service worker has no WebGPU/WASM models)
  judgeFreeText(data: { wishes: WishToJudge[]; evidence: CandidateEvidence; timeoutMs: number }): JudgeAnswer;
  rewriteQuery(data: { query: string; site: string; why: string; timeoutMs: number }): RewriteAnswer;
  pageWords(data: { need: string; kind: string; timeoutMs: number }): PageWordsAnswer;
  readRequest(data: { request: string; timeoutMs: number }): ReadingAnswer;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
