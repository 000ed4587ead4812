import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ShopNumber } from './data/webmall';
import type { ShopSite } from './shops/types';
import type { SiteId } from './types';

export interface BuiltSite {
  id: SiteId;
  name: string;
  kind: 'shop' | 'music' | 'pages';
  listener: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  /** Present on shops: the carts and catalogue the benchmark API reads. */
  shop?: ShopSite;
}

export interface BuildOptions {
  data: string;
  changed: boolean;
}

/** Each site is imported only when asked for, so `only: ['shop1']` loads nothing else. */
export async function buildSite(id: SiteId, opts: BuildOptions): Promise<BuiltSite> {
  if (id.startsWith('shop')) {
    const shop = Number(id.slice(4)) as ShopNumber;
    const { createShop } = await import('./shops/shop-site');
    const { themeOf } = await import('./shops/themes');
    const built = createShop(opts.data, shop, themeOf(shop), opts.changed);
    return { id, name: built.site.name, kind: 'shop', listener: built.listener, shop: built.site };
  }
  if (id === 'tunes') {
    const { createTunesSite } = await import('./music/tunes/site');
    return { id, name: 'tunes', kind: 'music', listener: createTunesSite(opts.data, opts.changed) };
  }
  if (id === 'archive') {
    const { createArchiveSite } = await import('./music/archive/site');
    return { id, name: 'archive', kind: 'music', listener: createArchiveSite(opts.data, opts.changed) };
  }
  const { createPagesSite } = await import('./pages/site');
  return { id, name: 'pages', kind: 'pages', listener: createPagesSite(opts.data) };
}
