/**
 * Attributes, options and brands a shopper asks for, read from the phrases they come in: "in size
 * eu 30", "color black", "made of denim", "with a plain pattern", "baggy fit", "pack of 10",
 * "12 inch", "from the yama brand", "for vivo y51". Rules run from the most specific (a value next
 * to the name of its slot) to the most general (a lone colour or material word); a later rule
 * never takes words an earlier one has read, and a price is never read as a size.
 */
import { findMakers } from './makers';
import { findMeasures } from './measures';
import { findPriceBounds } from './price';
import { findPurposes } from './purpose';
import { findSlots } from './slots';
import type { AttributeMatch } from './types';
import { AMBIGUOUS_COLOURS, ATTRIBUTE_HEADS, COLOURS, DEVICE_MAKES, FEATURES, MATERIALS, PACKAGING, PATTERNS, SHAPES, SIZE_CODES, STYLES } from './vocabulary';
import { span, tokenize, wordsBefore } from './words';

export type { AttributeMatch } from './types';

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[- ]/g, '[- ]')).join('|');
const SHADE = '(?:(?:light|dark|pale|deep|bright|hot|neon|pastel|matte|metallic|royal|baby|army|smoke|ash|dusty|flame)\\s+)?';
const ONE_COLOUR = `${SHADE}(?:${alt(COLOURS)})`;
/** "blue black", "black and white", "white-yellow", "orange/navy blue": one two-tone colour. */
const COLOUR_RE = new RegExp(`\\b(${ONE_COLOUR}(?:(?:\\s*[/&-]\\s*|\\s+and\\s+|\\s+)${ONE_COLOUR})*)\\b`, 'gi');
const MATERIAL_WORD = `(?:${alt(MATERIALS)})`;
const MATERIAL_RUN = `${MATERIAL_WORD}(?:\\s+(?:and\\s+)?${MATERIAL_WORD})*(?:\\s+blend)?`;
const MATERIAL_RE = new RegExp(`\\b(?:made (?:of|from|with)|in|of)\\s+(?:high[- ]quality\\s+|genuine\\s+|real\\s+|pure\\s+|soft\\s+|\\d+%\\s+)?(${MATERIAL_RUN})\\b|\\b(${MATERIAL_RUN})\\s+(?:material|fabric)\\b|\\b(${MATERIAL_RUN})\\b`, 'gi');
const PATTERN_RE = new RegExp(`\\b(${alt(PATTERNS)})\\b`, 'gi');
const FEATURE_RE = new RegExp(`\\b(${alt(FEATURES)}|(?!(?:a|an|the|any|one|some|my|your|our|their|his|her|for|is|are|be|and|delivery|shipping|cash|totally|completely|it|its|shipped|ships|outputs?|inputs?|ports?|slots?|sockets?|bays?|headers?|lanes?|stay|stays|remain|remains|kept|left|keep)[- ]free)[a-z]+[- ]free(?!\\s+(?:from|of|delivery|shipping|returns?|gifts?|trial|size))|[a-z]+proof|(?:anti|non)[- ][a-z]+|(?:low|zero|reduced|high)[- ](?:sugar|sodium|salt|carbs?|calories?|fat|protein|fiber|fibre|caffeine)|[a-z]+-(?:friendly|resistant)|energy[- ]saving)\\b|\\bfree (?:from|of) ([a-z]+)\\b`, 'gi');
const LETTER_SIZE_RE = /\b(extra extra small|extra small|extra large|extra extra large|x-small|x-large|xx-large|plus size|free size|one size)\b|\b(xxs|xs|xl|xxl|xxxl|[2-5]xl)\b|\bin\s+(s|m|l|small|medium|large)\b(?=\s*(?:[,.;)]|$|and\b|with\b))/gi;
const HEAD_RE = new RegExp(`[- ](${Object.keys(ATTRIBUTE_HEADS).join('|')})\\b`, 'gi');
const STYLE_RE = new RegExp(`\\b(${alt(STYLES)})\\b`, 'gi');
// "the heart of my next build", "her heart is set on": a shape word before "of" or in an idiom says something else.
const SHAPE_RE = new RegExp(`\\b(${alt(SHAPES)})(?:[- ]shaped)?\\b(?!\\s+(?:of|is\\s+set|was\\s+set|set)\\b)`, 'gi');
const PACKAGING_RE = new RegExp(`\\b(?:(?:packed|packaged|sold|comes?)\\s+)?in\\s+(?:a|an|the(?!\\s+box\\b))\\s+((?:resealable|reusable|plastic|glass|paper|gift|small|large)\\s+)?(${alt(PACKAGING)})(?:\\s+packaging)?\\b|\\b(${alt(PACKAGING)})s?\\s+(?:packaging|packing)\\b`, 'gi');
/** Makers whose names are also everyday words ("maid of honor", "apple sauce"): a brand only after "for" or "compatible with". */
const COMMON_WORDS = new Set(['apple', 'honor', 'pixel', 'galaxy', 'edge', 'switch', 'target']);
/** A phone or gadget maker named outside "for ..." is the brand wanted: "garmin running watches". */
const DEVICE_BRAND_RE = new RegExp(`\\b(${alt(DEVICE_MAKES.filter((w) => !COMMON_WORDS.has(w)))})\\b`, 'gi');
const OTHER_VALUE = new RegExp(`^(?:${alt([...COLOURS, ...PATTERNS, ...MATERIALS])}|casual|formal)$`, 'i');
const NOT_A_HEAD_VALUE = /^(?:added|special|extra|key|main|following|other|additional|new|best|great|good|nice|its|same|different|various|many|more|several|mens|womens|men's|women's|kids)$/i;
const name1 = (head: string): boolean => ['waist', 'rise', 'heel', 'neck', 'neckline', 'collar'].includes(head);
/** An offer's condition other than new: titles say it ("Refurbished Apple Watch ..."), so wanting or refusing it is checkable. */
const CONDITION_RE = /\b(refurbished|renewed|pre-?owned|second[- ]hand|open[- ]box)\b/gi;
const UNISEX_RE = /\bunisex\b|\b(?:both\s+)?(?:men and women|women and men)\b|\bany gender\b|\bboth genders\b/gi;

