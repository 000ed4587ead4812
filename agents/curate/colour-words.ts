/**
 * Colour names: the one list of them in English, and the same colours in the languages European shops
 * list products in (a console sold as "Xbox Series S, Hvit" (Norwegian) is white). General language
 * knowledge, not any shop's data; only the common colours, and only whole words, so "rot" or "vit"
 * inside other words never count.
 */

/** The colours products are sold in, as English titles and requests name them. */
export const COLOUR_NAMES = ['black', 'white', 'grey', 'gray', 'silver', 'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'gold', 'brown', 'beige', 'cyan'];

/** Colour names a title uses for an edition besides the basic ones ("Cobalt Violet", "Mint", "Lavender"). */
const EDITION_COLOURS = ['violet', 'lavender', 'mint', 'cream', 'navy', 'teal', 'turquoise', 'lilac', 'champagne', 'bronze', 'rose', 'coral', 'ivory', 'lime', 'olive', 'burgundy', 'magenta', 'graphite', 'cobalt', 'amber', 'jade', 'chalk'];

/** The colours other than those named: a page naming none of them comes in the usual one (black). */
export function otherColours(named: readonly string[]): string[] {
  return [...COLOUR_NAMES, ...EDITION_COLOURS].filter((c) => !named.includes(c));
}

/** A colour's name ("White"): a colour is a wish of its own, wherever a title writes it. */
export function isColourWord(word: string): boolean {
  return COLOUR_NAMES.includes(word.toLowerCase());
}

/** A colour's name or a shade an edition is named by ("Violet" of "Cobalt Violet"). */
function isColourOrShade(word: string): boolean {
  return isColourWord(word) || EDITION_COLOURS.includes(word.toLowerCase());
}

/** An edition's colour as a request writes it after "in": one or two capitalised words ("Cobalt Violet", "Marble Gray"). */
export const EDITION_COLOUR_NAME = String.raw`(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+`;

/** Whether capitalised words name an edition's colour: one of them a colour or a shade ("Cobalt Violet", not "Meshify C"). */
export function namesEditionColour(words: string): boolean {
  return words.split(/\s+/).some(isColourOrShade);
}

/** Every colour name in a text, as whole words, lower-cased, each once. */
export function coloursIn(text: string): string[] {
  return [...new Set((text.match(new RegExp(String.raw`\b(?:${COLOUR_NAMES.join('|')})\b`, 'gi')) ?? []).map((c) => c.toLowerCase()))];
}

const TRANSLATIONS: Record<string, string[]> = {
  white: ['weiss', 'weiß', 'blanc', 'blanche', 'blanco', 'blanca', 'bianco', 'bianca', 'branco', 'wit', 'hvit', 'hvid', 'vit', 'valkoinen', 'biały'],
  black: ['schwarz', 'noir', 'noire', 'negro', 'negra', 'nero', 'nera', 'preto', 'zwart', 'svart', 'sort', 'musta', 'czarny'],
  grey: ['grau', 'gris', 'grigio', 'cinza', 'grijs', 'grå', 'harmaa', 'szary', 'gray'],
  gray: ['grau', 'gris', 'grigio', 'cinza', 'grijs', 'grå', 'harmaa', 'szary', 'grey'],
  silver: ['silber', 'argent', 'argenté', 'plata', 'argento', 'prata', 'zilver', 'sølv', 'silver'],
  red: ['rot', 'rouge', 'rojo', 'roja', 'rosso', 'rossa', 'vermelho', 'rood', 'rød', 'röd', 'punainen', 'czerwony'],
  blue: ['blau', 'bleu', 'azul', 'blu', 'blauw', 'blå', 'sininen', 'niebieski'],
  green: ['grün', 'vert', 'verte', 'verde', 'groen', 'grøn', 'grön', 'vihreä', 'zielony'],
  pink: ['rosa', 'rose', 'roze', 'lyserød'],
  gold: ['golden', 'doré', 'dorado', 'oro', 'dourado', 'goud', 'guld'],
  // (Shades a title names a purple edition by: "Cobalt Violet", "Lavender". A shopper asking for purple means them too.)
  purple: ['violet', 'lilac', 'lavender', 'mauve', 'lila', 'violett', 'viola', 'paars'],
};

/**
 * Colour names shortened to their consonants in product names ("ROG Strix Flare PNK LTD" is the pink
 * limited edition, "BLK" black, "WHT" white); whole words only, as above.
 */
const ABBREVIATIONS: Record<string, string[]> = { pink: ['pnk'], black: ['blk'], white: ['wht'] };

/** Other words for the same colour, when the wish is one ("white" -> "hvit", "weiß", "wht", ...). */
export function colourSynonyms(colour: string): string[] {
  const low = colour.toLowerCase();
  return [...(TRANSLATIONS[low] ?? []), ...(ABBREVIATIONS[low] ?? [])].filter((w) => w !== low);
}
