/**
 * The thin slice through the real extension: a request typed in the side panel goes through the
 * model-free engine, the background searches a local shop in a background tab via the content
 * script, and result cards appear; they are still there after the panel reloads.
 */
import { startSites, type RunningSites } from '../../eval/sites';
import { askSidePanel } from '../../eval/browser/extension-ui';
import { dataDir } from '../data-dir';
import { expect, test } from './extension-fixture';

let sites: RunningSites;
test.beforeAll(async () => {
  sites = await startSites({ data: dataDir(), only: ['shop1', 'shop2'] });
});
test.afterAll(async () => sites?.close());

test('a request produces result cards from a local shop and survives a reload', async ({ context, openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const pagesBefore = context.pages().length;

  const answer = await askSidePanel(panel, 'AMD Ryzen 9 5900X');
  expect(answer.status).toBe('done');
  expect(answer.picks.length, `no picks; the panel said: ${answer.message}`).toBeGreaterThan(0);
  expect(answer.picks[0]!.url.startsWith(sites.sites.shop1.baseUrl)).toBe(true);
  expect(answer.picks[0]!.title).toMatch(/5900X/i);
  // Every tab the run opened is closed again.
  expect(context.pages().length).toBe(pagesBefore);

  await panel.reload();
  await expect(panel.getByTestId('pick-link').first()).toHaveText(answer.picks[0]!.title);
});

test('a request typed in the popup runs in the background and its picks appear in the popup', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  const popup = await openExtensionPage('popup.html');
  const input = popup.getByTestId('request-input');
  await input.fill('AMD Ryzen 9 5900X');
  // The chips show what was understood before anything is sent.
  await expect(popup.getByText('AMD Ryzen 9 5900X', { exact: false }).first()).toBeVisible();
  await input.press('Enter');
  await expect(popup.getByTestId('popup-pick').first()).toHaveText(/5900X/i, { timeout: 90_000 });
  await expect(popup.getByTestId('popup-pick').first()).toHaveAttribute('href', new RegExp(`^${sites.sites.shop1.baseUrl}`));
});

test('a site that does not answer is reported and the panel stays usable', async ({ openExtensionPage, addSite }) => {
  // A port nothing listens on: the connection is refused at once.
  const dead = await startSites({ data: dataDir(), only: ['shop2'] });
  const deadUrl = dead.sites.shop2.baseUrl;
  await dead.close();
  await addSite(deadUrl, 'Gone Shop', 'shop');
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const panel = await openExtensionPage('sidepanel.html');

  const answer = await askSidePanel(panel, 'AMD Ryzen 9 5900X');
  expect(answer.status).toBe('done');
  await expect(panel.locator('.site-failed')).toContainText('Gone Shop');
  expect(answer.picks.some((p) => p.url.startsWith(sites.sites.shop2.baseUrl))).toBe(true);

  // Still usable: a second request runs.
  const again = await askSidePanel(panel, 'Samsung Galaxy A25');
  expect(again.status).toBe('done');
});

test('a site whose pages can no longer be read is reported, not shown as having nothing', async ({ openExtensionPage, addSite }) => {
  const blocked = await startSites({ data: dataDir(), only: ['shop1'], faults: { shop1: { interstitial: true } } });
  try {
    await addSite(blocked.sites.shop1.baseUrl, 'Checked Shop', 'shop');
    await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
    const panel = await openExtensionPage('sidepanel.html');
    const answer = await askSidePanel(panel, 'AMD Ryzen 9 5900X');
    expect(answer.status).toBe('done');
    await expect(panel.locator('.site-failed')).toContainText('Checked Shop');
    await expect(panel.locator('.site-failed')).toContainText(/could not read|changed its layout/i);
    expect(answer.picks.some((p) => p.url.startsWith(sites.sites.shop2.baseUrl))).toBe(true);
  } finally {
    await blocked.close();
  }
});

test('a general request shows as many picks as Options → Results asks for, the rest under "why not"', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const options = await openExtensionPage('options.html');
  await options.locator('#max-picks').fill('2');
  await options.locator('#max-picks').press('Tab');
  await expect(options.getByText('Saved.')).toBeVisible();
  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, 'a pc case');
  expect(answer.status).toBe('done');
  expect(answer.picks).toHaveLength(2);
});

test('a request with no match says so instead of showing nothing', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, 'zzqx flux capacitor 88mph');
  expect(answer.picks).toHaveLength(0);
  expect(answer.message).toMatch(/no|nothing|found/i);
});

test('a long list shows its first page of product cards, "Show more" adds the next by keyboard, and a reload keeps both', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  // Typed by hand: askSidePanel opens every page of the list, which is what this test must not do.
  await panel.getByTestId('request-input').fill('a gaming case with glass');
  await panel.getByTestId('request-input').press('Enter');
  const run = panel.getByTestId('run');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 120_000 });

  const cards = run.getByTestId('pick-group');
  await expect(cards).toHaveCount(10);
  // Offers of one product from the two shops share a card instead of filling the page twice.
  await expect(run.getByTestId('other-offer').first()).toBeVisible();
  const more = run.getByTestId('show-more');
  await expect(more).toHaveText('Show 10 more');

  await more.focus();
  await panel.keyboard.press('Enter');
  await expect(cards).toHaveCount(20);
  // The keyboard goes on from the first new card, not from the top of the page.
  await expect(cards.nth(10).getByTestId('pick-link').first()).toBeFocused();

  await panel.reload();
  await expect(panel.getByTestId('run').getByTestId('pick-group')).toHaveCount(20);
  await expect(panel.getByTestId('show-more')).toBeVisible();
});
