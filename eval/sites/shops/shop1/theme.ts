import { html, raw } from '../../core/html';
import { paginate } from '../../core/pagination';
import { redirect, sendHtml } from '../../core/respond';
import type { RequestContext } from '../../core/router';
import { productPath, type CartView, type ShopSite, type ShopTheme } from '../types';
import { shop1Page } from './layout';
import { priceHtml, productLoop, shop1Price } from './parts';
import { renderShop1Product } from './product-page';

const PER_PAGE = 12;

/** "E-Store Athletes": WooCommerce. Search at /?s=Q&post_type=product, pages at /page/N/?s=Q. */
export const shop1Theme: ShopTheme = {
  cartCookie: 'woocommerce_session',
  wooCartParams: true,
  renderProduct: renderShop1Product,
  renderCart: renderShop1Cart,
  renderNotFound: (site, what) =>
    shop1Page(site, { title: 'Page not found', body: html`<h1 class="page-title">Oops! That page can’t be found.</h1><p>${what}</p>`, bodyClass: 'error404' }),
  addRoutes(router, site) {
    const home = (ctx: RequestContext) => {
      const page = Number(ctx.params['page'] ?? 1);
      const query = ctx.url.searchParams.get('s');
      if (query !== null) return searchPage(ctx, site, query, page);
      const newest = paginate(site.catalog.all(), page, PER_PAGE);
      const body = html`<h1 class="woocommerce-products-header__title page-title">Shop</h1>${productLoop(site, newest, (n) => (n === 1 ? '/' : `/page/${n}/`))}`;
      sendHtml(ctx.res, shop1Page(site, { title: 'Shop', body, head: nextLink(newest.page < newest.totalPages ? `/page/${newest.page + 1}/` : undefined), bodyClass: 'home' }));
    };
    router.get('/', home);
    router.get('/page/:page/', home);
    router.get('/shop/', home);
    const category = (ctx: RequestContext) => {
      const node = site.catalog.category(ctx.params['path']!);
      if (!node) return sendHtml(ctx.res, shop1Theme.renderNotFound(site, `No category ${ctx.params['path']}`), 404);
      const listing = paginate(site.catalog.inCategory(node), Number(ctx.params['page'] ?? 1), PER_PAGE);
      const href = (n: number) => `/product-category/${node.slugPath}/${n === 1 ? '' : `page/${n}/`}`;
      const body = html`<h1 class="woocommerce-products-header__title page-title">${node.name}</h1>${productLoop(site, listing, href)}`;
      sendHtml(ctx.res, shop1Page(site, { title: node.name, body, head: nextLink(listing.page < listing.totalPages ? href(listing.page + 1) : undefined), bodyClass: 'tax-product_cat' }));
    };
    router.get('/product-category/:path*/page/:page/', category);
    router.get('/product-category/:path*/', category);
  },
};

const nextLink = (href: string | undefined) => (href ? html`<link rel="next" href="${href}">` : undefined);

function searchPage(ctx: RequestContext, site: ShopSite, query: string, page: number): void {
  const found = query.trim() ? site.catalog.search(query) : site.catalog.all();
  // WooCommerce's default: a search with exactly one hit goes straight to that product.
  if (found.length === 1 && page === 1) return redirect(ctx.res, productPath(found[0]!), 302);
  const listing = paginate(found, page, PER_PAGE);
  const qs = `?s=${encodeURIComponent(query)}&post_type=product`;
  const href = (n: number) => (n === 1 ? `/${qs}` : `/page/${n}/${qs}`);
  const body = html`<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">Search results: “${query}”</h1></header>${productLoop(site, listing, href)}`;
  sendHtml(ctx.res, shop1Page(site, { title: `Search results for “${query}”`, body, head: nextLink(listing.page < listing.totalPages ? href(listing.page + 1) : undefined), bodyClass: 'search-results' }));
}

function renderShop1Cart(site: ShopSite, view: CartView): string {
  const notice = view.notice ? html`<div class="woocommerce-message" role="alert">${view.notice}</div>` : null;
  if (view.lines.length === 0) {
    return shop1Page(site, { title: 'Cart', body: html`<h1>Cart</h1>${notice}<div class="cart-empty woocommerce-info">Your cart is currently empty.</div><p class="return-to-shop"><a class="button wc-backward" href="/">Return to shop</a></p>`, bodyClass: 'woocommerce-cart' });
  }
  const rows = view.lines.map(({ product, quantity }) => html`<tr class="woocommerce-cart-form__cart-item cart_item" data-product_id="${product.id}">
    <td class="product-remove"><a href="/cart/?remove_item=${product.id}" class="remove" aria-label="Remove ${product.name} from cart" data-product_id="${product.id}">×</a></td>
    <td class="product-name" data-title="Product"><a href="${productPath(product)}">${product.name}</a></td>
    <td class="product-price" data-title="Price">${priceHtml(product)}</td>
    <td class="product-quantity" data-title="Quantity">${quantity}</td>
    <td class="product-subtotal" data-title="Subtotal">${shop1Price((product.price ?? 0) * quantity)}</td></tr>`);
  const body = html`<h1>Cart</h1>${notice}<form class="woocommerce-cart-form" action="/cart/" method="post"><table class="shop_table shop_table_responsive cart woocommerce-cart-form__contents" cellspacing="0">
    <thead><tr><th class="product-remove"><span class="screen-reader-text">Remove item</span></th><th class="product-name">Product</th><th class="product-price">Price</th><th class="product-quantity">Quantity</th><th class="product-subtotal">Subtotal</th></tr></thead>
    <tbody>${rows}</tbody></table></form><div class="cart_totals"><h2>Cart totals</h2><table class="shop_table"><tr class="order-total"><th>Total</th><td>${shop1Price(view.total)}${raw(' <small class="includes_tax">(incl. VAT)</small>')}</td></tr></table></div>`;
  return shop1Page(site, { title: 'Cart', body, bodyClass: 'woocommerce-cart' });
}
