import type { TastebudDb } from './db';
import { guardWrite } from './storage-errors';
import type { ParsedRequest, SiteProgress, StoredPick, StoredRun } from './types';

export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createRun(
  db: TastebudDb,
  input: { request: string; parsed: ParsedRequest; conversationId?: string; sites: { id: string; name: string }[] },
): Promise<StoredRun> {
  const now = Date.now();
  const run: StoredRun = {
    id: newId('run'),
    conversationId: input.conversationId ?? newId('conv'),
    request: input.request,
    parsed: input.parsed,
    status: 'running',
    createdAt: now,
    updatedAt: now,
    progress: input.sites.map((s) => ({ siteId: s.id, siteName: s.name, state: 'waiting', itemsRead: 0 })),
    picks: [],
    leftOut: [],
    pagesLoaded: 0,
  };
  await guardWrite('the new run', async () => {
    await db.transaction('rw', db.runs, db.conversations, async () => {
      await db.runs.add(run);
      const conv = await db.conversations.get(run.conversationId);
      const message = { role: 'user' as const, text: input.request, runId: run.id, at: now };
      if (conv) {
        await db.conversations.update(run.conversationId, { updatedAt: now, messages: [...conv.messages, message] });
      } else {
        await db.conversations.add({ id: run.conversationId, title: input.request.slice(0, 80), createdAt: now, updatedAt: now, messages: [message] });
      }
    });
  });
  return run;
}

export async function updateSiteProgress(db: TastebudDb, runId: string, progress: SiteProgress): Promise<void> {
  await guardWrite('run progress', () =>
    db.transaction('rw', db.runs, async () => {
      const run = await db.runs.get(runId);
      if (!run || run.status !== 'running') return;
      const others = run.progress.filter((p) => p.siteId !== progress.siteId);
      const index = run.progress.findIndex((p) => p.siteId === progress.siteId);
      const next = index < 0 ? [...others, progress] : run.progress.map((p, i) => (i === index ? progress : p));
      await db.runs.update(runId, { progress: next, updatedAt: Date.now() });
    }),
  );
}

export async function finishRun(
  db: TastebudDb,
  runId: string,
  outcome: { status: Exclude<StoredRun['status'], 'running'>; picks?: StoredPick[]; leftOut?: StoredRun['leftOut']; message?: string; notes?: string[]; pagesLoaded?: number; references?: StoredPick[]; alternativesToReference?: boolean },
): Promise<void> {
  await guardWrite('the run result', () =>
    db.transaction('rw', db.runs, db.conversations, async () => {
      const run = await db.runs.get(runId);
      if (!run) return;
      const now = Date.now();
      await db.runs.update(runId, {
        status: outcome.status,
        picks: outcome.picks ?? run.picks,
        leftOut: outcome.leftOut ?? run.leftOut,
        message: outcome.message,
        notes: outcome.notes ?? run.notes,
        references: outcome.references ?? run.references,
        alternativesToReference: outcome.alternativesToReference ?? run.alternativesToReference,
        pagesLoaded: outcome.pagesLoaded ?? run.pagesLoaded,
        updatedAt: now,
      });
      const conv = await db.conversations.get(run.conversationId);
      if (conv) {
        const text = outcome.message ?? `${outcome.picks?.length ?? 0} picks`;
        await db.conversations.update(conv.id, { updatedAt: now, messages: [...conv.messages, { role: 'assistant', text, runId, at: now }] });
      }
    }),
  );
}

/**
 * A service worker that restarts loses its in-memory run. Runs it had left "running" are ended
 * with a message instead of spinning forever in the side panel.
 */
export async function endInterruptedRuns(db: TastebudDb, workerStartedAt: number): Promise<number> {
  // Runs created since this worker started are its own; anything older lost its worker.
  const stale = (await db.runs.where('status').equals('running').toArray()).filter((r) => r.createdAt < workerStartedAt);
  for (const run of stale) {
    await finishRun(db, run.id, {
      status: 'interrupted',
      message: 'The browser stopped Tastebud in the middle of this run. What was found before is kept; press Re-run to search again.',
    });
  }
  return stale.length;
}

export async function listRecentRuns(db: TastebudDb, limit = 30): Promise<StoredRun[]> {
  return db.runs.orderBy('createdAt').reverse().limit(limit).toArray();
}
