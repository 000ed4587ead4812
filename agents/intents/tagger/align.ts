/**
 * Gold descriptors come as text only (no offsets): find each text in the request on token
 * boundaries. A text may occur twice with two roles ("bossa nova vibes ... not bossa covers"), so
 * occurrences are taken in order: the n-th listing of a text gets its n-th unused occurrence.
 */
import type { IntentRole, MusicCategory } from '../types';
import { MUSIC_CATEGORIES } from '../types';
import type { Token } from '../rules/tokens';
import type { GoldIntent, LabelledSpan } from './types';

const ROLES = new Set(['wanted', 'rejected', 'referential']);
const CATEGORIES = new Set<string>(MUSIC_CATEGORIES);

/** Token ranges where `text` occurs, starting and ending on token edges. */
function occurrences(request: string, tokens: Token[], text: string): Array<[number, number]> {
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(tokens.map((t, i) => [t.end, i]));
  const found: Array<[number, number]> = [];
  const needle = text.trim().toLowerCase();
  if (!needle) return found;
  const hay = request.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const a = startAt.get(at), z = endAt.get(at + needle.length);
    if (a !== undefined && z !== undefined) found.push([a, z + 1]);
  }
  return found;
}

export interface Alignment {
  spans: LabelledSpan[];
  /** Gold texts that could not be placed on token edges (reported by the trainer). */
  unaligned: GoldIntent[];
}

export function alignIntents(request: string, tokens: Token[], intents: readonly GoldIntent[]): Alignment {
  const spans: LabelledSpan[] = [];
  const unaligned: GoldIntent[] = [];
  const used = new Map<string, Set<number>>();
  for (const intent of intents) {
    if (!CATEGORIES.has(intent.category) || !ROLES.has(intent.role)) { unaligned.push(intent); continue; }
    const key = intent.text.trim().toLowerCase();
    const taken = used.get(key) ?? new Set<number>();
    used.set(key, taken);
    const all = occurrences(request, tokens, intent.text);
    const next = all.findIndex((_, k) => !taken.has(k));
    if (next < 0) { unaligned.push(intent); continue; }
    taken.add(next);
    const [from, to] = all[next]!;
    spans.push({ from, to, category: intent.category as MusicCategory, role: intent.role as IntentRole });
  }
  return { spans: spans.sort((a, b) => a.from - b.from || b.to - a.to), unaligned };
}
