import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSites, type RunningSites } from './index';
import { loadShopProducts } from './data/webmall';
import { ShopCatalog } from './shops/catalog';
import { parseSearchTerms } from './shops/search-terms';
import { DATA_DIR, HAS_DATA, getText, parse } from './test-support';

describe('WordPress search terms', () => {
  it('splits words, keeps quoted phrases, drops stopwords and single letters, honours -exclusions', () => {
    expect(parseSearchTerms('Kingston "NV2 M.2" for a PC -black')).toEqual({ include: ['kingston', 'nv2 m.2', 'pc'], exclude: ['black'], sentence: 'kingston "nv2 m.2" for a pc -black' });
  });
  it('treats more than nine terms as one phrase, as WordPress does', () => {
    expect(parseSearchTerms('one two three four five six seven eight nine ten').include).toEqual(['one two three four five six seven eight nine ten']);
  });
});

describe.skipIf(!HAS_DATA)('shop search semantics (real WebMall data)', () => {
  let web: RunningSites;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2', 'shop3', 'shop4'] });
  }, 60_000);
  afterAll(() => web?.close());

  const productNamesOn = async (url: string) => {
    const doc = parse((await getText(url)).text);
    return [...doc.querySelectorAll('.tile-name')].map((e) => e.textContent ?? '');
  };

  it('returns only products containing every term, in title or description', async () => {
    const names = await productNamesOn(`${web.sites.shop2.baseUrl}/search?q=${encodeURIComponent('DisplayPort HDMI')}`);
    expect(names.length).toBeGreaterThan(0);
    const api = await (await fetch(`${web.sites.shop3.baseUrl}/api/products?search=${encodeURIComponent('corsair 32gb')}`)).json();
    expect(api.total).toBeGreaterThan(0);
    for (const p of api.products) {
      const detail = await (await fetch(`${web.sites.shop3.baseUrl}/api/products/${p.id}`)).json();
      const text = `${detail.name} ${detail.description}`.toLowerCase();
      expect(text).toContain('corsair');
      expect(text).toContain('32gb');
    }
  });

  it('does no fuzzy matching: a misspelt word finds nothing and says so', async () => {
    const { text } = await getText(`${web.sites.shop2.baseUrl}/search?q=kingstn`);
    expect(text).toContain('No products were found');
    const shop4 = await getText(`${web.sites.shop4.baseUrl}/catalog/find/${encodeURIComponent('Kingston unobtainium')}`);
    expect(shop4.text).toContain('No products were found');
    const shop1 = await getText(`${web.sites.shop1.baseUrl}/?s=kingstn&post_type=product`);
    expect(shop1.text).toContain('No products were found matching your selection.');
  });

  it('adding a term narrows the results; each result carries both terms', async () => {
    const all = await (await fetch(`${web.sites.shop3.baseUrl}/api/products?search=kingston`)).json();
    const narrowed = await (await fetch(`${web.sites.shop3.baseUrl}/api/products?search=kingston%20ddr4`)).json();
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
  });

  it('paginates 12 per page with a rel=next link that leads to new products', async () => {
    const url = `${web.sites.shop1.baseUrl}/?s=black&post_type=product`;
    const first = parse((await getText(url)).text);
    // Links, not names: the shop lists some products twice under two ids.
    const names1 = [...first.querySelectorAll('a.woocommerce-LoopProduct-link')].map((e) => e.getAttribute('href'));
    expect(names1).toHaveLength(12);
    const next = first.querySelector('a[rel=next]')?.getAttribute('href');
    expect(next).toMatch(/^\/page\/2\/\?s=black/);
    const second = parse((await getText(web.sites.shop1.baseUrl + next)).text);
    const names2 = [...second.querySelectorAll('a.woocommerce-LoopProduct-link')].map((e) => e.getAttribute('href'));
    expect(names2.length).toBeGreaterThan(0);
    expect(names2.some((n) => names1.includes(n))).toBe(false);
  });

  it('shop1 sends a single-hit search straight to the product, like WooCommerce', async () => {
    const unique = loadShopProducts(DATA_DIR, 1).find((p) => new ShopCatalog(loadShopProducts(DATA_DIR, 1)).search(`"${p.name}"`).length === 1)!;
    const res = await fetch(`${web.sites.shop1.baseUrl}/?s=${encodeURIComponent(`"${unique.name}"`)}&post_type=product`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(web.sites.shop1.baseUrl + res.headers.get('location')).toBe(web.productUrl(1, unique.id));
  });

  it('shop4 sorts by price and keeps the query in the path', async () => {
    const home = parse((await getText(`${web.sites.shop4.baseUrl}/`)).text);
    expect(home.querySelector('form[action="/catalog/find"] input[type=search]')).not.toBeNull();
    const redirect = await fetch(`${web.sites.shop4.baseUrl}/catalog/find?q=keyboard`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe('/catalog/find/keyboard');
    const doc = parse((await getText(`${web.sites.shop4.baseUrl}/catalog/find/keyboard?sort=price-asc`)).text);
    const prices = [...doc.querySelectorAll('.hc-item-price')].map((e) => Number((e.textContent ?? '').split('€').pop()!.trim().replace(/\./g, '').replace(',', '.')));
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });
});
