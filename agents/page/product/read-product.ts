/**
 * readProductPage: every field from the most trusted source that states it, with the source recorded.
 * A field no source states stays undefined: an honest "not found".
 */
import { specsFromLabels } from '../dom/identifiers';
import { readLayout } from '../dom/layout';
import type { ProductFacts } from '../structured/types';
import type { ProductRecord } from '../types';
import { resolvePriceConflict, resolveSkuConflict } from './conflicts';
import { breadcrumbs, readOptions } from './extras';
import { readProductSources, type ProductSources } from './sources';

const MERGED_FIELDS = ['name', 'price', 'regularPrice', 'currency', 'availability', 'sku', 'brand', 'mpn', 'gtin', 'rating', 'reviewCount', 'description'] as const;

function merge(doc: Document, sources: ProductSources, record: ProductRecord): void {
  const target = record as unknown as Record<string, unknown>;
  for (const field of MERGED_FIELDS) {
    for (const { source, facts } of sources.facts) {
      const value = facts[field as keyof ProductFacts];
      if (value === undefined || value === '' || (typeof value === 'number' && !Number.isFinite(value))) continue;
      target[field] = value;
      record.sources[field] = source;
      break;
    }
  }
  resolvePriceConflict(sources, record);
  resolveSkuConflict(doc, sources, record);
  // A regular price only means something next to the price it was shown with.
  if (record.regularPrice !== undefined && (record.price === undefined || record.regularPrice <= record.price)) {
    delete record.regularPrice;
    delete record.sources.regularPrice;
  }
  record.images = Array.from(new Set(sources.facts.flatMap((f) => f.facts.images ?? []))).slice(0, 20);
}

function confidenceOf(record: ProductRecord, sources: ProductSources, hasBuyButton: boolean): number {
  let confidence = sources.declared ? 0.6 : 0.2;
  // A buy button is what makes a page with a price a product page rather than an article.
  if (hasBuyButton) confidence += 0.1;
  if (record.price !== undefined) confidence += record.sources.price === 'dom' ? 0.15 : 0.25;
  if (record.name) confidence += 0.05;
  if (record.sku || record.gtin || record.mpn) confidence += 0.05;
  if (record.availability) confidence += 0.05;
  return Math.min(1, Math.round(confidence * 100) / 100);
}

export function readProductPage(doc: Document, url: string): ProductRecord {
  const record: ProductRecord = { url, images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 0 };
  try {
    const layout = readLayout(doc);
    const sources = readProductSources(doc, url, layout);
    merge(doc, sources, record);
    record.specs = specsFromLabels(sources.labels);
    record.categories = breadcrumbs(doc, sources.jsonLd);
    record.options = readOptions(doc, layout);
    record.confidence = confidenceOf(record, sources, layout.buyButton !== undefined);
  } catch {
    // Pages are hostile input: a reader bug on one page must not break a whole run.
    record.confidence = 0;
  }
  return record;
}
