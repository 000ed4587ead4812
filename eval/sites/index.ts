/**
 * The local web: four WebMall shops, two music sites and a product-page server on 127.0.0.1, each on
 * its own free port. Used by tests, the extension e2e tests and the benchmark runners.
 */
import { productPath } from './shops/types';
import { listenSite, type ListeningServer } from './core/server';
import { buildSite, type BuiltSite } from './site-registry';
import { ALL_SITE_IDS, type RunningSite, type RunningSites, type SiteId, type StartSitesOptions } from './types';

export type { CartLine, FaultOptions, RunningSite, RunningSites, SiteId, StartSitesOptions } from './types';
export { ALL_SITE_IDS } from './types';

export async function startSites(opts: StartSitesOptions): Promise<RunningSites> {
  const ids = opts.only?.length ? ALL_SITE_IDS.filter((id) => opts.only!.includes(id)) : [...ALL_SITE_IDS];
  const unknown = (opts.only ?? []).filter((id) => !ALL_SITE_IDS.includes(id));
  if (unknown.length) throw new Error(`Unknown site id(s) ${unknown.join(', ')}; known: ${ALL_SITE_IDS.join(', ')}.`);
  const host = opts.host ?? '127.0.0.1';
  const built = new Map<SiteId, BuiltSite>();
  const servers: ListeningServer[] = [];
  const sites = {} as Record<SiteId, RunningSite>;
  try {
    for (const id of ids) {
      const faults = opts.faults?.[id];
      const site = await buildSite(id, { data: opts.data, changed: faults?.markupVariant === 'changed' });
      const server = await listenSite(site.listener, host, faults);
      servers.push(server);
      built.set(id, site);
      sites[id] = { id, name: site.name, kind: site.kind, baseUrl: server.baseUrl };
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }

  const shopOf = (shop: 1 | 2 | 3 | 4) => {
    const id = `shop${shop}` as SiteId;
    const site = built.get(id)?.shop;
    if (!site) throw new Error(`Shop ${shop} is not running; start it with only: [..., '${id}'] (or leave "only" out).`);
    return { site, baseUrl: sites[id].baseUrl };
  };

  return {
    sites,
    productUrl(shop, productId) {
      const { site, baseUrl } = shopOf(shop);
      const product = site.catalog.byId.get(String(productId));
      if (!product) throw new Error(`Shop ${shop} (${site.name}) has no product with id ${productId}; ids come from webmall/shop${shop}.csv.`);
      return baseUrl + productPath(product);
    },
    async cartOf(shop) {
      const { site, baseUrl } = shopOf(shop);
      return site.cart.merged((productId) => {
        const product = site.catalog.byId.get(productId);
        return product ? baseUrl + productPath(product) : `${baseUrl}/?p=${productId}`;
      });
    },
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
