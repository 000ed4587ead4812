import { html } from '../../core/html';
import { pageParam, paginate } from '../../core/pagination';
import { sendHtml } from '../../core/respond';
import { formatPrice } from '../price-format';
import { productPath, type ShopTheme } from '../types';
import { shop2Listing, shop2Page, shop2ProductBody } from './render';

const PER_PAGE = 12;

/** "TechTalk": search at /search?q=Q&page=N, categories at /category/<path>/?page=N, all at /products/. */
export const shop2Theme: ShopTheme = {
  cartCookie: 'tt_basket',
  renderProduct: (site, product, notice) => shop2Page(site, product.name, shop2ProductBody(site, product, notice)),
  renderNotFound: (site, what) => shop2Page(site, 'Not found', html`<h1>Sorry, we couldn’t find that page</h1><p>${what}</p>`),
  renderCart(site, view) {
    const rows = view.lines.map(({ product, quantity }) => html`<tr data-product-id="${product.id}"><td><a href="${productPath(product)}">${product.name}</a></td><td>${quantity}</td><td>${formatPrice((product.price ?? 0) * quantity, 'en-prefix')}</td>
      <td><form action="/cart/remove" method="post"><input type="hidden" name="product_id" value="${product.id}"><button type="submit">Remove</button></form></td></tr>`);
    const body = view.lines.length === 0
      ? html`<h1>Your basket</h1>${view.notice ? html`<div class="tt-notice">${view.notice}</div>` : null}<p class="tt-empty">Your basket is empty.</p>`
      : html`<h1>Your basket</h1>${view.notice ? html`<div class="tt-notice">${view.notice}</div>` : null}<table class="tt-basket-table"><tr><th>Item</th><th>Qty</th><th>Price</th><th></th></tr>${rows}</table><p class="tt-total">Total: ${formatPrice(view.total, 'en-prefix')}</p>`;
    return shop2Page(site, 'Basket', body);
  },
  addRoutes(router, site) {
    router.get('/', ({ res }) => {
      const newest = paginate(site.catalog.all(), 1, PER_PAGE);
      sendHtml(res, shop2Page(site, 'Home', shop2Listing(site, 'New in', newest, (n) => `/products/?page=${n}`, '')));
    });
    router.get('/products/', ({ res, url }) => {
      const all = paginate(site.catalog.all(), pageParam(url), PER_PAGE);
      sendHtml(res, shop2Page(site, 'All products', shop2Listing(site, 'All products', all, (n) => `/products/?page=${n}`, 'No products were found.')));
    });
    router.get('/search', ({ res, url }) => {
      const query = url.searchParams.get('q') ?? '';
      const listing = paginate(site.catalog.search(query), pageParam(url), PER_PAGE);
      const href = (n: number) => `/search?q=${encodeURIComponent(query)}&page=${n}`;
      const head = listing.page < listing.totalPages ? html`<link rel="next" href="${href(listing.page + 1)}">` : undefined;
      sendHtml(res, shop2Page(site, `Search: ${query}`, shop2Listing(site, `Results for “${query}”`, listing, href, `No products were found for “${query}”. Check the spelling or try fewer words.`), head));
    });
    router.get('/category/:path*/', ({ res, url, params }) => {
      const node = site.catalog.category(params['path']!);
      if (!node) return sendHtml(res, shop2Theme.renderNotFound(site, `No category ${params['path']}`), 404);
      const listing = paginate(site.catalog.inCategory(node), pageParam(url), PER_PAGE);
      const href = (n: number) => `/category/${node.slugPath}/?page=${n}`;
      sendHtml(res, shop2Page(site, node.name, shop2Listing(site, node.name, listing, href, 'No products were found in this category.')));
    });
  },
};
