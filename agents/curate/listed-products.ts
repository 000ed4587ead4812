/**
 * "I need two Be Quiet parts: the Shadow Rock LP low-profile CPU cooler and the Pure Wings 2 80mm PWM fan for the back.
 * Find all offers for these two products ...": the asking sentence points back at a list the sentence before it gives,
 * each item a product of its own. Each is read as the name its titles carry (the capitalised words and model numbers
 * it opens with), plus a size said of it ("with the 120mm radiator"), which tells its versions apart; the words after
 * the name ("low-profile CPU cooler", "for the back") describe it or say what it is for, which titles need not say.
 */

/** "both products", "both of them", "these two products", "those 2 parts", "these items": several things named before. */
const POINTS_AT_LISTED = /^(?:(?:both|either)(?:\s+one)?(?:\s+of\s+(?:them|these|those)(?:\s+(?:two|three|2|3))?)?(?:\s+[a-z]+s)?|(?:these|those|the)\s+(?:two|three|2|3)(?!-)(?:\s+[a-z]+s)?|(?:these|those)\s+(?:products|items|parts))$/i;

/** Words that join the items of a list of products ("..., plus an ADATA ...", "... and the Pure Wings 2 ..."). */
const LIST_JOINER = /\s*,?\s+(?:plus|and|as\s+well\s+as|along\s+with|together\s+with)\s+(?=(?:an?|the|one|some)\s)|\s*;\s*/i;

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
const EITHER_OF_LISTED = /\b(?:(?:whichever|either|any|each)\s+(?:one\s+)?of\s+(?:the|those|these)\s+(?:two|three|2|3)\b(?!-)|(?:across|between|of|for)\s+both\b(?!\s+(?:sides|ends|ways|directions)\b)|happy\s+with\s+either\b|either\s+(?:one\s+)?(?:would|will)\s+do\b)/i;

/** Whether the request says one of several products named before will do ("whichever of the two", "across both"). */
export function choosesAmongListed(text: string): boolean {
  return EITHER_OF_LISTED.test(text);
}

/**
 * The products a sentence lists (after its colon where it has one), each by its name, with what the words before its
 * colon say of them all ("Two memory kits on my shortlist, both 32GB (2 x 16GB) of DDR5-6000 with RGB"): the last such
 * sentence of the text; undefined unless one lists two or more, each named.
 */
export function listedProducts(text: string): { names: string[]; saidOfAll: string } | undefined {
  for (const sentence of sentencesLastFirst(text)) {
    const colon = sentence.lastIndexOf(':');
    const list = colon >= 0 ? sentence.slice(colon + 1) : sentence;
    const items = list.replace(/[.!?]+\s*$/, '').split(LIST_JOINER).map((item) => item.trim()).filter(Boolean);
    if (items.length < 2) continue;
    const names = items.map(nameOfItem);
    // ("Two parts are settled:" says nothing of them; "both 32GB (2 x 16GB) of DDR5-6000 with RGB:" says what each is.)
    const before = colon >= 0 ? sentence.slice(0, colon).trim() : '';
    if (names.every((name): name is string => name !== undefined)) return { names, saidOfAll: SAYS_A_FIGURE.test(before) ? before : '' };
  }
  return undefined;
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

/** "the Be Quiet Pure Loop 2 all-in-one with the 120mm radiator" -> "Be Quiet Pure Loop 2 120mm"; undefined when the item opens with no name. */
function nameOfItem(item: string): string | undefined {
  // "the Define R6 (Black Solid)": the version in brackets, as titles write it, is part of the name.
  // ("the case is the plain Antec C8 in white": the part's role, then its name.)
  const bare = item.replace(ROLE_IS, '').replace(/^(?:the|an?|one|some)\s+/i, '').replace(DESCRIBED_BEFORE_NAME, '').replace(/\(([^()]*)\)/g, (whole, inner: string) => (/^(?:[A-Z0-9][\w/-]*\s*)+$/.test(inner.trim()) ? inner : whole));
  const words = bare.slice((VERSION_BEFORE_NAME.exec(bare)?.[0] ?? '').length).split(/\s+/);
  const end = words.findIndex((w) => !NAME_WORD.test(w));
  // "the Antec C8 in white": a colour said right after the name picks that version as one said before it would.
  const colourAfter = COLOUR_AFTER_NAME.exec(words.slice(end < 0 ? words.length : end).join(' '))?.[1];
  const version = VERSION_BEFORE_NAME.exec(bare)?.[0] ?? (colourAfter ? `${colourAfter.toLowerCase()} ` : '');
  // ("the Acme A520M Pro4 Micro ATX board": the board size said after the name is no word of it.)
  const name = (end < 0 ? words : words.slice(0, end)).join(' ').replace(/[,;:]+$/, '').replace(/\s+(?:(?:micro|mini)[\s-]?(?:atx|itx)|e-?atx|atx|itx)$/i, '');
  // A name holds a capitalised word besides its figures ("Pure Wings 2"); a lone maker is no product ("Corsair").
  if (!/[A-Za-z]{2}/.test(name) || name.split(/\s+/).length < 2) return undefined;
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
    if (found.length < 2) continue;
    const joined = found.slice(1).every((m, i) => /\b(?:and|or)\b/i.test(sentence.slice(found[i]!.index! + found[i]![0].length, m.index)));
    const versions = found.map((m) => m[1]!.trim().split(/[\s/]+/).filter((w) => !ORDINARY.test(w) && !DESCRIBED_BEFORE_NAME.test(`${w} `)).join(' '));
    if (joined && versions.every(Boolean)) return versions;
  }
  return undefined;
}

/** "either the 280 or the 360", "the 240 and the 360": versions told apart by a number alone. */
const NUMBERS_LISTED = /\b(?:either\s+|both\s+)?the\s+(\d{2,4}(?:mm|GB|TB)?)\s+(?:or|and)\s+the\s+(\d{2,4}(?:mm|GB|TB)?)\b/i;
