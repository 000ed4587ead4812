/**
 * Which kind of request this is. Music and shopping words are tallied separately; a request that
 * names money, a product option or a shop is shopping even when it mentions music gear.
 */
import type { Intent, RequestKind } from './types';

const MUSIC_WORDS = /\b(music|songs?|tracks?|artists?|bands?|albums?|playlists?|genres?|singers?|rappers?|listen(ing)?|tunes?|ep|lp|vibes?|spotify|soundcloud|bandcamp|concert|lyrics|beats?)\b/i;
const SHOPPING_WORDS = /\b(buy|buying|purchase|order|price[sd]?|cost(s|ing)?|cheap(er|est)?|deal|deals|shop|shopping|store|delivery|shipping|in stock|brand|size|colou?r|pack of|pcs|\$|€|£|pesos?|php|dollars?|euros?)\b/i;

export function requestKind(text: string, intents: Intent[]): RequestKind {
  const music = MUSIC_WORDS.test(text) || intents.some((i) => i.domain === 'music' && i.category !== 'country');
  const shopping = SHOPPING_WORDS.test(text) || intents.some((i) => i.domain === 'shopping' && ['price', 'brand', 'option'].includes(i.category));
  return music && shopping ? 'both' : music ? 'music' : shopping ? 'shopping' : 'unknown';
}
