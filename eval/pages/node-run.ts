/** Quick iteration mode: the same readers over linkedom in Node (reported numbers come from Chromium). */
import { parseHTML } from 'linkedom';
import { readProductPage } from '../../agents/page/product/read-product';
import { decodeHtml, type SnapshotPage } from './dataset';
import type { Prediction } from './score';

export interface PageResult {
  id: string;
  prediction: Prediction;
  ms: number;
}

export function runInNode(pages: SnapshotPage[]): PageResult[] {
  return pages.map((page) => {
    const { document } = parseHTML(decodeHtml(page.html));
    const start = performance.now();
    const record = readProductPage(document as unknown as Document, page.gold.url);
    const ms = performance.now() - start;
    const { price, sku, availability, currency, brand } = record;
    return { id: page.id, prediction: { price, sku, availability, currency, brand }, ms };
  });
}
