import type { ItemKind } from '../types';
import { textFields } from '../fields';
import { findPhrase, tokens } from '../text';

/**
 * Compatible with a device: the page names it (pass, with where), or names its family without the
 * generation ("Apple Watch" for "Apple Watch Series 6", weaker but still shown). Silence is unknown,
 * not fail: shops rarely list every device a thing fits.
 */
export const compatibleWith: ItemKind<'compatible-with'> = {
  kind: 'compatible-with',
  appliesTo: 'product',
  verify(item, record) {
    const family = tokens(item.target).filter((t) => !/\d/.test(t) && !['series', 'gen', 'generation', 'model'].includes(t)).join(' ');
    for (const [field, text] of textFields(record)) {
      const exact = findPhrase(text, item.target);
      if (exact) return { status: 'pass', evidence: { field, value: exact }, reason: `names ${item.target}` };
    }
    // "for 7th Gen Intel NUC boards", "for Intel NUC 13 Pro": the family named with other generations only is made for those.
    const generation = generationOf(item.target);
    if (family && generation !== undefined) {
      const stated = textFields(record).flatMap(([field, text]) => statedGenerations(text, family).map((s) => ({ field, ...s })));
      const same = stated.find((s) => s.generations.includes(generation));
      if (same) return { status: 'pass', evidence: { field: same.field, value: same.snippet }, reason: `names ${same.snippet}` };
      if (stated.length) return { status: 'fail', evidence: { field: stated[0]!.field, value: stated[0]!.snippet }, reason: `made for ${stated[0]!.snippet}, not ${item.target}` };
    }
    if (family) {
      for (const [field, text] of textFields(record)) {
        const near = findPhrase(text, family);
        if (near) return { status: 'pass', evidence: { field, value: near }, reason: `made for ${family} (generation not stated)` };
      }
    }
    // "Asrock Rear Audio Cable for DeskMini": the maker and the line named apart, in one field.
    const words = family.split(' ').filter(Boolean);
    if (words.length > 1) {
      for (const [field, text] of textFields(record)) {
        if (words.every((w) => findPhrase(text, w))) return { status: 'pass', evidence: { field, value: findPhrase(text, words[words.length - 1]!)! }, reason: `names ${words.join(' and ')}` };
      }
    }
    return { status: 'unknown', reason: `does not say whether it fits ${item.target}` };
  },
};

const GENERATION_WORDS = new Set(['gen', 'generation', 'series']);

/** A word that is a generation's number: "7", "11th". */
function generationNumber(word: string | undefined): number | undefined {
  return word && /^\d+(?:st|nd|rd|th)?$/.test(word) ? parseInt(word, 10) : undefined;
}

/** "11th-generation Intel NUC" -> 11, "Apple Watch Series 6" -> 6: the first number in the device's name. */
function generationOf(target: string): number | undefined {
  return tokens(target).map(generationNumber).find((n) => n !== undefined);
}

/** The generations a text states beside the family's words ("7th Gen Intel NUC", "Intel NUC 13", "Apple Watch Series 4/5/6"). */
function statedGenerations(text: string, family: string): { generations: number[]; snippet: string }[] {
  const words = tokens(text);
  const wanted = tokens(family);
  const found: { generations: number[]; snippet: string }[] = [];
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((w, j) => words[i + j] === w)) continue;
    const generations: number[] = [];
    const before = generationNumber(words[GENERATION_WORDS.has(words[i - 1] ?? '') ? i - 2 : i - 1]);
    if (before !== undefined) generations.push(before);
    let at = i + wanted.length + (GENERATION_WORDS.has(words[i + wanted.length] ?? '') ? 1 : 0);
    // "Series 4/5/6/7", "Series 7 - SE - 6 - 5": a list of them, one after another, a short name ("SE") among them.
    for (let n = generationNumber(words[at]); n !== undefined; n = generationNumber(words[at])) {
      generations.push(n);
      let next = at + 1;
      while (next < at + 4 && generationNumber(words[next]) === undefined && /^(?:[/,&-]|and|[a-z]{1,3})$/.test(words[next] ?? '')) next++;
      at = next;
    }
    if (generations.length) found.push({ generations, snippet: words.slice(Math.max(0, i - 2), Math.max(at, i + wanted.length) + 1).join(' ') });
  }
  return found;
}
