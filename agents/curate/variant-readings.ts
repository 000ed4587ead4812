/**
 * Which edition, variant or sibling of a named product the request means, read off its name and
 * clause ("in the Dark TG version", ", not the BTF edition", "(the plain H150 RGB, not an iCUE
 * H150i)", "the Galaxy S series"), each as a wish its title decides. Such words name no product, so
 * they are neither searched nor required as words; refineSubject (title-wishes.ts) tries them in order.
 */
import { containsAllTokens, escapeRe, findPhrase, MODEL_TIERS, modelNumbers, tokens } from '../checklist/text';
import { lineTierWish, namesTieredModel } from './card-match';
import { packCount } from './pack-phrase';
import { isKindOnly, kindOfWord } from './product-kind';
import { isColourWord } from './colour-words';
import { seriesOf } from './series';
import { withoutStandardNames } from './standards';
import type { TitleWish } from './title-wishes';

/** "(Black TG)": one to three words in brackets, the way makers name an edition after the model. */
const BRACKETED = /\s*\(([A-Za-z0-9][\w+-]*(?:\s+[\w+-]+){0,2})\)/;

/**
 * "the Meshify 2 case with the dark tinted glass side panel (Black TG)": an edition named in brackets
 * after the model or at the end of the request. Shops write it right after the model's name
 * ("Meshify 2 (Black TG) Gaming Case"), so a title must show the name's last word followed by the
 * edition: "Meshify 2 Lite (Black TG)" is another model of the line, "Meshify 2 (White TG)" another
 * edition. Not an acronym spelled out before it ("Power over Ethernet (PoE)"), a pack, a size, a
 * standard ("(USB-C)") or a colour alone ("(White)"), which titles write anywhere and the checklist reads.
 */
export function namedEdition(subject: string, requirements: string): { subject: string; requirements: string; wish: TitleWish } | undefined {
  const inSubject = BRACKETED.exec(subject);
  const atEnd = inSubject ? null : new RegExp(`${BRACKETED.source}\\s*[.!?]?\\s*$`).exec(requirements);
  const m = inSubject ?? atEnd;
  if (!m) return undefined;
  const edition = m[1]!.trim();
  const product = inSubject ? subject.replace(m[0], ' ').replace(/\s+/g, ' ').trim() : subject;
  const name = modelName(product);
  const before = (inSubject ? subject : requirements).slice(0, m.index);
  if (!name || isKindOnly(product) || !/[A-Z]/.test(edition) || packCount(`(${edition})`) !== 1 || /\d\s?(?:gb|tb)\b/i.test(edition)
    || !withoutStandardNames(edition) || spellsOut(before, edition) || tokens(edition).every(isColourWord)) return undefined;
  const last = tokens(name).pop()!;
  const wanted = [last, ...tokens(edition)];
  const met = (title: string) => {
    const words = tokens(title);
    return words.some((_, i) => wanted.every((w, j) => words[i + j] === w));
  };
  return {
    subject: product,
    requirements: inSubject ? requirements : requirements.slice(0, m.index).trim(),
    wish: { id: `edition:${tokens(edition).join(' ')}`, label: `The ${edition} edition of the ${name}`, met },
  };
}

/**
 * The words of a named product before its kind and the describing words in front of it ("Fractal
 * Design Meshify 2" of "Fractal Design Meshify 2 gaming case").
 */
function modelName(subject: string): string {
  const words = subject.trim().split(/\s+/);
  const kindAt = words.findIndex((w) => kindOfWord(w) !== undefined);
  const name = words.slice(0, kindAt < 0 ? words.length : kindAt);
  while (name.length && /^[a-z]+$/.test(name[name.length - 1]!)) name.pop();
  return name.join(' ');
}

/** Whether the words before a bracket spell it out by their initials ("Power over Ethernet (PoE)"). */
function spellsOut(before: string, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = before.trim().split(/\s+/).slice(-letters.length);
  return words.length === letters.length && words.map((w) => w[0]!.toLowerCase()).join('') === letters;
}

