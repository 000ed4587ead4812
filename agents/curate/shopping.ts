/**
 * The shopping agent, one explicit step at a time: classify the request, read quoted products,
 * build the checklist, search every site (bounded, each with a deadline), open the product pages
 * that decide something, verify, select by the request's shape, explain, and add to cart if asked.
 */
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import type { ProductRecord } from '../page/types';
import type { SiteRef } from '../sites/types';
import { deadline, mapLimit } from './bounded';
import { explainPick } from './explain';
import { matchesSubject, productKey } from './product-match';
import { planQueries } from './query-plan';
import { selectOffers, type Candidate } from './rank';
import { compatibleItems, substituteItems, substituteSubjects } from './reference';
import { classifyRequest } from './request-shape';
import { requirementItems, subjectColours } from './requirements';
import { searchSite } from './site-search';
import type { CurateOptions, CurationResult, Decision, Offer, SiteReport } from './types';
import { cardRecord, readProducts } from './product-reads';

/** Intent categories reliable enough to be hard constraints when they come from the extractor. */
const HARD_FROM_INTENTS = new Set(['price-at-most', 'price-at-least', 'brand-is-not', 'rating-at-least', 'in-stock']);

export async function curateShopping(opts: CurateOptions): Promise<CurationResult> {
  const { request, visitor, signal } = opts;
  const shape = classifyRequest(request.text);
  const decisions: Decision[] = [{ what: `request shape: ${shape.mode}${shape.cheapest ? ', cheapest' : ''}`, engine: 'rules' }];
  const notes: string[] = [];
  const seenReads = new Set<string>();

  // Step 1: products quoted in the request are read before anything else.
  const references: ProductRecord[] = [];
  for (const url of shape.productUrls) {
    seenReads.add(url);
    const page = await visitor.read(url, signal).catch((e: unknown) => ({ kind: 'unknown' as const, url, reason: String(e) }));
    if (page.kind === 'product') references.push(page.product);
    else notes.push(`Could not read the product at ${url}; answered from the request text alone.`);
  }

  // Step 2: the checklist: request intents (extractor), requirement clauses, quoted products, profile.
  const fromIntents = buildChecklist(request, opts.profile).map((i): ChecklistItem =>
    i.origin === 'request' && !HARD_FROM_INTENTS.has(i.kind) ? { ...i, hard: false } : i);
  let subjects = shape.subjects;
  const shapeItems: ChecklistItem[] = [...requirementItems(shape.requirements), ...subjects.flatMap(subjectColours)];
  if (shape.mode === 'substitute' && references[0]) {
    subjects = substituteSubjects(references[0]);
    shapeItems.push(...substituteItems(references[0], shape));
  } else if (shape.mode === 'compatible' && references[0]) {
    shapeItems.push(...compatibleItems(references[0], subjects));
  }
  const checklist = dedupe([...shapeItems, ...fromIntents]);
  decisions.push({ what: 'checklist from requirement clauses', engine: 'rules' }, { what: 'checklist from intents', engine: request.engine });

  // Step 3: search every site, a few at a time; a failing site is reported and skipped.
  const brand = checklist.find((i) => i.kind === 'brand-is' && i.hard)?.kind === 'brand-is'
    ? (checklist.find((i) => i.kind === 'brand-is' && i.hard) as { brand: string }).brand : undefined;
  const plans = (subjects.length ? subjects : [request.text]).map((s) => planQueries(s, brand));
  decisions.push({ what: `queries: ${plans.map((p) => p.join(' | ')).join(' ; ')}`, engine: 'rules' });
  const seenQueries = new Set<string>();
  const perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 3, (site) => visitSite(site, plans, subjects, checklist, seenQueries, seenReads, opts));
  const candidates = perSite.flatMap((s) => s.candidates).filter((c) => !shape.productUrls.includes(c.offer.record.url) || shape.mode === 'offers');

  // Step 4: select by shape, explain, act.
  const { picks, leftOut } = selectOffers(candidates, shape);
  const siteNames = new Map(opts.sites.map((s) => [s.id, s.name]));
  const siteName = (id: string) => siteNames.get(id) ?? id;
  decisions.push({ what: 'verification, selection and ranking', engine: 'rules' });
  const result: CurationResult = {
    shape: shape.mode + (shape.cheapest ? '+cheapest' : ''),
    checklist,
    picks: picks.map((c) => ({ offer: c.offer, verdicts: c.verdicts, explanation: explainPick(c, shape, picks, siteName) })),
    leftOut: shape.explainLeftOut ? leftOut : [],
    sites: perSite.map((s) => s.report),
    decisions,
    notes,
  };
  if ((shape.addToCart || opts.addToCart) && result.picks.length) {
    if (!visitor.addToCart) notes.push('This site visitor cannot add to cart; the picks are listed for you to add.');
    else for (const pick of result.picks) {
      pick.cart = await visitor.addToCart(pick.offer.record.url, signal).catch((e: unknown) => ({ ok: false, message: `Adding to cart failed: ${String(e)}` }));
    }
  }
  return result;
}

async function visitSite(site: SiteRef, plans: string[][], subjects: string[], checklist: ChecklistItem[], seenQueries: Set<string>, seenReads: Set<string>, opts: CurateOptions)
  : Promise<{ candidates: Candidate[]; report: SiteReport }> {
  const { signal, dispose } = deadline(opts.signal, opts.siteTimeoutMs ?? 60_000, site.name);
  const queries: string[] = [];
  try {
    const found = await searchSite(site, plans, { visitor: opts.visitor, signal, onProgress: opts.onProgress, seen: seenQueries, maxPages: 8 });
    queries.push(...found.queries);
    const matching = found.cards.filter((c) => !subjects.length || subjects.some((s) => matchesSubject(c.name, s)));
    const records = await readProducts(matching.map(cardRecord), checklist, opts.visitor, signal, seenReads);
    const candidates = records.map(({ record, readInFull }): Candidate => {
      const offer: Offer = { site: site.id, record, productKey: productKey(record.name ?? record.url), readInFull };
      return { offer, verdicts: verifyChecklist(checklist, record) };
    });
    opts.onProgress?.({ site: site.id, status: 'done', items: found.cards.length });
    return { candidates, report: { site: site.id, status: 'done', queries, itemsRead: found.cards.length } };
  } catch (e) {
    const message = `${site.name}: ${e instanceof Error ? e.message : String(e)}`;
    opts.onProgress?.({ site: site.id, status: 'failed', message });
    return { candidates: [], report: { site: site.id, status: 'failed', message, queries, itemsRead: 0 } };
  } finally {
    dispose();
  }
}

function dedupe(items: ChecklistItem[]): ChecklistItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
