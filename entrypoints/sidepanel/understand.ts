/**
 * Understanding a request with the engine chosen in Options. Model engines run here, in the side
 * panel page (WebGPU and WASM are available to extension pages); the model-free engine needs nothing.
 * Whatever goes wrong, the answer is the model-free reading with a note saying why.
 */
import { extractIntents } from '../../agents/intents';
import { extractIntentsWithModel } from '../../agents/intents/model-extractor';
import type { ParsedRequest } from '../../agents/intents/types';
import type { LoadProgress } from '../../agents/llm/types';
import { getSettings, openDb } from '../../agents/store';
import { chosenEngine } from '../../lib/engines';

export async function understandRequest(text: string, opts: { signal: AbortSignal; onProgress(p: LoadProgress): void }): Promise<ParsedRequest> {
  const settings = await getSettings(openDb());
  const engine = chosenEngine(settings);
  if (!engine.usesModel) return extractIntents(text);
  const availability = await engine.availability();
  if (!availability.available) {
    const rules = extractIntents(text);
    return { ...rules, notes: [...rules.notes, `${engine.label} is not available: ${availability.reason} Showing the model-free reading.`] };
  }
  return extractIntentsWithModel(text, engine, { signal: opts.signal, onLoadProgress: opts.onProgress });
}