/** What rules a variant out, and the variant's words up to "edition" or "version" at the end of the text. */
const RULED_OUT = String.raw`\s*,?\s+(?:(?:but\s+)?not|rather than|instead of|without)\s+(?:the\s+|an?\s+|its\s+)?((?:(?!(?:edition|version|variant|model|ones?)\b)[\w+-]+\s*){1,3}?)\s*(?:edition|version|variant|model|ones?)?\s*$`;

/** ", not the BTF edition", "but not the Pro version", "rather than the AX version": a named variant the shopper rules out, at the end of the name. */
const REJECTED = new RegExp(RULED_OUT, 'i');

/** "the plain one rather than the AX version": a clause that keeps the plain model and rules a variant out. */
const PLAIN_OVER_VARIANT = new RegExp(String.raw`^\s*(?:the|its)\s+(?:standard|regular|normal|plain|base|basic|original|ordinary)\s+(?:edition|version|variant|model|one)${RULED_OUT}`, 'i');

/**
 * "the Asus GR701 case, not the BTF edition": the product is the GR701; a title naming the rejected
 * variant's words is that edition. Only titles naming it are ruled out: the words are no search words,
 * and a page merely mentioning the other edition still sells this one.
 */
export function rejectedVariant(subject: string): { subject: string; wishes: TitleWish[] } | undefined {
  const m = REJECTED.exec(subject);
  const name = m ? subject.slice(0, m.index).trim() : '';
  return m && name && tokens(m[1]!).length ? { subject: name, wishes: notVariantWishes(m[1]!) } : undefined;
}

/**
 * "the AORUS B550 ELITE V2 motherboard, the plain one rather than the AX version": the clause restates
 * the named model and rules a variant out, as rejectedVariant reads it after a name.
 */
export function plainOverVariant(requirements: string): { requirements: string; wishes: TitleWish[] } | undefined {
  const m = PLAIN_OVER_VARIANT.exec(requirements.replace(/[\s,;]+$/, ''));
  return m && tokens(m[1]!).length ? { requirements: '', wishes: notVariantWishes(m[1]!) } : undefined;
}

/** "the Aluminium or ARGB edition": a wish against each variant named. */
function notVariantWishes(said: string): TitleWish[] {
  return said.trim().split(/\s+(?:or|nor|and)\s+/i).filter(Boolean)
    .map((variant) => ({ id: `not-variant:${tokens(variant).join(' ')}`, label: `Not the ${variant} edition`, met: (title: string) => !namesVariant(title, variant) }));
}

/** Whether a title names a variant, its words apart or run together ("Wi-Fi" as "WIFI"). */
function namesVariant(title: string, variant: string): boolean {
  const words = tokens(variant);
  return containsAllTokens(title, variant) || (words.length > 1 && tokens(title).includes(words.join('')));
}

/** ", the full white one", ", the black edition": the variant chosen, after the name. */
const CHOSEN = /\s*,\s*(?:the|its)\s+((?:(?!(?:edition|version|variant|model|ones?|not)\b)[\w+-]+\s*){1,3}?)\s*(?:edition|version|variant|model|one)\s*$/i;

/**
 * "the GameMax Meshbox case, the full white one": the product is the Meshbox; the variant's words are
 * no search words (no title says "one"), and a title of that variant starts a word with each of them
 * ("Full WhiteGaming Case", as one shop runs two words together).
 */
export function chosenVariant(subject: string): { subject: string; wish: TitleWish } | undefined {
  const m = CHOSEN.exec(subject);
  const words = m ? tokens(m[1]!) : [];
  const name = m ? subject.slice(0, m.index).trim() : '';
  if (!words.length || !name) return undefined;
  return { subject: name, wish: { id: `variant:${words.join(' ')}`, label: `The ${m![1]!.trim()} edition`, met: variantShown(words) } };
}

