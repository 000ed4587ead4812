/** Listing cards as records, and opening only the product pages whose reading can change a verdict. */
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import type { ListingCard, ProductRecord } from '../page/types';
import type { SiteVisitor } from '../sites/types';
import { raceAbort } from './bounded';
import { productKey } from './product-match';
import type { Candidate } from './rank';

const MAX_READS_PER_SITE = 60;

export function cardRecord(card: ListingCard): ProductRecord {
  return {
    url: card.url, name: card.name, price: card.price, regularPrice: card.regularPrice, currency: card.currency,
    availability: card.availability, images: card.image ? [card.image] : [], categories: [], specs: {}, options: {},
    sources: { name: 'dom', price: 'dom' }, confidence: 0.5,
  };
}

export async function readProducts(cards: ProductRecord[], checklist: ChecklistItem[], visitor: SiteVisitor, signal: AbortSignal, seen: Set<string>, needsPage?: (card: ProductRecord) => boolean)
  : Promise<{ record: ProductRecord; readInFull: boolean }[]> {
  const out: { record: ProductRecord; readInFull: boolean }[] = [];
  let reads = 0;
  for (const card of cards) {
    const undecided = verifyChecklist(checklist, card).some((v) => v.hard && v.status === 'unknown' && v.kind !== 'free-text') || needsPage?.(card) === true;
    const hardFail = verifyChecklist(checklist, card).some((v) => v.hard && v.status === 'fail' && v.evidence?.field === 'name');
    if (!undecided || hardFail || reads >= MAX_READS_PER_SITE || seen.has(card.url)) {
      out.push({ record: card, readInFull: false });
      continue;
    }
    seen.add(card.url);
    reads++;
    const page = await raceAbort(visitor.read(card.url, signal), signal);
    // The listing's price is what the shopper saw next to the name; keep it when the page shows none.
    out.push(page.kind === 'product'
      ? { record: { ...page.product, name: page.product.name ?? card.name, price: page.product.price ?? card.price, url: card.url }, readInFull: true }
      : { record: card, readInFull: false });
  }
  return out;
}

/** A site's matching cards as candidates: read where a page can change a verdict, then checked. */
export async function readCandidates(siteId: string, cards: ListingCard[], checklist: ChecklistItem[], visitor: SiteVisitor, signal: AbortSignal, seen: Set<string>, needsPage?: (card: ProductRecord) => boolean): Promise<Candidate[]> {
  const records = await readProducts(cards.map(cardRecord), checklist, visitor, signal, seen, needsPage);
  return records.map(({ record, readInFull }) => ({
    offer: { site: siteId, record, productKey: productKey(record.name ?? record.url), readInFull },
    verdicts: verifyChecklist(checklist, record),
  }));
}
