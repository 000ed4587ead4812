import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUniqueSlugs, wooSlug } from './data/text';
import { loadShopProducts, parseExportPrice } from './data/webmall';
import { startSites, type RunningSites } from './index';
import { DATA_DIR, HAS_DATA, getText, parse } from './test-support';

describe('WooCommerce slugs and prices', () => {
  it('decodes entities (also double-encoded), lower-cases, turns & . / into hyphens, drops other punctuation', () => {
    expect(wooSlug('Arctic Alpine 17 Compact Heatsink &amp;amp; Fan, Intel 1700,  95W TDP')).toBe('arctic-alpine-17-compact-heatsink-fan-intel-1700-95w-tdp');
    expect(wooSlug('Kingston 1TB NV2 M.2 NVMe SSD, R/W 3500/2100 MB/s')).toBe('kingston-1tb-nv2-m-2-nvme-ssd-r-w-3500-2100-mb-s');
    expect(wooSlug('Be Quiet! 80+ Platinum (PC4-25600)')).toBe('be-quiet-80-platinum-pc4-25600');
  });
  it('gives later duplicates -2, -3 as WordPress does', () => {
    const slugs = assignUniqueSlugs(['A b', 'a B', 'c', 'A-B'], (name) => wooSlug(name));
    expect([...slugs.values()]).toEqual(['a-b', 'a-b-2', 'c', 'a-b-3']);
  });
  it('reads decimal-comma and decimal-point export prices', () => {
    expect(parseExportPrice('1.234,56')).toBe(1234.56);
    expect(parseExportPrice('139,99')).toBe(139.99);
    expect(parseExportPrice('8.0')).toBe(8);
    expect(parseExportPrice('')).toBeUndefined();
  });
});

interface Task { id: string; task: string; gold: { shop: 1 | 2 | 3 | 4; productId: string }[] }

describe.skipIf(!HAS_DATA)('every WebMall task reference resolves on the local shops', () => {
  let web: RunningSites;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2', 'shop3', 'shop4'] });
  }, 60_000);
  afterAll(() => web?.close());

  it('serves a 200 product page for each gold answer and each {{PRODUCT:shop:id}}', async () => {
    const tasks = JSON.parse(readFileSync(join(DATA_DIR, 'webmall', 'tasks.json'), 'utf8')) as Task[];
    const refs = new Set<string>();
    for (const task of tasks) {
      task.gold.forEach((g) => refs.add(`${g.shop}:${g.productId}`));
      for (const m of task.task.matchAll(/\{\{PRODUCT:(\d):(\w+)\}\}/g)) refs.add(`${m[1]}:${m[2]}`);
    }
    expect(refs.size).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const ref of refs) {
      const [shop, id] = ref.split(':') as [string, string];
      const url = web.productUrl(Number(shop) as 1 | 2 | 3 | 4, id);
      expect(url).toMatch(/\/product\/[a-z0-9-]+\/$/);
      const { status, text } = await getText(url);
      // The page must be that product's page: its heading is the product's name.
      const name = loadShopProducts(DATA_DIR, Number(shop) as 1 | 2 | 3 | 4).find((p) => p.id === id)?.name;
      const heading = parse(text).querySelector('h1')?.textContent?.trim();
      if (status !== 200 || !name || heading !== name) failures.push(`${ref} -> ${url} (${status}, h1 "${heading}")`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it('answers 404 in the shop\'s own look for an unknown slug', async () => {
    const { status, text } = await getText(`${web.sites.shop2.baseUrl}/product/no-such-thing/`);
    expect(status).toBe(404);
    expect(text).toContain('TechTalk');
  });
});
