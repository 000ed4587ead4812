/**
 * Attributes and options a shopper asks for, read from the phrases they come in: "in size eu 30",
 * "color black", "made of denim", "with a plain pattern", "baggy fit", "pack of 10", "12 inch".
 * Each match gives (category, name, value, text); a colour or size is an option (a choice on the
 * product page), everything else an attribute.
 */
import { ATTRIBUTE_HEADS, COLOURS, GENDER_WORDS, MATERIALS, OPTION_UNITS, PATTERNS } from './vocabulary';

export interface AttributeMatch {
  category: 'attribute' | 'option';
  name: string;
  value: string;
  text: string;
  index: number;
}

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '[- ]')).join('|');
const COLOUR_RE = new RegExp(`\\b(${alt(COLOURS)})\\b`, 'gi');
const MATERIAL_RE = new RegExp(`\\b(?:made (?:of|from|with)|in|of)\\s+(?:high[- ]quality\\s+|genuine\\s+|real\\s+|pure\\s+|soft\\s+)?(${alt(MATERIALS)})\\b|\\b(${alt(MATERIALS)})\\s+(?:material|fabric)\\b|\\b(${alt(MATERIALS)})\\b`, 'gi');
const PATTERN_RE = new RegExp(`\\b(${alt(PATTERNS)})\\b`, 'gi');
const SIZE_RE = /\bsize[sd]?\s*(?:of\s+|is\s+)?((?:eu|us|uk|int|waist)?[: ]?\s*(?:\d+(?:\.\d+)?(?:\s?(?:inch(?:es)?|cm|mm))?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|extra small|small|medium|large|extra large|plus size|free size|one size|king|queen|twin|full))\b|\b(extra small|extra large|plus size|free size|one size)\b|\bin\s+(xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large)\b(?=[\s,.]|$)/gi;
const MEASURE_RE = new RegExp(`\\b(\\d+(?:\\.\\d+)?\\s?-?\\s?${OPTION_UNITS})\\b`, 'gi');
const HEAD_RE = new RegExp(`\\b((?:[a-z0-9-]+\\s){0,1}[a-z0-9-]+)[- ](${Object.keys(ATTRIBUTE_HEADS).join('|')})\\b`, 'gi');
const QUANTITY_RE = /\b(pack of \d+|set of \d+|\d+\s?(?:pcs|pieces|pack|pairs?|sets?)|single[- ](?:pack|piece|item|bottle)|1 piece)\b/gi;
const HEAD_SKIP = new RegExp(`^(a|an|the|with|and|in|of|to|for|any|its|some|same|this|that|nice|good|great|${alt(MATERIALS)}|${alt(COLOURS)})$`, 'i');

export function findAttributes(text: string): AttributeMatch[] {
  const out: AttributeMatch[] = [];
  const taken: Array<[number, number]> = [];
  const push = (m: AttributeMatch): void => {
    const end = m.index + m.text.length;
    if (taken.some(([a, b]) => m.index < b && end > a)) return;
    taken.push([m.index, end]);
    out.push(m);
  };
  for (const m of text.matchAll(SIZE_RE)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    push({ category: 'option', name: 'size', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(QUANTITY_RE)) push({ category: 'option', name: 'quantity', value: m[1]!, text: m[0], index: m.index });
  for (const m of text.matchAll(MEASURE_RE)) push({ category: 'option', name: 'size', value: m[1]!, text: m[0], index: m.index });
  for (const m of text.matchAll(COLOUR_RE)) push({ category: 'option', name: 'colour', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(HEAD_RE)) {
    const words = m[1]!.split(/\s+/);
    while (words.length && HEAD_SKIP.test(words[0]!)) words.shift();
    if (!words.length) continue;
    const value = `${words.join(' ')} ${m[2]}`.toLowerCase();
    const name = ATTRIBUTE_HEADS[m[2]!.toLowerCase()]!;
    push({ category: 'attribute', name, value: name === 'pattern' || name === 'style' ? words.join(' ').toLowerCase() : value, text: m[0], index: m.index + m[0].length - `${words.join(' ')} ${m[2]}`.length });
  }
  for (const m of text.matchAll(MATERIAL_RE)) {
    const value = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    push({ category: 'attribute', name: 'material', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(PATTERN_RE)) push({ category: 'attribute', name: 'pattern', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(/\b(women'?s|men'?s|ladies'?|unisex|kids'?|boys|girls|baby|male|female)(?=[\s,.]|$)/gi)) {
    const g = GENDER_WORDS[m[1]!.toLowerCase()] ?? GENDER_WORDS[m[1]!.toLowerCase().replace(/'$/, '')];
    if (g) push({ category: 'attribute', name: 'gender', value: g, text: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
