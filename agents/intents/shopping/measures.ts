/**
 * Numbers with a meaning: measurements ("12 inch", "0.5mm tip", "between 10 and 14 inches wide"),
 * spec ranges ("power usage between 500 and 1000"), pack sizes ("pack of 10", "single bottle"),
 * counts ("with 5 blades") and ages ("aged 8+", "0-12 months"). Values are written the way shops
 * print them ("2 meter" -> "2m", "pack of 10" -> "10 pcs", "single piece" -> "single").
 */
import type { AttributeMatch } from './types';
import { DIMENSIONS, OPTION_UNITS, UNIT_FORMS } from './vocabulary';

const NUM = '\\d+(?:\\.\\d+)?';
const unitForm = (u: string): string => UNIT_FORMS[u.toLowerCase()] ?? u.toLowerCase();
const LENGTH_UNIT = /^(?:inch|cm|mm|m|ft)$/;
/** "wide", "tip", "waist" after a length only: "108mp high resolution" is no height. */
const withDimension = (unit: string, dim: string | undefined): string => (dim && LENGTH_UNIT.test(unit) ? ` ${dim.toLowerCase()}` : '');
/** What a unit measures, where it is not a size: a clock in MHz is a speed ("3600MHz memory"). */
const dimensionOf = (unit: string): string => (/^[kmg]hz$/.test(unit) ? 'speed' : 'size');
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12' };
const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const count = (w: string): string => NUMBER_WORDS[w.toLowerCase()] ?? w;

const RANGE_RE = new RegExp(`\\b(?:between\\s+|from\\s+)?(${NUM})\\s?(${OPTION_UNITS})?\\s*(?:to|and|-|–)\\s*(${NUM})\\s?-?\\s?(${OPTION_UNITS})(?:\\s+(${DIMENSIONS}))?\\b`, 'gi');
/** "8 x 10 ft", "40 by 50 inch": two sides of one size. */
const AREA_RE = new RegExp(`\\b(${NUM})\\s?(?:x|by|\\*)\\s?(${NUM})\\s?-?\\s?(${OPTION_UNITS})(?![\\w/])`, 'gi');
const MEASURE_RE = new RegExp(`\\b(${NUM})\\s?-?\\s?(${OPTION_UNITS})(?![\\w/])(?:\\s+(${DIMENSIONS})\\b)?`, 'gi');
/** A unitless range is a spec only after the spec's name: "power usage between 500 and 1000". */
const SPEC_RANGE_RE = /\b(power(?: usage| consumption)?|usage|wattage|voltage|capacity|width|length|height|weight|speed)\s+(?:of\s+|is\s+)?(?:between|from)\s+(\d+(?:\.\d+)?)\s*(?:to|and|-)\s*(\d+(?:\.\d+)?)\b/gi;
const PACK_RE = new RegExp(`\\b(?:(?:packs?|sets?|box|bundle) of ${COUNT}(?!\\s*(?:[.\\d]|oz|ounces?|g|grams?|ml|l|lbs?|kg|pounds?|inch|cm|mm)\\b)|${COUNT}\\s?-?\\s?(?:pcs|pieces?|pc|packs?|count)(?![\\w-])|(\\d+)-piece\\b|` + String.raw`(\d+)\s+(pairs?|sets?|bottles?|boxes|box|rolls?|bags?|packets?|sachets?|cans?|jars?|tubes?|units?)\b)`, 'gi');
// ("sold as one kit of two 8GB sticks": one kit, two in it; the kit's count is read as a pack's.)
const SINGLE_RE = /\b(?:multi-?pack|bundle pack|value pack)\b|\bsingle[- ](?:pack|piece|item|bottle|unit|box|jar|tube|set)\b|(?<!\b(?:in|into|inside|all)\s)\bone[- ](?:pack|piece|item|bottle|unit|box|jar|tube|set)\b|\bsold (?:as|by) (?:a |the )?(?:single|one|piece)\b(?!\s+(?:kit|pack|set|box|bundle)\s+of\s+(?:two|three|four|five|six|eight|ten|\d))|\bsold (?:singly|individually)\b/gi;
/** "two 140 mm case fans bought together in one box", "three fans in a single pack": how many one offer sells. */
const TOGETHER_RE = new RegExp(String.raw`\b${COUNT}\s+(?:[\w-]+\s+){0,4}?(?:(?:bought|sold|packed|boxed)\s+together\s+)?(?:in|per)\s+(?:one|a\s+single|the\s+same|a)\s+(?:box|pack|package|packet)\b`, 'gi');
/** "sold one fan per box", "one per pack": a single one in each offer. */
const ONE_PER_BOX_RE = /\b(?:sold\s+)?one\s+(?:[a-z]+\s+)?(?:per|a|to\s+a|in\s+(?:a|each|every))\s+(?:box|pack|package|packet)\b/gi;
const COUNT_RE = /\bwith\s+(\d+)\s+([a-z]+s)\b/gi;
const WARRANTY_RE = /\b(\d+)[- ]?(days?|weeks?|months?|years?)\s+(?:warranty|guarantee)\b/gi;
const AGE_RE = /\b(?:aged?|ages)\s+(\d+)\s*(?:\+|and (?:up|above|older)|or older)|\b(?:aged?|ages)\s+(\d+\s*-\s*\d+)(?!\s*(?:months?|years?|yrs|y)\b)|\b(\d+)\s*\+?\s*(?:years?|yrs?)(?: old)?\s*(?:and (?:up|above|older)|or older|\+)|\b(\d+\s*-\s*\d+)\s*(months?|years?|yrs|y)\b/gi;

