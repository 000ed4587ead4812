/** Reads the picked products' pages after the run, in Node, with the project's product reader. */
import { parseHTML } from 'linkedom';
import { readProductPage } from '../../agents/page';
import type { ProductRecord } from '../../agents/page/types';
import type { ProductFacts } from './types';

export function factsOfProduct(record: ProductRecord): ProductFacts {
  return {
    url: record.url,
    name: record.name ?? '',
    brand: record.brand,
    price: record.price,
    inStock: record.availability === undefined ? undefined : record.availability === 'InStock' || record.availability === 'LimitedAvailability',
    text: [record.description ?? '', ...Object.entries(record.specs).map(([k, v]) => `${k} ${v}`)].join(' '),
    categories: record.categories,
  };
}

export async function readProductFacts(url: string): Promise<ProductFacts | { url: string; error: string }> {
  const response = await fetch(url).catch((e: Error) => ({ ok: false, status: 0, statusText: e.message, text: async () => '' }) as const);
  if (!response.ok) return { url, error: `HTTP ${response.status} ${response.statusText}` };
  const { document } = parseHTML(await response.text());
  const record = readProductPage(document as unknown as Document, url);
  if (!record.name) return { url, error: 'the product reader found no product name on the page' };
  return factsOfProduct(record);
}
