/**
 * Which listing cards a site's search found are the thing asked for, by the request's shape:
 * all offers of a model match its model number; best fits match the words the shop's search did not
 * already match; and, except for substitutes (whose subjects include the quoted product's own
 * words), a card must sell the kind asked for (see product-kind.ts).
 */
import { subBrandsOf, withSubBrandMaker } from '../checklist/items/brand';
import type { ChecklistItem } from '../checklist/types';
import { containsAllTokens, escapeRe, findPhrase, MODEL_TIERS, modelNumbers, singular, tokens } from '../checklist/text';
import { accessoryDeviceName, chargesByStandardPort, platformItem, SOCKET_MOUNTED } from './compatibility-keys';
import { isGenericThing } from './need-kinds';
import type { RequestShape } from './request-shape';
import { withoutBoardSizes } from './said-qualities';
import type { ListingCard } from '../page/types';
import { connectorEnds, isConnectorWord, sameEnds, showsEnds, showsPlugAtBothEnds } from './connectors';
import { madeForOthers } from './made-for';
import { present } from './spec-items';
import { coversKind, isKindOnly, kindOfWord, mentionsKind, sellsKind, subjectKind, titleKinds } from './product-kind';
import { figureWords } from './query-plan';
import { isModelFiller, joinModelParts, matchesSubject, spacedModels, matchesSubjectFoundBy, modelMatch, subjectTerms, withBareFigures, wordsNamedInTitles } from './product-match';
import type { ShapeMode } from './request-shape';
import type { SiteCards } from './site-search';
import { CHIPSET_CODE, standardsAndFigureItems, withBareSocketNumbers, withoutStandardNames } from './standards';
import type { TitleWish } from './title-wishes';

export interface CardRules {
  /** Wishes the title decides (pack size, included or installed parts): a card failing one is not what was asked. */
  wishes?: readonly TitleWish[];
  /** The quoted product's title, for a compatible request: its own kind and siblings are not what is asked for. */
  quoted?: string;
  /** Figures a pick must reach ("reads at 2000MB/s"): a card whose title does not show one has its page read. */
  floors?: RequestShape['floors'];
  /** "Whichever case comes with the most fans": a superlative over a whole kind, whose broader search always runs. */
  wholeKind?: boolean;
}

