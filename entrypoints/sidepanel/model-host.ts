/**
 * The side panel answers the background's model questions (judge free-text wishes, rewrite a query
 * that found nothing, word a need as pages would, read a shopping request) with the engine chosen in Options, the same instance that understood the
 * request, so a model loaded once is not loaded again. Errors go back to the background, which
 * notes them and lets the rules decide.
 */
import { curationModelFromEngine } from '../../agents/curate/model-assist';
import type { CurationModel } from '../../agents/curate/model-assist/types';
import { getSettings, openDb } from '../../agents/store';
import { chosenEngine } from '../../lib/engines';
import { onMessage } from '../../lib/messaging';

async function panelModel(): Promise<CurationModel> {
  const engine = chosenEngine(await getSettings(openDb()));
  if (!engine.usesModel) throw new Error('the model-free engine is chosen in Options → Engine');
  return curationModelFromEngine(engine);
}

/** Call once per panel page; returns the function that stops answering. */
export function hostCurationModel(): () => void {
  const stops = [
    onMessage('judgeFreeText', async ({ data }) => (await panelModel()).judgeFreeText(data.wishes, data.evidence, AbortSignal.timeout(data.timeoutMs))),
    onMessage('rewriteQuery', async ({ data }) => (await panelModel()).rewriteQuery(data.query, data.site, data.why, AbortSignal.timeout(data.timeoutMs))),
    onMessage('pageWords', async ({ data }) => (await panelModel()).pageWords(data.need, data.kind, AbortSignal.timeout(data.timeoutMs))),
    onMessage('readRequest', async ({ data }) => (await panelModel()).readRequest(data.request, AbortSignal.timeout(data.timeoutMs))),
  ];
  return () => stops.forEach((stop) => stop());
}
