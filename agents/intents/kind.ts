/**
 * Which kind of request this is. Music and shopping words are tallied separately; a request that
 * names money, a product option or a shop is shopping even when it mentions music gear. A request
 * whose wanted thing is a product ("a metal stand for my guitar", "rock climbing shoes") is
 * shopping: words a music lexicon also holds count as music there only when they are not part of
 * the product's phrase and say what it is for ("headphones for jazz"), or next to a music noun.
 */
import type { Intent, MusicIntent, RequestKind } from './types';
import { describesProduct, isObjectAt, productHeads, type ProductHead } from './product-phrase';
import { isMadeThingNoun, isProductNoun } from './lexicon/product-nouns';
import { knownArtists, knownTitles } from './lexicon/index';

const MUSIC_WORDS = /\b(music|songs?|(?:sound)?tracks?|mixtapes?|remix(?:es)?|artists?|bands?|albums?|playlists?|genres?|singers?|rappers?|listen(ing)?|tunes?|ep|lp|vibes?|spotify|soundcloud|bandcamp|concert|lyrics|beats?)\b/i;
const SHOPPING_WORDS = /\b(buy|buying|purchase|order|offers?|(?:shopping )?cart|basket|checkout|price[sd]?|cost(s|ing)?|cheap(er|est)?|deal|deals|shop|shopping|store|delivery|shipping|in stock|brand|size|colou?r|pack of|pcs|\$|€|£|pesos?|php|dollars?|euros?)\b/i;

const PRODUCT_NOUNS = /\b(ssd|hdd|nvme|cpu|gpu|processor|graphics card|motherboard|ram|memory|laptop|notebook|monitor|phone|smartphone|tablet|headphones?|headsets?|earbuds|earphones?|speakers?|soundbars?|subwoofers?|amps?|amplifiers?|turntables?|record players?|microphones?|webcams?|keyboard|mouse|printer|router|camera|tv|console|charger|cable|adapter|case|cooler|fan|psu|power supply|shoes?|sneakers?|jacket|shirt|dress|watch)\b/i;

/** "NV2", "5900X", "A25", "RTX4070": letters and digits in one token name a product model, not a decade. */
function hasModelNumber(text: string): boolean {
  return text.split(/[^a-z0-9-]+/i).some((t) => /[a-z]/i.test(t) && /\d/.test(t) && !/^'?\d+'?s$/i.test(t) && t.length >= 2);
}

/**
 * A shopping slot that music requests do not produce: a price, a size or pack, a measured spec
 * ("8 oz", "2 m"), a feature ("wireless", "gluten-free"). Next to music words a lone colour word or a
 * feature is not one: there it is part of a name ("songs like the black keys") or describes the music
 * ("royalty free music"); "in red" or "colour red" still is.
 */
function isShoppingSpec(i: Intent, musicWords: boolean): boolean {
  if (i.domain !== 'shopping') return false;
  if (i.category === 'price' || i.category === 'quantity') return true;
  if (i.category === 'option') return i.name !== 'colour' || !musicWords || /\bcolou?r|\bin\s/i.test(i.text);
  if (i.category !== 'attribute') return false;
  // A year ("deep house 2020"), a count ("2 last albums") or an era ("50s vibe") is as much music as shopping.
  if (['year', 'count', 'style'].includes(i.name ?? '')) return false;
  if (/\d/.test(i.text)) return true;
  // "royalty free music", "songs without effects": next to music words a feature describes the music.
  return !musicWords && i.name === 'feature' && !/^(?:non|anti)\b/i.test(i.value ?? '');
}

