/**
 * Matching products across shops: model numbers ("5900X", "NV2", "A25"), normalised titles and the
 * first capacity in the title ("32GB Kit (2 x 16GB)" is a 32 GB product, not a 16 GB one).
 */
import { gpuTier } from './gpu-tiers';
import type { Superlative } from './request-shape';
import { bareScreenInches, convertMeasure, measures, MODEL_TIERS, modelNumbers, singular, tokens } from '../checklist/text';
import { findWordForm } from '../checklist/items/word-forms';
import { coversKind, kindOfWord, subjectKind, titleKinds, wholeKind } from './product-kind';
import { CHIPSET_CODE, SIZED_BOARD_MODEL, withBareSocketNumbers } from './standards';

/** Words that say nothing about which product: never required in a title, never searched. */
const FILLER = new Set(['the', 'a', 'an', 'new', 'standard', 'regular', 'available', 'largest', 'biggest', 'smallest', 'model', 'models', 'offer', 'offers', 'product', 'products', 'item', 'items', 'all', 'any', 'some', 'each', 'best', 'good', 'cheap', 'cheapest', 'with', 'and', 'for', 'of', 'to', 'in', 'on']);

export function subjectTerms(subject: string): string[] {
  return tokens(subject).filter((t) => !FILLER.has(t));
}

/**
 * Model numbers written with or without a space ("RTX 4080" and "RTX4080", "RX 7900 XT"), one way: a
 * short run of letters before a run of three to five digits is joined to it. Both title and subject
 * are read this way, so neither spelling turns the same product down.
 */
export function joinModelParts(text: string): string {
  // A series code is written in capitals ("RTX") or typed lower-case ("rtx"), never as a word ("Team");
  // a figure with its unit ("256GB") is a size, not the rest of a model number. A tier word follows a
  // model, never opens one: "VENTO PRO 120" is the Vento Pro's 120 mm size, as in "Vento Pro 120".
  return text.replace(SPACED_MODEL, (whole, letters: string, digits: string) => (isModelPair(letters, digits) ? `${letters}${digits}` : whole));
}

/** A series code and its number written apart ("RTX 4080", "rx-7900", "RTX A400", which titles write "RTXA400"). */
const SPACED_MODEL = /\b([A-Z]{2,4}|[a-z]{2,4})[\s-]([A-Z]?\d{3,5}[A-Za-z]{0,2})\b/g;

/**
 * Capitals that name lighting or a generation, never a series with a number ("A-RGB 280" is a 280 mm cooler, "III 360" its size);
 * nor does a kind's acronym ("Samsung SSD 870 EVO" is the 870 EVO, asked for as "Samsung 870 EVO").
 */
const NO_SERIES = new Set(['rgb', 'argb', 'led', 'ii', 'iii', 'iv', 'ssd', 'hdd', 'psu']);

function isModelPair(letters: string, digits: string): boolean {
  // A lettered number joins only a graphics series ("RTX A400" is the "RTXA400"); "AMD B650" is a maker and a chipset.
  if (/^[A-Z]/.test(digits) && !/^(?:rtx|gtx|quadro)$/i.test(letters)) return false;
  return !FILLER.has(letters.toLowerCase()) && !NO_SERIES.has(letters.toLowerCase()) && !MODEL_TIERS.has(letters.toLowerCase()) && !/\d(?:gb|tb|mb|hz|mm|cm|w|k|p|x)$/i.test(digits);
}

/** The model numbers a text writes apart ("RTX 4070" of "RTX 4070 graphics cards"), as joinModelParts reads them. */
export function spacedModels(text: string): { letters: string; digits: string }[] {
  return [...text.matchAll(SPACED_MODEL)].filter((m) => isModelPair(m[1]!, m[2]!)).map((m) => ({ letters: m[1]!, digits: m[2]! }));
}

/** Every meaningful word of the subject is in the title, and no sibling model (see isVariantOf). */
export function matchesSubject(title: string, subject: string): boolean {
  [title, subject] = [joinModelParts(title), joinModelParts(subject)];
  return termsMatch(title, subject) && !isVariantOf(title, subject);
}

/**
 * For "all offers / the cheapest offer for <model>": 'exact' for the model itself, 'sibling' for a
 * sibling model or edition (B650M-A for B650-A, SUPER EVO OC for SUPER OC), which is only the answer
 * when no shop has the exact one.
 */
