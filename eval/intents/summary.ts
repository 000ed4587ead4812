/**
 * The music summary both eval:intents and eval:intents:cv print: exact and partial P/R/F1 overall,
 * per category and per role, the time per request, and with --json one JSON object as the last line.
 */
import type { MusicScore, Prf } from './types';

export const round = (n: number): number => Math.round(n * 1000) / 1000;
export const short = (x: Prf) => ({ p: round(x.p), r: round(x.r), f1: round(x.f1) });
export const line = (label: string, x: Prf): string => `${label.padEnd(28)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (tp ${x.tp}, pred ${x.predicted}, gold ${x.gold})`;

/** `extra` lines are printed after the scores and their fields added to the JSON line (the kind figure). */
export function printMusicSummary(header: string, s: MusicScore, ms: number, asJson: boolean, extra?: { lines: string[]; json: Record<string, unknown> }): void {
  console.log(header);
  console.log(line('exact', s.exact));
  console.log(line('partial', s.partial));
  for (const [c, v] of Object.entries(s.byCategory)) console.log(`${line(`  ${c} exact`, v.exact)}\n${line(`  ${c} partial`, v.partial)}`);
  for (const [r, v] of Object.entries(s.byRole)) console.log(`${line(`  role ${r} exact`, v.exact)}\n${line(`  role ${r} partial`, v.partial)}`);
  console.log(`ms per request: ${ms.toFixed(3)}`);
  for (const l of extra?.lines ?? []) console.log(l);
  if (asJson) {
    const by = (o: MusicScore['byCategory']) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { exact: short(v.exact), partial: short(v.partial) }]));
    console.log(JSON.stringify({ exact: short(s.exact), partial: short(s.partial), byCategory: by(s.byCategory), byRole: by(s.byRole), msPerRequest: round(ms), ...extra?.json }));
  }
}

/** Mean P, R and F1 over folds (counts are summed), per overall, category and role. */
export function averageScores(scores: MusicScore[]): MusicScore {
  const mean = (xs: Prf[]): Prf => {
    const avg = (k: 'p' | 'r' | 'f1'): number => xs.reduce((a, x) => a + x[k], 0) / Math.max(1, xs.length);
    const sum = (k: 'tp' | 'predicted' | 'gold'): number => xs.reduce((a, x) => a + x[k], 0);
    return { p: avg('p'), r: avg('r'), f1: avg('f1'), tp: sum('tp'), predicted: sum('predicted'), gold: sum('gold') };
  };
  const group = (pick: (s: MusicScore) => MusicScore['byCategory']): MusicScore['byCategory'] => {
    const keys = [...new Set(scores.flatMap((s) => Object.keys(pick(s))))].sort();
    // A fold without a category scores 0 there; counting it keeps the mean honest for rare categories.
    const at = (k: string, v: 'exact' | 'partial'): Prf[] => scores.map((s) => pick(s)[k]?.[v] ?? { p: 0, r: 0, f1: 0, tp: 0, predicted: 0, gold: 0 });
    return Object.fromEntries(keys.map((k) => [k, { exact: mean(at(k, 'exact')), partial: mean(at(k, 'partial')) }]));
  };
  return {
    exact: mean(scores.map((s) => s.exact)), partial: mean(scores.map((s) => s.partial)),
    byCategory: group((s) => s.byCategory), byRole: group((s) => s.byRole),
  };
}