function spansOf(text: string, words: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = text.toLowerCase(), needle = words.trim().toLowerCase();
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

/** Music nouns that also name a product part after a product noun ("watch bands", "headphone beats"). */
const PRODUCT_PART_MUSIC_WORDS = /^(?:bands?|beats?)$/i;

/** "a new band for my watch": a band for a product is that product's part, as "watch band" is; "a band for my wedding" stays music. */
function partForProduct(text: string, s: number, e: number): boolean {
  if (!/^bands?$/i.test(text.slice(s, e))) return false;
  const owner = /^\s+for\s+(?:my|the|a|an|your|his|her|our)?\s*(?:[a-z0-9-]+\s+)?([a-z-]+)/i.exec(text.slice(e));
  return !!owner && (new RegExp(`^(?:${PRODUCT_NOUNS.source})$`, 'i').test(owner[1]!) || isMadeThingNoun(owner[1]!.toLowerCase()));
}

/** Music nouns ("songs", "listening") not part of a product's name ("watch bands", "music box"). */
function musicWordSpans(text: string, heads: ProductHead[]): Array<[number, number]> {
  const all = [...text.matchAll(new RegExp(MUSIC_WORDS.source, 'gi'))].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const inProduct = ([s, e]: [number, number]): boolean =>
    describesProduct(heads, s, e) || heads.some((h) => s >= h.end && /^\s*$/.test(text.slice(h.end, s)) && PRODUCT_PART_MUSIC_WORDS.test(text.slice(s, e))) || partForProduct(text, s, e);
  return all.filter((span) => !inProduct(span) && !tuneAsVerb(text, span));
}

/** "tune my mouse sensitivity", "tune it up": the verb, which says nothing about music. */
function tuneAsVerb(text: string, [s, e]: [number, number]): boolean {
  return /^tunes?$/i.test(text.slice(s, e)) && /^\s+(?:my|the|your|his|her|our|their|its|it|them|this|that|these|those|up|in)\b/i.test(text.slice(e));
}

/**
 * The music intents that speak for music. When a product is the wanted thing and no music noun is
 * near, a mood, listening or era word describes the product ("light weight", "sleep set"), an
 * instrument is gear ("guitar strings", "a stand for my guitar"), and a genre counts only as what
 * the product is for ("headphones for jazz"), not inside the product's phrase ("rock salt").
 */
function musicEvidence(text: string, intents: Intent[], heads: ProductHead[], musicWords: boolean): MusicIntent[] {
  const music = intents.filter((i): i is MusicIntent => i.domain === 'music' && i.category !== 'country' && i.category !== 'named_entity');
  if (!heads.length || musicWords) return music;
  const purposeFrom = heads[0]!.end;
  // Words the shop reading explains as a property ("gluten free", "light auburn") are the product's.
  const claimed = intents.filter((i) => i.domain === 'shopping' && (i.category === 'attribute' || i.category === 'option')).flatMap((i) => spansOf(text, i.text));
  const speaks = (m: MusicIntent, [s, e]: [number, number]): boolean => {
    // Another sentence ("this masterpiece | soothing jazz") is a request of its own.
    if (!heads.some((h) => sameSentence(text, h.start, s))) return true;
    if (describesProduct(heads, s, e)) return false;
    // "jangly guitars and loose drums": an instrument heading its own phrase is the music; "guitar strings", "for my guitar" are gear.
    if (m.category === 'instrument') return !isObjectAt(text, s) && endsPhrase(text, e) && isMadeThingNoun(text.slice(s, e).split(/\s+/).pop()!.toLowerCase());
    if (m.category !== 'genre') return false;
    if (s > purposeFrom && /\bfor\b[^,.;!?|]*$/i.test(text.slice(purposeFrom, s))) return true;
    // "dark horror evil rap": a genre heading its own phrase, unless the shop reading took it ("gluten free").
    return endsPhrase(text, e) && !claimed.some(([a, b]) => s < b && e > a);
  };
  return music.filter((m) => spansOf(text, m.text).some((span) => speaks(m, span)));
}

const sameSentence = (text: string, a: number, b: number): boolean => !/[|!?;]|\.(?:\s|$)/.test(text.slice(Math.min(a, b), Math.max(a, b)));
/** The words after [.., e) end the phrase: the end, punctuation, "and", or a clause word. */
const endsPhrase = (text: string, e: number): boolean => /^\s*(?:$|[,.;!?|]|(?:and|or|with|for|to|in|on|that|which|but)\b)/i.test(text.slice(e));

/** Every brand read is also a name the music side found ("by gotye": brand and artist gotye). */
function brandsInNames(intents: Intent[]): boolean {
  const names = intents.filter((i) => i.domain === 'music' && i.category === 'named_entity').map((i) => i.text.toLowerCase());
  const brands = intents.filter((i) => i.domain === 'shopping' && i.category === 'brand').map((i) => i.text.toLowerCase());
  return brands.every((b) => names.some((n) => n.includes(b) || b.includes(n)));
}

/** A request that opens by asking for something: "i need", "i would like", "im looking for", "find me". */
const ASKING_LEAD = /^\s*(?:i\s+(?:need|want|would\s+like|am\s+looking\s+for|am\s+interested\s+in)|i'?m\s+(?:looking\s+for|interested\s+in)|i'?d\s+like|looking\s+for|find\s+me|get\s+me)\b/i;

/**
 * "i need straight leg jeans", "im looking for professional barber scissors": in a request that asks
 * for something and says no music word, a name the music side read that ends in a thing shops sell is
 * the product asked for, not a song or a band ("haley smalls voodoo doll", asking nothing, stays a
 * name). A known artist or title of two words or more stays a name too ("i want the black keys").
 */
function nameIsProduct(name: string): boolean {
  const said = name.toLowerCase().trim();
  // A one-word band named like a thing ("Jeans") is no evidence against the thing.
  const known = said.includes(' ') && (knownArtists().has(said) || knownTitles().has(said));
  return isProductNoun(said.split(/\s+/).at(-1)!) && !known;
}

export function requestKind(text: string, intents: Intent[]): RequestKind {
  const asksForAThing = ASKING_LEAD.test(text) && !MUSIC_WORDS.test(text);
  const nameIntents = intents.filter((i) => i.domain === 'music' && i.category === 'named_entity' && !(asksForAThing && nameIsProduct(i.text)));
  const names = nameIntents.flatMap((i) => spansOf(text, i.text));
  const allHeads = productHeads(text, names);
  const musicSpans = musicWordSpans(text, allHeads);
  // Shop words the lexicon may miss ("ssd", "graphics card"), unless owned or an object ("music for my headphones").
  const shopNouns = [...text.matchAll(new RegExp(PRODUCT_NOUNS.source, 'gi'))].map((m) => m.index).filter((at) => !isObjectAt(text, at));
  // The thing asked for is named first: in "songs with piano and strings" the strings describe the songs.
  const firstProduct = Math.min(allHeads[0]?.start ?? Infinity, shopNouns[0] ?? Infinity);
  const musicFirst = musicSpans.length > 0 && musicSpans[0]![0] < firstProduct;
  const heads = musicFirst ? [] : allHeads;
  const musicWords = musicSpans.length > 0;
  // A bare name ("kingston nv2") is weak evidence of music: products have names too.
  const musicStrong = musicWords || musicEvidence(text, intents, heads, musicWords).length > 0;
  const musicWeak = nameIntents.length > 0;
  const partOfProduct = [...text.matchAll(/\bbands?\b/gi)].some((m) => partForProduct(text, m.index, m.index + m[0].length));
  const shoppingStrong = SHOPPING_WORDS.test(text) || partOfProduct || (!musicFirst && shopNouns.length > 0) || heads.length > 0 || hasModelNumber(text) || intents.some((i) => isShoppingSpec(i, musicWords));
  // A brand read from "by X" / "from X" is weak: in a music request that is an artist ("nothing by drake").
  const shoppingWeak = intents.some((i) => i.domain === 'shopping' && i.category === 'brand');
  if (musicStrong && shoppingStrong) return 'both';
  if (musicStrong) return 'music';
  // "something similar to T by A": the song and artist the music side names are where a brand was read from.
  if (!shoppingStrong && shoppingWeak && musicWeak && brandsInNames(intents)) return 'music';
  if (shoppingStrong || shoppingWeak) return 'shopping';
  return musicWeak ? 'music' : 'unknown';
}
