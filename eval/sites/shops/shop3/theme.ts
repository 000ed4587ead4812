import { html } from '../../core/html';
import { send, sendHtml, sendJson } from '../../core/respond';
import { formatPrice } from '../price-format';
import { productPath, type ShopTheme } from '../types';
import { listProducts, productJson } from './api';
import { LISTING_SCRIPT } from './listing-script';
import { listingShell, shop3Page, shop3ProductPage } from './render';

/** "CamelCases": shells at /shop?search=Q&page=N and /category/<path>/, data from /api/products. */
export const shop3Theme: ShopTheme = {
  cartCookie: 'cc_cart',
  renderProduct: shop3ProductPage,
  renderNotFound: (site, what) => shop3Page(site, 'Not found', html`<h1>404</h1><p>${what}</p>`),
  renderCart(site, view) {
    const items = view.lines.map(({ product, quantity }) => html`<li class="cc-cart-item" data-product-id="${product.id}"><a href="${productPath(product)}">${product.name}</a> × ${quantity} — ${formatPrice((product.price ?? 0) * quantity, 'en-code')}
      <form action="/cart/remove" method="post"><input type="hidden" name="product_id" value="${product.id}"><button type="submit">Remove</button></form></li>`);
    const body = html`<h1>Cart</h1>${view.notice ? html`<div class="cc-toast">${view.notice}</div>` : null}${
      view.lines.length === 0 ? html`<p class="cc-empty">Your cart is empty.</p>` : html`<ul class="cc-cart">${items}</ul><p>Total: ${formatPrice(view.total, 'en-code')}</p>`}`;
    return shop3Page(site, 'Cart', body);
  },
  addRoutes(router, site) {
    router.get('/', ({ res }) => sendHtml(res, shop3Page(site, 'Home', listingShell(site, 'All products'))));
    router.get('/shop', ({ res, url }) => {
      const search = url.searchParams.get('search');
      sendHtml(res, shop3Page(site, search ? `Search: ${search}` : 'Shop', listingShell(site, search ? `Search results for “${search}”` : 'All products')));
    });
    router.get('/category/:path*/', ({ res, params }) => {
      const node = site.catalog.category(params['path']!);
      if (!node) return sendHtml(res, shop3Theme.renderNotFound(site, `No category ${params['path']}`), 404);
      sendHtml(res, shop3Page(site, node.name, listingShell(site, node.name, node.slugPath)));
    });
    router.get('/api/products', ({ res, url }) => {
      const { status, body } = listProducts(site, url);
      sendJson(res, body, status);
    });
    router.get('/api/products/:id', ({ res, params }) => {
      const product = site.catalog.byId.get(params['id']!);
      if (!product) return sendJson(res, { code: 'not_found', message: `No product ${params['id']}.` }, 404);
      sendJson(res, { ...productJson(product), description: product.descriptionHtml });
    });
    router.get('/assets/listing.js', ({ res }) => send(res, 200, 'text/javascript; charset=utf-8', LISTING_SCRIPT));
  },
};
