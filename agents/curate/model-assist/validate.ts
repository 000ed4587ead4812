/**
 * The model's JSON is checked entry by entry before anything is used: an unknown id, a verdict
 * outside pass/fail/unknown or a pass without a reason is dropped, so a broken or injected answer
 * can leave a wish unknown but never make up a pass.
 */
import { parseModelJson } from '../../llm/json-text';
import type { FreeTextJudgement } from './types';

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