export function modelMatch(title: string, subject: string): 'exact' | 'sibling' | undefined {
  [title, subject] = [joinModelParts(title), joinModelParts(subject)];
  const loose = new Set([...looseModelTerms(subject), ...kindTermsMet(title, subject)]);
  if (!termsMatch(title, subject, loose) || !lineWordsNameIt(title, subject, loose)) return undefined;
  // "Fractal Design USB-C ... Cable for Fractal Meshify Lite Cases": a product the title names only after "for" is what the
  // titled one is made for, not it.
  // (Only the words after "for" up to the next comma: "Case Fan for Continuous Operation, Black" is still black.)
  const madeFor = /\s(?:for|fits|compatible\s+with)\s[^,]*/i.exec(title);
  if (madeFor && !termsMatch(title.slice(0, madeFor.index) + title.slice(madeFor.index + madeFor[0].length), subject, loose)) return undefined;
  // "Liquid CPU Cooler, P14 PWM PST ARGB Fans & ...": a model number only in a part the title lists is that part's, not this product's.
  if (!modelNumbersNameIt(title, subject)) return undefined;
  // "camera body": a kit with a lens ("Canon EOS R5, RF 24-105mm f/4L") is no body alone.
  if (/\bbody\b/i.test(subject) && WITH_LENS.test(title)) return undefined;
  return isVariantOf(title, subject) || hasExtraDesignator(title, subject) ? 'sibling' : 'exact';
}

/** Whether each model number of the subject is in a segment of the title that names the product itself, not a part it comes with. */
function modelNumbersNameIt(title: string, subject: string): boolean {
  const models = modelNumbers(subject);
  if (!models.length) return true;
  const named = new Set(modelNumbers(joinModelParts(titleSegments(title).naming.join(', '))));
  return models.every((m) => named.has(m));
}

/**
 * A title's comma-separated segments: those naming the product itself, and those naming a part of another kind it comes
 * with ("..., Pure Wings 2 Fan" on a cooler). The first segment always names the product.
 */
function titleSegments(title: string): { naming: string[]; parts: string[] } {
  const own = titleKinds(title);
  const segments = title.split(/,| - | – /);
  const isPart = (segment: string, i: number) => {
    const kind = i === 0 ? undefined : subjectKind(segment);
    return kind !== undefined && !own.includes(kind);
  };
  return { naming: segments.filter((seg, i) => !isPart(seg, i)), parts: segments.filter((seg, i) => isPart(seg, i)) };
}

/** A title selling a camera with a lens: a zoom's focal range ("24-105mm"), a "lens" or a "kit". */
const WITH_LENS = /\b\d{1,3}-\d{1,3}\s?mm\b|\blens\b|\bkit\b/i;

/**
 * A model named without a model number ("Be Quiet! Pure Rock LP") is told by its line words; one
 * the title carries only in a segment naming another kind of product names that part, not this
 * product ("Shadow Rock LP Heatsink & Fan, ..., Pure Wings 2 Fan" is no Pure Rock LP).
 */
function lineWordsNameIt(title: string, subject: string, loose: ReadonlySet<string>): boolean {
  if (modelNumbers(subject).length) return true;
  const { naming: namingSegments, parts: partSegments } = titleSegments(title);
  const wordsOf = (segments: string[]) => new Set(tokens(segments.join(' ')).map(singular));
  const [naming, parts] = [wordsOf(namingSegments), wordsOf(partSegments)];
  const line = subject.trim().split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !/\d/.test(w)).flatMap(tokens).map(singular);
  return !line.some((w) => !loose.has(w) && parts.has(w) && !naming.has(w));
}

/**
 * Words a model's name may go without ("Mark II" is also sold as "II"; a camera "Body" as the bare
 * model); a graphics card's chip line ("GeForce RTX 4080", "Radeon RX 7800 XT") is as often left out
 * by the board maker's shops as written.
 */
const MODEL_FILLER = new Set(['mark', 'mk', 'body', 'version', 'edition', 'genuine', 'original', 'geforce', 'radeon']);

/** A word a model's name may go without, for a subject that names a model number (see MODEL_FILLER). */
export function isModelFiller(word: string, subject: string): boolean {
  return MODEL_FILLER.has(word.toLowerCase()) && modelNumbers(joinModelParts(subject)).length > 0;
}

