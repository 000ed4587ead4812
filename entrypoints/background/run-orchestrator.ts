/**
 * Owns runs: turns a request into intents, starts the right agent with a tab visitor, streams
 * progress into Dexie (the side panel watches it live) and always ends a run with a status and a
 * message, whatever fails.
 */
import { extractIntents } from '../../agents/intents';
import type { ParsedRequest } from '../../agents/intents/types';
import { createRun, finishRun, getProfile, getSettings, listSites, updateSiteProgress, type TastebudDb } from '../../agents/store';
import type { StartRunRequest } from '../../lib/messaging';
import { curateForRun } from './curation-adapter';
import { engineWords as engineLabel } from '../../agents/curate/model-assist/decider-words';
import { panelModelAssist } from './panel-model';
import { createTabVisitor } from './tab-visitor';

const active = new Map<string, AbortController>();
const RUN_DEADLINE_MS = 150_000;

class RunTimeout extends Error {
  constructor() {
    super('The run took longer than 2½ minutes and was stopped. Try a more specific request, or fewer sites.');
    this.name = 'RunTimeout';
  }
}

export function activeRunIds(): string[] {
  return [...active.keys()];
}

export async function startRun(db: TastebudDb, request: StartRunRequest): Promise<{ runId: string } | { error: string }> {
  const text = request.text.trim();
  if (!text) return { error: 'Type what you are looking for first.' };
  const understood: ParsedRequest = { ...extractIntents(text), ...request.understood };
  const enabled = await listSites(db, { enabledOnly: true });
  // A request that reads as both ("headphones for listening to jazz") goes to the shops, or to the
  // music sites when the user has no shop: either way it gets an answer rather than "no shops". The
  // run records the kind it was answered as, so the agent and the result cards follow it.
  const asMusic = understood.kind === 'music' || (understood.kind === 'both' && !enabled.some((s) => s.kind === 'shop'));
  const parsed: ParsedRequest = understood.kind === 'both' && asMusic ? { ...understood, kind: 'music' } : understood;
  const kind = asMusic ? 'music' : 'shop';
  const sites = enabled.filter((s) => kind === 'shop' ? s.kind === 'shop' : s.kind === 'music');
  if (sites.length === 0) {
    return { error: `No ${kind === 'shop' ? 'shops' : 'music sites'} are set up yet. Add one in Options → Sites, then ask again.` };
  }
  const run = await createRun(db, { request: text, parsed, conversationId: request.conversationId, sites });
  const controller = new AbortController();
  active.set(run.id, controller);
  // No run may spin forever, whatever a site or the browser does: it ends with what it has.
  const deadline = setTimeout(() => controller.abort(new RunTimeout()), RUN_DEADLINE_MS);
  void controller.signal.addEventListener('abort', () => clearTimeout(deadline));
  void execute(db, run.id, parsed, sites, controller.signal).finally(() => {
    clearTimeout(deadline);
    active.delete(run.id);
  });
  return { runId: run.id };
}

export function cancelRun(runId: string): void {
  active.get(runId)?.abort();
}

async function execute(db: TastebudDb, runId: string, parsed: ParsedRequest, sites: Awaited<ReturnType<typeof listSites>>, signal: AbortSignal) {
  const settings = await getSettings(db);
  const profile = await getProfile(db);
  const visitor = createTabVisitor({ maxTabs: settings.maxTabs });
  try {
    const result = await curateForRun({
      parsed,
      sites,
      visitor,
      profile,
      maxPicks: settings.maxPicks,
      signal,
      onProgress: (p) => void updateSiteProgress(db, runId, p).catch(() => undefined),
      // A model engine in Options: the side panel's loaded model judges what the rules leave open.
      modelAssist: settings.engineId === 'rules' ? undefined : panelModelAssist(engineLabel(settings.engineId)),
    });
    if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
    // Tabs close before the run reads as done, so no one sees a finished run with its tabs still open.
    await visitor.closeAll();
    await finishRun(db, runId, {
      status: 'done',
      picks: result.picks,
      leftOut: result.leftOut,
      message: result.picks.length === 0 ? result.emptyMessage : undefined,
      notes: result.notes,
      references: result.references,
      alternativesToReference: result.alternativesToReference,
      pagesLoaded: visitor.pagesLoaded(),
    });
  } catch (error) {
    const timedOut = signal.reason instanceof RunTimeout;
    const cancelled = !timedOut && (signal.aborted || (error as Error)?.name === 'AbortError');
    await visitor.closeAll();
    await finishRun(db, runId, {
      status: cancelled ? 'cancelled' : 'failed',
      message: timedOut
        ? signal.reason.message
        : cancelled
          ? 'Cancelled. Nothing found so far was lost; press Re-run to try again.'
          : `The run stopped: ${(error as Error)?.message ?? String(error)}`,
      pagesLoaded: visitor.pagesLoaded(),
    }).catch(() => undefined);
  } finally {
    await visitor.closeAll();
  }
}

/** "Add to cart" on a card: done in a background tab on the shop, like a shopper would. */
export async function addOfferToCart(url: string): Promise<{ ok: boolean; message: string }> {
  const visitor = createTabVisitor({ maxTabs: 1 });
  try {
    return await visitor.addToCart!(url);
  } catch (error) {
    return { ok: false, message: `Could not add it to the cart: ${(error as Error).message}` };
  } finally {
    await visitor.closeAll();
  }
}
