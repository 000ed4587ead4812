/**
 * Searches by single words, beside the kind's own search: for a best fit whose clause the rules could
 * not read (the words few candidates state decide, distinctive-words.ts), and for a hard wish one
 * product at most meets, or the rarest ones where no candidate meets them all (the kind's search reads
 * a bounded number of pages, so the one "cube" case may lie beyond them). Whatever a word's search
 * finds is checked like every other candidate.
 */
import type { ChecklistItem, Verdict } from '../checklist/types';
import { textFields } from '../checklist/fields';
import { tally } from '../checklist/verify';
import { containsAllTokens, escapeRe } from '../checklist/text';
import { saidWords } from '../checklist/said-words';
import { acceptsCard, fitsBesideQuoted, type CardRules } from './card-match';
import { formsOf, keepDistinctive, lookUpWords, termForms, unexplainedWords, type WordCard, type WordHits } from './distinctive-words';
import { mergeSameShopDuplicates } from './duplicates';
import type { ModelAssistRun } from './model-assist/run-state';
import type { SiteRef } from '../sites/types';
import type { ListingCard } from '../page/types';
import { readCandidates } from './product-reads';
import { kindOfWord, subjectKind, titleKinds } from './product-kind';
import { subjectTerms } from './product-match';
import { withoutStandardNames } from './standards';
import { REASON_CUE } from './reason-clause';
import { productOf, type Candidate } from './rank';
import type { RequestShape } from './request-shape';
import type { TitleWish } from './title-wishes';
import type { CurateOptions } from './types';

/** What a word search needs of the run. */
export interface WordSearchRun {
  shape: RequestShape;
  checklist: ChecklistItem[];
  rules: CardRules;
  opts: CurateOptions;
  seenReads: Set<string>;
  /** The run's model, where the user chose one: it proposes the words pages use for the need. */
  assist?: ModelAssistRun;
}

/** Hard wishes looked up by their word: each is one search per shop. */
const MAX_WISH_LOOKUPS = 2;

/** A hard wish this few products meet is rare enough to look up when no candidate meets them all. */
const RARE_WHEN_NOTHING_FITS = 3;

/** A described kind ("dual-chamber PC case") has at most this many words. */
const MAX_DESCRIBED_KIND_WORDS = 3;

/** Rounds of reading kept candidates' pages to confirm their words. */
const MAX_CONFIRM_ROUNDS = 2;

/**
 * A best fit (no superlative) of one kind whose clause the rules read nothing from that decides: no
 * title wish, no hard wish of the clause's confirmed on any candidate (nor, checked by the caller, a
 * need or quality they read). Where they did, they decide; the words they left are then mostly the user
 * explaining it ("BTF boards, the ones with their connectors on the back"). A hard wish no page could
 * confirm ("made for the Asrock DeskMini", where no title says it) decided nothing, and one that only
 * repeats the subject's words ("HDMI" of "an HDMI cable whose plugs can turn") reads nothing of the clause.
 */
export function readNothingOfClause(shape: RequestShape, references: number, candidates: Candidate[], wishes: TitleWish[], checklist: ChecklistItem[]): boolean {
  // "a keyboard for my desk": a purpose, which the profile ranks by; its words set no product apart.
  const clause = shape.requirements.trim();
  const subject = shape.subjects[0] ?? '';
  const repeated = wishesRepeatingSubject(subject, checklist);
  const ofClause = (v: Verdict) => v.hard && v.origin === 'request' && !repeated.has(v.itemId);
  return shape.mode === 'fit' && !shape.superlative && !references && shape.subjects.length === 1 && !wishes.length
    && clause !== '' && !/^for\s/i.test(clause) && !decidedItems(candidates).some(ofClause);
}

/** The ids of wishes that only say what the subject already does ("HDMI" of "an HDMI cable", "Fits socket LGA1200" of "an LGA1200 CPU"). */
function wishesRepeatingSubject(subject: string, checklist: ChecklistItem[]): Set<string> {
  return new Set(checklist.filter((i) => saidWords(i).some((w) => containsAllTokens(subject, w))).map((i) => i.id));
}

/** A reason or a circumstance: "because I carry it between home and office", "when I type in a shared office". */
const CIRCUMSTANCE = new RegExp(String.raw`\b(?:${REASON_CUE}|when|whenever|while)\b`, 'i');

/** The clause up to its reason or circumstance: those say why or when, which no product page states. */
function withoutCircumstance(clause: string): string {
  return clause.split(CIRCUMSTANCE)[0]!;
}

/** The checklist's verdicts that passed on some candidate: what the rules could check. */
function decidedItems(candidates: Candidate[]): Verdict[] {
  return [...new Map(candidates.flatMap((c) => c.verdicts).filter((v) => v.status === 'pass').map((v) => [v.itemId, v])).values()];
}