/** "in the Dark TG version", "as the White edition": the variant named in a clause; "plain" or "standard" names none. */
const CLAUSE_VARIANT = /^\s*(?:in|as)\s+the\s+((?:(?!(?:edition|version|variant)\b)[\w+-]+\s+){1,3}?)(?:edition|version|variant)\b\s*,?\s*/i;
const NO_VARIANT_WORD = /^(?:plain|standard|regular|normal|basic|original|base|same|other|new|old|latest)$/i;

/** "the Fractal Design Meshify C case in the Dark TG version": a title of that variant starts a word with each of its words. */
export function clauseVariant(requirements: string): { requirements: string; wishes: TitleWish[] } | undefined {
  const m = CLAUSE_VARIANT.exec(requirements);
  const words = m ? tokens(m[1]!) : [];
  if (!words.length || words.some((w) => NO_VARIANT_WORD.test(w))) return undefined;
  return { requirements: requirements.slice(m![0].length).trim(), wishes: [{ id: `variant:${words.join(' ')}`, label: `The ${m![1]!.trim()} version`, met: variantShown(words) }] };
}

/**
 * Whether a title shows a variant: it starts a word with each of the variant's words, and where it
 * names its variant in brackets ("Torrent (White RGB TG)"), they are all there: "Clear" in "Clear
 * Glass Window" does not make the White RGB TG the White Clear TG.
 */
function variantShown(words: string[]): (title: string) => boolean {
  const starts = words.map((w) => new RegExp(`\\b${escapeRe(w)}`, 'i'));
  return (title) => {
    const bracket = /\(([^()]+)\)/.exec(title.split(',')[0]!)?.[1];
    const named = bracket && starts.some((re) => re.test(bracket)) ? bracket : title;
    return starts.every((re) => re.test(named));
  };
}

/** "(the plain H150 RGB, not an iCUE H150i)": an aside in brackets that opens with an article or a negation. */
const ASIDE = /\s*\(\s*((?:the|an?|not|but|i\.e\.)\s[^()]*)\)/i;
const ASIDE_REJECTS = /\b(?:not|except)\s+(?:the\s+|an?\s+|any\s+)?([\w+-]+(?:\s+[\w+-]+){0,3})/gi;

/**
 * "the Corsair H150 RGB cooler (the plain H150 RGB, not an iCUE H150i)": the aside restates the name
 * and rules out look-alikes, so its words are not searched; each product it rules out is a wish on
 * the title, which names that product by those words.
 */
export function bracketedAside(subject: string): { subject: string; wishes: TitleWish[] } | undefined {
  const m = ASIDE.exec(subject);
  if (!m) return undefined;
  const rest = subject.replace(m[0], ' ').replace(/\s+/g, ' ').trim();
  const ruledOut = [...m[1]!.matchAll(ASIDE_REJECTS)].map((r) => r[1]!.trim());
  return { subject: rest, wishes: ruledOut.map((other) => ({ id: `not-variant:${tokens(other).join(' ')}`, label: `Not the ${other}`, met: (title: string) => !containsAllTokens(title, other) })) };
}

/** "Galaxy S series": a product line named by the letters its model numbers start with. */
const LETTER_SERIES = /\s+([A-Z]{1,3})[\s-]+[Ss]eries\b/;

/**
 * "a Samsung Galaxy S series smartphone": no title says "S series"; each names a model of it ("Galaxy
 * S23", "S24 Ultra"). So the words are not searched, and the title's model number must start with the
 * line's letters: an A35 or a Z Flip6 is another line.
 */
export function letterSeries(subject: string): { subject: string; wish: TitleWish } | undefined {
  const m = LETTER_SERIES.exec(subject);
  if (!m || isKindOnly(subject)) return undefined;
  const letters = m[1]!.toLowerCase();
  const rest = subject.replace(m[0], ' ').replace(/\s+/g, ' ').trim();
  return { subject: rest, wish: { id: `series:${letters}`, label: `A model of the ${m[1]} series`, met: (title) => seriesOf(title) === letters } };
}

/** ", the standard edition and": the plain model restated after its name, left over once a variant was ruled out. */
const PLAIN_EDITION = /\s*,?\s+(?:the|its)\s+(?:standard|regular|normal|plain|base|basic|original|ordinary)\s+(?:edition|version|variant|model|one)(?:\s*,|\s+and|\s+but)?\s*$/i;

