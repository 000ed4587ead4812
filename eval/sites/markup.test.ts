import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShopProducts } from './data/webmall';
import { startSites, type RunningSites } from './index';
import { DATA_DIR, HAS_DATA, getText, parse } from './test-support';

/** What a generic reader does: find the search form on the home page and build its GET URL. */
function searchUrlFromHome(base: string, homeHtml: string, query: string): string {
  const doc = parse(homeHtml);
  const form = doc.querySelector('form[role=search]') ?? doc.querySelector('input[type=search]')?.closest('form');
  if (!form) throw new Error(`No search form on ${base}/`);
  const input = form.querySelector('input[type=search], input[type=text]')!;
  const params = new URLSearchParams();
  for (const field of form.querySelectorAll('input[name]')) params.set(field.getAttribute('name')!, field === input ? query : (field.getAttribute('value') ?? ''));
  return `${new URL(form.getAttribute('action') ?? '/', base)}?${params}`;
}

describe.skipIf(!HAS_DATA)('each shop carries the data its markup should', () => {
  let web: RunningSites;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop1', 'shop2', 'shop3', 'shop4', 'pages'] });
  }, 60_000);
  afterAll(() => web?.close());

  it('every shop home page has a search form a generic reader finds, and it returns results', async () => {
    for (const id of ['shop1', 'shop2', 'shop3', 'shop4'] as const) {
      const base = web.sites[id].baseUrl;
      const url = searchUrlFromHome(base, (await getText(`${base}/`)).text, 'kingston');
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      // shop3 renders results in the browser; its shell still answers and names the API.
      expect(await res.text(), url).toMatch(id === 'shop3' ? /data-api="\/api\/products"/ : /Kingston/);
    }
  });

  it('shop1 product pages carry JSON-LD Product and microdata with the export price', async () => {
    const product = loadShopProducts(DATA_DIR, 1).find((p) => p.id === '1550')!;
    const doc = parse((await getText(web.productUrl(1, '1550'))).text);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('Product');
    expect(ld.name).toBe(product.name);
    expect(ld.offers[0]).toMatchObject({ price: product.price!.toFixed(2), priceCurrency: 'EUR', availability: 'https://schema.org/InStock' });
    expect(doc.querySelector('[itemtype="https://schema.org/Product"] [itemprop=name]')?.textContent).toBe(product.name);
    expect(doc.querySelector('[itemprop=price]')?.getAttribute('content')).toBe(product.price!.toFixed(2));
    expect(doc.querySelector('.summary .price')?.textContent).toContain('€');
  });

  it('shop2 has no structured data at all, and shows a sale with the regular price struck through', async () => {
    const onSale = loadShopProducts(DATA_DIR, 2).find((p) => p.salePrice !== undefined)!;
    const html = (await getText(web.productUrl(2, onSale.id))).text;
    expect(html).not.toMatch(/application\/ld\+json|itemscope|itemprop|typeof=|property="og:/);
    const doc = parse(html);
    expect(doc.querySelector('.tt-price .now')?.textContent).toBe(`€${onSale.salePrice!.toFixed(2)}`);
    expect(doc.querySelector('.tt-price s')?.textContent).toBe(`€${onSale.regularPrice!.toFixed(2)}`);
  });

  it('shop3 lists through a paginated JSON endpoint; the HTML shell holds no products', async () => {
    const base = web.sites.shop3.baseUrl;
    const shell = (await getText(`${base}/shop?search=kingston`)).text;
    expect(parse(shell).querySelectorAll('#product-list > *')).toHaveLength(0);
    const script = (await getText(`${base}/assets/listing.js`)).text;
    expect(script).toContain('/api/products?');
    const first = await (await fetch(`${base}/api/products?search=kingston`)).json();
    expect(first.per_page).toBe(12);
    expect(first.total).toBeGreaterThan(12);
    const second = await (await fetch(base + first.next)).json();
    expect(second.page).toBe(2);
    expect(second.products[0].id).not.toBe(first.products[0].id);
    const empty = await (await fetch(`${base}/api/products?search=kingstn`)).json();
    expect(empty).toMatchObject({ total: 0, products: [], next: null });
    const page = parse((await getText(`${base}${first.products[0].permalink}`)).text);
    expect(page.querySelector('meta[property="product:price:amount"]')?.getAttribute('content')).toBe(first.products[0].prices.price.toFixed(2));
  });

  it('shop4 navigates by category, sorts, and marks products up with RDFa', async () => {
    const base = web.sites.shop4.baseUrl;
    const home = parse((await getText(`${base}/`)).text);
    const categoryHref = home.querySelector('.hc-departments a')!.getAttribute('href')!;
    const category = parse((await getText(`${base}${categoryHref}?sort=price-desc`)).text);
    const prices = [...category.querySelectorAll('.hc-item-price')].map((e) => Number(e.textContent!.split('€').pop()!.trim().replace(/\./g, '').replace(',', '.')));
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const product = parse((await getText(web.productUrl(4, '1302'))).text);
    expect(product.querySelector('[typeof=Product] [property=name]')?.textContent).toContain('PHANTOM GAMING 4');
    expect(product.querySelector('[typeof=Offer] [property=priceCurrency]')?.getAttribute('content')).toBe('EUR');
  });

  it('never points a page at the internet: images are local placeholders', async () => {
    for (const id of [1, 2, 3, 4] as const) {
      const product = loadShopProducts(DATA_DIR, id)[0]!;
      const html = (await getText(web.productUrl(id, product.id))).text;
      // schema.org vocabulary URLs (microdata availability) name a term; nothing fetches them.
      expect(html).not.toMatch(/(src|href)="https?:\/\/(?!schema\.org\/)/);
      const img = parse(html).querySelector('img')!.getAttribute('src')!;
      const image = await fetch(new URL(img, web.sites[`shop${id}`].baseUrl));
      expect(image.headers.get('content-type')).toBe('image/svg+xml');
    }
  });

  it('serves product-page snapshots as the shop sent them', async () => {
    const base = web.sites.pages.baseUrl;
    const index = parse((await getText(`${base}/`)).text);
    const links = [...index.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBe(70);
    const res = await fetch(base + links[0]);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=/);
    expect((await res.text()).toLowerCase()).toContain('<html');
    expect((await fetch(`${base}/page/${'0'.repeat(64)}`)).status).toBe(404);
  });
});
