import { afterEach, describe, expect, it } from 'vitest';
import { parseFault } from './fault-spec';
import { seededRandom } from './core/faults';
import { startSites, type RunningSites } from './index';
import { DATA_DIR, HAS_DATA, getText, parse } from './test-support';

describe('fault options', () => {
  it('parses the CLI form', () => {
    expect(parseFault('shop2:latency=2000,errors=0.25,seed=7')).toEqual(['shop2', { latencyMs: 2000, errorRate: 0.25, seed: 7 }]);
    expect(parseFault('tunes:hang,variant=changed')).toEqual(['tunes', { hang: true, markupVariant: 'changed' }]);
    expect(parseFault('shop4:interstitial')).toEqual(['shop4', { interstitial: true }]);
    expect(() => parseFault('shop9:hang')).toThrow(/Unknown site/);
  });
  it('the error dice repeat with the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
});

describe.skipIf(!HAS_DATA)('faults on running sites', () => {
  let web: RunningSites | undefined;
  afterEach(async () => {
    await web?.close();
    web = undefined;
  });

  it('adds latency to every answer', async () => {
    web = await startSites({ data: DATA_DIR, only: ['pages'], faults: { pages: { latencyMs: 400 } } });
    const started = performance.now();
    expect((await fetch(`${web.sites.pages.baseUrl}/`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(395);
  });

  it('answers a seeded share of requests with HTTP 500, the same ones each run', async () => {
    const statuses = async () => {
      const running = await startSites({ data: DATA_DIR, only: ['pages'], faults: { pages: { errorRate: 0.5, seed: 3 } } });
      const codes: number[] = [];
      for (let i = 0; i < 20; i++) codes.push((await fetch(`${running.sites.pages.baseUrl}/`)).status);
      await running.close();
      return codes;
    };
    const first = await statuses();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await statuses()).toEqual(first);
  });

  it('interstitial: the home page still shows its search box, every other page only a bot check', async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop2'], faults: { shop2: { interstitial: true } } });
    expect((await getText(`${web.sites.shop2.baseUrl}/`)).text).toMatch(/<form/i);
    const search = (await getText(`${web.sites.shop2.baseUrl}/?s=ryzen`)).text;
    expect(search).toMatch(/Checking your browser/);
    expect(search).not.toMatch(/ryzen/i);
  });

  it('hangs: the client gives up, the other sites still answer, and close() still returns', async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop2', 'pages'], faults: { shop2: { hang: true } } });
    await expect(fetch(`${web.sites.shop2.baseUrl}/`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect((await fetch(`${web.sites.pages.baseUrl}/`)).status).toBe(200);
  });

  it('the changed markup variant shows the same data in other markup', async () => {
    const standard = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2'] });
    web = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2'], faults: { shop1: { markupVariant: 'changed' }, shop2: { markupVariant: 'changed' } } });
    try {
      for (const shop of [1, 2] as const) {
        const before = (await getText(standard.productUrl(shop, shop === 1 ? '1550' : '3518'))).text;
        const after = (await getText(web.productUrl(shop, shop === 1 ? '1550' : '3518'))).text;
        expect(after).not.toBe(before);
        const [a, b] = [parse(before), parse(after)];
        expect(b.querySelector('h1')?.textContent).toBe(a.querySelector('h1')?.textContent);
        expect(b.querySelector('h1')?.className).not.toBe(a.querySelector('h1')?.className);
        const price = shop === 1 ? '.summary .price' : '.tt-price, .tt2-cost';
        expect(b.querySelector(price)?.textContent).toBe(a.querySelector(price)?.textContent);
      }
      const ld = parse((await getText(web.productUrl(1, '1550'))).text).querySelector('script[type="application/ld+json"]');
      expect(JSON.parse(ld!.textContent!).name).toBeTruthy();
    } finally {
      await standard.close();
    }
  });
});
