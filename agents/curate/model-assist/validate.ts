/**
 * The model's JSON is checked entry by entry before anything is used: an unknown id, a verdict
 * outside pass/fail/unknown or a pass without a reason is dropped, so a broken or injected answer
 * can leave a wish unknown but never make up a pass.
 */
import { parseModelJson } from '../../llm/json-text';
import { BEST_PHRASES, type BestWord } from '../../llm/prompts/request-reading';
import type { FreeTextJudgement, RequestReading } from './types';

export type Checked<T> = { ok: true; value: T; dropped: number } | { ok: false; problem: string };

const REASON_CHARS = 200;
const STATUSES = new Set(['pass', 'fail', 'unknown']);

/** `asked` maps the short ids the model saw ("w1") to checklist item ids. */
export function validateJudgements(raw: string, asked: Map<string, string>): Checked<FreeTextJudgement[]> {
  const parsed = parseModelJson(raw);
  if (!parsed.ok) return { ok: false, problem: `the model's answer was not JSON (${parsed.error})` };
  const list = (parsed.value as { judgements?: unknown } | null)?.judgements;
  if (!Array.isArray(list)) return { ok: false, problem: 'the model\'s answer had no "judgements" list' };
  const out: FreeTextJudgement[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const e = (entry ?? {}) as { id?: unknown; verdict?: unknown; reason?: unknown };
    const itemId = typeof e.id === 'string' ? asked.get(e.id.trim()) : undefined;
    const status = typeof e.verdict === 'string' ? e.verdict.trim().toLowerCase() : '';
    const reason = typeof e.reason === 'string' ? e.reason.replace(/\s+/g, ' ').trim().slice(0, REASON_CHARS) : '';
    if (!itemId || seen.has(itemId) || !STATUSES.has(status)) continue;
    // A verdict the model cannot say why about is no verdict.
    if (status !== 'unknown' && !reason) continue;
    seen.add(itemId);
    out.push({ itemId, status: status as FreeTextJudgement['status'], reason: reason || 'the page does not say' });
  }
  if (!out.length && list.length) return { ok: false, problem: 'none of the model\'s judgements fit the schema' };
  return { ok: true, value: out, dropped: list.length - out.length };
}

const MAX_QUERY_CHARS = 80;
const MAX_QUERIES = 3;

/** Short, plain, new queries only: no URLs, no markup, nothing already tried. */
export function validateRewrites(raw: string, tried: string[]): Checked<string[]> {
  const parsed = parseModelJson(raw);
  if (!parsed.ok) return { ok: false, problem: `the model's answer was not JSON (${parsed.error})` };
  const list = (parsed.value as { queries?: unknown } | null)?.queries;
  if (!Array.isArray(list)) return { ok: false, problem: 'the model\'s answer had no "queries" list' };
  const seen = new Set(tried.map((q) => q.trim().toLowerCase()));
  const out: string[] = [];
  for (const q of list) {
    if (typeof q !== 'string') continue;
    const query = q.replace(/\s+/g, ' ').trim();
    const key = query.toLowerCase();
    if (query.length < 2 || query.length > MAX_QUERY_CHARS || /[<>{}]|https?:|www\./i.test(query) || seen.has(key)) continue;
    seen.add(key);
    out.push(query);
    if (out.length === MAX_QUERIES) break;
  }
  return { ok: true, value: out, dropped: list.length - out.length };
}

const MAX_TERM_CHARS = 40;
const MAX_TERMS = 6;

/** Plain words and short terms only ("rotatable", "IP67", "low noise"): no markup, no sentences, no repeats. */
export function validatePageWords(raw: string): Checked<string[]> {
  const parsed = parseModelJson(raw);
  if (!parsed.ok) return { ok: false, problem: `the model's answer was not JSON (${parsed.error})` };
  const list = (parsed.value as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) return { ok: false, problem: 'the model\'s answer had no "terms" list' };
  const out: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const term = t.replace(/\s+/g, ' ').trim();
    // At most three words: a page names a feature in a few; a sentence is the model explaining.
    if (term.length < 2 || term.length > MAX_TERM_CHARS || term.split(' ').length > 3 || !/^[\p{L}\p{N}][\p{L}\p{N} \-+°/.]*$/u.test(term)) continue;
    if (out.some((o) => o.toLowerCase() === term.toLowerCase())) continue;
    out.push(term);
    if (out.length === MAX_TERMS) break;
  }
  return { ok: true, value: out, dropped: list.length - out.length };
}

