/** Public types of the local web (see index.ts). Other packages code against these: extend only. */

export type SiteId = 'shop1' | 'shop2' | 'shop3' | 'shop4' | 'tunes' | 'archive' | 'pages';

export interface FaultOptions {
  latencyMs?: number;
  /** 0..1: share of requests answered with HTTP 500. */
  errorRate?: number;
  /** Never answer (the connection stays open until the client gives up or the sites close). */
  hang?: boolean;
  /** A redesigned markup with the same data. */
  markupVariant?: 'changed';
  /**
   * Every page but the home page answers 200 with a bot-check interstitial that holds no products,
   * results or tracks: a site whose pages can no longer be read, as after an unannounced redesign.
   */
  interstitial?: boolean;
  /** Seed of the error-rate dice, so a run with faults is repeatable. */
  seed?: number;
}

export interface StartSitesOptions {
  data: string;
  only?: SiteId[];
  faults?: Partial<Record<SiteId, FaultOptions>>;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningSite {
  id: SiteId;
  name: string;
  kind: 'shop' | 'music' | 'pages';
  /** http://127.0.0.1:PORT, each site its own port. */
  baseUrl: string;
}

export interface CartLine {
  productId: string;
  url: string;
  quantity: number;
}

export interface RunningSites {
  /** Only the started ones are present. */
  sites: Record<SiteId, RunningSite>;
  /** Absolute URL of that WebMall product on the local shop. */
  productUrl(shop: 1 | 2 | 3 | 4, productId: string): string;
  /** All visitors' carts merged, for benchmarks. */
  cartOf(shop: 1 | 2 | 3 | 4): Promise<CartLine[]>;
  close(): Promise<void>;
}

export const ALL_SITE_IDS: readonly SiteId[] = ['shop1', 'shop2', 'shop3', 'shop4', 'tunes', 'archive', 'pages'];