/** What distinctiveCandidates kept, and the model's words among those looked up (none without a model). */
export interface DistinctiveAnswer {
  kept: Candidate[];
  words: string[];
  proposed?: { terms: string[]; forms: string[]; decidedBy: string; need: string };
}

/**
 * The candidates that state the clause's rare words (distinctive-words.ts), or undefined where no word
 * sets any apart. Words the subject or a wish the rules confirmed already hold are not looked up.
 */
export async function distinctiveCandidates(candidates: Candidate[], run: WordSearchRun): Promise<DistinctiveAnswer | undefined> {
  const { shape, checklist, opts } = run;
  const subject = shape.subjects[0]!;
  const confirmed = new Set(decidedItems(candidates).map((v) => v.itemId));
  const explained = [subject, ...checklist.filter((i) => confirmed.has(i.id)).flatMap(itemWords)];
  const need = withoutCircumstance(shape.requirements).trim();
  const own = unexplainedWords(need, explained);
  if (!own.length || candidates.length < 3) return undefined;
  const kind = subjectKind(subject) ?? '';
  const proposed = await proposedForms(need, kind || subject, new Set([...formsOf(explained), ...own]), run.assist);
  const forms = [...own, ...(proposed?.forms ?? [])];
  const { hits, cards } = await lookUpWords(opts.sites, forms, kind, opts.visitor, signalOf(opts));
  const pool = mergeSameShopDuplicates([...candidates, ...await candidatesFromCards(cards, candidates, run)], shape.cheapest);
  // A shop's search matches inside words ("turn" in "return"): the pages of those a word would keep are
  // read, and the word counts only where it starts a word there. Twice, as dropping one may raise another.
  let kept = keepDistinctive(pool, hits);
  for (let round = 0; kept && round < MAX_CONFIRM_ROUNDS; round++) {
    if (!await confirmWordStarts(kept.kept, hits, run)) break;
    kept = keepDistinctive(pool, hits);
  }
  return kept && { ...kept, ...(proposed && kept.words.some((w) => proposed.forms.includes(w)) ? { proposed } : {}) };
}

/**
 * The words a product page would use for the need, as the model proposes them ("plugs can turn" ->
 * "rotatable"): the request's own words miss a page that names the feature otherwise. They are looked
 * up and counted like the request's words, so the pages still decide. Undefined without a model or an
 * answer; an unusable answer leaves a note.
 */
async function proposedForms(need: string, kind: string, taken: Set<string>, assist: ModelAssistRun | undefined) {
  if (!assist) return undefined;
  const answer = await assist.ask((signal) => assist.model.pageWords(need, kind, signal));
  if (!answer) return undefined;
  if (answer.problem) {
    assist.note(`${assist.model.label}: ${answer.problem}, so "${need}" was looked up by your own words only.`);
    return undefined;
  }
  const forms = termForms(answer.terms, taken);
  return forms.length ? { terms: answer.terms, forms, decidedBy: answer.decidedBy, need } : undefined;
}

/** Reads kept candidates' pages where needed; removes hits whose word does not start a word there. True when any was removed. */
async function confirmWordStarts(kept: Candidate[], hits: WordHits, { opts }: WordSearchRun): Promise<boolean> {
  const starts = new Map([...hits.keys()].map((form) => [form, new RegExp(`\\b${escapeRe(form)}`, 'i')]));
  let removed = false;
  for (const c of kept) {
    const text = await fullText(c, opts);
    if (text === undefined) continue;
    for (const [form, hit] of hits) {
      if (hit.urls.has(c.offer.record.url) && !starts.get(form)!.test(text)) (hit.urls.delete(c.offer.record.url), removed = true);
    }
  }
  return removed;
}

/** The candidate's title, description and specs, from its page when the listing card was all there was. */
async function fullText(c: Candidate, opts: CurateOptions): Promise<string | undefined> {
  let record = c.offer.record;
  if (!c.offer.readInFull) {
    const page = await opts.visitor.read(record.url, signalOf(opts)).catch(() => undefined);
    if (page?.kind !== 'product') return undefined;
    record = page.product;
  }
  return textFields(record).map(([, text]) => text).join(' ');
}

/**
 * "a PC case shaped like a cube": a hard wish that one product at most meets is looked up with the kind
 * ("case cube"), as the kind's own search reads a bounded number of pages and the products that meet
 * it may lie beyond them; what that finds joins the candidates.
 */