/**
 * For a subject that names a model number ("Acme ZX9 Mark II camera body"), the words a shop's title
 * may leave out: the maker before the name, kind words and filler. The model's identity rests on its
 * model numbers and line words, which stay required.
 */
export function looseModelTerms(subject: string): Set<string> {
  const terms = subjectTerms(subject);
  const models = new Set(modelNumbers(subject));
  const firstModel = terms.findIndex((t) => models.has(t));
  if (firstModel < 0) return new Set();
  const loose = new Set<string>();
  // "Canon EOS R5 C cinema camera body": a word written in lower case before the kind, after the
  // model, describes the kind ("cinema camera"), which shops leave out ("Canon EOS R5 C Body").
  const written = subject.trim().split(/\s+/);
  const describing = new Set(written.filter((w, i) => i > 0 && /^[a-z]+$/.test(w) && kindOfWord(written[i + 1] ?? '') !== undefined && kindOfWord(w) === undefined
    && written.slice(0, i).some((p) => models.has(p.toLowerCase()))).map((w) => singular(w)));
  terms.forEach((t, i) => {
    if (models.has(t) || measures(t).length) return;
    if (MODEL_FILLER.has(t) || kindOfWord(t) !== undefined || describing.has(singular(t))) loose.add(singular(t));
    // The maker opens the name and comes before a line word ("Acme Vista Z9"): shops drop one of them, never both.
    else if (i === 0 && firstModel >= 2) loose.add(singular(t));
  });
  return loose;
}

/**
 * The words naming the subject's kind ("SSD Enclosure", "Flash Drive"), when the title sells that
 * kind: shops word a kind their own way ("SSD Caddy", "Memory Pen"), model number or not. The
 * maker and line words ("Asus ROG Strix Arion") still say which product it is.
 */
export function kindTermsMet(title: string, subject: string): Set<string> {
  const kind = subjectKind(subject);
  if (!kind || !titleKinds(title).some((k) => coversKind(kind, k))) return new Set();
  const terms = subjectTerms(subject);
  const met = new Set(terms.filter((t) => kindOfWord(t) !== undefined).map(singular));
  // A compound kind ("flash drive", "CPU air cooler") is met as a whole: the longest closing words
  // that name the kind alone, else the shortest that end in it.
  const tails = [3, 2, 1].filter((n) => n <= terms.length).map((n) => terms.slice(-n));
  const tail = tails.find((t) => wholeKind(t.join(' ')) === kind) ?? tails.reverse().find((t) => subjectKind(t.join(' ')) === kind);
  // A number in those words ("Processor 300") is the model's, never the kind's.
  tail?.forEach((t) => { if (!/^\d+$/.test(t)) met.add(singular(t)); });
  return met;
}

/** "80mm" as the other metric unit a title may use for it ("8cm"); none for any other word. */
function sameLengthOtherwise(term: string): string[] {
  const length = /^(\d+(?:\.\d+)?)(mm|cm)$/.exec(term);
  if (!length) return [];
  const unit = length[2] === 'mm' ? 'cm' : 'mm';
  const value = convertMeasure({ value: Number(length[1]), unit: length[2]! }, unit);
  return value === undefined ? [] : [`${value}${unit}`];
}

/** Standards titles write with their generation run on: "SATA" as "SATAIII" or "SATA3", "DDR" as "DDR5" (findWordForm). */
const GENERATION_FAMILIES = new Set(['sata', 'ddr', 'pcie', 'usb', 'hdmi']);

/** Every meaningful word of the subject is in the title (but those in `loose`); quantities must be the title's own (first) one. */
function termsMatch(title: string, subject: string, loose: ReadonlySet<string> = new Set()): boolean {
  const have = tokens(title);
  const haveSet = new Set(have.map(singular));
  // "power supply adapter cable": shops write the power supply "PSU".
  if (haveSet.has('psu')) ['power', 'supply'].forEach((w) => haveSet.add(w));
  const terms = subjectTerms(subject).filter((t) => !loose.has(singular(t)));
  if (!terms.length) return true;
  if (!terms.every((t) => haveSet.has(singular(t)) || (/^\d+$/.test(t) && FIGURE_UNITS.some((unit) => haveSet.has(`${t}${unit}`))) || (GENERATION_FAMILIES.has(t) && findWordForm(title, t) !== undefined)
    || sameLengthOtherwise(t).some((w) => haveSet.has(w)))) return false;
  const titleMeasures = measures(title);
  // The subject's own first quantity of a unit against the title's: "16GB (2 x 8GB)" is a 16 GB kit
  // in both; its module size is a later quantity, found among the title's words above.
  const units = new Set<string>();
  for (const m of measures(subject)) {
    if (units.has(m.unit)) continue;
    units.add(m.unit);
    const first = titleMeasures.find((x) => x.unit === m.unit);
    if (first && first.value !== m.value) return false;
  }
  return true;
}