export function findMeasures(text: string, push: (m: AttributeMatch) => void): void {
  for (const m of text.matchAll(AGE_RE)) {
    const from = m[1] ?? m[3];
    const value = from ? `${from} years and above` : m[2] ? `${m[2].replace(/\s/g, '')} years` : `${m[4]!.replace(/\s/g, '')} ${m[5]!.toLowerCase()}`;
    push({ category: 'attribute', name: 'age', value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(WARRANTY_RE)) {
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    push({ category: 'attribute', name: 'warranty', value: `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(SPEC_RANGE_RE)) {
    push({ category: 'attribute', name: m[1]!.toLowerCase(), value: `${m[2]}-${m[3]}`, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(RANGE_RE)) {
    const unit = unitForm(m[4]!);
    if (m[2] && unitForm(m[2]) !== unit) continue;
    const value = `${m[1]} to ${m[3]} ${unit}${withDimension(unit, m[5])}`;
    push({ category: 'option', name: dimensionOf(unit), value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(AREA_RE)) push({ category: 'option', name: 'size', value: `${m[1]}x${m[2]} ${unitForm(m[3]!)}`, text: m[0], index: m.index });
  for (const m of text.matchAll(MEASURE_RE)) {
    const unit = unitForm(m[2]!);
    // "5G" and "4g lte" are mobile networks, not grams.
    if (/^[2-6]\s?g$/i.test(m[0].trim()) && (/G/.test(m[0]) || /^\s*(?:lte|network|sim|phone|smartphone|tablet|router|modem|support|connectivity)\b/i.test(text.slice(m.index + m[0].length)))) continue;
    const value = `${m[1]}${unit}${withDimension(unit, m[3])}`;
    push({ category: 'option', name: dimensionOf(unit), value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(PACK_RE)) {
    const n = m[1] ?? m[2] ? count((m[1] ?? m[2])!) : m[3];
    const value = n ? `${n} pcs` : `${m[4]} ${m[5]!.toLowerCase()}`;
    push({ category: 'option', name: 'quantity', value, text: m[0], index: m.index });
  }
  // (Only the count is the phrase: the size said between, "140 mm", is read as a size of its own. A count with no thing
  // between it and the box, "2 in 1 pack", names a kind of product, no pack size.)
  for (const m of text.matchAll(TOGETHER_RE)) {
    const n = count(m[1]!);
    if (n !== '1' && !/^(?:in|per)\s/i.test(m[0].slice(m[1]!.length).trim())) push({ category: 'option', name: 'quantity', value: `${n} pcs`, text: m[1]!, index: m.index });
  }
  for (const m of text.matchAll(ONE_PER_BOX_RE)) push({ category: 'option', name: 'quantity', value: 'single', text: m[0], index: m.index });
  for (const m of text.matchAll(SINGLE_RE)) {
    push({ category: 'option', name: 'quantity', value: /multi|bundle|value/i.test(m[0]) ? 'multipack' : 'single', text: m[0], index: m.index });
  }
  for (const m of text.matchAll(COUNT_RE)) push({ category: 'attribute', name: 'count', value: `${m[1]} ${m[2]!.toLowerCase()}`, text: m[0], index: m.index });
}
