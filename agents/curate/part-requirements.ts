/**
 * "which support 240mm radiators and 330mm GPUs", "fits GPUs up to 330 mm": sizes of parts the
 * product must take become part-size items (at least that size), checked against the largest part
 * the page says the product takes (checklist/items/part-fit.ts), not against any figure on the page.
 */
import { measureFromText } from '../checklist/build-shopping';
import { COUNT_WORD, countValue } from '../checklist/items/part-count';
import type { ChecklistItem } from '../checklist/types';
import { partOfWord } from '../checklist/items/part-fit';
import { singular } from '../checklist/text';

// ("coolers that fit the bill: ... with a 240mm radiator": fitting the description takes no part.)
const TAKES = /\b(?:supports?|supporting|support for|fits?(?!\s+(?:the|that|this|my)\s+(?:bill|description|brief|criteria|requirements?))|fitting|takes?|accommodates?|room for|holds?|compatible with)\b/i;
/** "This case ", "my board ": the shopper's own thing, said just before a verb. */
const OWN_THING_BEFORE = /\b(?:this|my|our|his|her|their)\s+[a-z]+\s+(?:only\s+|also\s+|already\s+)?$/i;
const SIZE_THEN_PART = /\b(\d+(?:\.\d+)?)\s*(mm|cm)\s+(?:long\s+)?([a-z]+)/gi;
const PART_THEN_SIZE = /\b([a-z]+)\s+(?:up to|of|as long as)\s+(\d+(?:\.\d+)?)\s*(mm|cm)\b/gi;

/** The part-size items of a clause, and the clause without the phrases they came from. */
export function partSizeItems(clause: string): { items: ChecklistItem[]; rest: string } {
  // ("This case takes 420mm radiators and I want to use that: a ... cooler with a 420mm radiator": what the shopper's own
  // thing takes is said of it, no part the product must take; the verb after "that"/"which" is the product's.)
  const takes = [...clause.matchAll(new RegExp(TAKES.source, 'gi'))].find((m) => !OWN_THING_BEFORE.test(clause.slice(0, m.index)));
  const at = takes?.index ?? -1;
  if (at < 0) return { items: [], rest: clause };
  const items: ChecklistItem[] = [];
  let tail = clause.slice(at);
  const add = (phrase: string, word: string, n: string, unit: string) => {
    const part = partOfWord(word);
    if (!part) return;
    const value = Number(n) * (unit.toLowerCase() === 'cm' ? 10 : 1);
    items.push({ kind: 'measure', id: `measure:${part}>=${value}mm`, label: `Takes a ${value} mm ${part}`, unit: 'mm', op: '>=', value, part, hard: true, origin: 'request' });
    tail = tail.replace(phrase, ' ');
  };
  for (const m of [...tail.matchAll(SIZE_THEN_PART)]) add(m[0], m[3]!, m[1]!, m[2]!);
  for (const m of [...tail.matchAll(PART_THEN_SIZE)]) add(m[0], m[1]!, m[2]!, m[3]!);
  return { items, rest: clause.slice(0, at) + tail };
}

/**
 * "at least four ARGB fans", "4 or more USB ports": a count of parts the product comes with, of the
 * kind the words before the part name. A unit ("at least 6 cores", "16 GB") is a measure instead,
 * and a span of time ("at least 2 years") no part.
 */
const EXACT_COUNT = new RegExp(`\\bexactly\\s+(${COUNT_WORD})\\s+((?:[A-Za-z0-9][\\w-]*\\s+){0,2}?)([a-z]+s)\\b`, 'i');
const AT_LEAST_COUNT = new RegExp(`\\b(?:at least|a minimum of|minimum of|no fewer than)\\s+(${COUNT_WORD})\\s+((?:[A-Za-z0-9][\\w-]*\\s+){0,2}?)([a-z]+s)\\b|\\b(${COUNT_WORD})\\s+or more\\s+((?:[A-Za-z0-9][\\w-]*\\s+){0,2}?)([a-z]+s)\\b`, 'i');
const NOT_PARTS = /^(?:years|months|weeks|days|hours|minutes|seconds|times)$/i;

/**
 * "with four tempered glass panels", "with three ARGB fans": a count of parts a product is sold by, said
 * plainly, is a floor too (a case with 3x glass panels is not one with four).
 */
const WITH_COUNT = new RegExp(`\\bwith\\s+(${COUNT_WORD})\\s+((?:[A-Za-z][\\w-]*\\s+){0,2}?)(panels|fans|heatpipes)\\b`, 'i');

/** "tempered glass on three sides", "glass on at least 3 sides": that many glass panels, as titles count them ("3x Tempered Glass Panels"). */
const GLASS_ON_SIDES = new RegExp(`\\b((?:tempered\\s+)?glass)\\s+(?:panels?\\s+)?on\\s+(?:at\\s+least\\s+|all\\s+)?(${COUNT_WORD})\\s+sides\\b`, 'i');

