import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSites, type RunningSites } from './index';
import { DATA_DIR, HAS_DATA, Visitor } from './test-support';

const GOLD = { 1: '1550', 2: '3518', 3: '1021', 4: '1302' } as const; // products named in tasks.json

describe.skipIf(!HAS_DATA)('per-visitor carts', () => {
  let web: RunningSites;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2', 'shop3', 'shop4'] });
  }, 60_000);
  afterAll(() => web?.close());

  for (const shop of [1, 2, 3, 4] as const) {
    it(`shop${shop}: add from the product page form, view, read cart.json, remove`, async () => {
      const base = web.sites[`shop${shop}`].baseUrl;
      const visitor = new Visitor();
      const productUrl = web.productUrl(shop, GOLD[shop]);
      const page = await (await visitor.fetch(productUrl)).text();
      expect(page).toMatch(/<form[^>]*(action="\/cart\/add"|class="cart")/);
      await visitor.postForm(`${base}/cart/add`, { product_id: GOLD[shop], quantity: '2' });
      const cartPage = await (await visitor.fetch(`${base}/cart/`)).text();
      expect(cartPage).toContain(new URL(productUrl).pathname);
      const json = await (await visitor.fetch(`${base}/cart.json`)).json();
      expect(json.items).toEqual([expect.objectContaining({ productId: GOLD[shop], url: productUrl, quantity: 2 })]);
      expect(await web.cartOf(shop)).toEqual([{ productId: GOLD[shop], url: productUrl, quantity: 2 }]);

      await visitor.postForm(`${base}/cart/remove`, { product_id: GOLD[shop] });
      expect((await (await visitor.fetch(`${base}/cart.json`)).json()).items).toEqual([]);
      expect(await web.cartOf(shop)).toEqual([]);
    });
  }

  it('keeps visitors apart and merges them for the benchmark', async () => {
    const base = web.sites.shop2.baseUrl;
    const alice = new Visitor();
    const bob = new Visitor();
    await alice.postForm(`${base}/cart/add`, { product_id: '3518' });
    await bob.postForm(`${base}/cart/add`, { product_id: '3518' });
    expect((await (await alice.fetch(`${base}/cart.json`)).json()).items).toHaveLength(1);
    expect(await web.cartOf(2)).toEqual([{ productId: '3518', url: web.productUrl(2, '3518'), quantity: 2 }]);
    await alice.postForm(`${base}/cart/remove`, { product_id: '3518' });
    await bob.postForm(`${base}/cart/remove`, { product_id: '3518' });
  });

  it('shop1 takes WooCommerce ?add-to-cart=ID, the product form post and ?remove_item=ID', async () => {
    const base = web.sites.shop1.baseUrl;
    const visitor = new Visitor();
    await visitor.fetch(`${base}/?add-to-cart=1550`);
    const productUrl = web.productUrl(1, '1954');
    const afterPost = await (await visitor.postForm(productUrl, { 'add-to-cart': '1954', quantity: '1' })).text();
    expect(afterPost).toContain('has been added to your cart');
    const ids = (await (await visitor.fetch(`${base}/cart.json`)).json()).items.map((i: { productId: string }) => i.productId);
    expect(ids.sort()).toEqual(['1550', '1954']);
    await visitor.fetch(`${base}/cart/?remove_item=1550`);
    await visitor.fetch(`${base}/cart/?remove_item=1954`);
    expect((await (await visitor.fetch(`${base}/cart.json`)).json()).items).toEqual([]);
  });
});
