import { browser } from 'wxt/browser';

/**
 * Background tabs a run opened are remembered in session storage (it outlives the worker), so a
 * worker the browser restarted mid-run can close the tabs its predecessor left behind.
 */
const KEY = 'tastebud.runTabs';

async function read(): Promise<number[]> {
  const session = browser.storage.session;
  if (!session) return [];
  const stored = (await session.get(KEY))[KEY];
  return Array.isArray(stored) ? stored : [];
}

async function write(ids: number[]): Promise<void> {
  await browser.storage.session?.set({ [KEY]: ids });
}

// Serialise read-modify-write so tabs opened at the same moment are all remembered.
let queue: Promise<unknown> = Promise.resolve();
function update(change: (ids: number[]) => number[]): Promise<void> {
  const next = queue.then(async () => write(change(await read())));
  queue = next.catch(() => undefined);
  return next;
}

export const rememberRunTab = (id: number) => update((ids) => [...ids, id]);
export const forgetRunTab = (id: number) => update((ids) => ids.filter((x) => x !== id));

export async function closeOrphanTabs(): Promise<number> {
  const ids = await read();
  await Promise.all(ids.map((id) => browser.tabs.remove(id).catch(() => undefined)));
  await write([]);
  return ids.length;
}
