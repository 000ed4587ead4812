import { browser } from 'wxt/browser';
import { endInterruptedRuns, getSettings, listSites, openDb } from '../../agents/store';
import { onMessage } from '../../lib/messaging';
import { describeEngine } from './engine-status';
import { closeOrphanTabs } from './orphan-tabs';
import { activeRunIds, addOfferToCart, cancelRun, startRun } from './run-orchestrator';

export default defineBackground(() => {
  const startedAt = Date.now();
  const db = openDb();

  // A worker that starts while older runs are marked "running" was restarted mid-run: end them honestly.
  // New runs wait for this cleanup, so it never mistakes their tabs for a predecessor's.
  const ready = Promise.all([endInterruptedRuns(db, startedAt), closeOrphanTabs()]).catch((e) => console.error('Tastebud start-up cleanup failed', e));

  onMessage('startRun', async ({ data }) => {
    await ready;
    return startRun(db, data);
  });
  onMessage('cancelRun', ({ data }) => cancelRun(data));
  onMessage('addToCart', ({ data }) => addOfferToCart(data.url));
  onMessage('getStatus', async () => ({
    version: browser.runtime.getManifest().version,
    engine: describeEngine(await getSettings(db)),
    activeRunIds: activeRunIds(),
    siteCount: (await listSites(db, { enabledOnly: true })).length,
  }));

  // A new user starts with no sites: Options is where they add them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage().catch(() => undefined);
  });

  // Chrome opens the side panel from the toolbar icon; Firefox has its own sidebar button.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
