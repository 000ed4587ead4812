/**
 * Search queries per subject, most specific first. Shop search (WooCommerce-style) needs every term
 * to occur, so: the whole subject, its compound spelled the other way, then the model numbers with
 * the brand, then shorter prefixes.
 * Plural words are searched singular ("cables" misses "Cable" in a substring search, "cable" does not).
 */
import { measures, modelNumbers, singular } from '../checklist/text';
import type { ChecklistItem } from '../checklist/types';
import { coversKind, isKindOnly, kindOfWord, kindWord, subjectKind, wholeKind } from './product-kind';
import { isModelFiller, subjectTerms } from './product-match';
import { isStandardWord, STANDARDS, withBareSocketNumbers, withoutStandardNames } from './standards';

const MAX_QUERIES = 4;
const PACKAGE = /^(set|kit|bundle|combo|pack)$/i;

function words(text: string): string[] {
  return text
    .replace(/&amp;/g, '&')
    .split(/[\s,;()]+/)
    .map((w) => w.replace(/^[^\w]+|[^\w+]+$/g, ''))
    .filter((w) => w && subjectTerms(w).length > 0);
}

/** Sizes in a kind ("27 inch monitor"): checked as measures, and shops write them every way ('27"', "27in"). */
const SIZE = /\b\d+(?:[.,]\d+)?(?:\s*|-)(?:inch(?:es)?|in|"|tb|gb|mm|cm|m|metres?|meters?|hz|w)(?=\s|$)/gi;

const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;

/** One word that is a size ("4TB"). */
const SIZE_WORD = new RegExp(`^${SIZE.source}$`, 'i');

/** A plural searched singular ("monitors" -> "monitor"); "graphics" of "graphics card" is no plural. */
const searchedSingular = (w: string) => (/^[a-z]+s$/i.test(w) && !/^graphics$/i.test(w) ? singular(w.toLowerCase()) : w);

/**
 * "12cm case fan" as written: a kind with its size, searched besides the plans (which leave the size out, as shops spell it
 * several ways), so a shop listing more of the kind than one search reads still shows the ones of that size.
 */
export function sizedQuery(subject: string): string | undefined {
  if (!isKindOnly(subject) || !new RegExp(SIZE.source, 'i').test(subject)) return undefined;
  const ws = words(subject).map(searchedSingular);
  // "4TB internal SSD" as "4TB SSD": a describing word between the size and the kind's noun is one titles may leave out
  // ("Samsung 4TB 870 EVO SSD"), and shops search every word.
  const size = ws.findIndex((w) => SIZE_WORD.test(w));
  const noun = ws.length - 1;
  // (Not a kind named by two words: "hard drive" is no "drive".)
  const twoWordKind = wholeKind(`${ws[noun - 1]} ${ws[noun]}`) !== undefined;
  return size >= 0 && size < noun - 1 && kindOfWord(ws[noun]!) && !twoWordKind && !ws.slice(size + 1, noun).some((w) => kindOfWord(w) || /^[A-Z0-9]/.test(w)) ? `${ws[size]} ${ws[noun]}` : ws.join(' ');
}

export function planQueries(subject: string, brand?: string): string[] {
  const sized = isKindOnly(subject) ? subject.replace(SIZE, ' ').trim() : subject;
  // As written, to tell the names in it ("graphics card", "Micro ATX"); searched singular.
  // "Corsair PC case": every case is a PC's, and shops search every word, so beside a maker "PC" would only miss the maker's
  // cases whose texts never say it. (A bare "PC case" keeps it: "case" alone finds phone cases and bags first.)
  const written = words(sized || subject).filter((w, i, all) => !(/^(?:pc|computer)$/i.test(w) && /^cases?$/i.test(all[i + 1] ?? '') && /^[A-Z]/.test(all[i - 1] ?? '')));
  // "keyboard and mouse set": shops call the package a kit, bundle or set at will; its kinds are what to search.
  if (isKindOnly(subject) && written.length > 1 && PACKAGE.test(written[written.length - 1]!) && kindOfWord(written[written.length - 2]!)) written.pop();
  // ("Be Quiet case": a maker of two words is there when its words open the subject.)
  const brandWords = brand?.toLowerCase().split(/\s+/) ?? [];
  if (brand && !written.some((w) => w.toLowerCase() === brand.toLowerCase()) && written.slice(0, brandWords.length).map((w) => w.toLowerCase()).join(' ') !== brandWords.join(' ')) written.unshift(brand);
  const ws = written.map(searchedSingular);
  const plans: string[] = [];
  const add = (q: string) => { if (q && !plans.includes(q) && namesSomething(q)) plans.push(q); };
  add(ws.join(' '));
  // Shops search words: "low-profile" misses "Low Profile", "USB C" misses "USB-C". Tried next, while
  // the compound is kept, and as the broader search where the first found few (shopping.ts).
  add(otherSpelling(ws));
  // Shops title Intel boards and CPUs by the socket's bare number ("Intel Z790, 1700"), which a word
  // search for "LGA1700" misses and "1700" finds under every spelling.
  add(withBareSocketNumbers(ws.join(' ')));
  const models = modelNumbers(subject);
  if (models.length) {
    const modelWords = ws.filter((w) => models.some((m) => w.toLowerCase().replace(/[^a-z0-9]/g, '') === m));
    add([ws[0], ...modelWords].filter((w, i, a) => a.indexOf(w) === i).join(' '));
    add(modelWords.join(' '));
  }
  // A kind of product ("long hdmi cable") ends in its head noun: relax by dropping the words before
  // it, never the noun ("gaming" alone finds gaming motherboards for "a gaming headset"). Neither
  // relaxation cuts a name in two ("Micro" of "Micro ATX", "supply" of "power supply").
  const cuts = ws.map((_, n) => n).filter((n) => n >= 1 && !splitsName(written, n));
  // A required maker narrows more than any modifier ("ADATA 2.5-inch SATA ssd"): its kind's noun with
  // the maker ("ADATA ssd") comes before queries that drop the maker, which a shop spelling a modifier
  // its own way ('2.5"') would otherwise leave as the only ones that match.
  if (brand && isKindOnly(subject) && cuts.length > 1) add(`${brand} ${ws.slice(cuts[cuts.length - 1]).join(' ')}`);
  if (isKindOnly(subject)) for (const n of cuts) { if (plans.length < MAX_QUERIES) add(ws.slice(n).join(' ')); }
  else {
    // A named model is relaxed without the words its name may go without ("GeForce" of "Asus ProArt
    // GeForce RTX 4070 SUPER"): a shop whose texts leave them out finds it by no query that keeps them.
    const kept = ws.map((_, i) => i).filter((i) => !isModelFiller(ws[i]!, subject));
    const [core, coreWritten] = [kept.map((i) => ws[i]!), kept.map((i) => written[i]!)];
    const coreCuts = core.map((_, n) => n).filter((n) => n >= 1 && !splitsName(coreWritten, n));
    for (const n of coreCuts.reverse()) { if (plans.length < MAX_QUERIES) add(core.slice(0, n).join(' ')); }
  }
  return plans.slice(0, MAX_QUERIES);
}

/**
 * The query with its first compound spelled the other way shops write it: a hyphenated pair of words
 * spaced ("low-profile" -> "low profile"), a word and a lone letter hyphenated ("USB C" -> "USB-C",
 * whose "C" a word search drops). Parts shorter than three letters stay joined: "Wi Fi" searches
 * every "wi" and "fi". Empty when the query has no such compound.
 */
export function otherSpelling(ws: readonly string[]): string {
  const hyphenated = ws.findIndex((w) => /^[a-z]{3,}(?:-[a-z]{3,})+$/i.test(w));
  if (hyphenated >= 0) return ws.map((w, i) => (i === hyphenated ? w.replace(/-/g, ' ') : w)).join(' ');
  const letter = ws.findIndex((w, i) => i > 0 && /^[a-z]$/i.test(w) && takesLetter(ws[i - 1]!, w));
  if (letter < 0) return '';
  return [...ws.slice(0, letter - 1), `${ws[letter - 1]}-${ws[letter]}`, ...ws.slice(letter + 1)].join(' ');
}

/**
 * A lone letter belongs to the word before it when that is an acronym or "type" ("USB C", "Type C")
 * or when joined they name a standard ("usb c"); "Galaxy Tab A" is a model's name, spaced.
 */
function takesLetter(word: string, letter: string): boolean {
  return /^[A-Z]{2,}$/.test(word) || /^type$/i.test(word) || !withoutStandardNames(`${word}-${letter}`);
}

/**
 * Whether cutting the words before index `at` splits one name in two: a standard ("Micro | ATX",
 * "USB | C", "PCIe | 4"), a kind named with two words ("power | supply", "access | point") or a
 * figure and its unit ("27 | inch"). Either half of such a name names nothing a shop titles by.
 */
function splitsName(words: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - 2); i < at; i++) {
    for (let j = at + 1; j <= Math.min(words.length, at + 2); j++) {
      const [whole, before, after] = [words.slice(i, j), words.slice(i, at), words.slice(at, j)].map((p) => p.join(' ')) as [string, string, string];
      const oneStandard = !withoutStandardNames(whole) && (withoutStandardNames(before) !== '' || withoutStandardNames(after) !== '');
      const kind = wholeKind(whole);
      const oneKind = kind !== undefined && wholeKind(before) !== kind && wholeKind(after) !== kind;
      const oneFigure = measures(whole).length > 0 && BARE_NUMBER.test(before);
      if (oneStandard || oneKind || oneFigure) return true;
    }
  }
  return false;
}

