/**
 * A background tab whose navigation never starts is asked again, rather than read only after the
 * full page timeout and a retry (seen in headless Chromium: tasks took 16 s instead of 3 s).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (id: number, info: { status?: string }, tab: { url?: string }) => void;
const listeners = new Set<Listener>();
const updates: string[] = [];
/** How many tabs.update calls the fake tab ignores before it starts loading. */
let ignoredUpdates = 0;

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      onUpdated: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
      async update(_id: number, { url }: { url: string }) {
        updates.push(url);
        if (updates.length <= ignoredUpdates) return;
        setTimeout(() => {
          for (const l of [...listeners]) l(7, { status: 'loading' }, { url });
          for (const l of [...listeners]) l(7, { status: 'complete' }, { url });
        }, 200);
      },
    },
  },
}));
vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const { navigateTab, PageLoadTimeout } = await import('./tab-navigation');

describe('navigateTab', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    updates.length = 0;
    listeners.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('asks again for a navigation that has not started after a few seconds, and loads the page long before the timeout', async () => {
    ignoredUpdates = 1;
    let loaded = false;
    const done = navigateTab(7, 'http://127.0.0.1:9/search?q=x', 15_000).then(() => (loaded = true));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(loaded).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    await done;
    expect(loaded).toBe(true);
    expect(updates).toEqual(['http://127.0.0.1:9/search?q=x', 'http://127.0.0.1:9/search?q=x']);
  });

  it('asks only once for a navigation that starts at once', async () => {
    ignoredUpdates = 0;
    const done = navigateTab(7, 'http://127.0.0.1:9/p/1', 15_000);
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(updates).toHaveLength(1);
  });

  it('still gives up with a page-load timeout when the site never answers', async () => {
    ignoredUpdates = 99;
    const done = navigateTab(7, 'http://127.0.0.1:9/slow', 15_000);
    const outcome = expect(done).rejects.toBeInstanceOf(PageLoadTimeout);
    await vi.advanceTimersByTimeAsync(15_001);
    await outcome;
  });
});
