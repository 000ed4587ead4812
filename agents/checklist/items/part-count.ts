import type { ItemKind, Verdict } from '../types';
import { textFields } from '../fields';
import { decodeEntities, stripTags } from '../text';
import { readInFull } from './attribute';
import { compare } from './measure';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, sixteen: 16 };
export const COUNT_WORD = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;
export const countValue = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Words after a part that make the phrase about something else: a "6-Port Fan Hub", "Fan Support". */
const OTHER_THING = /^\s*(?:hubs?|controllers?|headers?|splitters?|support(?:ed)?|slots?|mounts?|mounting|positions?|brackets?|filters?|connectors?|cables?|ports?)\b/i;
/** Words before a count that make it room for parts, not parts that come with it: "up to 7 fans". */
const ROOM_FOR = /\b(?:up to|supports?|support for|room for|space for|max(?:imum)?\.?|fits?)\s*$/i;

interface Count { value: number; ofKind: boolean; written: string }

/**
 * The parts a text counts: "4x ARGB Fans", "3 x 120mm ARGB Infinity Fans", "two 140 mm fans". A
 * count is of the asked kind when the words between it and the part include every kind word.
 */
function countsIn(text: string, part: string, kindWords: readonly string[]): Count[] {
  const noun = part.replace(/[^\w-]/g, '');
  const re = new RegExp(`(?<![\\w.-])(${COUNT_WORD})\\s?(?:x|×|pcs?\\.?)?\\s+((?:[A-Za-z0-9][\\w./-]*\\s+){0,3}?)${noun}(?:e?s)?\\b`, 'gi');
  const out: Count[] = [];
  for (const m of text.matchAll(re)) {
    if (ROOM_FOR.test(text.slice(0, m.index)) || OTHER_THING.test(text.slice(m.index + m[0].length))) continue;
    const between = m[2]!.toLowerCase().split(/\s+/).filter(Boolean);
    out.push({ value: countValue(m[1]!), ofKind: kindWords.every((w) => between.includes(w.toLowerCase())), written: m[0].trim() });
  }
  // "Case Fans x2", "Case Fans (3 Pack)", "Case Fans 2-Pack": the count after the parts, as fan titles write a pack.
  const after = new RegExp(String.raw`\b${noun}(?:e?s)?\s*(?:[x×]\s?(\d{1,2})\b|\(?\s*(${COUNT_WORD})[\s-]?(?:pack|pk)\b)`, 'gi');
  for (const m of text.matchAll(after)) out.push({ value: countValue(m[1] ?? m[2]!), ofKind: kindWords.length === 0, written: m[0].trim() });
  return out;
}

/** A connector's short names, which titles write with the count and no part noun ("3 DP", "2x HDMI"). */
const CONNECTOR_ALIASES: Readonly<Record<string, readonly string[]>> = { displayport: ['DisplayPort', 'DP'], hdmi: ['HDMI'], dvi: ['DVI'], vga: ['VGA'] };
/** Parts a connector's count can stand for. */
const CONNECTOR_PARTS = /^(?:outputs?|ports?|connectors?|sockets?|inputs?)$/i;

/** "3 DP", "2x HDMI": a connector counted by its name alone, for a part that is one of its outputs or ports. */
function connectorCountsIn(text: string, part: string, kindWords: readonly string[]): Count[] {
  if (!CONNECTOR_PARTS.test(part) || kindWords.length !== 1) return [];
  const aliases = CONNECTOR_ALIASES[kindWords[0]!.toLowerCase().replace(/[\s-]/g, '')];
  if (!aliases) return [];
  const re = new RegExp(`(?<![\\w.-])(${COUNT_WORD})\\s?(?:x|×)?\\s*(?:${aliases.join('|')})\\b(?!\\s*(?:cables?|adapters?|to\\b))`, 'gi');
  return [...text.matchAll(re)].map((m) => ({ value: countValue(m[1]!), ofKind: true, written: m[0].trim() }));
}

/**
 * "at least four ARGB fans": the count of that kind of part the name, then the specs, then the
 * description state. Parts counted without the kind ("3 RGB Fans") are not of it: too few of them
 * fails the wish, enough of them leaves it open, as their kind is not stated.
 */
export const partCount: ItemKind<'part-count'> = {
  kind: 'part-count',
  appliesTo: 'product',
  verify(item, record) {
    const what = [...item.kindWords, `${item.part}s`].join(' ');
    let other: Count | undefined;
    for (const [field, raw] of textFields(record)) {
      const plain = field === 'description' ? stripTags(decodeEntities(raw)) : raw;
      const counts = [...countsIn(plain, item.part, item.kindWords), ...connectorCountsIn(plain, item.part, item.kindWords)];
      const ofKind = counts.filter((c) => c.ofKind).sort((a, b) => b.value - a.value)[0];
      if (!ofKind) {
        other ??= counts.sort((a, b) => b.value - a.value)[0];
        continue;
      }
      const evidence = { field, value: ofKind.written };
      return compare(ofKind.value, item.op, item.value)
        ? { status: 'pass', evidence, reason: `comes with ${ofKind.value} ${what}` }
        : { status: 'fail', evidence, reason: `comes with ${ofKind.value} ${what}, not ${item.op} ${item.value}` };
    }
    if (other) {
      const verdict: Pick<Verdict, 'status' | 'reason'> = compare(other.value, item.op, item.value)
        ? { status: 'unknown', reason: `"${other.written}" does not say whether they are ${what}` }
        : { status: 'fail', reason: `comes with ${other.value} ${item.part}s in all ("${other.written}"), not ${item.op} ${item.value} ${what}` };
      return verdict;
    }
    return readInFull(record)
      ? { status: 'fail', reason: `no count of ${what} is stated anywhere on the page` }
      : { status: 'unknown', reason: `no count of ${what} in the listing; the product page was not read` };
  },
};
