/**
 * Values given together with the name of what they are: "color twist", "in the 4pcs color family",
 * "size a7", "in medium size", "model 2022", "design 1", "plug type CN", "the variation is eu",
 * "bow-colored". The named slot tells what the value is, so the value can be any word a shop uses
 * (colour names like "puma black", codes like "04" or "a1"), which no vocabulary could list.
 */
import type { Push } from './types';
import { SIZE_CODES } from './vocabulary';
import { codeLike, span, tokenize, wordsAfter, wordsBefore, type Token } from './words';

/** What may follow a slot word without a link word: anything, a code ("design 1"), a short code ("type CN"), a size, nothing. */
interface Slot { name: string; category: 'attribute' | 'option'; after: 'any' | 'code' | 'short' | 'size' | 'none'; before: boolean }

const SLOTS: Array<[RegExp, Slot]> = [
  [/\bcolou?r(?:\s+(?:family|range|variant|way))?(?:\s+options?)?\b/gi, { name: 'colour', category: 'option', after: 'any', before: true }],
  [/\bsize\b/gi, { name: 'size', category: 'option', after: 'size', before: true }],
  [/\bmodel\b/gi, { name: 'model', category: 'option', after: 'any', before: false }],
  [/\b(?:variation|variant|version)\b/gi, { name: 'variation', category: 'option', after: 'any', before: true }],
  [/\b(?:design|pattern|print)\b/gi, { name: 'pattern', category: 'attribute', after: 'code', before: true }],
  [/\bstyle\b/gi, { name: 'style', category: 'attribute', after: 'code', before: true }],
  [/\btype\b/gi, { name: 'type', category: 'attribute', after: 'short', before: true }],
  [/\b(?:flavou?r|taste)\b/gi, { name: 'flavour', category: 'attribute', after: 'none', before: true }],
  [/\b(?:scented|flavou?red|colou?red)\b/gi, { name: 'kind', category: 'attribute', after: 'none', before: true }],
  [/\b(?:vibe|vibes|look|aesthetic)\b/gi, { name: 'style', category: 'attribute', after: 'none', before: true }],
  [/\bcollection\b/gi, { name: 'theme', category: 'attribute', after: 'none', before: true }],
  [/\b(?:scent|fragrance)\b/gi, { name: 'scent', category: 'attribute', after: 'none', before: true }],
];
/** Words that link a slot to its value: "the variation is eu", "type of magnet", "door type as padlocks". */
const LINK = /^\s*(?:(?:that|which) is|should be|must be|is|of|as|:|=|set to|called|named)\s*/i;
/** Words that fill a slot without naming a value: "any size", "all colors", "same style". */
const NOT_A_VALUE = /^(?:any|all|every|different|various|same|matching|similar|other|one|years?|matches|family|range|options?|is|of|available|rather|instead|than|included|too|also|either|both|fine|ok|okay|makes|matters|does|doesn't)$/i;

const sizeValue = (v: string): string => SIZE_CODES[v.toLowerCase()] ?? v.toLowerCase();
const sizeWord = (w: string): boolean => codeLike(w) || w.toLowerCase() in SIZE_CODES || /^(?:eu|us|uk|int|waist|twin|queen|king|full)$/i.test(w);

export function findSlots(text: string, push: Push): void {
  const tokens = tokenize(text);
  const found: Array<{ index: number; end: number; slot: Slot }> = [];
  for (const [re, slot] of SLOTS) for (const m of text.matchAll(re)) found.push({ index: m.index, end: m.index + m[0].length, slot });
  found.sort((a, b) => a.index - b.index);
  for (const { index, end, slot } of found) {
    // "a model of Samsung's budget series" says which product, not which model number.
    const link = slot.name === 'model' && /^\s*of\b/i.test(text.slice(end)) ? null : LINK.exec(text.slice(end));
    const afterAt = end + (link ? link[0].length : 0);
    // "in any colour as long as it isn't black": "as" opens a phrase here ("as long as", "as well"), no value.
    const asPhrase = link !== null && /^\s*as\s*$/i.test(link[0]) && /^(?:long|well|much|far|soon|good|if|though|before|usual)\b/i.test(text.slice(afterAt));
    const after = slot.after === 'none' || asPhrase ? [] : accept(wordsAfter(text, tokens, afterAt, 3), slot, Boolean(link));
    // "cream color foot care products": a colour named before its slot word is the value; what follows is the product.
    const colourFirst = slot.name === 'colour' && !link && valueBefore(text, tokens, index, slot).length > 0;
    if (after.length && !colourFirst) {
      const s = span(text, after);
      const value = slot.name === 'size' ? sizeValue(s.text) : slot.name === 'type' && !link ? `type ${s.text.toLowerCase()}` : s.text.toLowerCase();
      push({ category: slot.category, name: slot.name, value, text: text.slice(index, s.index + s.text.length), index });
      continue;
    }
    // "the SUPER version included", "the XL size too": that one counts as well, no wish for it.
    if (!slot.before || /^\s+(?:included|too|also|as well)\b/i.test(text.slice(end))) continue;
    const before = valueBefore(text, tokens, index, slot);
    // "Fractal Design", "Urban Style": a capitalised word before a capitalised slot word is a name.
    if (index > 0 && /^[A-Z]/.test(text.slice(index)) && before.length && /^[A-Z]/.test(before[before.length - 1]!.word)) continue;
    // "a 4 color palette" counts colours; it names none.
    if (!before.length || (slot.name === 'colour' && before.length === 1 && /^\d+$/.test(before[0]!.word))) continue;
    const s = span(text, before);
    const value = slot.name === 'size' ? sizeValue(s.text) : s.text.toLowerCase();
    // "peppermint scented", "white colored": the participle says which slot the value fills.
    const kind = slot.name === 'kind' ? /^scent/i.test(text.slice(index)) ? 'scent' : /^flav/i.test(text.slice(index)) ? 'flavour' : 'colour' : slot.name;
    push({ category: kind === 'colour' ? 'option' : slot.category, name: kind, value, text: text.slice(s.index, end), index: s.index });
  }
  for (const m of text.matchAll(/\b([\p{L}\p{N}]+)-(colou?red|sized|shaped|themed|scented|flavou?red)\b/giu)) {
    const kind = m[2]!.toLowerCase();
    const name = kind.startsWith('colo') ? 'colour' : kind === 'sized' ? 'size' : kind === 'shaped' ? 'shape' : kind === 'themed' ? 'theme' : kind.startsWith('flav') ? 'flavour' : 'scent';
    const value = name === 'size' ? sizeValue(m[1]!) : m[1]!.toLowerCase();
    push({ category: name === 'colour' || name === 'size' ? 'option' : 'attribute', name, value, text: m[0], index: m.index });
  }
}

/** The value before a slot word ("puma black color", "in medium size"), or nothing. */
function valueBefore(text: string, tokens: Token[], index: number, slot: Slot): Token[] {
  const run = wordsBefore(text, tokens, index, slot.name === 'colour' ? 3 : 2).filter((t, i, all) => !(i === 0 && all.length > 1 && NOT_A_VALUE.test(t.word)));
  return run.some((t) => NOT_A_VALUE.test(t.word)) ? [] : run;
}

/** A value after the slot word: any words after a link word, else what the slot allows there. */
function accept(run: Token[], slot: Slot, linked: boolean): Token[] {
  if (!run.length || NOT_A_VALUE.test(run[0]!.word)) return [];
  if (linked || slot.after === 'any') return run;
  if (slot.after === 'size') {
    const n = run.findIndex((t) => !sizeWord(t.word));
    return n < 0 ? run : run.slice(0, n);
  }
  const w = run[0]!.word;
  // "design 1", "style c"; a word like "PC" after "Fractal Design" is a name, not a design code.
  return /\d/.test(w) || w.length === 1 || (slot.after === 'short' && codeLike(w)) ? run.slice(0, 1) : [];
}
