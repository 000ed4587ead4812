import type { ShopProduct, ShopNumber } from '../data/webmall';
import type { Router } from '../core/router';
import type { CartStore } from './cart';
import type { ShopCatalog } from './catalog';

/** What every page of one running shop knows. */
export interface ShopSite {
  shop: ShopNumber;
  name: string;
  catalog: ShopCatalog;
  cart: CartStore;
  /** The "changed" markup variant: a redesign with the same data. */
  changed: boolean;
}

export interface CartView {
  lines: { product: ShopProduct; quantity: number }[];
  total: number;
  /** Set after an add or remove, to show the notice a shop shows. */
  notice?: string;
}

/** Each shop's own look and its own listing URLs; product, cart and image routes are shared. */
export interface ShopTheme {
  cartCookie: string;
  /** WooCommerce's `?add-to-cart=ID` on any URL and `?remove_item=ID` on the cart (shop1). */
  wooCartParams?: boolean;
  renderProduct(site: ShopSite, product: ShopProduct, notice?: string): string;
  renderCart(site: ShopSite, view: CartView): string;
  renderNotFound(site: ShopSite, what: string): string;
  /** Home, search, category and any API routes of this shop. */
  addRoutes(router: Router, site: ShopSite): void;
}

export const productPath = (product: ShopProduct): string => `/product/${product.slug}/`;
export const imagePath = (product: ShopProduct): string => `/media/${product.imageKey ?? `product-${product.id}`}.svg`;
