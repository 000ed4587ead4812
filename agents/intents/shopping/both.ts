/**
 * A request that is both music and shopping ("headphones for listening to jazz under 100") is a
 * product wanted for a musical purpose: the shopping slots decide what is bought, the music words
 * say what it is for. The music reading must not take the shopping words ("under 100" is not a
 * song, "50 euros" not an artist), so a music intent whose words overlap a shopping slot is
 * dropped; the rest stay as music intents, which the shopping agent leaves out of its checklist.
 * Only inside the purpose clause do the music words win over a shopping attribute.
 */
import type { Intent, MusicIntent, ShoppingIntent } from '../types';

function spansOf(text: string, words: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = text.toLowerCase();
  const needle = words.trim().toLowerCase();
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

const overlaps = (a: Array<[number, number]>, b: Array<[number, number]>): boolean => a.some(([s, e]) => b.some(([x, y]) => s < y && e > x));

/**
 * Where the purpose is said: from "for" after the product up to the clause's end or the price
 * ("a bass amp [for metal rehearsals], max 300€"). Words there that both readings take ("metal",
 * "punk") describe the music, not the product's material or style.
 */
function purposeClause(text: string, shopping: ShoppingIntent[]): [number, number] | undefined {
  const product = shopping.find((s) => s.category === 'product_type');
  const from = product ? Math.max(0, text.toLowerCase().indexOf(product.text.toLowerCase())) + product.text.length : 0;
  const m = /\bfor\b/i.exec(text.slice(from));
  if (!m) return undefined;
  const start = from + m.index;
  const rest = text.slice(start);
  const ends = [/[,.;!?]/.exec(rest)?.index, ...shopping.filter((s) => s.category === 'price').map((p) => rest.toLowerCase().indexOf(p.text.toLowerCase()))];
  const end = Math.min(rest.length, ...ends.filter((e): e is number => e !== undefined && e > 0));
  return [start, start + end];
}

/** The intents of a 'both' request: every shopping slot, and the music words that are not part of one. */
export function combineBothKinds(text: string, music: MusicIntent[], shopping: ShoppingIntent[]): Intent[] {
  const clause = purposeClause(text, shopping);
  const musicSpans = music.flatMap((m) => spansOf(text, m.text));
  const inPurpose = (s: ShoppingIntent): boolean =>
    clause !== undefined && (s.category === 'attribute' || s.category === 'option') &&
    spansOf(text, s.text).some(([a, b]) => a >= clause[0] && b <= clause[1]) && overlaps(spansOf(text, s.text), musicSpans);
  const kept = shopping.filter((s) => !inPurpose(s));
  const taken = kept.flatMap((s) => spansOf(text, s.text));
  const purpose = music.map((m) => withoutShoppingEdge(text, m, taken)).filter((m): m is MusicIntent => m !== undefined);
  return [...purpose, ...kept];
}

/**
 * A music intent that runs into a shopping slot ("jazz under" before "under 100") keeps its own
 * words: edge words inside the slot are trimmed off; one that lies wholly inside a slot is dropped.
 */
function withoutShoppingEdge(text: string, m: MusicIntent, taken: Array<[number, number]>): MusicIntent | undefined {
  const span = spansOf(text, m.text)[0];
  if (!span || !overlaps([span], taken)) return m;
  const words = [...text.slice(span[0], span[1]).matchAll(/\S+/g)].map((w) => [span[0] + w.index, span[0] + w.index + w[0].length] as [number, number]);
  let from = 0, to = words.length;
  while (from < to && overlaps([words[from]!], taken)) from++;
  while (to > from && overlaps([words[to - 1]!], taken)) to--;
  if (from >= to || words.slice(from, to).some((w) => overlaps([w], taken))) return undefined;
  const kept = text.slice(words[from]![0], words[to - 1]![1]);
  return { ...m, text: kept, normalized: m.normalized === undefined ? undefined : kept.toLowerCase() };
}
