/**
 * The side panel's model engine, seen from the background as a CurationModel. Model engines load in
 * extension pages (WebGPU, WASM), not in the MV3 service worker, so each question goes to the panel
 * over runtime messaging. No panel open, or a panel that does not answer in time, is an error the
 * agent turns into a note; the run goes on with the rules.
 */
import type { CurationModel, ModelAssistOptions } from '../../agents/curate/model-assist/types';
import { sendMessage } from '../../lib/messaging';

/** One answer from the panel's model; the first may include loading a model the panel already used for the request. */
const CALL_TIMEOUT_MS = 25_000;
/** All of a run's model answers together, inside the run's own 2½-minute deadline. */
const RUN_BUDGET_MS = 60_000;

const NO_PANEL = /receiving end does not exist|could not establish connection|message port closed/i;

async function askPanel<T>(send: () => Promise<T>): Promise<T> {
  try {
    const answer = await send();
    if (!answer) throw new Error('the side panel did not answer');
    return answer;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(NO_PANEL.test(message) ? 'no Tastebud side panel is open to run the model; keep it open during a run' : message);
  }
}

export function panelModelAssist(engineLabel: string): ModelAssistOptions {
  const model: CurationModel = {
    label: engineLabel,
    judgeFreeText: (wishes, evidence) => askPanel(() => sendMessage('judgeFreeText', { wishes, evidence, timeoutMs: CALL_TIMEOUT_MS })),
    rewriteQuery: (query, site, why) => askPanel(() => sendMessage('rewriteQuery', { query, site, why, timeoutMs: CALL_TIMEOUT_MS })),
    pageWords: (need, kind) => askPanel(() => sendMessage('pageWords', { need, kind, timeoutMs: CALL_TIMEOUT_MS })),
    readRequest: (request) => askPanel(() => sendMessage('readRequest', { request, timeoutMs: CALL_TIMEOUT_MS })),
  };
  return { model, callTimeoutMs: CALL_TIMEOUT_MS, budgetMs: RUN_BUDGET_MS };
}