/**
 * A sibling model, not the one asked for: the title's name (before the first comma or dash) carries a
 * model number that is one of the subject's plus letters only ("B550M" for "B550", "5900XT" for
 * "5900X", "B650M-A" for "B650-A"). A longer digit run ("A256B" for "A25") is a part code, not a sibling.
 */
export function isVariantOf(title: string, subject: string): boolean {
  const wanted = modelNumbers(subject);
  const name = title.split(/,| - | – | w\/ /)[0] ?? title;
  return modelNumbers(name).some((m) => !wanted.includes(m) && wanted.some((w) => m.startsWith(w) && /^[a-z]+$/.test(m.slice(w.length)) && !(/^\d+$/.test(w) && FIGURE_UNITS.includes(m.slice(w.length)))
    && !(BOARD_SIZE_LETTER.test(m.slice(w.length)) && isChipsetAsKind(w, subject))));
}

/** "b650m-p" -> "b650": the chipset of a board model that adds its size's letter to it. */
function chipsetOfSizedBoard(token: string): string[] {
  const m = SIZED_BOARD_MODEL.exec(token);
  return m ? [m[1]!] : [];
}

/** The letter a board's model adds to its chipset for its size: "B650M" (Micro ATX), "B650I" (Mini ITX). */
const BOARD_SIZE_LETTER = /^[mi]$/;

/** "B650 Micro ATX motherboard": a chipset named as the kind of board wanted, with no maker or model of its own, whose boards of every size it is. */
function isChipsetAsKind(model: string, subject: string): boolean {
  // (Model numbers are read lower-case.)
  if (!CHIPSET_CODE.test(model.toUpperCase())) return false;
  const rest = tokens(subject).filter((t) => t !== model);
  return rest.length > 0 && rest.every((t) => kindOfWord(t) !== undefined || /^(?:micro|mini|atx|itx|e-?atx|eatx|matx|ddr\d|am\d|lga\d+|\d{4})$/.test(t));
}

/**
 * Units a title writes right after a figure the shopper gives bare: "Liquid Freezer III A-RGB 280" is
 * the "280mm" cooler, not a sibling model "280MM".
 */
const FIGURE_UNITS = ['mm', 'cm', 'gb', 'tb'];

/** "360mm" also as the bare "360" a line's name writes ("Ryujin III 360"): the same size, as termsMatch reads it. */
export function withBareFigures(title: string): string {
  return title.replace(new RegExp(String.raw`\b(\d+)(?:${FIGURE_UNITS.join('|')})\b`, 'gi'), (m, n: string) => `${m} ${n}`);
}

/**
 * For best-fit requests: a card found by a query the shop matched in full (title or description)
 * needs in its title only the subject words that query left out, and the words this shop does put in
 * its titles (`namedInTitles`). Some shops never write "motherboard" in a board's title; where many
 * titles say "Smartphone", a cable whose description mentions smartphones is no smartphone.
 */
