/**
 * A request typed all in lower case ("antec c5 argb, the dual chamber case that comes with seven fans ... find all offers
 * for it"): the rules find a product's name by its capitals and model codes, so each run of words around a model code
 * ("antec c5 argb") is written as titles write names: codes and lighting acronyms in capitals ("C5", "ARGB"), the other
 * words capitalised ("Antec"). Kind words ("case") and figures with units ("32gb") stay as typed; a request with any
 * capital letter is left as written, as its writer chose the capitals.
 */
import { escapeRe } from '../checklist/text';
import { kindOfWord } from './product-kind';

/** Words that end a name's run: articles, prepositions, verbs and pointers a request uses around names. */
const OUTSIDE_NAMES = new Set(('a an the for of with and or but in on to at by from into it its is are be was that which this these those ' +
  'find show give get need want all every any each offer offers listing listings me my i we you please not no nor than one ones ' +
  'cheapest price prices shop shops store stores so as if what where who add cart basket same new old only just also mid midi').split(' '));

/** Acronyms titles write in capitals. */
const CAPITALS = new Set(['rgb', 'argb', 'a-rgb', 'd-rgb', 'atx', 'itx', 'eatx', 'matx', 'ssd', 'hdd', 'nvme', 'usb', 'lcd', 'oled', 'led', 'tg', 'oc', 'rog', 'tuf', 'msi', 'amd', 'ddr4', 'ddr5', 'pcie', 'gpu', 'cpu', 'aio', 'rtx', 'gtx', 'rx', 'xt', 'xl', 'hdmi', 'wifi']);

/** A model code: letters and digits together ("c5", "b650m-b", "rtx4070", "h170i"), no figure with its unit ("32gb", "360mm"). */
const isCode = (word: string) => /[a-z]/.test(word) && /\d/.test(word) && !/^\d+(?:\.\d+)?(?:gb|tb|mb|mm|cm|m|w|hz|mhz|ghz|v|rpm|inch|in|x)$/.test(word);

/** Codes of standards and sockets ("ddr5", "am5", "lga1700", "pcie4"): written in capitals, but no product's name around them. */
const STANDARD_CODE = /^(?:ddr|gddr|pcie|gen|usb|wifi|hdmi|dp|am|lga|sata|m)\d/;

/** Roman numerals that number a product's generation ("liquid freezer iii"). */
const GENERATION = /^(?:ii|iii|iv|vi|vii|viii)$/;

function written(word: string): string {
  if (isCode(word) || CAPITALS.has(word) || GENERATION.test(word)) return word.toUpperCase();
  if (kindOfWord(word) !== undefined || /^\d/.test(word)) return word;
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Makers of computer parts and electronics whose names are typed in lower case ("fractal design torrent"), as they write
 * them (general knowledge, not any shop's data); longest first. (Not "be quiet", a phrase of its own: "it has to be quiet";
 * the maker is written with its "!".)
 */
const MAKERS = ['Fractal Design', 'Cooler Master', 'Lian Li', 'Western Digital', 'Corsair', 'Antec', 'Asus', 'ASRock', 'Gigabyte',
  'MSI', 'NZXT', 'Thermaltake', 'Noctua', 'Arctic', 'Kingston', 'Crucial', 'Samsung', 'Seagate', 'ADATA', 'Deepcool', 'Phanteks',
  'GameMax', 'Palit', 'Zotac', 'Sapphire', 'PowerColor', 'Logitech', 'Razer', 'HyperX', 'SanDisk', 'Canon', 'Nikon', 'Vida', 'Akasa', 'Hama']
  .sort((a, b) => b.length - a.length);
const MAKER_TYPED = new RegExp(String.raw`(?<![\w!-])(${MAKERS.map((m) => m.toLowerCase().replace(/\s+/g, '\\s+')).join('|')})(?![\w-])`, 'g');
/** A word that may go on a name: none of the words that end a name's run. */
// ("a-rgb" is a name word, not the article "a".)
const NOT_OUTSIDE = String.raw`(?!(?:${[...OUTSIDE_NAMES].join('|')})(?![\w-]))`;
/** A typed maker and the lower-case name words after it, unless the writer capitalised what follows ("gigabyte AORUS ..."). */
const MAKER_AND_NAME = new RegExp(String.raw`${MAKER_TYPED.source}((?:\s+${NOT_OUTSIDE}[a-z0-9][\w+-]*)*)(?!\s+[A-Z])`, 'g');

/**
 * "fractal design torrent, the full size one (the torrent compact is too small ...)" in a request that has capitals elsewhere:
 * a maker's name typed in lower case and the name words after it, up to a kind word, a function word or punctuation, written
 * as titles write them ("Fractal Design Torrent"); the same name words said again later ("torrent compact") too, with the
 * word that follows them.
 */
function makersCapitalised(text: string): string {
  const nameWords = new Set<string>();
  const spread = (words: string) => words.split(/(\s+)/).map((w) => (/^\s*$/.test(w) ? w : written(w))).join('');
  // ("gigabyte AORUS B550 ELITE AX V2": a model the writer capitalised is left as written, maker and all.)
  let out = text.replace(MAKER_AND_NAME, (_m, maker: string, after: string) => {
    const rest = after.split(/(\s+)/);
    // The name ends before a kind word ("fractal design torrent case" is the Torrent, a case).
    const end = rest.findIndex((w) => w.trim() && kindOfWord(w.trim()) !== undefined);
    const name = end < 0 ? after : rest.slice(0, end).join('');
    for (const w of name.trim().split(/\s+/).filter(Boolean)) if (!/\d/.test(w)) nameWords.add(w.toLowerCase());
    return `${MAKERS.find((m) => m.toLowerCase() === maker.replace(/\s+/g, ' '))}${spread(name)}${after.slice(name.length)}`;
  });
  for (const w of nameWords) {
    out = out.replace(new RegExp(String.raw`(?<![\w-])${escapeRe(w)}((?:\s+${NOT_OUTSIDE}[a-z][\w+-]*)?)(?![\w-])`, 'g'), (_m, next: string) => `${written(w)}${next && kindOfWord(next.trim()) === undefined ? spread(next) : next}`);
  }
  return out;
}

export function withNamesCapitalised(text: string): string {
  // (The pronoun "I" is written in capitals by habit, names are not.)
  if (/[A-Z]/.test(text.replace(/\bI(?:'(?:ll|ve|m|d))?\b/g, ''))) return makersCapitalised(text);
  // Words at even places, the separators between them at odd ones; a run never crosses punctuation.
  const parts = text.split(/([^a-z0-9!+-]+)/);
  const inName = new Set<number>();
  const nameWord = (i: number) => parts[i] !== '' && !OUTSIDE_NAMES.has(parts[i]!);
  // From each model code, the name words on either side joined to it by spaces only.
  const spread = (from: number, step: 2 | -2) => {
    for (let j = from + step; j >= 0 && j < parts.length && nameWord(j) && /^\s+$/.test(parts[j - step / 2]!); j += step) inName.add(j);
  };
  parts.forEach((word, i) => {
    if (i % 2 !== 0 || !isCode(word) || STANDARD_CODE.test(word)) return;
    inName.add(i);
    spread(i, -2);
    spread(i, 2);
  });
  return makersCapitalised(parts.map((part, i) => (inName.has(i) ? written(part) : part)).join(''));
}
