import { browser } from 'wxt/browser';
import { extractIntents } from '../../agents/intents';
import { endInterruptedRuns, getSettings, listSites, openDb } from '../../agents/store';
import { onMessage } from '../../lib/messaging';
import { describeEngine } from './engine-status';
import { activeRunIds, addOfferToCart, cancelRun, startRun } from './run-orchestrator';

export default defineBackground(() => {
  const startedAt = Date.now();
  const db = openDb();

  // A worker that starts while older runs are marked "running" was restarted mid-run: end them honestly.
  void endInterruptedRuns(db, startedAt);

  onMessage('startRun', ({ data }) => startRun(db, data));
  onMessage('cancelRun', ({ data }) => cancelRun(data));
  onMessage('previewIntents', ({ data }) => {
    const parsed = extractIntents(data);
    return { intents: parsed.intents, kind: parsed.kind, notes: parsed.notes };
  });
  onMessage('addToCart', ({ data }) => addOfferToCart(data.url));
  onMessage('getStatus', async () => ({
    version: browser.runtime.getManifest().version,
    engine: describeEngine(await getSettings(db)),
    activeRunIds: activeRunIds(),
    siteCount: (await listSites(db, { enabledOnly: true })).length,
  }));

  // Chrome opens the side panel from the toolbar icon; Firefox has its own sidebar button.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
