/**
 * TEST DOUBLE for `eval:webmall:node --scripted-readings FILE`: request readings written by a person
 * (task id -> the JSON a model would answer to prompts/request-reading.ts), answered as a model would
 * and checked by the same validation. It measures what the rules make of a correct reading in the
 * restated shapes (restate-request.ts): an upper bound for a model's reading, never a model result.
 * It answers nothing else; its other calls fail, so the rules decide the rest of the run.
 */
import { readFileSync } from 'node:fs';
import type { CurationModel, ModelAssistOptions } from '../../agents/curate/model-assist/types';
import { validateRequestReading } from '../../agents/curate/model-assist/validate';
import { withQuotedPlaceholders } from '../../agents/llm/prompts/request-reading';

export const SCRIPTED_READER = 'scripted-readings';

export function loadScriptedReadings(file: string): Map<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`--scripted-readings ${file}: not a readable JSON file (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`--scripted-readings ${file}: expected an object of task id -> reading.`);
  return new Map(Object.entries(parsed as Record<string, unknown>));
}

/** The reading written for one task, or undefined (the task is then answered by the rules alone). */
export function scriptedReaderFor(reading: unknown): ModelAssistOptions | undefined {
  if (reading === undefined) return undefined;
  const only = () => Promise.reject(new Error('a scripted reader answers only the request reading'));
  const model: CurationModel = {
    label: 'Scripted readings (test double)',
    judgeFreeText: only,
    rewriteQuery: only,
    pageWords: only,
    async readRequest(request) {
      const checked = validateRequestReading(JSON.stringify(reading), withQuotedPlaceholders(request).urls.length);
      return checked.ok ? { reading: checked.value, decidedBy: SCRIPTED_READER } : { decidedBy: SCRIPTED_READER, problem: checked.problem };
    },
  };
  return { model };
}