export function cardMatcher(mode: ShapeMode, subjects: string[], found: Pick<SiteCards, 'cards' | 'foundBy'> & Partial<Pick<SiteCards, 'alsoFoundBy'>>, rules: CardRules = {}): (card: ListingCard) => boolean {
  const byTitle = (card: ListingCard) => (rules.wishes ?? []).every((w) => w.met(card.name) || (mode === 'compatible' && rules.quoted !== undefined && w.metBesideQuoted?.(card.name, rules.quoted) === true))
    && (mode !== 'compatible' || !rules.quoted || subjects.every((s) => fitsBesideQuoted(card.name, s, rules.quoted!)));
  if (!subjects.length) return byTitle;
  const named = wordsNamedInTitles(found.cards.map((c) => c.name), subjects);
  const namesIt = (card: ListingCard, subject: string): boolean =>
    [found.foundBy.get(card.url), ...found.alsoFoundBy?.get(card.url) ?? []].some((query) => namesItFoundBy(card, subject, query));
  const namesItFoundBy = (card: ListingCard, subject: string, query: string | undefined): boolean => {
    if (mode === 'offers') return modelMatch(card.name, subject) !== undefined && sameTier(card.name, subject);
    // An alternative found by the quality asked of it ("in-ear") may be titled by another of the kind's words ("Earset" for a headset).
    const byQuality = query !== undefined && !subjectTerms(query).map(singular).some((t) => subjectTerms(subject).map(singular).includes(t));
    // The kind the quoted title's specs show ("motherboard" of "Asrock X570 TAICHI RAZER, AMD X570, AM4, ATX"):
    // boards are titled by model and specs, so the kind check is the match.
    if (mode === 'substitute') return matchesSubject(card.name, subject) || ((byQuality || !mentionsKind(rules.quoted ?? '', subjectKind(subject) ?? '')) && isKindOnly(subject) && sellsKind(card.name, subject));
    // A bare kind ("long hdmi cable") needs in the title only what the query that found it asked:
    // its describing words are wishes to rank by (a long cable is sold as "5 Metres", not "long").
    // So does a maker's described kind found by its maker's name alone ("Xbox" for "Xbox gaming
    // console"): shops title it by model, and the kind check below still rejects other kinds.
    // A compatible product found by the quoted one's key ("AM5" for CPUs that fit an AM5 board) needs
    // only that key: CPUs are sold as "AMD Ryzen 7 7700X (AM5)", and the kind check below stays.
    const keyQuery = mode === 'compatible' && query !== undefined && !subjectTerms(query).map(singular).some((t) => subjectTerms(subject).map(singular).includes(t));
    // So does a described kind that goes with a quoted product ("protective cases" for a watch, found
    // by "case"): the quoted product's keys and the kind check decide, not the word "protective".
    const bareKind = query !== undefined && isKindOnly(subject) && (mode === 'fit' || mode === 'compatible');
    // (So is a compatible maker's kind told only by a size, "Fractal Design 140mm fans" found by "Fractal Design": titles write
    // the size as "14cm", which the size's own item checks; "Asus ultrawide monitors" still need "ultrawide".)
    const makerQuery = (mode === 'fit' || (mode === 'compatible' && SIZED_KIND.test(describedKindOf(subject)))) && query !== undefined && isMakerQuery(query, subject);
    const asked = makerQuery || bareKind || keyQuery ? query! : subject;
    // "the Fractal Design Focus 2" with no kind word: the name itself is the line (a Focus G is another case).
    const line = mode === 'fit' ? makerWords(subject) ?? (subjectKind(subject) || isKindOnly(subject) ? undefined : subject) : undefined;
    return matchesSubjectFoundBy(card.name, withoutBoardSizes(asked), query, named) && (!line || namesLine(card.name, line))
      && (mode !== 'fit' || namesLetterModel(card.name, subject));
  };
  // Compatible products are checked too ("CPUs for this board" are no CPU coolers); an adapter found
  // for a cable is searched as a subject of its own (reference.ts), so it passes on that one.
  // A substitute is checked by its kind word only ("cpu"): a "Liquid CPU Cooler" names the word but sells another kind.
  const kindChecked = (subject: string) => mode !== 'substitute' || isKindOnly(subject);
  const quotedEnds = mode === 'substitute' && rules.quoted ? connectorEnds(rules.quoted.split(/,| - /)[0]!) : undefined;
  // "AORUS 1700 B760 AORUS MASTER" is a Gigabyte board, asked for by that maker's name.
  return (listed) => {
    const card = { ...listed, name: withSubBrandMaker(listed.name) };
    return byTitle(card) && (!quotedEnds || showsEnds(card.name, quotedEnds))
    && subjects.some((s) => namesIt(card, s) && showsSubjectEnds(card.name, s) && (!kindChecked(s) || sellsKind(card.name, s)));
  };
}

/**
 * The tier words a text writes right after a model number ("ti super" after "RTX4070" in "RTX4070 Ti
 * SUPER OC"); undefined when the text does not carry that model number.
 */
function tiersAfter(text: string, model: string): string[] | undefined {
  // A board size after the model ("MTX-008B Mini ITX Slimline Case") is a standard, no tier ("mini").
  const words = tokens(withoutBoardSizes(joinModelParts(text.split(/,| - | – | w\/ /)[0] ?? text)));
  const at = words.indexOf(model);
  if (at < 0) return undefined;
  const end = words.findIndex((w, i) => i > at && !MODEL_TIERS.has(w));
  return words.slice(at + 1, end < 0 ? words.length : end);
}

