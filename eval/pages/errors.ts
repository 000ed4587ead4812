/**
 * Per-page error list for tuning the page reader (`--errors`, Node only): for every attribute the
 * reader got wrong, what it answered, what the gold says, which source decided, and what each source
 * on the page said, so a miss can be traced to its cause rather than patched by its symptom.
 */
import { parseHTML } from 'linkedom';
import { readLayout } from '../../agents/page/dom/layout';
import { readProductSources } from '../../agents/page/product/sources';
import { readProductPage } from '../../agents/page/product/read-product';
import { decodeHtml, type SnapshotPage } from './dataset';
import { ATTRIBUTES, countPage, type Prediction } from './score';

const show = (value: unknown): string => (value === undefined ? '-' : JSON.stringify(value));

/** Lines describing every wrong or missing attribute of one page. */
export function pageErrors(page: SnapshotPage): string[] {
  const doc = parseHTML(decodeHtml(page.html)).document as unknown as Document;
  const url = page.gold.url;
  const record = readProductPage(doc, url);
  const prediction: Prediction = { price: record.price, sku: record.sku, availability: record.availability, currency: record.currency, brand: record.brand };
  const lines: string[] = [];
  let sources: ReturnType<typeof readProductSources> | undefined;
  for (const attribute of ATTRIBUTES) {
    const right = countPage(attribute, prediction, page.gold, { tp: 0, fp: 0, fn: 0 });
    if (right !== false) continue;
    sources ??= readProductSources(doc, url, readLayout(doc));
    const said = sources.facts
      .map(({ source, facts }) => `${source}=${show(facts[attribute])}`)
      .filter((s) => !s.endsWith('=-'))
      .join(' ');
    lines.push(`  ${attribute.padEnd(12)} got ${show(prediction[attribute])} (${record.sources[attribute] ?? 'none'}) want ${show(page.gold[attribute])} | ${said || 'no source'}`);
  }
  return lines.length ? [`${page.id.slice(0, 8)} ${url.slice(0, 90)}`, ...lines] : [];
}

export function printErrors(pages: SnapshotPage[]): void {
  for (const page of pages) for (const line of pageErrors(page)) console.log(line);
}
