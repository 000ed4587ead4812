/**
 * Which kind of request this is. Music and shopping words are tallied separately; a request that
 * names money, a product option or a shop is shopping even when it mentions music gear.
 */
import type { Intent, RequestKind } from './types';

const MUSIC_WORDS = /\b(music|songs?|tracks?|artists?|bands?|albums?|playlists?|genres?|singers?|rappers?|listen(ing)?|tunes?|ep|lp|vibes?|spotify|soundcloud|bandcamp|concert|lyrics|beats?)\b/i;
const SHOPPING_WORDS = /\b(buy|buying|purchase|order|price[sd]?|cost(s|ing)?|cheap(er|est)?|deal|deals|shop|shopping|store|delivery|shipping|in stock|brand|size|colou?r|pack of|pcs|\$|€|£|pesos?|php|dollars?|euros?)\b/i;

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

export function requestKind(text: string, intents: Intent[]): RequestKind {
  // A bare name ("kingston nv2") is weak evidence of music: products have names too.
  const musicWords = MUSIC_WORDS.test(text);
  const musicStrong = musicWords || intents.some((i) => i.domain === 'music' && i.category !== 'country' && i.category !== 'named_entity');
  const musicWeak = intents.some((i) => i.domain === 'music' && i.category === 'named_entity');
  const shoppingStrong = SHOPPING_WORDS.test(text) || PRODUCT_NOUNS.test(text) || hasModelNumber(text) || intents.some((i) => isShoppingSpec(i, musicWords));
  // A brand read from "by X" / "from X" is weak: in a music request that is an artist ("nothing by drake").
  const shoppingWeak = intents.some((i) => i.domain === 'shopping' && i.category === 'brand');
  if (musicStrong && shoppingStrong) return 'both';
  if (musicStrong) return 'music';
  if (shoppingStrong || shoppingWeak) return 'shopping';
  return musicWeak ? 'music' : 'unknown';
}