const MAX_PRODUCT_CHARS = 80;
const MAX_PHRASE_CHARS = 60;
const MAX_PHRASES = 8;
const RELATIONS = new Set<RequestReading['relation']>(['none', 'fits_quoted', 'replaces_quoted']);

/** One short phrase of plain words: no markup, no address, nothing that would close or open a sentence of its own. */
function phrase(value: unknown, maxChars: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').replace(/^[\s,;:.-]+|[\s,;:.]+$/g, '').trim();
  if (!text || text.length > maxChars || /[<>{}\[\]]|https?:|www\.|[.;:!?]\s/i.test(text)) return undefined;
  return text;
}

/**
 * "the plain one without the lighting" as a thing turned down: written back as "not ... without ...", a double negative
 * the rules read as two refusals (no lighting, not that line), the opposite of what was meant. Such a refusal is dropped.
 */
const NEGATED = /\b(?:without|not|no|non|never|nothing|none|except)\b/i;

function phrases(value: unknown, refused = false): { kept: string[]; dropped: number } {
  if (!Array.isArray(value)) return { kept: [], dropped: 0 };
  const kept: string[] = [];
  for (const v of value) {
    const p = phrase(v, MAX_PHRASE_CHARS);
    if (p && refused && NEGATED.test(p)) continue;
    if (p && !kept.some((k) => k.toLowerCase() === p.toLowerCase()) && kept.length < MAX_PHRASES) kept.push(p);
  }
  return { kept, dropped: value.length - kept.length };
}

/**
 * A reading is used whole or not at all: a relation to a quoted product the request does not quote, a
 * product that is no short name, or no product at all where one is needed, and the rules read the
 * request themselves. Needs and refusals that are no short phrase are dropped one by one.
 */
export function validateRequestReading(raw: string, quotedCount: number): Checked<RequestReading> {
  const parsed = parseModelJson(raw);
  if (!parsed.ok) return { ok: false, problem: `the model's answer was not JSON (${parsed.error})` };
  const v = (parsed.value ?? {}) as Record<string, unknown>;
  if (typeof v !== 'object' || Array.isArray(v)) return { ok: false, problem: 'the model\'s answer was no JSON object' };
  const relation = typeof v.relation === 'string' ? v.relation.trim().toLowerCase() as RequestReading['relation'] : 'none';
  if (!RELATIONS.has(relation)) return { ok: false, problem: `the model's answer named an unknown relation "${String(v.relation).slice(0, 30)}"` };
  if (relation !== 'none' && quotedCount === 0) return { ok: false, problem: 'the model read a quoted product the request does not quote' };
  const product = v.product === undefined || v.product === null || v.product === '' ? '' : phrase(v.product, MAX_PRODUCT_CHARS);
  if (product === undefined) return { ok: false, problem: 'the model\'s "product" was no short name' };
  if (!product && relation !== 'replaces_quoted') return { ok: false, problem: 'the model\'s answer named no product' };
  const needs = phrases(v.needs);
  const refuses = phrases(v.refuses, true);
  const best = typeof v.best === 'string' && Object.hasOwn(BEST_PHRASES, v.best.trim()) ? v.best.trim() as BestWord : undefined;
  const price = typeof v.max_price === 'number' && Number.isFinite(v.max_price) && v.max_price > 0 ? v.max_price : undefined;
  return {
    ok: true,
    value: { relation, cheapest: v.cheapest === true, product, needs: needs.kept, refuses: refuses.kept, ...(best ? { best } : {}), ...(price === undefined ? {} : { maxPrice: price }), addToCart: v.add_to_cart === true },
    dropped: needs.dropped + refuses.dropped,
  };
}