/** A size or count written alone ("27", '27"', "27-inch", "32GB", "4K", "1440p"): it qualifies a product and names none. */
export function isFigureWord(word: string): boolean {
  return BARE_NUMBER.test(word) || /^\d{1,2}k$|^\d{3,4}[pi]$/i.test(word) || measures(word).length > 0;
}

/** Which words are figures: a size or count alone, or the unit after its number ("27 | Inch"). */
export function figureWords(words: readonly string[]): boolean[] {
  return words.map((w, i) => isFigureWord(w) || (i > 0 && BARE_NUMBER.test(words[i - 1]!) && measures(`${words[i - 1]} ${w}`).length > 0));
}

/** A query that names a product, a maker or a spec: not figures alone ("27", "27 inch") nor a lone letter ("C"). */
function namesSomething(query: string): boolean {
  const ws = query.split(/\s+/);
  const figures = figureWords(ws);
  return ws.some((w, i) => !figures[i] && !/^[a-z]$/i.test(w));
}

const SOCKET_NAME = new RegExp(String.raw`\b(?:${[...STANDARDS.socket, String.raw`socket[\s-]?\d{4}`].join('|')})\b`, 'gi');

/**
 * A socket the request names (in its subjects or requirements), searched by itself as shops write it
 * ("1700" for "LGA1700 motherboards", "AM5"): boards and CPUs are titled by chipset, socket and model ("Asrock Z790 TAICHI, Intel Z790,
 * 1700, EATX"), often with no kind word in any text for the kind's search to match. Each is a plan of
 * its own, so finding boards by "1700 motherboard" does not stop it; what it finds must still sell the kind.
 */