export async function hardWishCandidates(candidates: Candidate[], run: WordSearchRun): Promise<Candidate[]> {
  const { shape, checklist, opts } = run;
  // A wish that one product at most meets: where several do, the kind's search evidently reaches them.
  const products = (id: string) => new Set(candidates.filter((c) => c.verdicts.some((v) => v.itemId === id && v.status === 'pass')).map(productOf)).size;
  // Where no candidate meets every hard wish, the rarest wishes are looked up too: the products meeting
  // them all may lie beyond the pages read ("16GB kits of two 8GB modules at 3600MHz").
  const fitsAll = candidates.some((c) => { const t = tally(c.verdicts); return t.hardFail === 0 && t.hardUnknown === 0; });
  // Of a bare kind, a wish few products meet is looked up even where some candidate meets them all: a shop whose titles
  // never say the kind's word ("Asrock Z790 PRO RS/D4, ..., eDP" is a board no "motherboard" search lists) hides its
  // offers of them. (A named product's search reaches its offers by its name.)
  const bareKind = subjectTerms(shape.subjects[0] ?? '').every((t) => kindOfWord(t) !== undefined);
  const rare = (i: ChecklistItem) => products(i.id) <= (fitsAll && !bareKind ? 1 : RARE_WHEN_NOTHING_FITS);
  const words = [...new Set(checklist.filter((i) => i.hard && i.origin === 'request' && rare(i)).sort((a, b) => products(a.id) - products(b.id))
    .flatMap((i) => [lookupWord(i), socketFamilyWord(i)]).filter((w): w is string => w !== undefined))].slice(0, MAX_WISH_LOOKUPS);
  if (!words.length) return [];
  // A socket's bare number ("2066") is searched alone: titles write it so, and the kind's word ("CPU")
  // may be on no page of the one product that fits ("Intel Core i9-10920X, 2066, ...").
  const [figures, others] = [words.filter(isBareNumber), words.filter((w) => !isBareNumber(w))];
  const prefix = lookupPrefix(shape.subjects[0] ?? '');
  // Where nothing meets every wish, the two rarest are also searched together without the kind's
  // word, which products titled by their chip never carry ("Asus ProArt RTX4070 Ti SUPER OC, 16GB
  // DDR6X, ..., Compact 2.5 Slot" for a graphics card with 16GB in a 2.5-slot design).
  const together = !fitsAll && others.length >= 2 ? [others.slice(0, 2).join(' ').replace(/-/g, ' ')] : [];
  const lookups: Array<[string[], string]> = [[figures, ''], [others, prefix], [together, '']];
  // A part's own word ("fans") is on many products of the kind and of the part itself: its results are read further.
  const partWords = new Set(checklist.filter((i) => i.kind === 'part-count').map(lookupWord));
  const found = await Promise.all(lookups.filter(([w]) => w.length).map(([w, kindQuery]) =>
    lookUpWords(opts.sites, w, kindQuery, opts.visitor, signalOf(opts), w.some((x) => partWords.has(x)) ? PART_WORD_PAGES : 1)));
  // A word no shop's page has beside the kind's word is searched alone: a board titled by its specs
  // ("Asrock J3355B-ITX, ..., Serial & Parallel Port") may say "motherboard" nowhere. The kind check
  // on each card still applies.
  // Shop by shop: one shop's title may carry the kind's word ("Console Starter Bundle") where another's does not ("Xbox Series S + Game Pass").
  const foundAt = (site: SiteRef, w: string) => found.some((f) => f.cards.some((c) => c.site.id === site.id && f.hits.get(w)?.urls.has(c.card.url)));
  const alone = (prefix ? opts.sites : []).map((site) => ({ site, words: others.filter((w) => !foundAt(site, w)) })).filter((s) => s.words.length);
  found.push(...await Promise.all(alone.map(({ site, words }) => lookUpWords([site], words, '', opts.visitor, signalOf(opts)))));
  return candidatesFromCards(found.flatMap((f) => f.cards), candidates, run);
}

const isBareNumber = (word: string) => /^\d{3,}$/.test(word);

/** Result pages read for a part's word ("case fans"): the kind's products with that part come after the part's own. */
const PART_WORD_PAGES = 3;

/**
 * What a hard wish's word is searched with: a standard the subject names ("DDR4" of "DDR4 memory kits"),
 * which titles always carry where the kind's word ("memory") may be missing, else the kind.
 */
function lookupPrefix(subject: string): string {
  const standard = subject.split(/\s+/).find((w) => /\d/.test(w) && withoutStandardNames(w).trim() === '');
  return standard ?? subjectKind(subject) ?? '';
}

/**
 * The one word a hard wish is searched by: a wish's own single word ("cube"), a port's name
 * ("parallel" of "parallel port"), a socket's bare number ("2066"), or a figure with its unit as pages
 * write it ("3600MHz" of memory running at 3600MHz); undefined for anything longer.
 */
