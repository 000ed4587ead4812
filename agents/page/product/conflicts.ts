/**
 * When sources disagree: markup is trusted first (product/sources.ts), but what the page shows the
 * shopper can overrule it, by rules that hold on any shop.
 */
import { skuFromLeadingLabel, skuFromMarkup } from '../dom/sku';
import { pageShows } from '../dom/text-nodes';
import type { ProductRecord } from '../types';
import type { ProductSources } from './sources';

const same = (a: number | undefined, b: number | undefined): boolean => a !== undefined && b !== undefined && Math.abs(a - b) < 0.005;

/**
 * Markup is trusted first, but the page the shopper sees can overrule it: when the marked-up price is
 * the one the page shows struck through beside a lower price, the markup states the old price (a sale
 * the markup was not updated for); when the page's meta tags and its text agree on one price and the
 * markup says another, two independent witnesses outvote one. Among several marked-up offers, the one
 * the page shows wins.
 */
export function resolvePriceConflict(sources: ProductSources, record: ProductRecord): void {
  if (record.price === undefined || record.sources.price === 'dom') return;
  const dom = sources.facts.find((f) => f.source === 'dom')?.facts;
  const meta = sources.facts.find((f) => f.source === 'opengraph')?.facts;
  if (!dom?.price || same(dom.price, record.price)) return;
  // Several offers (variants, sellers, a stale hidden copy): the one the page shows is the product's.
  const winner = sources.facts.find((f) => f.source === record.sources.price)?.facts;
  if (winner?.offerPrices?.some((p) => same(p, dom.price))) {
    record.price = dom.price;
    return;
  }
  const struckInPage = same(dom.regularPrice, record.price) && dom.price < record.price;
  const outvoted = record.sources.price !== 'opengraph' && same(meta?.price, dom.price);
  if (!struckInPage && !outvoted) return;
  if (struckInPage) record.regularPrice = record.price;
  record.price = dom.price;
  record.sources.price = 'dom';
}

/**
 * The SKU a shopper can see beats one only the markup states: when the marked-up SKU appears nowhere
 * in the page text (an internal variant id) and the page shows a labelled item number, that is the
 * shop's SKU as the shop presents it.
 */
export function resolveSkuConflict(doc: Document, sources: ProductSources, record: ProductRecord): void {
  if (record.sources.sku === 'dom' || (record.sku && pageShows(doc, record.sku))) return;
  // Searched only now: most pages state a SKU they also show, and these scans cost time on big pages.
  const shown = sources.facts.find((f) => f.source === 'dom')?.facts.sku ?? skuFromLeadingLabel(doc) ?? skuFromMarkup(doc);
  if (!shown || shown === record.sku) return;
  record.sku = shown;
  record.sources.sku = 'dom';
}