/**
 * "the Asus GT501 case, the standard edition and not the White one": "standard edition" is what the
 * named product is when no variant is named, and no title says it, so it is neither searched nor required.
 */
export function plainEditionNamed(subject: string): string | undefined {
  const m = PLAIN_EDITION.exec(subject);
  const name = m ? subject.slice(0, m.index).trim() : '';
  return name && /[A-Z]/.test(name) ? name : undefined;
}

/** "full-size", "standard-size": the size of a model line's largest member, said before its name. */
const SIZE_BEFORE_NAME = /^(?:the\s+|an?\s+)?(?:full|standard|regular|normal)[\s-]?sized?\s+(?=[A-Z])/i;

/**
 * "a full-size Fractal Design Define 7 (not the Compact)": the full-size model is the one titled by
 * its plain name; shops never write "full-size" in it, so the word is not searched. Its smaller
 * siblings are ruled out by the words the request names for them, not by this one.
 */
export function sizeBeforeName(subject: string): string | undefined {
  const m = SIZE_BEFORE_NAME.exec(subject);
  const name = m ? subject.slice(m[0].length).trim() : '';
  return name && !isKindOnly(name) ? name : undefined;
}

/** How a request sets the other model apart before naming it: "not the bigger S23+". */
const SIZE_COMPARED = '(?:bigger|larger|smaller|newer|older|cheaper|dearer|pricier|faster|slower)';

/**
 * (Not "not the Z790 PG Lightning/D4": a code followed by more of a name is another product's name, read as such.)
 * ", not the RTX 4070 Ti SUPER", "not the bigger S23+": a series code in capitals ("over 1000" is none), its
 * number and tier words ("+" is the tier "plus"), ruled out. A one-letter code needs two digits ("S23", not "A4").
 */
const REJECTED_MODEL = new RegExp(String.raw`\s*,?\s*(?:but\s+)?\b(?:[Nn]ot|[Ee]xcept)\s+(?:the\s+|an?\s+|any\s+)?(?:${SIZE_COMPARED}\s+)?((?:[A-Z]{2,5}[\s-]?\d{3,5}|[A-Z]\d{2,4})[A-Za-z]{0,3}\+?(?:\s+(?:${[...MODEL_TIERS].flatMap(caseForms).join('|')})\b)*)(?![\w-])(?!\s+[A-Z][A-Z0-9-]+\b)`);

/** A word as requests write it: lower-case, capitalised or in capitals. */
function caseForms(word: string): string[] {
  return [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()];
}

/**
 * "graphics cards with the RTX 4070 Ti chip, not the RTX 4070 Ti SUPER": a model ruled out by its
 * number and tier words is a wish on the title, which names that model with those very tiers
 * ("RTX4070 Ti SUPER OC"); a title of the asked model ("RTX4070 Ti") shares the rejected one's
 * leading words, and a page mentioning the other chip still sells this one. Not a search word.
 */
export function rejectedModel(requirements: string): { rest: string; wish: TitleWish } | undefined {
  const m = REJECTED_MODEL.exec(requirements);
  if (!m) return undefined;
  const model = m[1]!.trim();
  // ("not the B550M micro ATX or the B550I mini ITX": the rest of the list stays turned down.)
  const after = requirements.slice(m.index + m[0].length);
  const list = /^\s+(?:[a-z]+\s+){0,2}[A-Za-z]+\s+(?:or|nor)\s+(?:the\s+)?[A-Z0-9][^,;.]*/i.exec(after)?.[0];
  const rest = (list ? `${requirements.slice(0, m.index)} not ${list.trim().replace(/\b(or|nor)\s+(?=(?:the\s+)?[A-Z0-9])/, '$1 not ')}${after.slice(list.length)}` : requirements.replace(m[0], ' '))
    .replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
  return { rest, wish: { id: `not-model:${tokens(model).join(' ')}`, label: `Not the ${model}`, met: (title) => !namesTieredModel(title, model) } };
}