function lookupWord(item: ChecklistItem): string | undefined {
  // A socket ("LGA2066") is met by any spelling; titles mostly write its bare number (unless it was named
  // another way, "Arrow Lake", which pages promise in words).
  if (item.kind === 'attribute-present' && item.searchedBy) return item.searchedBy;
  const number = item.kind === 'attribute-present' ? item.anyOf?.find(isBareNumber) : undefined;
  if (number) return number;
  // "at least four ARGB fans": the fans' spec word, as titles write it ("4x ARGB Fans").
  // "at least seven fans": with no spec word, the part's own word, as titles write it ("7x ARGB Fans").
  if (item.kind === 'part-count') return (item.kindWords.find((w) => w.length > 2 && /[a-z]/i.test(w)) ?? `${item.part}s`).toLowerCase();
  // "parallel port": the port's name is the word; "port" is on every board's page.
  const word = item.kind === 'attribute-present' ? item.text.trim().replace(/^(\S+)\s+(?:ports?|connectors?|sockets?|headers?)$/i, '$1') : item.kind === 'measure' ? figureWord(item) : '';
  return word && word.length > 2 && !/\s/.test(word) ? word.toLowerCase() : undefined;
}

/** A socket's family as coolers made for all of it write it ("Intel 1200/115X/775" for LGA1155), searched beside its number. */
function socketFamilyWord(item: ChecklistItem): string | undefined {
  return item.kind === 'attribute-present' && item.anyOf?.includes('115X') ? '115x' : undefined;
}

/** Units titles glue to their figure ("3600MHz", "16GB", "650W"), so the glued figure is a word to search. */
const GLUED_UNITS = new Set(['mhz', 'ghz', 'gb', 'tb', 'hz', 'w', 'mah', 'rpm']);

/** An exact figure as titles write it ("3600mhz"); a bound ("at least 16 GB") or a part's size has no one word. */
function figureWord(item: Extract<ChecklistItem, { kind: 'measure' }>): string | undefined {
  return item.op === '=' && !item.part && !item.near && GLUED_UNITS.has(item.unit) ? `${item.value}${item.unit}` : undefined;
}

/** Cards a word's search found that are of the kind asked for and not yet candidates, read and checked. */
async function candidatesFromCards(cards: WordCard[], candidates: Candidate[], { shape, checklist, rules, opts, seenReads }: WordSearchRun): Promise<Candidate[]> {
  const known = new Set(candidates.map((c) => c.offer.record.url));
  // (Beside a quoted caddy, what a word's search finds must still go in it: no M.2 drive for a SATA caddy, no external drive.)
  const intoQuoted = shape.mode === 'compatible' && rules.quoted !== undefined && titleKinds(rules.quoted).includes('enclosure');
  const fitsQuoted = (card: ListingCard) => !intoQuoted || shape.subjects.every((s) => fitsBesideQuoted(card.name, s, rules.quoted!));
  const accepts = (card: ListingCard, query: string) => acceptsCard('fit', shape.subjects, rules)(card, query) && fitsQuoted(card);
  const added: Candidate[] = [];
  for (const site of opts.sites) {
    const fresh = [...new Map(cards.filter((f) => f.site.id === site.id && !known.has(f.card.url)).map((f) => [f.card.url, f])).values()]
      .filter((f) => accepts(f.card, f.query));
    added.push(...await readCandidates(site.id, fresh.map((f) => f.card), checklist, opts.visitor, signalOf(opts), seenReads));
  }
  // The kind's own search asked for the subject's words ("dual-chamber case"); a word's search asked for
  // the kind alone, so what it found must not be seen to lack them.
  const subject = shape.subjects[0] ?? '';
  // Its describing words too ("dual-chamber" of "dual-chamber case"), which the kind's search required
  // of every card it found; a word's search found any case with the word. Only of a short described
  // kind: a long subject ("something to cool my CPU inside my loop") was searched by few of its words.
  const words = subjectTerms(subject);
  // A word of the kind's own name ("graphics" of "graphics cards") is none: without it the kind changes.
  const kind = subjectKind(subject);
  const ofKind = (t: string) => Boolean(kindOfWord(t)) || subjectKind(subject.replace(new RegExp(String.raw`\b${escapeRe(t)}\b`, 'i'), ' ')) !== kind;
  const describing = words.length <= MAX_DESCRIBED_KIND_WORDS ? words.filter((t) => !ofKind(t)).join(' ') : '';
  const repeated = wishesRepeatingSubject(subject, checklist);
  return added.filter((c) => !c.verdicts.some((v) => v.hard && v.status === 'fail' && repeated.has(v.itemId))
    && containsAllTokens(textFields(c.offer.record).map(([, text]) => text).join(' '), describing));
}

function itemWords(i: ChecklistItem): string[] {
  return [i.label, 'text' in i ? String(i.text) : '', ...('anyOf' in i && Array.isArray(i.anyOf) ? i.anyOf.map(String) : [])];
}

function signalOf(opts: CurateOptions): AbortSignal {
  return opts.signal ?? new AbortController().signal;
}