export function matchesSubjectFoundBy(title: string, subject: string, query: string | undefined, namedInTitles: ReadonlySet<string> = new Set()): boolean {
  if (query === undefined) return matchesSubject(title, subject);
  // "LGA1700" asked, "1700" searched and titled: one socket however it is spelled.
  [title, subject, query] = [title, subject, query].map(withBareSocketNumbers) as [string, string, string];
  const searched = new Set(subjectTerms(query).map(singular));
  // A chip line's name beside a model number ("GeForce RTX 4070") is as often left out of titles (MODEL_FILLER).
  const needed = subjectTerms(subject).map(singular).filter((t) => (!searched.has(t) || namedInTitles.has(t)) && !isModelFiller(t, subject));
  if (isVariantOf(title, subject)) return false;
  // "Ultra-wide" and "Ultra Wide" write the asked "ultrawide" in two words.
  const words = tokens(title);
  // "B650M-P" is a B650 board (of Micro ATX size); whether a sized board will do for a named model is isVariantOf's to say.
  const have = new Set([...words.flatMap(withStandardBase), ...words.flatMap(chipsetOfSizedBoard), ...words.slice(1).map((w, i) => `${words[i]}${w}`)].map(singular));
  // A shop that titles its enclosures "Enclosure" may still title one "Caddy": the kind counts, not the word.
  const kinds = titleKinds(title);
  // "Ryujin III 360": a bare figure is the size titles write with its unit ("360mm"), as in termsMatch.
  return needed.every((t) => have.has(t) || (/^\d+$/.test(t) && FIGURE_UNITS.some((unit) => have.has(`${t}${unit}`))) || (kindOfWord(t) !== undefined && kinds.some((k) => coversKind(kindOfWord(t)!, k))));
}

/** A standard with its generation glued on ("SATA3", "USB3", "PCIe4") names the standard too. */
const STANDARD_GENERATION = /^(sata|usb|pcie|hdmi)(?:\d+(?:\.\d+)?|iii|ii)$/;
function withStandardBase(token: string): string[] {
  const m = STANDARD_GENERATION.exec(token);
  return m ? [token, m[1]!] : [token];
}

/** Subject words that at least a quarter of a shop's found titles carry: that shop names the kind in titles. */
export function wordsNamedInTitles(titles: string[], subjects: string[]): Set<string> {
  const terms = new Set(subjects.flatMap(subjectTerms).map(singular));
  const counts = new Map<string, number>();
  for (const title of titles) for (const t of new Set(tokens(title).flatMap(withStandardBase).map(singular))) if (terms.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= Math.max(1, titles.length / 4)).map(([t]) => t));
}

/**
 * For a named model ("Asus DUAL RTX4070 SUPER OC White"), a title whose name adds a capitalised
 * line word ("... SUPER EVO OC") is a sibling edition. Ordinary words ("Wireless") and part codes
 * with digits do not count; only the name before the first comma or dash is compared.
 */