export function findAttributes(text: string): AttributeMatch[] {
  const out: AttributeMatch[] = [];
  const taken: Array<[number, number]> = findPriceBounds(text).map((p) => {
    const at = text.indexOf(p.text);
    return [at, at + p.text.length] as [number, number];
  });
  const seen = new Set<string>();
  const push = (m: AttributeMatch): void => {
    const end = m.index + m.text.length;
    if (!m.value.trim() || taken.some(([a, b]) => m.index < b && end > a)) return;
    taken.push([m.index, end]);
    // The same requirement said twice ("denim jeans ... made from denim") is one requirement.
    const key = `${m.category}:${m.value.replace(/-/g, ' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const m of text.matchAll(LETTER_SIZE_RE)) {
    const raw = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    push({ category: 'option', name: 'size', value: SIZE_CODES[raw] ?? raw, text: m[0], index: m.index });
  }
  findSlots(text, push);
  findMakers(text, push);
  findMeasures(text, push);
  findPurposes(text, push);
  for (const m of text.matchAll(DEVICE_BRAND_RE)) push({ category: 'brand', name: 'brand', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(PACKAGING_RE)) {
    const value = (m[1] ? `${m[1]}${m[2]}` : (m[2] ?? m[3])!).toLowerCase();
    push({ category: 'attribute', name: 'packaging', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(COLOUR_RE)) {
    const words = m[1]!.toLowerCase().split(/\s*[/&-]\s*|\s+and\s+|\s+/);
    const cued = /\bin\s+(?:the\s+)?$/i.test(text.slice(0, m.index)) || /^\s*colou?r/i.test(text.slice(m.index + m[0].length));
    if (words.length === 1 && AMBIGUOUS_COLOURS.has(words[0]!) && !cued) continue;
    push({ category: 'option', name: 'colour', value: words.join(' '), text: m[0], index: m.index });
  }
  findHeads(text, push);
  for (const m of text.matchAll(FEATURE_RE)) {
    const value = m[1] ? m[1].toLowerCase().replace(/ free$/, '-free') : `${m[2]!.toLowerCase().replace(/s$/, '')}-free`;
    push({ category: 'attribute', name: 'feature', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(MATERIAL_RE)) {
    const value = (m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+and\s+/g, ' ');
    push({ category: 'attribute', name: 'material', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(STYLE_RE)) push({ category: 'attribute', name: 'style', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(SHAPE_RE)) push({ category: 'attribute', name: 'shape', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(PATTERN_RE)) push({ category: 'attribute', name: 'pattern', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  // Who it is for ("women's jeans", "for boys") is part of what the product is; only "unisex" is a choice.
  for (const m of text.matchAll(CONDITION_RE)) push({ category: 'attribute', name: 'condition', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(UNISEX_RE)) push({ category: 'attribute', name: 'gender', value: 'unisex', text: m[0], index: m.index });
  return out.sort((a, b) => a.index - b.index);
}

/** "baggy fit", "round neckline", "short sleeves", "stopwatch function": a value and the word naming its kind. */
function findHeads(text: string, push: (m: AttributeMatch) => void): void {
  const tokens = tokenize(text);
  for (const m of text.matchAll(HEAD_RE)) {
    const head = m[1]!.toLowerCase();
    const at = m.index + 1;
    // "PC cases shaped like a console": the value is what follows "like", the words before are the product.
    if (/^\s+like\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "v-neckline": the value is the front of the same hyphenated word.
    const joined = m[0][0] === '-' ? tokens.find((t) => t.start < m.index && t.end > m.index) : undefined;
    const near = joined ? [{ word: text.slice(joined.start, m.index), start: joined.start, end: m.index }] : wordsBefore(text, tokens, m.index, 2);
    // "floral long sleeve": a colour, pattern or material in front is a requirement of its own, read by its own rule.
    const trimmed = near.length > 1 && OTHER_VALUE.test(near[0]!.word) ? near.slice(1) : near;
    // A waist is "high" or "mid-rise": one word; "sweatpants high waist" names the product first.
    const before = name1(head) ? trimmed.slice(-1) : trimmed;
    if (!before.length || NOT_A_HEAD_VALUE.test(before[0]!.word)) continue;
    // "Fractal Design": a capitalised word before a capitalised head word is a name.
    if (/^[A-Z]/.test(m[1]!) && /^[A-Z]/.test(before[before.length - 1]!.word)) continue;
    const s = span(text, before);
    const name = ATTRIBUTE_HEADS[head]!;
    const words = s.text.toLowerCase().replace(/-$/, '');
    // A neckline is a neck ("v-neckline" = "v-neck"); fit, style and pattern values read without their head word.
    const headWord = head === 'neckline' ? 'neck' : head;
    const value = name === 'pattern' || name === 'style' || name === 'feature' ? words : `${words} ${headWord}`;
    push({ category: 'attribute', name, value, text: text.slice(s.index, at + head.length), index: s.index });
  }
}
