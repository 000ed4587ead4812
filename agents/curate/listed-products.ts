/**
 * "I need two Be Quiet parts: the Shadow Rock LP low-profile CPU cooler and the Pure Wings 2 80mm PWM fan for the back.
 * Find all offers for these two products ...": the asking sentence points back at a list the sentence before it gives,
 * each item a product of its own. Each is read as the name its titles carry (the capitalised words and model numbers
 * it opens with), plus a size said of it ("with the 120mm radiator"), which tells its versions apart; the words after
 * the name ("low-profile CPU cooler", "for the back") describe it or say what it is for, which titles need not say.
 */

import { coloursIn } from './colour-words';

/** "both products", "both of them", "these two products", "those 2 parts", "these items": several things named before. */
// ("either case", "either version": one of the things named, each of which will do.)
const POINTS_AT_LISTED = /^(?:all(?:\s+(?:of\s+)?(?:them|these|those|three))?|each(?:\s+(?:one|of\s+(?:them|these|those|the\s+two)))?|either\s+(?!way\b)[a-z]+(?<!s)|(?:both|either)(?:\s+one)?(?:\s+of\s+(?:them|these|those|the)(?:\s+(?:two|three|2|3))?)?(?:\s+[a-z]+s)?|(?:these|those|the)\s+(?:two|three|2|3)(?!-)(?:\s+[a-z]+s)?|(?:these|those)\s+(?:products|items|parts))$/i;

