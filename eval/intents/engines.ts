/**
 * Engines the evaluation can run. Only the model-free engine runs in Node without a model; model
 * engines are evaluated in the browser harness of agents/llm.
 */
import { extractIntents } from '../../agents/intents/index';
import type { ParsedRequest } from '../../agents/intents/types';

/** `domain` left out: the engine decides the request's kind itself (what the kind figure measures). */
export type EvalEngine = (text: string, domain?: 'music' | 'shopping') => Promise<ParsedRequest> | ParsedRequest;

export const EVAL_ENGINES: Record<string, EvalEngine> = {
  rules: (text, domain) => extractIntents(text, { domain }),
  /** The lexicons and cue grammar without the trained tagger: the baseline the tagger must beat. */
  'rules-only': (text, domain) => extractIntents(text, { domain, tagger: null }),
};

export function engineByName(name: string): EvalEngine {
  const engine = EVAL_ENGINES[name];
  if (!engine) throw new Error(`eval:intents: unknown engine "${name}"; available here: ${Object.keys(EVAL_ENGINES).join(', ')}`);
  return engine;
}
