/**
 * Profile wishes the listing cannot decide ("wifi", "white", "in stock" when the card does not say)
 * are checked on the product pages of the top candidates only: a few reads, best-ranked first, then
 * the candidates are ranked again with what the pages said.
 */
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import type { SiteVisitor } from '../sites/types';
import { raceAbort } from './bounded';
import { compareCandidates, type Candidate } from './rank';

/** Ranks looked at, and pages read at most, per run. */
const TOP_RANKS = 5;
const MAX_READS = 8;

/** The profile's wishes only: an empty profile (or a request alone) costs no page reads. */
export async function readTopCandidates(candidates: Candidate[], checklist: ChecklistItem[], visitor: SiteVisitor, signal: AbortSignal | undefined, seen: Set<string>)
  : Promise<Candidate[]> {
  const wishes = new Set(checklist.filter((i) => i.origin === 'profile' && !i.hard && i.kind !== 'free-text').map((i) => i.id));
  const undecidedWish = (c: Candidate) => c.verdicts.some((v) => wishes.has(v.itemId) && v.status === 'unknown');
  let pool = [...candidates].sort(compareCandidates);
  if (!wishes.size) return pool;
  let reads = 0;
  for (;;) {
    const next = pool.slice(0, TOP_RANKS).find((c) => !c.offer.readInFull && !seen.has(c.offer.record.url) && undecidedWish(c));
    if (!next || reads >= MAX_READS) return pool;
    const card = next.offer.record;
    seen.add(card.url);
    reads++;
    const reading = visitor.read(card.url, signal);
    // A page that fails to load leaves the listing's verdicts; a cancelled run stops here.
    const page = await (signal ? raceAbort(reading, signal) : reading).catch((e: unknown) => {
      if (signal?.aborted) throw e;
      return undefined;
    });
    if (page?.kind !== 'product') continue;
    // The listing's price is what the shopper saw next to the name; keep it when the page shows none.
    const record = { ...page.product, name: page.product.name ?? card.name, price: page.product.price ?? card.price, url: card.url };
    const read: Candidate = { ...next, offer: { ...next.offer, record, readInFull: true }, verdicts: verifyChecklist(checklist, record) };
    pool = pool.map((c) => (c === next ? read : c)).sort(compareCandidates);
  }
}
