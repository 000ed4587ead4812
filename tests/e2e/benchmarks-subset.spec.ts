/**
 * A fast slice of the three benchmarks (eval/webmall, eval/music, eval/personal) through the real
 * extension: the answers must be right. Only tasks the agents get right are listed here; the full
 * suites (npm run eval:*) measure the rest and print the figures.
 */
import { join } from 'node:path';
import { askSidePanel } from '../../eval/browser/extension-ui';
import { setProfileThroughOptions } from '../../eval/personal/profile-form';
import { readProductFacts } from '../../eval/personal/read-products';
import { loadPersonalScenarios } from '../../eval/personal/scenarios';
import { scorePersonalScenario } from '../../eval/personal/score';
import { relatedArtists } from '../../eval/music/catalog-facts';
import { readTrackFacts } from '../../eval/music/read-tracks';
import { loadMusicScenarios } from '../../eval/music/scenarios';
import { scoreMusicScenario } from '../../eval/music/score';
import { startSites, type RunningSites } from '../../eval/sites';
import { goldKeys, loadGold } from '../../eval/webmall/gold';
import { canonicalOffer, scoreOffers } from '../../eval/webmall/score';
import { answeredByCart, loadTasksForRun, taskRequest } from '../../eval/webmall/tasks';
import { dataDir } from '../data-dir';
import { expect, test } from './extension-fixture';

const WEBMALL_TASKS = [
  'Webmall_Find_Specific_Product_Task1',
  'Webmall_Find_Cheapest_Offer_Task3',
  'Webmall_Products_Fulfilling_Specific_Requirements_Task9',
  'Webmall_Cheapest_Offer_Specific_Requirements_Task9',
];
const MUSIC_SCENARIOS = ['m12', 'm17'];
const PERSONAL_SCENARIOS = ['p01', 'p02'];

let sites: RunningSites;
test.beforeAll(async () => {
  sites = await startSites({ data: dataDir(), only: ['shop1', 'shop2', 'shop3', 'shop4', 'tunes', 'archive'] });
});
test.afterAll(async () => sites?.close());

const bases = () => Object.fromEntries(Object.entries(sites.sites).map(([id, s]) => [id, s.baseUrl]));
const shops = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

test.describe('WebMall tasks', () => {
  const webmallDir = join(dataDir(), 'webmall');
  for (const id of WEBMALL_TASKS) {
    test(id, async ({ addSite, openExtensionPage }) => {
      const task = loadTasksForRun(webmallDir).find((t) => t.id === id)!;
      for (const shop of shops) await addSite(sites.sites[shop].baseUrl, sites.sites[shop].name, 'shop');
      const panel = await openExtensionPage('sidepanel.html');
      const cartBefore = new Set((await Promise.all(([1, 2, 3, 4] as const).map((s) => sites.cartOf(s)))).flat().map((l) => `${l.url}#${l.quantity}`));
      const answer = await askSidePanel(panel, taskRequest(task, (shop, pid) => sites.productUrl(shop, pid)), 240_000);
      expect(answer.status).toBe('done');
      const cartNow = (await Promise.all(([1, 2, 3, 4] as const).map((s) => sites.cartOf(s)))).flat();
      const urls = answeredByCart(task) ? cartNow.filter((l) => !cartBefore.has(`${l.url}#${l.quantity}`)).map((l) => l.url) : answer.picks.map((p) => p.url);
      const returned = [...new Set(urls.map((u) => canonicalOffer(u, bases())))];
      const gold = goldKeys(dataDir(), loadGold(webmallDir).get(id)!);
      expect(returned.sort()).toEqual([...gold].sort());
      expect(scoreOffers(returned, gold).completion).toBe(1);
    });
  }
});

test.describe('music scenarios', () => {
  for (const id of MUSIC_SCENARIOS) {
    test(id, async ({ addSite, openExtensionPage }) => {
      const scenario = loadMusicScenarios().find((s) => s.id === id)!;
      await addSite(sites.sites.tunes.baseUrl, 'tunes', 'music');
      await addSite(sites.sites.archive.baseUrl, 'archive', 'music');
      const panel = await openExtensionPage('sidepanel.html');
      const answer = await askSidePanel(panel, scenario.request, 240_000);
      expect(answer.status).toBe('done');
      const tracks = await Promise.all(answer.picks.map((p) => readTrackFacts(p.url)));
      const read = tracks.flatMap((t) => ('error' in t ? [] : [t]));
      expect(tracks.filter((t) => 'error' in t)).toEqual([]);
      const score = scoreMusicScenario(scenario, read, relatedArtists(dataDir()));
      expect(score.violations).toBe(0);
      expect(score.perCheck.join('; ')).toBe(score.perCheck.map((c) => c.replace(/\d+\/(\d+)$/, '$1/$1')).join('; '));
      expect(score.tracks).toBeGreaterThanOrEqual(scenario.minTracks);
    });
  }
});

test.describe('personalisation scenarios', () => {
  for (const id of PERSONAL_SCENARIOS) {
    test(id, async ({ context, extensionId, addSite, openExtensionPage }) => {
      const scenario = loadPersonalScenarios().find((s) => s.id === id)!;
      for (const shop of shops) await addSite(sites.sites[shop].baseUrl, sites.sites[shop].name, 'shop');
      await setProfileThroughOptions(context, extensionId, scenario.profile);
      const panel = await openExtensionPage('sidepanel.html');
      const answer = await askSidePanel(panel, scenario.request, 240_000);
      expect(answer.status).toBe('done');
      const picks = await Promise.all(answer.picks.slice(0, 3).map((p) => readProductFacts(p.url)));
      expect(picks.filter((p) => 'error' in p)).toEqual([]);
      const score = scorePersonalScenario(scenario, picks.flatMap((p) => ('error' in p ? [] : [p])));
      expect(score.perCheck).toEqual(score.perCheck.map((c) => c.replace(/\d+\/3$/, '3/3')));
    });
  }
});

test('a quoted product is shown as "You asked about" next to its substitutes, also after a reload', async ({ addSite, openExtensionPage }) => {
  const task = loadTasksForRun(join(dataDir(), 'webmall')).find((t) => t.category === 'Substitute' && /\{\{PRODUCT:/.test(t.task))!;
  for (const shop of shops) await addSite(sites.sites[shop].baseUrl, sites.sites[shop].name, 'shop');
  const panel = await openExtensionPage('sidepanel.html');
  const request = taskRequest(task, (shop, pid) => sites.productUrl(shop, pid));
  const quoted = request.match(/https?:\/\/\S+?(?=\s|$)/)![0].replace(/[.,]$/, '');
  const answer = await askSidePanel(panel, request, 240_000);
  expect(answer.status).toBe('done');
  expect(answer.references.map((r) => r.url)).toEqual([quoted]);
  // The quoted product is a reference, not one of its own alternatives.
  expect(answer.picks.map((p) => p.url)).not.toContain(quoted);
  await expect(panel.getByText('You asked about')).toBeVisible();
  await panel.reload();
  await expect(panel.getByTestId('reference-link')).toHaveAttribute('href', quoted);
});
