/**
 * What happens when things go wrong mid-run: the browser stops the background worker, or the user
 * cancels. The run ends with a message, no tab is left open, and the panel stays usable.
 */
import { startSites, type RunningSites } from '../../eval/sites';
import { askSidePanel } from '../../eval/browser/extension-ui';
import { dataDir } from '../data-dir';
import { expect, test } from './extension-fixture';

let slow: RunningSites;
test.beforeAll(async () => {
  // Every response takes 3 s, so a run is surely still going when the test interferes.
  slow = await startSites({ data: dataDir(), only: ['shop2'], faults: { shop2: { latencyMs: 3000 } } });
});
test.afterAll(async () => slow?.close());

test('a worker stopped mid-run ends the run with a message and closes its tabs', async ({ context, openExtensionPage, addSite }) => {
  await addSite(slow.sites.shop2.baseUrl, 'Slow Shop', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const pagesBefore = context.pages().length;
  await panel.getByTestId('request-input').fill('Kingston NV2');
  await panel.getByTestId('request-input').press('Enter');
  await expect(panel.getByTestId('run')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => context.pages().length).toBeGreaterThan(pagesBefore);

  // What Chrome does to an idle or misbehaving extension worker.
  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  await expect(panel.getByTestId('run')).toHaveAttribute('data-status', 'interrupted');
  await expect(panel.getByTestId('run-message')).toContainText('Re-run');
  await expect.poll(() => context.pages().length).toBe(pagesBefore);
});

test('cancel stops a run at once and keeps the panel usable', async ({ context, openExtensionPage, addSite }) => {
  await addSite(slow.sites.shop2.baseUrl, 'Slow Shop', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const pagesBefore = context.pages().length;
  await panel.getByTestId('request-input').fill('Kingston NV2');
  await panel.getByTestId('request-input').press('Enter');
  await expect(panel.getByTestId('run')).toHaveAttribute('data-status', 'running');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('run')).toHaveAttribute('data-status', 'cancelled');
  await expect.poll(() => context.pages().length).toBe(pagesBefore);

  const again = await askSidePanel(panel, 'Kingston NV2');
  expect(again.status).toBe('done');
});
