/**
 * The items a requirement names most often, built one way wherever they are read: a spec a page
 * states as written (with the other ways titles write it), and a colour wish.
 */
import type { ChecklistItem } from '../checklist/types';
import { colourSynonyms, otherColours } from './colour-words';
import { connectorSpellings } from './connectors';
import { BOARD_SIZE_WORDS_BUT_ATX, socketSpellings } from './standards';

/** What a request itself requires of every pick: a hard item from the request. */
export const REQUESTED = { hard: true, origin: 'request' as const };

/** "wooden": pages name the wood ("Oak Front", "Walnut Side Panel"), or wood itself. */
export const WOODS = ['wood', 'oak', 'walnut', 'beech', 'bamboo', 'cherry', 'cherrywood', 'maple', 'ash', 'teak'];

const AMBIGUOUS_WOODS = new Set(['cherry', 'ash']);

/** A spec the page must state ("PoE", "DDR5", "USB-C"), hard. */
export function present(text: string): Extract<ChecklistItem, { kind: 'attribute-present' }> {
  // Boards name their memory generation short ("PRIME Z790M-PLUS D4").
  const generation = /^DDR(\d)$/i.exec(text);
  // A connector titles spell another way ("USB-C" as "Type-C"); a chipset with its board's size
  // letter ("B760I", "B760M") is that chipset.
  const chipset = /^[ABHQWXZ]\d{3}$/.test(text) ? [`${text}M`, `${text}I`] : [];
  // "wooden" alone: any wood a page names, but no word that names other things too ("Cherry MX" switches, "Ash Grey").
  const woods = /^wood(?:en)?$/i.test(text) ? WOODS.filter((w) => !AMBIGUOUS_WOODS.has(w)) : [];
  // Mobile data of the fourth generation is sold as "LTE" as often as "4G".
  const lte = /^4G$/i.test(text) ? ['LTE'] : [];
  // "LGA1700" is titled "1700" as often ("Intel H610, 1700, Micro ATX").
  const socket = socketSpellings(text).slice(1);
  const anyOf = generation ? [`D${generation[1]}`] : [...connectorSpellings(text), ...chipset, ...woods, ...lte, ...socket, ...addressableToo(text)];
  // "a full-size ATX board": a board that names no size at all ("AORUS B550 AORUS ELITE AX V2") is most likely ATX, the usual size.
  const usual = /^ATX$/i.test(text) ? { defaultUnlessNamed: [...BOARD_SIZE_WORDS_BUT_ATX] } : {};
  return { ...REQUESTED, kind: 'attribute-present', id: `present:${text.toLowerCase()}`, label: text, text, ...(anyOf.length ? { anyOf } : {}), ...usual };
}

/** "RGB": addressable RGB lighting is RGB lighting, titled "ARGB" or "A-RGB" (general knowledge), wished for or turned down. */
const addressableToo = (text: string): string[] => (/^RGB$/i.test(text) ? ['ARGB', 'A-RGB'] : []);

/** A word the page must not state ("Not Micro-USB", "No glass"), hard. */
export function absent(text: string, label = `Not ${text}`): Extract<ChecklistItem, { kind: 'attribute-absent' }> {
  const anyOf = addressableToo(text);
  return { ...REQUESTED, kind: 'attribute-absent', id: `absent:${text.toLowerCase()}`, label, text, ...(anyOf.length ? { anyOf } : {}) };
}

/** Parts whose colour a title names right before them ("2 White LED Fans", "Black Cable"): not the product's colour. */
export const COLOURED_PARTS = ['led', 'leds', 'fan', 'fans', 'lighting', 'light', 'lights', 'backlight', 'backlighting', 'keycaps', 'cable', 'cables', 'stitching', 'accent', 'accents', 'trim', 'logo', 'illumination'];

/** A colour wish, met by the colour's name in the languages shops list products in ("Hvit"), not by a part's colour. */
export function colourItem(colour: string): ChecklistItem {
  // Black is the colour most hardware comes in unless its name says otherwise.
  const usual = colour.toLowerCase() === 'black' ? { defaultUnlessNamed: otherColours(['black']) } : {};
  return { ...present(colour), anyOf: colourSynonyms(colour), notBefore: COLOURED_PARTS, ...usual };
}
