/**
 * Scoring and printing for the Node proxy run (node-run.ts): per task P/R/F1/completion with what was
 * answered, missed and extra (offer keys and titles), then per category and overall.
 */
import { loadShopProducts, type ShopNumber } from '../sites/data/webmall';
import { productPath } from '../sites/shops/types';
import { median } from '../report/summarise';
import { goldKeys } from './gold';
import { answerOffers, canonicalOffer, scoreOffers } from './score';
import type { GoldOffer, OfferScore } from './types';

export interface NodeAnswer {
  id: string;
  category: string;
  request: string;
  urls: string[];
  /** The quoted products' own URLs (shown above the picks): part of the answer, as in WebMall's gold. */
  referenceUrls?: string[];
  seconds: number;
  pagesLoaded: number;
  error?: string;
}

export interface NodeRow extends NodeAnswer {
  /** The answer: the picks plus the quoted products' own offers (WebMall's compatible/substitute gold lists them). */
  score: OfferScore;
  /** The picks alone, without the quoted offers: the figure this project headlined until 2026-12-07. */
  scorePicksOnly: OfferScore;
  answered: string[];
  /** The quoted products' offer keys the picks did not hold (part of answered). */
  referenced: string[];
  missed: string[];
  extra: string[];
  /** Gold offers on shops the proxy cannot read, left out of the score. */
  unreadableGold: number;
}

export function scoreNodeAnswers(answers: NodeAnswer[], gold: Map<string, GoldOffer[]>, sitesData: string, siteBases: Record<string, string>, readable: readonly number[]): NodeRow[] {
  return answers.map((a) => {
    const all = gold.get(a.id) ?? [];
    const kept = all.filter((g) => readable.includes(g.shop));
    const expected = goldKeys(sitesData, kept);
    const picks = [...new Set(a.urls.map((u) => canonicalOffer(u, siteBases)))];
    const answered = answerOffers(picks, (a.referenceUrls ?? []).map((u) => canonicalOffer(u, siteBases)));
    return {
      ...a,
      score: scoreOffers(answered, expected),
      scorePicksOnly: scoreOffers(picks, expected),
      answered,
      referenced: answered.filter((k) => !picks.includes(k)),
      missed: expected.filter((e) => !answered.includes(e)),
      extra: answered.filter((r) => !expected.includes(r)),
      unreadableGold: all.length - kept.length,
    };
  });
}

/** "shop2/product/slug/" -> the product's title, for readable output. */
function titleLookup(sitesData: string): (key: string) => string {
  const titles = new Map<string, string>();
  for (const shop of [1, 2, 3, 4] as ShopNumber[]) {
    for (const p of loadShopProducts(sitesData, shop)) titles.set(`shop${shop}${productPath(p)}`.toLowerCase(), p.name);
  }
  return (key) => `${key} (${titles.get(key) ?? '?'})`;
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export interface NodeSummary {
  overall: Record<string, number>;
  categories: Record<string, Record<string, number>>;
  /** The same answers scored on the picks alone, without the quoted offers. */
  picksOnly: { f1: number; completion: number };
  /** One row per task, so a subset (tasks with an unused offer, one category) can be scored from the JSON. */
  tasks: NodeTaskSummary[];
}

export interface NodeTaskSummary {
  id: string;
  category: string;
  completion: number;
  /** Precision and recall beside F1: whether a failed task answered too much or too little. */
  precision: number;
  recall: number;
  f1: number;
  completionPicksOnly: number;
  f1PicksOnly: number;
  seconds: number;
  pagesLoaded: number;
  error?: string;
}

/** The run's figures: per category, overall, on the picks alone, and per task. */
export function nodeSummary(rows: readonly NodeRow[]): NodeSummary {
  const categories: NodeSummary['categories'] = {};
  for (const c of [...new Set(rows.map((r) => r.category))].sort()) categories[c] = aggregate(rows.filter((r) => r.category === c));
  return {
    overall: aggregate(rows),
    categories,
    picksOnly: { f1: avg(rows.map((r) => r.scorePicksOnly.f1)), completion: avg(rows.map((r) => r.scorePicksOnly.completion)) },
    tasks: rows.map((r) => ({
      id: r.id,
      category: r.category,
      completion: r.score.completion,
      precision: r.score.precision,
      recall: r.score.recall,
      f1: r.score.f1,
      completionPicksOnly: r.scorePicksOnly.completion,
      f1PicksOnly: r.scorePicksOnly.f1,
      seconds: r.seconds,
      pagesLoaded: r.pagesLoaded,
      ...(r.error ? { error: r.error } : {}),
    })),
  };
}

function aggregate(rows: readonly NodeRow[]): Record<string, number> {
  return {
    n: rows.length,
    precision: avg(rows.map((r) => r.score.precision)),
    recall: avg(rows.map((r) => r.score.recall)),
    f1: avg(rows.map((r) => r.score.f1)),
    completion: avg(rows.map((r) => r.score.completion)),
    medianSeconds: median(rows.map((r) => r.seconds)),
    pagesPerTask: avg(rows.map((r) => r.pagesLoaded)),
  };
}

export function printNodeRun(rows: NodeRow[], sitesData: string): NodeSummary {
  const title = titleLookup(sitesData);
  const f = (x: number) => x.toFixed(3);
  for (const r of rows) {
    console.log(`\n${r.score.completion ? 'PASS' : 'FAIL'} ${r.id}  P ${f(r.score.precision)} R ${f(r.score.recall)} F1 ${f(r.score.f1)}  ${r.seconds.toFixed(1)} s, ${r.pagesLoaded} pages${r.unreadableGold ? `, ${r.unreadableGold} gold offer(s) on shop 3 not scored` : ''}`);
    console.log(`  request: ${r.request}`);
    if (r.error) console.log(`  error: ${r.error}`);
    for (const k of r.answered) console.log(`  ${r.extra.includes(k) ? 'extra ' : 'ok    '} ${title(k)}${r.referenced.includes(k) ? ' (quoted)' : ''}`);
    for (const k of r.missed) console.log(`  missed ${title(k)}`);
  }
  const summary = nodeSummary(rows);
  const { categories, overall, picksOnly } = summary;
  console.log('\ncategory (n)                          P      R      F1     compl  median s  pages');
  const line = (name: string, m: Record<string, number>) => console.log(`${`${name} (${m['n']})`.padEnd(36)} ${f(m['precision']!)}  ${f(m['recall']!)}  ${f(m['f1']!)}  ${f(m['completion']!)}  ${m['medianSeconds']!.toFixed(2).padStart(7)}  ${m['pagesPerTask']!.toFixed(1)}`);
  for (const [c, m] of Object.entries(categories)) line(c, m);
  line('overall', overall);
  console.log(`picks alone (without the quoted product's offer): F1 ${f(picksOnly.f1)}, completion ${f(picksOnly.completion)}`);
  for (const [c, m] of Object.entries(categories)) {
    const of = rows.filter((r) => r.category === c);
    const picks = { f1: avg(of.map((r) => r.scorePicksOnly.f1)), completion: avg(of.map((r) => r.scorePicksOnly.completion)) };
    if (picks.f1 !== m['f1']) console.log(`  ${c}: F1 ${f(picks.f1)}, completion ${f(picks.completion)} on the picks alone`);
  }
  return summary;
}