/** The part-count items of a clause, and the clause without the phrases they came from. */
export function partCountItems(clause: string): { items: ChecklistItem[]; rest: string } {
  const items: ChecklistItem[] = [];
  let rest = clause;
  const sides = GLASS_ON_SIDES.exec(rest);
  if (sides) {
    const value = countValue(sides[2]!);
    const kindWords = sides[1]!.toLowerCase().split(/\s+/);
    items.push({ kind: 'part-count', id: `count:${kindWords.join(' ')} panels>=${value}`, label: `At least ${value} ${sides[1]} panels`, part: 'panel', kindWords, op: '>=', value, hard: true, origin: 'request' });
    rest = rest.replace(sides[0], ' ');
  }
  const said = WITH_COUNT.exec(rest);
  if (said) {
    const value = countValue(said[1]!);
    const kindWords = said[2]!.trim().split(/\s+/).filter(Boolean);
    const what = [...kindWords, said[3]!].join(' ');
    items.push({ kind: 'part-count', id: `count:${what.toLowerCase()}>=${value}`, label: `${value} ${what}`, part: singular(said[3]!.toLowerCase()), kindWords, op: '>=', value, hard: true, origin: 'request' });
    rest = rest.replace(said[0], ' ');
  }
  // "It should come with exactly two fans, because I'm adding my own": that many, no more.
  const exact = EXACT_COUNT.exec(rest);
  if (exact && !NOT_PARTS.test(exact[3]!) && !measureFromText(`${countValue(exact[1]!)} ${exact[3]}`, true, 'request')) {
    const value = countValue(exact[1]!);
    const kindWords = exact[2]!.trim().split(/\s+/).filter(Boolean);
    const what = [...kindWords, exact[3]!].join(' ');
    items.push({ kind: 'part-count', id: `count:${what.toLowerCase()}=${value}`, label: `Exactly ${value} ${what}`, part: singular(exact[3]!.toLowerCase()), kindWords, op: '=', value, hard: true, origin: 'request' });
    rest = rest.replace(exact[0], ' ');
  }
  for (let m = AT_LEAST_COUNT.exec(rest); m; m = AT_LEAST_COUNT.exec(rest)) {
    const [n, between, parts] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const value = countValue(n);
    const kindWords = between.trim().split(/\s+/).filter(Boolean);
    if (NOT_PARTS.test(parts) || measureFromText(`${value} ${parts}`, true, 'request')) break;
    const part = singular(parts.toLowerCase());
    const what = [...kindWords, parts].join(' ');
    items.push({ kind: 'part-count', id: `count:${what.toLowerCase()}>=${value}`, label: `At least ${value} ${what}`, part, kindWords, op: '>=', value, hard: true, origin: 'request' });
    rest = rest.replace(m[0], ' ');
  }
  return { items, rest };
}

/** "with four memory slots", "four DDR5 memory slots", "2 DIMM slots": how many memory modules a board takes. */
export const MEMORY_SLOTS = new RegExp(`\\b(${COUNT_WORD})\\s+(?:(?:(DDR\\d)\\s+)?(?:memory|ram|dimm)|(DDR\\d))\\s+(?:slots?|sockets?)\\b`, 'i');

/**
 * The item a memory-slot count asks: boards state their slots as a count before the memory type
 * ("Intel Z790, 1700, ATX, 4 DDR5", "2 x DIMM"), never as "slots" in a title; a board with two
 * slots is no board with four.
 */
export function memorySlotsItem(count: string, generation?: string): ChecklistItem {
  const n = countValue(count);
  // "four DDR5 memory slots" names the generation too: then only that one counts ("4 DDR4" is no answer).
  const gen = generation?.toUpperCase();
  const written = (gen ? [gen] : ['DDR5', 'DDR4', 'DDR3', 'DIMM']).flatMap((t) => [`${n} ${t}`, `${n}x ${t}`, `${n} x ${t}`]);
  const label = gen ? `${n} ${gen} memory slots` : `${n} memory slots`;
  return { kind: 'attribute-present', id: `memory-slots:${n}${gen ?? ''}`, label, text: label, anyOf: gen ? written : [`${n} DIMM slots`, `${n} RAM slots`, ...written], hard: true, origin: 'request' };
}

/** "a DDR4 memory kit made of four modules", "with two sticks": how many modules a memory kit holds. */
// "Corsair Vengeance LPX, two 16GB sticks, ...": a field of a note says it with no word before it.
export const KIT_MODULES = new RegExp(`(?:\\b(?:made (?:up )?of|consisting of|with|of|in|on|across|as|contains?|containing|holds?|holding|has|have|having)\\s+|(?:^|[,;:])\\s*)(?:just\\s+|only\\s+)?(${COUNT_WORD})\\s+(?:matching\\s+|identical\\s+)?(?:(?:(\\d+)\\s?gb\\s+)?(?:(?:LP)?DDR\\d\\s+)?(?:desktop\\s+)?(?:memory\\s+)?(?:modules?|sticks?|dimms?))\\b`, 'i');

/** "in a 2 x 16GB kit", "2x16GB": the modules a kit is made of, written as titles write them. */
export const KIT_WRITTEN = /\b([1-8])\s?[x×]\s?(\d{1,3})\s?GB\b/i;

/** The item a module count asks, with the module size where said: kits are titled "(4 x 8GB)" or "4x8GB". */
export function kitModulesItem(count: string, sizeGb?: string): ChecklistItem {
  const n = countValue(count);
  const each = sizeGb ? `${sizeGb}GB` : '';
  const written = each ? [`${n} x ${each}`, `${n}x ${each}`, `${n}x${each}`] : [`${n} x`, `${n}x`];
  const label = each ? `${n} x ${each} modules` : `${n} modules in the kit`;
  // Written together only: "16GB Kit (2 x 8GB)" has every word of "2 x 16GB" and is no such kit.
  return { kind: 'attribute-present', id: `kit-modules:${n}x${each}`, label, text: written[0]!, anyOf: written.slice(1), hard: true, origin: 'request', asPhrase: true };
}