/** Words that join the items of a list of products ("..., plus an ADATA ...", "... and the Pure Wings 2 ..."). */
// ("Corsair's MP600 CORE XT 2TB and Transcend's 115S 2TB": a maker's possessive opens an item too.)
const LIST_JOINER = /\s*,?\s+(?:plus|and|as\s+well\s+as|along\s+with|together\s+with)\s+(?=(?:an?|the|one|some|their|its)\s|[A-Z][\w!-]*['’]s\s)|\s*;\s*/i;

/** The joiners of a list one of whose products will do: "or the" too. */
const EITHER_JOINER = new RegExp(String.raw`${LIST_JOINER.source}|\s*,?\s+or\s+(?=(?:an?|the)\s)`, 'i');

/** A word of a product's name: capitalised, a figure or model number, or a maker's mixed-case line ("iCUE"). */
const NAME_WORD = /^(?:[A-Z0-9][\w+!./-]*|[a-z]+[A-Z][\w+-]*)$/;

/** A size said of a version: "with the 120mm radiator", "with a 2TB capacity". */
const SIZE_SAID = /\bwith\s+(?:an?|the)\s+(\d+(?:[.,]\d+)?\s?(?:mm|cm|gb|tb|w|inch))\b/i;

/** The text's sentences, the last first: the list nearest the asking sentence is the one it points back at. */
function sentencesLastFirst(text: string): string[] {
  return text.trim().split(/(?<=[.?!])\s+(?=[A-Z])/).filter(Boolean).reverse();
}

/** Whether the thing asked for only points back at several things ("both products", "these two"). */
export function pointsAtListed(subject: string): boolean {
  return POINTS_AT_LISTED.test(subject.trim());
}

/**
 * "whichever of the two I can get for less", "the cheapest offer across both", "I'm happy with either": one of several
 * products named before will do, said anywhere in the request.
 */
// ("it's down to two Micro ATX boards: the X and the Y": the choice narrowed to the things listed.)
const EITHER_OF_LISTED = /\b(?:(?:it['’]s|it\s+is|it['’]s\s+come|it\s+has\s+come|I['’]m|I\s+am|we['’]re|we\s+are)\s+down\s+to\s+(?:the\s+|these\s+|those\s+)?(?:two|three|2|3)\b|(?:whichever|either|any|each)\s+(?:one\s+|offer\s+|option\s+|product\s+)?of\s+(?:the|those|these)\s+(?:two|three|2|3)\b(?!-)|(?:across|between|of|for)\s+both\b(?!\s+(?:sides|ends|ways|directions)\b)|happy\s+with\s+either\b|\bin\s+both\s+(?:versions|editions|colou?rs|models|variants)\b|either\s+(?:one\s+)?(?:would|will)\s+do\b|whichever\s+(?:one\s+)?(?:costs?\s+(?:less|least|the\s+least)|is\s+(?:cheaper|less\s+expensive)|(?:I|we)\s+can\s+(?:get|buy|have)\s+(?:for\s+less|cheaper))|whichever\s+(?:one\s+)?of\s+(?:them|these|those)\s+[^.!?]{0,40}?\b(?:less|least|cheap(?:er|est)|lowest|lower)\b|\b(?:take|buy|get|go\s+(?:for|with)|pick|order)\s+(?:the\s+)?(?:cheaper|less\s+expensive)\s+(?:one|of\s+the\s+two)\b)/i;

/** "Which costs less, ", "Which one is cheaper: ": a question that weighs the things named after it by price. */
const WHICH_COSTS_LESS = /^(?:so\s+)?which\s+(?:one\s+|of\s+the\s+two\s+)?(?:costs?\s+less|is\s+(?:cheaper|less\s+expensive))\s*[,:]\s*/i;

/** "... (not the newer Meshify 2 Mini)": an aside turning a named product down, closing a list. */
// (Its describing word, "newer", is no word of the name.)
const REFUSING_ASIDE_AT_END = /\(\s*(?:not|but\s+not|never|except)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?([A-Z][^()]*)\)\s*$/;

/** "(with the glass window or the solid panel, I don't mind)": brackets holding lower-case words, an aside. */
const ASIDE_IN_WORDS = /\s*\((?=[^()]*\b[a-z]{3,}\s)[^()]*\)/g;

/** Whether the request says one of several products named before will do ("whichever of the two", "across both"). */
export function choosesAmongListed(text: string): boolean {
  return EITHER_OF_LISTED.test(text);
}

/**
 * The products a sentence lists (after its colon where it has one), each by its name, with what the words before its
 * colon say of them all ("Two memory kits on my shortlist, both 32GB (2 x 16GB) of DDR5-6000 with RGB"): the last such
 * sentence of the text; undefined unless one lists two or more, each named.
 */
export function listedProducts(text: string, { either = false }: { either?: boolean } = {}): { names: string[]; saidOfAll: string } | undefined {
  for (const sentence of sentencesLastFirst(text)) {
    const colon = sentence.lastIndexOf(':');
    // ("whether it's the newer black iCUE LINK H150i ... or the white H150i ELITE CAPELLIX XT": where one of them will do, an "or" lists them too.)
    // ("Can't decide between Corsair's iCUE 4000D RGB AIRFLOW and the iCUE 4000X RGB": the things weighed are the list.)
    const list = (colon >= 0 ? sentence.slice(colon + 1) : sentence).replace(either ? /^.*?\bwhether\s+(?:it['’]s|it\s+is)\s+|^(?:it['’]s|it\s+is|it\s+will\s+be|it['’]ll\s+be)\s+(?=(?:either\s+)?the\s)/i : /^$/, '')
      .replace(/^.*?\b(?:decide|choose|pick|torn|choosing|undecided|hesitating|wavering)\s+between\s+(?=\S+\s[^.!?]*\s(?:and|or)\s)/i, '')
      // ("Which costs less, the Asus ROG Ryuo III 240 ARGB or the white ...?": the question weighs the two it names.)
      .replace(WHICH_COSTS_LESS, '');
    // ("the Silent Base 802 (with the glass window or the solid panel, I don't mind) or the Dark Base 700": an aside in words
    // says something of one item, no item of the list; a version in brackets, "(Black Solid)", stays.)
    const unstopped = list.replace(/[.!?]+\s*$/, '');
    const items = unstopped.replace(ASIDE_IN_WORDS, '').split(either ? EITHER_JOINER : LIST_JOINER).map((item) => item.trim()).filter(Boolean);
    if (items.length < 2) continue;
    // ("Two parts are settled:" says nothing of them; "both 32GB (2 x 16GB) of DDR5-6000 with RGB:" says what each is.)
    const before = colon >= 0 ? sentence.slice(0, colon).trim() : '';
    // "every case Antec sells under that name: the FLUX ... as well as the DF800 FLUX": the maker said before the list makes
    // a one-word name a name ("Antec FLUX").
    // ("be quiet!'s Dark Rock TF 2 ..., plus their Light Wings ...": the first item's maker is the one "their" says again.)
    const maker = MAKER_BEFORE_LIST.exec(before)?.[1] ?? (/^(?:the\s+)?be\s+quiet!?/i.test(items[0]!) ? 'be quiet!' : /^([A-Z][\w!-]*)['’]s\s/.exec(items[0]!)?.[1]);
    // ("Netac desktop DDR4, one of their plain sticks: the Basic 16GB or the Shadow Red 8GB": the maker "their" points back at
    // opens the words before the list, and each name is that maker's.)
    const theirs = maker ? undefined : THEIR_MAKER.exec(before)?.[1];
    const names = items.map((item) => nameOfItem(item, maker ?? theirs)).map((name) => (theirs && name && !name.startsWith(theirs) ? `${theirs} ${name}` : name));
    // ("One of Corsair's white E-ATX towers with RGB fans already inside: the iCUE 5000D ... or the iCUE 5000X RGB": a colour too;
    // not that of the build they go in, "White Antec build, two parts decided:", which each item's own words say.)
    const saysColour = coloursIn(before.replace(/\b[\w-]+(?:\s+[A-Z][\w-]*)?\s+(?:build|setup|theme|look|pc|rig|system)\b/gi, ' ')).length > 0;
    // ("the Focus G Mini and the Meshify C Mini (not the newer Meshify 2 Mini)": an aside turning a product down turns it down for all.)
    // (Only one closing the list: an aside inside an item, "the plain Antec C8 in white (not the C8 ARGB ...), and the cooler is ...",
    // turns down that item's other versions, which its own name reads.)
    const refused = REFUSING_ASIDE_AT_END.exec(unstopped)?.[1]?.trim();
    // ("For our LAN-party group buy we need two Vida cases, both the black ARGB models:": what "both" says of them, not the errand.)
    const ofAll = /[,;]\s*(?:both|all\s+of\s+them|each)\s+(.+)$/i.exec(before)?.[1] ?? before;
    if (names.every((name): name is string => name !== undefined)) return { names, saidOfAll: [SAYS_A_FIGURE.test(before) || saysColour ? ofAll : '', refused ? `not the ${refused}` : ''].filter(Boolean).join(', ') };
  }
  return undefined;
}

/** "a Palit RTX 3050, the DUAL V2 or the StormX, whichever ...": a product named, then two of its versions by their own words. */
const VERSIONS_AFTER_NAME = /\b(?:an?|the)\s+((?:[A-Z][\w!+-]*\s+)+?[A-Z]*\d[\w+-]*),\s+(?:either\s+)?the\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})\s+or\s+the\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})(?=\s*[,;.]|\s+(?:whichever|version|model|edition)\b)/;

/**
 * "Palit RTX 4070 SUPER for my son's PC: either the standard DUAL (not the DUAL OC) or the JetStream OC would do": a product
 * opening a sentence, then two of its versions after a colon (an aside on one, which other readings take, apart).
 */
const VERSIONS_AFTER_HEADING_NAME = /(?:^|[.!?]\s+)((?:[A-Z][\w!+-]*\s+)+?[A-Z]*\d[\w+-]*(?:\s+[A-Z]{2,}\b)*)(?:\s+for\s+[^:.!?]{1,40})?:\s+(?:either\s+)?the\s+(?:standard\s+|plain\s+|regular\s+|basic\s+)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})(?:\s*\([^()]*\))?\s+or\s+the\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})(?=\s*[,;.]|\s+(?:would|will)\s+do\b|\s+(?:whichever|version|model|edition)\b)/;

