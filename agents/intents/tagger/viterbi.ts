/**
 * Best tag sequence under emission + transition scores. Tags that break BIO ("I-genre" after "O" or
 * after "B-mood") are forbidden, so every decoded span is well formed.
 */
import { parseTag } from './bio';

/** allowed[prev * L + cur]; prev = L is the sequence start. */
export function bioTransitionsAllowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  const parsed = labels.map(parseTag);
  for (let prev = 0; prev <= L; prev++) {
    for (let cur = 0; cur < L; cur++) {
      const c = parsed[cur];
      if (!c || c.prefix === 'B') { allowed[prev * L + cur] = 1; continue; }
      const p = prev < L ? parsed[prev] : undefined;
      allowed[prev * L + cur] = p && p.category === c.category && p.role === c.role ? 1 : 0;
    }
  }
  return allowed;
}

/** emissions: n x L scores; transitions: (L + 1) x L. Returns one label id per token. */
export function viterbi(emissions: Float64Array, n: number, L: number, transitions: ArrayLike<number>, allowed: Uint8Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) score[c] = allowed[L * L + c] ? emissions[c]! + transitions[L * L + c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + c]) continue;
        const s = score[(i - 1) * L + p]! + transitions[p * L + c]!;
        if (s > best) { best = s; arg = p; }
      }
      score[i * L + c] = best + emissions[i * L + c]!;
      back[i * L + c] = arg;
    }
  }
  let arg = 0;
  for (let c = 1; c < L; c++) if (score[(n - 1) * L + c]! > score[(n - 1) * L + arg]!) arg = c;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { path[i] = arg; arg = back[i * L + arg]!; }
  return path;
}