/** "from the same Pop Silent model", "the same Arctic Liquid Freezer II ARGB series", "the same Aim Lab edition": a line named as the one to keep. */
const SAME_LINE = /\bthe same\s+((?:[A-Z0-9][\w+-]*\s+){1,6}?)(?:model|series|line|range|family|edition|collection)\b/;

/**
 * "Find the cheapest alternative from the same Pop Silent model for this case": every word of the
 * line named is in the alternative's title ("Pop Silent (Black TG)"), in any order ("Liquid Freezer
 * II 280 ARGB" is of the Liquid Freezer II ARGB series).
 */
export function sameLineWish(text: string): TitleWish | undefined {
  const line = SAME_LINE.exec(text)?.[1]?.trim() ?? sameNamed(text);
  return line ? { id: `same-line:${tokens(line).join(' ')}`, label: `From the same ${line} line`, met: (title) => containsAllTokens(title, line) } : undefined;
}

/** "that is the same Vida Vetro case in black", "the same Antec Performance 1 FT;": a product named by its maker and line. */
const SAME_NAMED = /\b(?:is|be|it's|just)\s+the\s+same\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){1,5})(?:\s+([a-z]+))?/;

/** The name after "the same", when a kind word, a pause or the end follows it (not "the same Corsair fans as mine"). */
function sameNamed(text: string): string | undefined {
  const m = SAME_NAMED.exec(text);
  if (!m) return undefined;
  const after = m[2];
  return !after || kindOfWord(after) !== undefined || /^(?:in|with|but|only|please)$/.test(after) ? m[1] : undefined;
}

/** "the same Corsair Vengeance LPX 32GB kit": the quoted product's name, said after "the same" (not a line: "the same Arctic Liquid Freezer II ARGB series"). */
// "It has to stay the Corsair iCUE 5000X RGB", "the very same Corsair 6500X": the quoted model, named.
const SAME_NAMED_MODEL = /\b(?:the\s+(?:very\s+|exact\s+)?same|(?:has\s+to|must|should|needs\s+to)\s+(?:stay|remain)\s+the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*,\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z0-9]|[a-z]+[A-Z])[\w-]*)*)(?!\s+(?:series|line|range|family|generation|models)\b)/;