/**
 * For all offers of a model: the title carries the model number with the same tier words as asked.
 * A tier names another chip or model, not an edition: an "RTX4070 Ti SUPER" is no "RTX 4070 SUPER",
 * and an "S24 Ultra" no "S24". Edition words after the tier ("SUPER OC") are the sibling check's.
 */
export function sameTier(title: string, subject: string): boolean {
  const { asked, shown } = tiersOf(title, subject);
  return asked === undefined || shown === undefined || asked === shown;
}

/** The tier words the subject and the title write after the subject's model number; undefined where one does not carry it. */
function tiersOf(title: string, subject: string): { asked?: string; shown?: string } {
  const model = modelNumbers(joinModelParts(subject))[0];
  return model ? { asked: tiersAfter(subject, model)?.join(' '), shown: tiersAfter(title, model)?.join(' ') } : {};
}

/**
 * Whether a title names this model with exactly its tier words ("RTX4070 Ti SUPER OC" names the
 * "RTX 4070 Ti SUPER", not the "RTX 4070 Ti"): a tier names another chip, so a title that merely
 * starts the same way is another model.
 */
export function namesTieredModel(title: string, model: string): boolean {
  const { asked, shown } = tiersOf(title, model);
  return asked !== undefined && asked === shown;
}

/** "140mm fans", "2TB drive": a kind told apart by a size alone. */
const SIZED_KIND = /^\d+(?:[.,]\d+)?\s?(?:mm|cm|gb|tb|inch|")\s+[a-z]+$/i;

/** The words of a subject after its maker ("140mm fans" of "Fractal Design 140mm fans"). */
function describedKindOf(subject: string): string {
  const maker = makerWords(subject);
  return maker && subject.startsWith(maker) ? subject.slice(maker.length).trim() : subject;
}

/** Words that, right after a line's name, name another model of it: "Meshify C Mini", "Torrent Compact", "Falchion Ace". */
const LINE_TIERS = new Set([...MODEL_TIERS, 'xl', 'compact', 'nano', 'micro', 'elite', 'air', 'ace']);

/**
 * "the Fractal Design Meshify C case": a title naming the line with a tier or size word right after it
 * ("Meshify C Mini") is another model, unless the request names that word too; a title that does not
 * name the line whole is left to the other checks.
 */
export function lineTierWish(line: string, request: string): TitleWish | undefined {
  const words = tokens(line);
  if (words.length < 2) return undefined;
  const asked = new Set(tokens(request));
  const [prev, last] = words.slice(-2) as [string, string];
  return {
    id: `line-tier:${words.join(' ')}`,
    label: `The ${line} itself, no other model of the line`,
    met: (title) => {
      const t = tokens(title);
      return !t.some((w, i) => i > 0 && t[i - 1] === prev && w === last && LINE_TIERS.has(t[i + 1] ?? '') && !asked.has(t[i + 1]!));
    },
  };
}

/**
 * An "X to Y" cable or adapter shows both ends in its title: a shop's search matches "USB-C to
 * Lightning" in any text, and a USB-C cable whose description mentions Lightning is none.
 */
function showsSubjectEnds(title: string, subject: string): boolean {
  // "USB-C to USB-C cable": that plug on both sides, which any USB-C cable's title would otherwise pass for.
  const same = sameEnds(subject);
  if (same) return showsPlugAtBothEnds(title, same);
  const ends = connectorEnds(subject);
  return !ends || showsEnds(title, ends);
}

/**
 * For "lenses that fit this camera": a card is of the kind asked, not the quoted product's. A title
 * naming no kind but opening with the quoted product's maker and line ("Canon EOS R5, RF 24-105mm"
 * beside a quoted "Canon EOS R50 ... Camera") is a sibling of the quoted product, so of its kind; and
 * a drive for a caddy or enclosure goes inside it, so an external drive (in its own case) is none.
 */
export function fitsBesideQuoted(title: string, subject: string, quoted: string): boolean {
  const asked = subjectKind(subject);
  const quotedKinds = titleKinds(quoted);
  // ("ADATA ED600 2.5" SATA Drive Caddy": a caddy's title names the drive it takes, which is still another thing than the caddy.)
  const intoEnclosure = quotedKinds.includes('enclosure') && ['hdd', 'ssd', 'drive'].includes(asked ?? '');
  if (!asked || (quotedKinds.includes(asked) && !intoEnclosure)) return true;
  if (madeForOthers(title, quoted)) return false;
  // A case for a watch says so in its title ("... Compatible With Apple Watch"); a PC case does not.
  const device = chargesByStandardPort(quotedKinds, [asked]) ? undefined : accessoryDeviceName(quoted, [asked], quotedKinds);
  if (device && !containsAllTokens(title, device)) return false;
  if (!titleKinds(title).length && lineOf(title) !== undefined && lineOf(title) === lineOf(quoted)) return false;
  if (!intoEnclosure) return true;
  // A drive of another size than the bay ("3.5\"" for a 2.5" caddy) does not go in either, nor one of another bus (an M.2
  // NVMe drive in a SATA caddy).
  const bay = driveSize(quoted);
  const bus = driveBus(quoted);
  return !/\b(?:external|portable)\b/i.test(title) && (bay === undefined || (driveSize(title) ?? bay) === bay) && (bus === undefined || (driveBus(title) ?? bus) === bus);
}

/** The bus a drive or bay title names: NVMe before SATA ("M.2 NVMe"), undefined where it names neither. */
const driveBus = (title: string): string | undefined => (/\bNVMe\b/i.test(title) ? 'NVMe' : /\bSATA\d?\b/i.test(title) ? 'SATA' : undefined);

/** A drive's or bay's form factor in inches as titles write it ('2.5"', "3.5 inch"). */
export function driveSize(title: string): string | undefined {
  return /\b([1-5]\.\d)\s*(?:"|”|''|-?\s?inch\b|in\b)/i.exec(title)?.[1];
}

/**
 * Whether a matching card also names the kind asked for in its title: only such a card shows that
 * a query found the right kind of thing. A title naming no kind passes the match (some shops never
 * write "motherboard"), but a query that found only such titles ("network switch" finding a camera
 * whose text mentions a network) is no reason to stop before the broader one ("switch").
 */
export function namesKindAsked(title: string, subjects: readonly string[]): boolean {
  const asked = subjects.map(subjectKind).filter((k): k is string => k !== undefined);
  return !asked.length || titleKinds(title).some((k) => asked.some((a) => coversKind(a, k)));
}

/** The maker and line words before a name's first model number ("canon eos" of "Canon EOS R50"); undefined for a maker alone. */
function lineOf(title: string): string | undefined {
  const words = tokens(title.split(/,| - | – |\(/)[0] ?? title);
  const models = new Set(modelNumbers(words.join(' ')));
  const at = words.findIndex((w) => models.has(w));
  return at >= 2 ? words.slice(0, at).join(' ') : undefined;
}

/**
 * The maker and line words that open a subject, before its first kind or describing word ("Xbox" of
 * "Xbox gaming console", "Fractal Design" of "Fractal Design PC Gaming Cases"); undefined when that
 * is the whole subject or nothing. Figures are no maker's words: "27 inch Samsung monitor" and
 * "4K Samsung monitor" are made by Samsung, not by "27" or "4K".
 */
export function makerWords(subject: string): string | undefined {
  const all = subject.trim().split(/\s+/);
  const figure = figureWords(all);
  // Lower-case words and sizes before the maker ("new Xbox gaming console", "27 Inch Samsung monitor") describe it too.
  const start = all.findIndex((w, i) => /^[A-Z0-9]/.test(w) && !figure[i]);
  if (start < 0) return undefined;
  // "Fractal Design Meshify 2 case": a small number right after a line's name, with no unit, is its
  // generation, part of the name (a Meshify C is another case); "27 inch" and "2 TB" are figures.
  const generation = (i: number) => /^\d{1,2}$/.test(all[i]!) && i > start && /^[A-Z]/.test(all[i - 1]!) && !figure[i - 1] && !figure[i + 1];
  // A figure ends the name: what follows it describes the product ("Prisma AL-14 14cm ARGB fans": ARGB
  // after the size is no part of the line, and no title writes it next to the name).
  const run = capitalisedRun(all.slice(start));
  // "Palit RTX 3050": a series and its number are one model name ("RTX3050" in titles), no figure.
  const models = spacedModels(subject);
  const modelNumber = (i: number) => i > 0 && models.some((m) => m.letters === all[i - 1] && m.digits === all[i]);
  const cut = run?.findIndex((_, i) => figure[start + i] && !generation(start + i) && !modelNumber(start + i));
  const maker = run && cut !== undefined && cut >= 0 ? run.slice(0, cut) : run;
  // "MSI motherboards": a maker written in capitals reads like a standard's acronym to isKindOnly; one
  // that names no standard or connector is the maker.
  // Up to six capitals ("AORUS motherboards"), but no panel type ("AMOLED phones").
  // A series before its bare model number ("RTX 4070 graphics cards") is no maker either.
  const acronymMaker = maker?.length === 1 && /^[A-Z]{2,6}$/.test(maker[0]!) && !/OLED$/.test(maker[0]!) && withoutStandardNames(maker[0]!).trim() !== '' && !isConnectorWord(maker[0]!)
    && !spacedModels(subject).some((m) => m.letters === maker[0]);
  // "B650 Micro ATX motherboard": a chipset's code opens it, which no maker is (makerItems requires the chipset as such).
  if (maker?.length === 1 && CHIPSET_CODE.test(maker[0]!)) return undefined;
  return maker?.length && (!isKindOnly(subject) || acronymMaker) ? maker.join(' ') : undefined;
}

/** "B650" of "B650 Micro ATX motherboard": the chipset code a subject opens with, searched alone where few cards matched, as a maker would be. */
export function chipsetOpening(subject: string): string | undefined {
  const first = subject.trim().split(/\s+/)[0] ?? '';
  return CHIPSET_CODE.test(first) ? first : undefined;
}

/** "B650M" for "B650 Micro ATX motherboard", "B650I" for Mini ITX: boards are titled by the chipset with their size's letter ("MSI AM5 PRO B650M-P"). */
export function chipsetSizeQuery(subject: string): string | undefined {
  const code = chipsetOpening(subject);
  const letter = /\bmicro[\s-]?atx\b|\bm-?atx\b/i.test(subject) ? 'M' : /\bmini[\s-]?itx\b|\bm-?itx\b/i.test(subject) ? 'I' : undefined;
  return code && letter ? `${code}${letter}` : undefined;
}

/** The capitalised words and figures that open a run of words, up to the first kind or describing word; undefined when that is all of it or nothing. */
function capitalisedRun(words: readonly string[]): string[] | undefined {
  // A connector opens "USB-C to Lightning cables" but makes none: no card is one because it says "USB-C";
  // a standard after the line ("Corsair Vengeance RGB DDR5 kit") is a spec, which titles put elsewhere.
  // Lighting is the exception: lines are named by it ("Vengeance RGB", "Trident Z5 RGB").
  // A word that only completes a standard with the one before it ("Micro ATX") splits nothing.
  const isStandard = (text: string) => !withoutStandardNames(text).trim();
  // Only after a name: "32GB DDR4 memory" opens with specs alone, read as such by makerItems.
  const named = (i: number) => words.slice(0, i).some((w) => !/^\d/.test(w) && !isStandard(w));
  const isSpec = (w: string, i: number) => named(i) && !/^a?rgb$/i.test(w) && (isStandard(w)
    ? isStandard(words[i - 1]!) || !isStandard(`${words[i - 1]} ${w}`)
    // "MSI Micro ATX motherboards": a word that opens a two-word standard ends the line too.
    : i + 1 < words.length && isStandard(`${w} ${words[i + 1]}`));
  // A name in camel case ("iCUE", "eGPU") is a name word as a capitalised one is.
  const end = words.findIndex((w, i) => !/^(?:[A-Z0-9]|[a-z]+[A-Z])/.test(w) || kindOfWord(w) !== undefined || DESCRIBING.test(w) || isConnectorWord(w) || isSpec(w, i));
  return end > 0 ? words.slice(0, end) : undefined;
}

/**
 * The maker a described kind names ("Be Quiet! liquid CPU cooler"), as a wish every pick must meet
 * when the intents read no brand from the request (a maker the brand list does not know): another
 * maker's cooler found by the same words is no Be Quiet! cooler.
 */
export function makerItems(subjects: readonly string[], checklist: readonly ChecklistItem[]): ChecklistItem[] {
  if (subjects.length !== 1) return [];
  if (checklist.some((i) => i.kind === 'brand-is')) {
    // The brand is checked already; the model the subject names ("Asus TUF Gaming GT502 case") is not
    // (a GT501 is another case), nor a line named after it ("Asus ROG Falchion NX": a Falchion Ace is another).
    // "RTX 4070": a series and its number written apart are one model ("RTX4070" in titles), as joinModelParts reads them.
    const models = modelItems(subjects[0]!);
    const line = makerWords(subjects[0]!);
    return models.length || !line || line.split(/\s+/).length < 3 ? models : [makerItem(line)];
  }
  const all = subjects[0]!.trim().split(/\s+/);
  const opening = isKindOnly(subjects[0]!) ? undefined : capitalisedRun(all.slice(Math.max(0, all.findIndex((w) => /^[A-Z0-9]/.test(w)))));
  // "DDR5 memory", "32GB DDR4 kit": standards and figures, required as what they are, not as a maker.
  const specs = opening && standardsAndFigureItems(opening.join(' '));
  if (specs) return specs;
  // "B650 Micro ATX motherboard": the chipset is required as such, titled with a board size's letter too ("B650M-HDV").
  if (opening?.length === 1 && CHIPSET_CODE.test(opening[0]!)) return [present(opening[0]!)];
  const maker = makerWords(subjects[0]!);
  if (!maker) return [];
  // "40cm Akasa SATA cable": the standards and figures said beside the maker are required too, as what they are.
  const makerSaid = new Set(maker.toLowerCase().split(/\s+/));
  const beside = all.filter((w) => !makerSaid.has(w.toLowerCase()) && kindOfWord(w) === undefined).join(' ');
  const besideItems = beside && /[A-Z0-9]/.test(beside) ? standardsAndFigureItems(beside) ?? [] : [];
  // "Intel Core i7-10700, the normal one ...": the model number after the maker's line is required as well.
  const models = modelItems(subjects[0]!).filter((item) => item.kind === 'attribute-present' && !maker.toLowerCase().includes(item.text.toLowerCase()));
  return [subjectMakerItem(maker, subjects[0]!), ...besideItems, ...models];
}

/** Each model number a subject names, required as written ("RTX 4070" is met by "RTX4070" as titles write it). */
function modelItems(subject: string): ChecklistItem[] {
  const apart = spacedModels(subject);
  return modelNumbers(withoutStandardNames(joinModelParts(subject))).map((model): ChecklistItem => {
    const spaced = apart.find((m) => `${m.letters}${m.digits}`.toLowerCase() === model);
    if (spaced) return { kind: 'attribute-present', id: `model:${model}`, label: `Model ${spaced.letters} ${spaced.digits}`, text: `${spaced.letters} ${spaced.digits}`, anyOf: [`${spaced.letters}${spaced.digits}`], hard: true, origin: 'request' };
    // ("i7-10700": a processor's tier and its number are one model; "i7" alone would be any Core i7.)
    const written = new RegExp(String.raw`\b${escapeRe(model)}(?:-\d{3,}[A-Za-z]*)?`, 'i').exec(subject)?.[0] ?? model;
    return { kind: 'attribute-present', id: `model:${written.toLowerCase()}`, label: `Model ${written}`, text: written, hard: true, origin: 'request' };
  });
}

/** The maker a subject names; "Intel socket 1700 motherboards": a board's or cooler's processor maker is its platform, not who makes it. */
export function subjectMakerItem(maker: string, subject: string): ChecklistItem {
  const kind = subjectKind(subject);
  return /^(?:intel|amd)$/i.test(maker.trim()) && kind && SOCKET_MOUNTED.has(kind) ? platformItem(maker.trim()) : makerItem(maker);
}

/**
 * "Made by Asrock": a maker the request names, required of every pick. Several words are a maker and
 * its line ("Corsair Vengeance RGB"), which no card should call the maker: "A Corsair Vengeance RGB".
 */
export function makerItem(said: string): ChecklistItem {
  // "the Asrock H370M-HDV, the Micro ATX board ...": a comma after the name is no part of it.
  const maker = said.trim().replace(/[,;:.]+$/, '');
  const label = /\s/.test(maker.trim()) ? `${/^[AEIOU]/i.test(maker) ? 'An' : 'A'} ${maker}` : `Made by ${maker}`;
  // "Palit RTX 4070 SUPER" as titles also write it, joined ("Palit RTX4070 SUPER").
  const joined = joinModelParts(maker);
  // "GeForce RTX 4070 Ti", "Ryujin III 360 EVA-02 Edition": a chip line's name and the word "edition" are as often left out of titles.
  const bare = maker.replace(/\b(?:GeForce|Radeon)\s+(?=\S)|\s+(?:Edition|Version)\b/gi, '').trim();
  // "AORUS 1700 B760 AORUS MASTER": a maker's own brand titles its products alone.
  const anyOf = [...new Set([joined, bare, joinModelParts(bare)])].filter((form) => form && form !== maker).concat(subBrandsOf(maker));
  return { kind: 'attribute-present', id: `maker:${maker.toLowerCase()}`, label, text: maker, hard: true, origin: 'request', ...(anyOf.length ? { anyOf } : {}) };
}

/** Words that say what a product is for or how it looks, not who makes it. */
const DESCRIBING = /^(gaming|gamer|wireless|wired|mechanical|external|internal|portable|smart|mini|new)$/i;

/** Whether a word says what a product is for or how it looks ("Internal", "wireless"), never who makes it. */
export function isDescribingWord(word: string): boolean {
  return DESCRIBING.test(word);
}

/**
 * A best fit of a named maker and line ("Microsoft Xbox One X console") names that line in its
 * title: the shop's search matched the words anywhere in the text, and a Series X whose description
 * mentions One X games is no One X. A shop may leave out the maker opening a longer name ("Xbox One X ...").
 */
export function namesLine(title: string, makerAndLine: string): boolean {
  // "RTX 4070" and "RTX4070" are one model name, however either side spaces it (only a line that
  // has such a pair joins the title's: "Ryujin III 360" is a line and its size).
  const joinedLine = joinModelParts(makerAndLine);
  const join = (text: string) => (joinedLine !== makerAndLine ? joinModelParts(text) : text);
  // "Palit GeForce RTX 4070 SUPER DUAL OC": a chip line's name beside its model number is as often left out of titles.
  const words = subjectTerms(withBareSocketNumbers(joinedLine)).filter((w) => !isModelFiller(w, makerAndLine));
  // "Focus 2": a line's generation number is written right after its name ("Focus G ..., 2 White LED Fans" is another case).
  const generation = words.length >= 2 && /^\d{1,2}$/.test(words[words.length - 1]!) ? words.slice(-2).join(' ') : undefined;
  return containsAllTokens(withBareFigures(withBareSocketNumbers(join(title))), (words.length >= 3 ? words.slice(1) : words).join(' '))
    && (!generation || findPhrase(title, generation) !== undefined);
}

/** "Define C", "One X": a line word, then one capital letter that names the model ("Renegade M.2" names a slot standard, no model "M"). */
const LETTER_MODEL = /\b([A-Z][A-Za-z]+)\s+([A-Z])(?![\w-]|\.\d)/;

/**
 * "Fractal Design Define C": a model named by one letter after its line word is titled by that pair.
 * A lone letter is no word a search can tell apart ("USB-C" in a Define 7's title), so a shop's
 * search matching "C" anywhere is no sign the card is the Define C.
 */
export function namesLetterModel(title: string, subject: string): boolean {
  const m = LETTER_MODEL.exec(subject);
  return !m || findPhrase(title, `${m[1]} ${m[2]}`) !== undefined;
}

/**
 * The maker's name searched alone, or with a chip code the clause names ("Palit RTX4070" for "Palit
 * graphics cards based on the RTX 4070 SUPER", title-wishes.ts): either finds the maker's cards
 * titled by model, which need only the searched words, not the kind's.
 */
function isMakerQuery(query: string, subject: string): boolean {
  const maker = makerWords(subject)?.toLowerCase();
  // "AORUS B760" searched for a Gigabyte board: the maker's own brand stands for it.
  const first = query.trim().split(/\s+/)[0] ?? '';
  const searched = (maker && subBrandsOf(maker).some((b) => b.toLowerCase() === first.toLowerCase()) ? `${maker}${query.trim().slice(first.length)}` : query.trim()).toLowerCase();
  if (!maker || (searched !== maker && !searched.startsWith(`${maker} `))) return false;
  const rest = searched.slice(maker.length).trim();
  // "Asus TUF Gaming": the maker with a line's words (no kind word), searched for a line the request names.
  return !rest || (!/\s/.test(rest) && modelNumbers(rest).length === 1) || (rest.split(/\s+/).length <= 3 && !/\d/.test(rest) && rest.split(/\s+/).every((w) => !kindOfWord(w)));
}

/**
 * A kind no rule knows ("skin"): nothing checks a card sells it, and a shop's substring search finds
 * "skin" inside "multitasking". Its head word must then be a whole word on the page, or the head
 * word of another subject searched for the same need ("wrap").
 */
export function unknownKindItems(subjects: readonly string[]): ChecklistItem[] {
  // "something", "a device": a word naming no kind is nothing a page must say.
  const heads = [...new Set(subjects.filter((s) => isKindOnly(s) && !isGenericThing(s)).map((s) => subjectTerms(s).pop()).filter((h): h is string => h !== undefined).map(singular))];
  if (!heads.length || subjects.some((s) => subjectKind(s) !== undefined)) return [];
  return [{ kind: 'attribute-present', id: `present:${heads[0]}`, label: `Is a ${heads.join(' or ')}`, text: heads[0]!, anyOf: heads.slice(1), hard: true, origin: 'request' }];
}

/**
 * Whether a card one query found is the thing asked for: the card rules, and for a kind asked for
 * (not a named product's offers nor a substitute) a title that sells that kind.
 */
export function acceptsCard(mode: ShapeMode, subjects: string[], rules: CardRules): (card: ListingCard, query: string) => boolean {
  return (card, query) => cardMatcher(mode, subjects, { cards: [card], foundBy: new Map([[card.url, query]]) }, rules)(card)
    && (mode === 'offers' || mode === 'substitute' || namesKindAsked(card.name, subjects));
}