/** The versions of a product a sentence names after it ("Palit RTX 3050 DUAL V2", "Palit RTX 3050 StormX"); undefined where none. */
export function versionsAfterName(text: string, { eitherSaid = false }: { eitherSaid?: boolean } = {}): { names: string[]; saidOfAll: string } | undefined {
  const m = VERSIONS_AFTER_NAME.exec(text) ?? VERSIONS_AFTER_HEADING_NAME.exec(text);
  // ("a Palit RTX 3050, either the DUAL V2 or the StormX": "either" says by itself that one of the two will do.)
  if (m && eitherSaid && !/[,:]\s+either\s/.test(m[0])) return undefined;
  return m ? { names: [`${m[1]} ${m[2]}`, `${m[1]} ${m[3]}`], saidOfAll: '' } : undefined;
}

/** A figure with its unit or a generation ("32GB", "DDR5-6000"): what the words before a list say of each item. */
const SAYS_A_FIGURE = /\b\d+(?:[.,]\d+)?\s?(?:gb|tb|mb|mm|cm|mhz|ghz|hz|w|inch(?:es)?)\b|\bddr\d/i;

/** Words said before a name that pick a version of it ("the white Corsair Vengeance RGB"). */
// ("the white/transparent P14 PWM": a colour and its finish, as titles write it.)
const VERSION_COLOURS = 'white|black|grey|gray|silver|pink|red|blue|green|purple|orange|yellow|gold';
const VERSION_BEFORE_NAME = new RegExp(String.raw`^(?:(?:${VERSION_COLOURS})(?:[/-](?:white|black|grey|gray|silver|transparent|clear|frosted))?\s+)+`, 'i');
/** Words said before a name that describe it, no word of its titles ("the big Define XL R2"). */
const DESCRIBED_BEFORE_NAME = /^(?:(?:big|bigger|small|smaller|little|compact|huge|larger|new|newer|old|older|plain|standard|regular|ordinary|cheaper|pricier)\s+)+/i;

