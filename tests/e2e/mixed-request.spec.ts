/**
 * A request that reads as both music and shopping ("headphones for listening to jazz") goes to the
 * user's shops, or to their music sites when they have no shop; either way it ends with an answer
 * instead of leaving the panel waiting or saying that no shop is set up.
 */
import { startSites, type RunningSites } from '../../eval/sites';
import { askSidePanel } from '../../eval/browser/extension-ui';
import { dataDir } from '../data-dir';
import { expect, test } from './extension-fixture';

const REQUEST = 'over-ear headphones for listening to jazz';
let sites: RunningSites;
test.beforeAll(async () => {
  sites = await startSites({ data: dataDir(), only: ['shop2', 'tunes'] });
});
test.afterAll(async () => sites?.close());

test('with a shop and a music site, a music-and-shopping request finds products in the shop', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.tunes.baseUrl, 'Tunes', 'music');
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, REQUEST);
  expect(answer.status).toBe('done');
  expect(answer.picks.length, `no picks; the panel said: ${answer.message}`).toBeGreaterThan(0);
  expect(answer.picks.every((p) => p.url.startsWith(sites.sites.shop2.baseUrl))).toBe(true);
});

test('with only a music site, the same request gets a playlist', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.tunes.baseUrl, 'Tunes', 'music');
  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, REQUEST);
  expect(answer.status).toBe('done');
  expect(answer.picks.length, `no picks; the panel said: ${answer.message}`).toBeGreaterThan(0);
  expect(answer.picks.every((p) => p.url.startsWith(sites.sites.tunes.baseUrl))).toBe(true);
  // Answered as music: tracks, not products to put in a cart.
  await expect(panel.getByRole('button', { name: 'Add to cart' })).toHaveCount(0);
});

test('a music request with only a shop set up is refused with a message that says what to do', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop2.baseUrl, 'TechTalk', 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, 'upbeat 80s synthpop songs');
  expect(answer.status).toBe('refused');
  expect(answer.picks).toEqual([]);
  expect(answer.message).toContain('Add one in Options');
});
