import { html } from '../../core/html';
import { pageParam, paginate } from '../../core/pagination';
import { redirect, sendHtml } from '../../core/respond';
import { parseSort, type SortOrder } from '../catalog';
import { productPath, type ShopTheme } from '../types';
import { shop4Listing, shop4Page, shop4Price, shop4ProductBody } from './render';

const PER_PAGE = 12;

const query = (page: number, sort: SortOrder, defaultSort: SortOrder) => {
  const params = new URLSearchParams();
  if (page > 1) params.set('page', String(page));
  if (sort !== defaultSort) params.set('sort', sort);
  return params.size ? `?${params}` : '';
};

/** "Hardware Cafe": search at /catalog/find/QUERY?page=N&sort=S, departments at /catalog/category/<path>. */
export const shop4Theme: ShopTheme = {
  cartCookie: 'hc_session',
  renderProduct: (site, product, notice) => shop4Page(site, product.name, shop4ProductBody(site, product, notice)),
  renderNotFound: (site, what) => shop4Page(site, 'Not found', html`<h1>Not found</h1><p>${what}</p>`),
  renderCart(site, view) {
    const rows = view.lines.map(({ product, quantity }) => html`<tr data-product-id="${product.id}"><td><a href="${productPath(product)}">${product.name}</a></td><td>${quantity}</td><td>${shop4Price((product.price ?? 0) * quantity)}</td>
      <td><form method="post" action="/cart/remove"><input type="hidden" name="product_id" value="${product.id}"><button type="submit">Remove</button></form></td></tr>`);
    const body = html`<h1>Shopping cart</h1>${view.notice ? html`<p class="hc-notice">${view.notice}</p>` : null}${
      view.lines.length === 0 ? html`<p class="hc-none">Your shopping cart is empty.</p>` : html`<table class="hc-cart">${rows}</table><p>Total ${shop4Price(view.total)}</p>`}`;
    return shop4Page(site, 'Cart', body);
  },
  addRoutes(router, site) {
    router.get('/', ({ res }) => {
      const listing = paginate(site.catalog.all('newest'), 1, PER_PAGE);
      sendHtml(res, shop4Page(site, 'Welcome', shop4Listing(site, 'Fresh from the roaster: new hardware', listing, 'newest', (p, s) => `/catalog/all${query(p, s, 'newest')}`, '')));
    });
    router.get('/catalog/all', ({ res, url }) => {
      const sort = parseSort(url.searchParams.get('sort') ?? 'newest');
      const listing = paginate(site.catalog.all(sort), pageParam(url), PER_PAGE);
      sendHtml(res, shop4Page(site, 'All hardware', shop4Listing(site, 'All hardware', listing, sort, (p, s) => `/catalog/all${query(p, s, 'newest')}`, '')));
    });
    // The search form submits ?q=; the shop's canonical search URL carries the query in the path.
    router.get('/catalog/find', ({ res, url }) => {
      const text = (url.searchParams.get('q') ?? '').trim();
      if (text) return redirect(res, `/catalog/find/${encodeURIComponent(text)}`, 302);
      sendHtml(res, shop4Page(site, 'Find', html`<h1>Find hardware</h1><div class="hc-none">Type what you are looking for into the search box.</div>`));
    });
    router.get('/catalog/find/:query*', ({ res, url, params }) => {
      const text = params['query']!;
      const sort = parseSort(url.searchParams.get('sort'));
      const listing = paginate(site.catalog.search(text, sort), pageParam(url), PER_PAGE);
      const href = (p: number, s: SortOrder) => `/catalog/find/${encodeURIComponent(text)}${query(p, s, 'relevance')}`;
      sendHtml(res, shop4Page(site, `Find: ${text}`, shop4Listing(site, `You searched for “${text}”`, listing, sort, href, `No products were found for “${text}”.`)));
    });
    router.get('/catalog/category/:path*', ({ res, url, params }) => {
      const node = site.catalog.category(params['path']!);
      if (!node) return sendHtml(res, shop4Theme.renderNotFound(site, `No department ${params['path']}`), 404);
      const sort = parseSort(url.searchParams.get('sort') ?? 'newest');
      const listing = paginate(site.catalog.inCategory(node, sort), pageParam(url), PER_PAGE);
      const href = (p: number, s: SortOrder) => `/catalog/category/${node.slugPath}${query(p, s, 'newest')}`;
      sendHtml(res, shop4Page(site, node.name, shop4Listing(site, node.name, listing, sort, href, 'No products were found in this department.')));
    });
  },
};
