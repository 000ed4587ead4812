/**
 * The product-noun lexicon (WordNet nouns whose common sense is a made thing, a food or a sold
 * substance, see SOURCES.md) less every word the music lexicons also hold: "album", "pop",
 * "guitar", "house" stay music words, and an instrument is gear only by its place in the phrase.
 */
import productNouns from './product-nouns.json';
import { musicPhraseTable } from './index';

/** Curated shop words the music lexicons also hold that are bought far more often than named as music. */
const ALWAYS_PRODUCTS = new Set(['headphone', 'headset', 'earbud', 'earphone', 'speaker', 'soundbar', 'subwoofer', 'amp',
  'amplifier', 'turntable', 'microphone', 'mic', 'cable', 'case', 'stand', 'strap', 'pedal', 'stool',
  // Shop words used more often as verbs in general English ("watch", "dress", "monitor") but nouns in a shop.
  'watch', 'dress', 'monitor', 'console', 'cooler', 'charger', 'adapter', 'router', 'printer', 'laptop', 'tablet', 'phone',
  'smartphone', 'webcam', 'keyboard', 'mouse', 'camera', 'shirt', 'jacket', 'shoe', 'sneaker']);

let allNouns: Set<string> | undefined;
let nouns: Set<string> | undefined;
function productNounSet(): Set<string> {
  if (nouns) return nouns;
  const music = musicPhraseTable();
  nouns = new Set(productNouns.nouns.filter((n) => ALWAYS_PRODUCTS.has(n) || !music.has(n.replace(/-/g, ' '))));
  for (const n of ALWAYS_PRODUCTS) nouns.add(n);
  return nouns;
}

/** "shoes" -> "shoe", "boxes" -> "box", "batteries" -> "battery"; the word itself first ("glass"). */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

/** Is this (lower-case) word, or its singular, a thing a shop sells and not a music word? */
export function isProductNoun(word: string): boolean {
  const set = productNounSet();
  if (word.length <= 2) return false;
  const forms = singularForms(word);
  if (forms.some((f) => set.has(f))) return true;
  // A mood or genre word in the plural is a noun: "vanity lights" are lamps, while "light" alone may describe music.
  return forms.slice(1).some((f) => isMadeThingNoun(f) && musicPhraseTable().get(f)?.category !== 'instrument');
}

/** A mood, genre or listening word of the music lexicons ("light", "sleep"), which may describe music or name a thing. */
export function isMusicDescription(word: string): boolean {
  const category = musicPhraseTable().get(word)?.category;
  return category === 'mood' || category === 'listening_context' || category === 'genre';
}

/** The WordNet list as it is, music words included: "light" is a lamp too ("pendant light"). */
export function isMadeThingNoun(word: string): boolean {
  allNouns ??= new Set(productNouns.nouns);
  return word.length > 2 && singularForms(word).some((f) => allNouns!.has(f));
}