export function hasExtraDesignator(title: string, subject: string): boolean {
  const wanted = new Set(tokens(subject));
  const name = beforeSpecs((title.split(/,| - | – | w\/ |\(/)[0] ?? title).split(/\s+/), subject);
  // Without a model number, only a word added straight after the name's own words ("ARION LITE"
  // for "Arion") is an edition; elsewhere it may be a spec the shop adds ("USB", "RGB").
  const numbered = modelNumbers(subject).length > 0;
  // A lone capital right after the model number names another model ("EOS R5 C" is a cinema camera).
  const models = new Set(modelNumbers(subject));
  if (name.some((w, i) => /^[A-Z]$/.test(w) && i > 0 && models.has(name[i - 1]!.toLowerCase()) && !wanted.has(w.toLowerCase()))) return true;
  // "Antec C8 Aluminium Gaming Case" beside "Antec C8": a material named right after the model number is an edition of it
  // (not "A115 Twin Tower", which describes the one model).
  if (name.some((w, i) => EDITION_MATERIAL.test(w) && i > 0 && models.has(name[i - 1]!.toLowerCase()) && !wanted.has(w.toLowerCase()))) return true;
  // ("Intel Processor 300 CPU": a kind word after the name is no edition; "PNY RTXA400 ...": nor is the maker that opens it.)
  return name.some((w, i) => /^[A-Z]{2,}$/.test(w) && !wanted.has(w.toLowerCase()) && kindOfWord(w) === undefined
    // ("870 EVO Series 1TB SATAIII": a word after a size the subject names is a spec, no edition.)
    && ((numbered && i > 0) || (i > 0 && wanted.has(name[i - 1]!.toLowerCase()) && kindOfWord(name[i - 1]!) === undefined && !measures(name[i - 1]!).length)));
}

/** Materials an edition of a model is named by ("C8 Aluminium", "North Walnut"). */
const EDITION_MATERIAL = /^(?:Aluminium|Aluminum|Wood|Wooden|Walnut|Oak|Bamboo)$/;

/**
 * A name's words up to the first figure with a unit after the model number: what follows lists
 * specs ("Acme MX500 2TB 2.5\" SATA 3D NAND SSD"), never an edition, which makers write before them.
 */
function beforeSpecs(words: string[], subject: string): string[] {
  const models = new Set(modelNumbers(subject));
  const model = words.findIndex((w) => models.has(w.toLowerCase()));
  if (model < 0) return words;
  const figure = words.findIndex((w, i) => i > model && /\d/.test(w) && measures(w).length > 0);
  return figure < 0 ? words : words.slice(0, figure);
}

/** Identity of a product across shops: model numbers plus the leading capacity, else the first words. */
export function productKey(title: string): string {
  const models = modelNumbers(title).slice(0, 3);
  const capacity = measures(title).find((m) => m.unit === 'gb' || m.unit === 'tb');
  if (models.length) return [...models, capacity ? `${capacity.value}${capacity.unit}` : ''].filter(Boolean).join(' ');
  return tokens(title).slice(0, 6).join(' ');
}


/**
 * The model a title names, for "the cheapest offer for each model": its first model number and a
 * tier word after it ("S24 plus", "S24 ultra", "RTX4070 super"), so colours and memory sizes of one
 * model share a key across shops whatever part codes each shop adds.
 */
export function modelKey(title: string): string {
  const words = tokens(title.split(/,| - | – | w\/ /)[0] ?? title);
  const first = modelNumbers(words.join(' '))[0];
  if (!first) return productKey(title);
  const at = words.indexOf(first);
  const tier = words[at + 1] && MODEL_TIERS.has(words[at + 1]!) ? ` ${words[at + 1]}` : '';
  return first + tier;
}

/** The figure a superlative ranks by, read from the title: capacity in GB, read and write speeds in MB/s, refresh rate, length, resolution in pixels, clock speed, watts, screen inches. */
export function measureFor(title: string, measure: Superlative['measure']): number | undefined {
  if (measure === 'resolution') {
    const px = /\b(\d{3,4})\s*x\s*(\d{3,4})\b/i.exec(title);
    return px ? Number(px[1]) * Number(px[2]) : undefined;
  }
  if (measure === 'read-speed') {
    const rw = /\br\s*\/\s*w\s*(\d{3,5})/i.exec(title) ?? /(?:read|up to)\D{0,12}(\d{3,5})\s*mb\/s/i.exec(title) ?? /(\d{3,5})\s*mb\/s/i.exec(title);
    return rw ? Number(rw[1]) : undefined;
  }
  // "R/W 7100/6800 MB/s" reads at the first figure and writes at the second.
  if (measure === 'write-speed') {
    const rw = /\br\s*\/\s*w\s*\d{3,5}\s*\/\s*(\d{3,5})/i.exec(title) ?? /\bwrites?\D{0,12}(\d{3,5})\s*mb\/s/i.exec(title);
    return rw ? Number(rw[1]) : undefined;
  }
  // Memory and processors are as fast as their clock (MHz, or MT/s); drives as their read speed.
  if (measure === 'speed') {
    const clock = /\b(\d{3,5})\s*(?:mhz|mt\/s)\b/i.exec(title);
    return clock ? Number(clock[1]) : measureFor(title, 'read-speed');
  }
  if (measure === 'screen-size') return screenInches(title);
  if (measure === 'gpu-tier') return gpuTier(title);
  // A liquid cooler's radiator: its length in mm, written with the unit or as the model's number ("ProArt LC 420").
  if (measure === 'radiator') {
    const mm = /\b(120|140|240|280|360|420|480)\s?mm\b/i.exec(title) ?? /\b[A-Z][\w-]*\s+(240|280|360|420|480)\b/.exec(title);
    return mm ? Number(mm[1]) : undefined;
  }
  const unit = measure === 'capacity' ? 'gb' : measure === 'length' ? 'm' : measure === 'power' ? 'w' : 'hz';
  return measures(title).find((m) => m.unit === unit)?.value;
}

/**
 * A screen's diagonal: inches written as such ('27"', "27 inch"), else the bare size phones and
 * tablets carry after their model ("Galaxy Tab S9 Ultra 14.6 5G"): a plain number from 5 to 99.
 */
function screenInches(title: string): number | undefined {
  const marked = /(\d{1,2}(?:\.\d)?)\s*(?:"|”|''|-?\s?inch(?:es)?\b|in\b)/i.exec(title);
  if (marked) return Number(marked[1]);
  return bareScreenInches(title);
}