/** "the same case, with its three ARGB fans, in white": the quoted model itself, another edition of it. */
const SAME_MODEL = /\b(?:is|be|it's|its|just)\s+the\s+same\s+([a-z]+)\b(?!\s+(?:size|colou?r|socket|brand|maker|make|capacity|wattage|speed|line|series|range|family|type|kind|length|form))/i;

/**
 * "Find the cheapest alternative that is the same case ... in white": an alternative that is the same
 * product (a kind word or "model", "one") carries the quoted title's model number with its tier words;
 * what the request adds ("in white") sets it apart from the quoted offer.
 */
export function sameModelWish(text: string, quotedTitle: string): TitleWish | undefined {
  // "the same Corsair Vengeance LPX 32GB (2 x 16GB) DDR4 kit but rated for 3200MHz": the quoted line, named.
  // "the same full-size Torrent": one word of the quoted title's line (not its maker), no other model of the line ("Torrent Compact").
  const named = SAME_NAMED_MODEL.exec(text)?.[1];
  const quotedWords = tokens(quotedTitle);
  const lineWord = named && !/\s/.test(named) && named.length > 3 && quotedWords.indexOf(named.toLowerCase()) > 0;
  if (named && (/\s/.test(named) || lineWord) && findPhrase(quotedTitle, named)) {
    const at = quotedWords.indexOf(tokens(named).at(-1)!);
    // "the same Asus TUF Gaming GT502 but sold with ARGB fans": another edition of it, whose title may add a tier ("GT502 Plus").
    // (Not "the same full-size Torrent but ...": no smaller sibling, whatever it adds.)
    // "the Micro ATX version of the same Meshify C": another edition of it too ("Meshify C Mini").
    const butOther = (new RegExp(String.raw`${escapeRe(named)}\s*,?\s+but\b`).test(text) || new RegExp(String.raw`\b(?:version|edition|variant)\s+of\s+the\s+same\s+${escapeRe(named)}`).test(text)) && !/\bfull[\s-]?sized?\b/i.test(text);
    const tier = butOther ? undefined : lineTierWish(quotedWords.slice(Math.max(0, at - 1), at + 1).join(' '), text);
    // "Samsung 4TB 870 EVO SSD": a capacity or size titled inside the name is no other model.
    const withoutFigures = (title: string) => title.replace(/\b\d+(?:[.,]\d+)?\s?(?:GB|TB|mm|cm)\b\s*/gi, '');
    return { id: `same-model:${tokens(named).join(' ')}`, label: `The same ${named}, as quoted`, met: (title) => (findPhrase(title, named) !== undefined || findPhrase(withoutFigures(title), named) !== undefined) && (tier?.met(title) ?? true) };
  }
  const word = SAME_MODEL.exec(text)?.[1];
  if (!word || !(kindOfWord(word) || /^(?:model|product|one|item|thing|board)$/i.test(word))) return undefined;
  const model = modelNumbers(quotedTitle.split(/,| - /)[0]!)[0];
  if (model) return { id: `same-model:${model.toLowerCase()}`, label: `The same ${model}, as quoted`, met: (title) => namesTieredModel(title, model) };
  // A line named without a model number ("Fractal Design Pop Air (Black Solid) Gaming Case"): its words
  // before the edition in brackets and the kind, written together.
  const words = quotedTitle.split(/[,(]| - /)[0]!.trim().split(/\s+/);
  const kindAt = words.findIndex((w, i) => i > 0 && (kindOfWord(w) !== undefined || /^gaming$/i.test(w)));
  const line = (kindAt > 0 ? words.slice(0, kindAt) : words).join(' ');
  return line.split(' ').length >= 2 ? { id: `same-model:${tokens(line).join(' ')}`, label: `The same ${line}, as quoted`, met: (title) => findPhrase(title, line) !== undefined } : undefined;
}

/** "a Plus model of an earlier Galaxy S generation", "an older generation", "last year's model": one before the quoted. */
const EARLIER_GENERATION = /\b(?:an?\s+|the\s+)?(?:earlier|older|previous|last\s+year's)\s+(?:[\w-]+\s+){0,3}?(?:generation|gen|model|version)s?\b/i;

/**
 * "Find the cheapest alternative that is ... of an earlier Galaxy S generation": a model of the quoted
 * one's series with a lower number ("S23" before "S24"), as titles write it.
 */
export function earlierGenerationWish(text: string, quotedTitle: string): TitleWish | undefined {
  if (!EARLIER_GENERATION.test(text)) return undefined;
  const code = modelNumbers(quotedTitle.split(/,| - /)[0]!).map((m) => /^([a-z]+)(\d{1,3})$/.exec(m)).find(Boolean);
  if (!code) return undefined;
  const [, letters, digits] = code;
  const series = new RegExp(String.raw`\b${letters}(\d{${digits!.length}})(?!\d)`, 'i');
  return {
    id: `earlier:${letters}${digits}`,
    label: `An earlier ${letters!.toUpperCase()} generation than the ${letters!.toUpperCase()}${digits}`,
    met: (title) => { const m = series.exec(title.split(/,| - /)[0]!); return m !== null && Number(m[1]) < Number(digits); },
  };
}

/** "a Plus model", "the Plus version": the edition titled with "+" or "Plus" right after its model number. */
const PLUS_MODEL = /\ban?\s+(?:plus|\+)\s+(?:model|version|edition)\b|\bthe\s+plus\s+(?:model|version|edition)\b/i;

export function plusModelWish(text: string): TitleWish | undefined {
  return PLUS_MODEL.test(text) ? { id: 'plus-model', label: 'A Plus model', met: (title) => /\b[a-z]*\d+\+|\b[a-z]*\d+\s+plus\b/i.test(title) } : undefined;
}