/** "the case is ", "the cooler will be ": what part of the build the item is, before its name. */
const ROLE_IS = /^(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|will\s+be|'s)\s+(?=(?:the|an?)\s)/i;
/** "in white": a colour said right after a name. */
const COLOUR_AFTER_NAME = new RegExp(String.raw`^in\s+(${VERSION_COLOURS})\b`, 'i');

/** "Netac desktop DDR4, one of their plain sticks": a maker opening the words before a list, said again as "their". */
const THEIR_MAKER = /^([A-Z][\w!-]*)\s[^:]*\b(?:their|its)\s/;

/** "every case Antec sells", "the ones Corsair makes", "all of Fractal's": the maker whose products a list names. */
const MAKER_BEFORE_LIST = /\b([A-Z][\w!-]+)\s+(?:sells|makes|offers|builds|has\s+out)\b/;

/** "the low-profile Shadow Rock LP": one or two lower-case words before a name describe it (a colour picks a version: it stays). */
const DESCRIBED_IN_LOWER_CASE = new RegExp(String.raw`^((?:the|an?|one|some)\s+)?(?:(?!(?:${VERSION_COLOURS})\b)[a-z][\w-]*\s+){1,2}(?=[A-Z][\w!+-]*\s+[A-Z0-9])`);

/** "the Be Quiet Pure Loop 2 all-in-one with the 120mm radiator" -> "Be Quiet Pure Loop 2 120mm"; undefined when the item opens with no name. */
function nameOfItem(item: string, maker?: string): string | undefined {
  // "be quiet!'s Dark Rock TF 2 CPU cooler": the one maker written in lower case, named whole before the rest.
  const lowerMaker = /^(?:the\s+)?(be\s+quiet!?)(?:['’]s)?\s+/i.exec(item);
  if (lowerMaker) {
    const rest = nameOfItem(item.slice(lowerMaker[0].length), 'be quiet!');
    return rest && !/^be\s+quiet/i.test(rest) ? `be quiet! ${rest}` : rest;
  }
  // "their Light Wings 120mm ARGB high-speed fans": the maker named before, said again as "their".
  if (maker && /^(?:their|its)\s+/i.test(item)) {
    const rest = nameOfItem(item.replace(/^(?:their|its)\s+/i, ''), maker);
    return rest && !rest.startsWith(maker) ? `${maker} ${rest}` : rest;
  }
  // "the Define R6 (Black Solid)": the version in brackets, as titles write it, is part of the name.
  // ("the case is the plain Antec C8 in white": the part's role, then its name.)
  // ("Corsair's MP600 CORE XT 2TB": the maker's possessive names the maker.)
  // ("one extra box of three white Corsair iCUE AF120 RGB ELITE fans": how many come in the box says nothing of the name.)
  // ("the low-profile Shadow Rock LP", "the top-flow Shadow Rock TF2": lower-case words before the name describe it.)
  const bare = item.replace(ROLE_IS, '').replace(DESCRIBED_IN_LOWER_CASE, '$1').replace(/^(?:the|an?|one|some)\s+/i, '').replace(/^(?:(?:extra|more|another|spare)\s+)?(?:box|pack|set|bundle)\s+of\s+(?:two|three|four|five|six|\d+)\s+/i, '').replace(/^([A-Z][\w!-]*)['’]s\s+/, '$1 ').replace(DESCRIBED_BEFORE_NAME, '').replace(/\(([^()]*)\)/g, (whole, inner: string) => (/^(?:[A-Z0-9][\w/-]*\s*)+$/.test(inner.trim()) ? inner : whole));
  const words = bare.slice((VERSION_BEFORE_NAME.exec(bare)?.[0] ?? '').length).split(/\s+/);
  // ("the Asus VA24DQSB, the 23.8-inch Eye Care monitor with the USB hub": a comma ends the name; what follows describes it.)
  const end = words.findIndex((w, i) => !NAME_WORD.test(w.replace(/,$/, '')) || (i > 0 && words[i - 1]!.endsWith(',')));
  // "the Antec C8 in white": a colour said right after the name picks that version as one said before it would.
  const colourAfter = COLOUR_AFTER_NAME.exec(words.slice(end < 0 ? words.length : end).join(' '))?.[1];
  const version = VERSION_BEFORE_NAME.exec(bare)?.[0] ?? (colourAfter ? `${colourAfter.toLowerCase()} ` : '');
  // ("the Acme A520M Pro4 Micro ATX board": the board size said after the name is no word of it.)
  // ("the Dark Rock TF 2 CPU cooler": "CPU" belongs to the kind after it, no word of the name.)
  const name = (end < 0 ? words : words.slice(0, end)).join(' ').replace(/[,;:]+$/, '').replace(/\s+(?:(?:micro|mini)[\s-]?(?:atx|itx)|e-?atx|atx|itx)$/i, '')
    .replace(/\s+(?:CPU|GPU|PC)$/, '');
  // A name holds a capitalised word besides its figures ("Pure Wings 2"); a lone maker is no product ("Corsair").
  if (!/[A-Za-z]{2}/.test(name)) return undefined;
  if (name.split(/\s+/).length < 2) return maker && name !== maker && /^[A-Z0-9]/.test(name) ? `${version}${maker} ${name}` : undefined;
  const size = SIZE_SAID.exec(words.slice(end < 0 ? words.length : end).join(' '))?.[1];
  return `${version}${size && !name.includes(size) ? `${name} ${size.replace(/\s+/g, '')}` : name}`;
}

/** "one in the Orange Core TG version", "once as the white FX RGB edition", "the EVA-02 edition", "the black PST one": a version, by the words that tell it apart. */
// ("the 1TB model for my PC and the small 250GB one": a model told by its size, too.)
const VERSION_PHRASE = /\b(?:(?:one|once)\s+(?:in|as)\s+)?the\s+((?:[\w/+-]+\s+){1,4}?)(?:version|edition|variant|model|one)\b/gi;
/** Words that say a version is the ordinary one, which no title writes. */
const ORDINARY = /^(?:plain|standard|ordinary|regular|normal|basic|usual)$/i;

/**
 * "I'm torn between two versions of the Asus ROG Ryujin III 360 ARGB: the standard black one ..., and the EVA-02 edition.
 * Please show me every offer for either of them": the versions a sentence lists, joined by "and" or "or", each by the
 * words that tell it apart ("black", "EVA-02"); undefined unless a sentence lists two or more.
 */
export function listedVersions(text: string): string[] | undefined {
  for (const sentence of sentencesLastFirst(text)) {
    const found = [...sentence.matchAll(VERSION_PHRASE)];
    // "one of Corsair's iCUE LINK TITAN RX RGB models, either the 280 or the 360": sizes or model numbers alone.
    const numbers = NUMBERS_LISTED.exec(sentence);
    if (found.length < 2 && numbers) return [numbers[1]!, numbers[2]!];
    // "the 360mm H150i or the 420mm H170i": model numbers of one line, each with its size.
    const models = MODELS_LISTED.exec(sentence);
    if (found.length < 2 && models) return [`${models[2]}${models[1] ? ` ${models[1]}` : ''}`, `${models[4]}${models[3] ? ` ${models[3]}` : ''}`];
    // "one in Mystic Red and one in Petrol Blue": colours or finishes by their names, one each.
    const finishes = ONE_IN_EACH.exec(sentence);
    if (found.length < 2 && finishes) return [finishes[1]!, finishes[2]!];
    if (found.length < 2) continue;
    const joined = found.slice(1).every((m, i) => /\b(?:and|or)\b/i.test(sentence.slice(found[i]!.index! + found[i]![0].length, m.index)));
    const versions = found.map((m) => m[1]!.trim().split(/[\s/]+/).filter((w) => !ORDINARY.test(w) && !DESCRIBED_BEFORE_NAME.test(`${w} `)).join(' '));
    if (joined && versions.every(Boolean)) return versions;
  }
  return undefined;
}

/** "the 360mm H150i or the 420mm H170i": two models of a line, each by its model number (a size before it kept). */
const MODELS_LISTED = /\bthe\s+(?:(\d{2,4}mm)\s+)?([A-Z]{1,4}\d{2,4}[a-z]{0,2})\s+(?:or|and)\s+the\s+(?:(\d{2,4}mm)\s+)?([A-Z]{1,4}\d{2,4}[a-z]{0,2})\b/;

/** "one in Mystic Red and one in Petrol Blue": two versions, each by the name of its finish. */
const ONE_IN_EACH = /\bone\s+in\s+((?:[A-Z][\w-]*\s?){1,3}?)\s*,?\s+and\s+(?:one|the\s+other)\s+in\s+((?:[A-Z][\w-]*\s?){1,3})/;

/** "either the 280 or the 360", "the 240 and the 360": versions told apart by a number alone. */
const NUMBERS_LISTED = /\b(?:either\s+|both\s+)?the\s+(\d{2,4}(?:mm|GB|TB)?)\s+(?:or|and)\s+the\s+(\d{2,4}(?:mm|GB|TB)?)\b/i;