export function socketQueries(subjects: readonly string[]): string[][] {
  const sockets = subjects.flatMap((s) => s.match(SOCKET_NAME) ?? []).map((name) => withBareSocketNumbers(name).toUpperCase());
  return [...new Set(sockets)].map((q) => [q]);
}

/** A profile's extra searches per site, so a long profile cannot multiply the pages read. */
const MAX_PROFILE_PLANS = 4;

/**
 * Extra searches for a bare kind asked with a profile ("a graphics card"): shops title many products
 * by maker and model ("Palit RTX4070 SUPER DUAL OC, 12GB ...") without the kind's words, so a search
 * for the kind alone never lists what the profile likes. Each liked brand is searched with each liked
 * feature, then with the kind, then alone; each liked feature with the kind, then alone. The cards
 * found still have to be the kind asked for (the search's card rules), so a broad query only adds.
 */
export function profilePlans(kindQuery: string, profile: { brandsLiked: string[]; likes: string[] } | undefined): string[][] {
  if (!profile || !kindQuery) return [];
  const likes = profile.likes.map((l) => l.trim()).filter((l) => l && l.split(/\s+/).length <= 2);
  const plans: string[][] = [
    ...profile.brandsLiked.map((b) => [...likes.map((l) => `${b} ${l}`), `${b} ${kindQuery}`, b]),
    ...likes.map((l) => [`${l} ${kindQuery}`, l]),
  ];
  return plans.slice(0, MAX_PROFILE_PLANS);
}

/**
 * "a drive for it", where "it" is an M.2 slot for NVMe: a standard the request requires narrows a
 * broad kind ("M.2 drive" is an SSD), and shops title the narrower kind by its own word ("SSD"), which
 * pages that never say "drive" carry. Searched besides the subject.
 */
export function impliedKinds(subjects: readonly string[], checklist: readonly ChecklistItem[]): string[] {
  if (subjects.length !== 1) return [];
  const broad = subjectKind(subjects[0]!);
  if (!broad) return [];
  const standards = checklist.filter((i) => i.hard && i.origin === 'request' && i.kind === 'attribute-present' && isStandardWord(i.text)).map((i) => (i as { text: string }).text);
  const narrower = standards.map((w) => subjectKind(`${w} ${subjects[0]}`)).filter((k): k is string => Boolean(k) && k !== broad && coversKind(broad, k!));
  // "DDR4 memory": memory is titled by its generation ("16GB Kit (2 x 8GB), DDR4, 3600MHz") more surely than by its kind's word.
  const generations = broad === 'memory' ? standards.filter((w) => /^DDR\d$/i.test(w)).map((w) => w.toUpperCase()) : [];
  return [...new Set([...narrower.map(kindWord).filter((w): w is string => Boolean(w)), ...generations])];
}
