import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, visitorId } from '../core/cookies';
import { placeholderSvg } from '../core/placeholder';
import { readForm, redirect, send, sendHtml, sendJson } from '../core/respond';
import { Router, type RequestContext } from '../core/router';
import { loadShopProducts, SHOP_NAMES, type ShopNumber } from '../data/webmall';
import { CartStore } from './cart';
import { ShopCatalog } from './catalog';
import { productPath, type CartView, type ShopSite, type ShopTheme } from './types';

export interface ShopServer {
  site: ShopSite;
  listener: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

/** Builds one shop: shared product, cart and image routes plus the theme's own pages. */
export function createShop(dataDir: string, shop: ShopNumber, theme: ShopTheme, changed: boolean): ShopServer {
  const catalog = new ShopCatalog(loadShopProducts(dataDir, shop));
  const site: ShopSite = { shop, name: SHOP_NAMES[shop], catalog, cart: new CartStore(), changed };
  const router = new Router();
  const visitor = (ctx: RequestContext) => visitorId(ctx, theme.cartCookie);

  const cartView = (ctx: RequestContext, notice?: string): CartView => {
    const lines = site.cart
      .lines(visitor(ctx))
      .flatMap(({ productId, quantity }) => {
        const product = catalog.byId.get(productId);
        return product ? [{ product, quantity }] : [];
      });
    const total = lines.reduce((sum, l) => sum + (l.product.price ?? 0) * l.quantity, 0);
    return { lines, total: Math.round(total * 100) / 100, notice };
  };

  const addToCart = (ctx: RequestContext, productId: string, quantity: number): boolean => {
    if (!catalog.byId.has(productId) || catalog.byId.get(productId)!.price === undefined) return false;
    site.cart.add(visitor(ctx), productId, quantity);
    return true;
  };

  router.get('/product/:slug/', ({ res, params }) => {
    const product = catalog.bySlug.get(params['slug']!);
    if (!product) return sendHtml(res, theme.renderNotFound(site, `No product at /product/${params['slug']}/`), 404);
    sendHtml(res, theme.renderProduct(site, product));
  });

  // WooCommerce's product form posts "add-to-cart" to the product URL itself.
  router.post('/product/:slug/', async (ctx) => {
    const form = await readForm(ctx.req);
    const product = catalog.bySlug.get(ctx.params['slug']!);
    if (!product) return sendHtml(ctx.res, theme.renderNotFound(site, 'That product no longer exists.'), 404);
    const added = addToCart(ctx, form.get('add-to-cart') ?? product.id, Number(form.get('quantity') ?? 1));
    sendHtml(ctx.res, theme.renderProduct(site, product, added ? `“${product.name}” has been added to your cart.` : 'This product cannot be purchased.'));
  });

  router.post('/cart/add', async (ctx) => {
    const form = await readForm(ctx.req);
    const productId = form.get('product_id') ?? form.get('add-to-cart') ?? '';
    if (!addToCart(ctx, productId, Number(form.get('quantity') ?? 1))) {
      return sendHtml(ctx.res, theme.renderNotFound(site, `No purchasable product with id ${productId}.`), 404);
    }
    if ((ctx.req.headers.accept ?? '').includes('application/json')) return sendJson(ctx.res, { ok: true, cart: cartJson(ctx) });
    redirect(ctx.res, '/cart/?added=' + encodeURIComponent(productId));
  });

  router.post('/cart/remove', async (ctx) => {
    const form = await readForm(ctx.req);
    site.cart.remove(visitor(ctx), form.get('product_id') ?? '');
    redirect(ctx.res, '/cart/?removed=' + encodeURIComponent(form.get('product_id') ?? ''));
  });

  router.get('/cart/', (ctx) => {
    const removeItem = theme.wooCartParams ? ctx.url.searchParams.get('remove_item') : null;
    if (removeItem) site.cart.remove(visitor(ctx), removeItem);
    const changedId = removeItem ?? ctx.url.searchParams.get('removed') ?? ctx.url.searchParams.get('added');
    const changedName = changedId ? catalog.byId.get(changedId)?.name : undefined;
    const notice = !changedName ? undefined : ctx.url.searchParams.has('added') ? `“${changedName}” has been added to your cart.` : `“${changedName}” removed.`;
    sendHtml(ctx.res, theme.renderCart(site, cartView(ctx, notice)));
  });

  const cartJson = (ctx: RequestContext) => {
    const view = cartView(ctx);
    return {
      shop: site.name,
      items: view.lines.map(({ product, quantity }) => ({
        productId: product.id,
        url: `http://${ctx.req.headers.host ?? 'localhost'}${productPath(product)}`,
        name: product.name,
        quantity,
        price: product.price,
      })),
      total: view.total,
      currency: 'EUR',
    };
  };
  router.get('/cart.json', (ctx) => sendJson(ctx.res, cartJson(ctx)));

  router.get('/media/:file', ({ res, params }) => {
    const key = params['file']!.replace(/\.svg$/, '');
    send(res, 200, 'image/svg+xml', placeholderSvg(`${site.name} ${key}`));
  });

  theme.addRoutes(router, site);

  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const addParam = theme.wooCartParams && req.method === 'GET' ? url.searchParams.get('add-to-cart') : null;
    if (addParam) {
      const ctx: RequestContext = { req, res, url, params: {}, cookies: parseCookies(req.headers.cookie) };
      addToCart(ctx, addParam, Number(url.searchParams.get('quantity') ?? 1));
      return redirect(res, `/cart/?added=${encodeURIComponent(addParam)}`);
    }
    if (!(await router.handle(req, res, url))) sendHtml(res, theme.renderNotFound(site, `Nothing at ${url.pathname}`), 404);
  };
  return { site, listener };
}
