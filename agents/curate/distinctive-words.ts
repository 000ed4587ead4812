/**
 * A need said in the user's own words ("a cable that lets me connect my soundbar at the back of my
 * Asrock DeskMini", "a mouse pad with markings for aim training") that no rule reads leaves every
 * product of the kind an equal fit, so the answer would be every cable or every mouse pad. This is the
 * general fallback, no table of needs: the request's words that nothing else explained are looked up
 * in each shop's own search, which matches titles and descriptions as WooCommerce's does, together
 * with the kind ("cable deskmini"). A word that few of the candidates state sets them apart, the
 * rarer the more (inverse document frequency); the candidates that state the most of it are kept. A
 * word that most candidates state ("dust" among cases with dust filters), or none, decides nothing.
 */
import { eng as ENGLISH_STOPWORDS } from 'stopword';
import stem from 'wink-porter2-stemmer';
import type { ListingCard } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';
import { mapLimit, raceAbort } from './bounded';
import { tally } from '../checklist/verify';
import { productOf, type Candidate } from './rank';

/** Words of how requests are put, which say nothing about the product. */
const REQUEST_WORDS = new Set(`find offer offers cheapest lowest price prices multiple share return please want need needs
  looking look search help helps let lets allow allows able use used using get buy thing something device product item
  one ones kind sort type new old also just really good nice great best fit fits suitable suited work works
  someone somebody anyone things stuff lot lots bit little day days week weeks month months year years
  time times when whenever won't don't doesn't can't isn't aren't wouldn't shouldn't i'm i've it's that's
  even ever every without within`.split(/\s+/));

const STOPWORDS = new Set([...ENGLISH_STOPWORDS, ...REQUEST_WORDS]);

/** At most this many words are looked up per run: each is one search per shop. */
const MAX_WORDS = 6;

/** Candidates scoring at least this share of the best are kept: products that differ only in incidental words. */
const NEAR_BEST = 0.75;

/** A word stated by more than this share of the candidates is common to the kind, not distinctive. */
const MAX_SHARE = 1 / 3;

/**
 * What a shop's substring search should look for: the word's stem where it is a prefix of the word
 * ("calibrates" -> "calibr", which finds "Automatic Calibration"), else the longest prefix the two
 * share ("battery" -> "batter", not Porter's "batteri"). Never shorter than three letters.
 */
export function searchForm(word: string): string {
  const w = word.toLowerCase();
  const s = stem(w);
  let n = 0;
  while (n < s.length && n < w.length && s[n] === w[n]) n++;
  return n >= 3 ? w.slice(0, n) : w;
}

/**
 * The request's content words that no other reading explained, as search forms, in the order written.
 * `explained` holds the texts the rules already read: the subject (its kind), the wishes they confirmed.
 */
export function unexplainedWords(request: string, explained: readonly string[]): string[] {
  const known = formsOf(explained);
  const out: string[] = [];
  for (const w of words(request)) {
    const form = searchForm(w);
    if (STOPWORDS.has(w) || known.has(form) || out.includes(form)) continue;
    out.push(form);
  }
  return out.slice(0, MAX_WORDS);
}

/** The search forms of the texts' words. */
export function formsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap(words).map(searchForm));
}

/**
 * Search forms of the terms a model proposed for a need ("rotatable", "IP67", "low noise"): each word
 * by itself, as the shops' searches match words; figures kept whole ("ip67", "360"); none already `taken`.
 */
export function termForms(terms: readonly string[], taken: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const token of terms.flatMap((t) => t.toLowerCase().match(/[a-z0-9][a-z0-9+]*/g) ?? [])) {
    const hasFigure = /\d/.test(token);
    if (STOPWORDS.has(token) || (!hasFigure && (token.length < 3 || !/^[a-z]+$/.test(token)))) continue;
    const form = hasFigure ? token : searchForm(token);
    if (!taken.has(form) && !out.includes(form)) out.push(form);
  }
  return out.slice(0, MAX_WORDS);
}

function words(text: string): string[] {
  // Hyphenated words are split ("aim-training"); figures and short words name no feature by themselves.
  return (text.toLowerCase().match(/[a-z][a-z']*/g) ?? []).map((w) => w.replace(/'s?$/, '')).filter((w) => w.length >= 3);
}

/** Per word: the product URLs whose text states it, on every shop; `overflow` where a shop listed more than we read. */
export type WordHits = Map<string, { urls: Set<string>; overflow: boolean }>;

/** A card a word's search found, with its site and query: it may be a candidate the kind's search missed. */
export interface WordCard {
  site: SiteRef;
  card: ListingCard;
  query: string;
}

/**
 * Looks each word up, with the kind, in each site's search: the first page only by default (a word on more
 * pages is no rarity), `pages` of them for a word many other products carry too ("fans").
 */
export async function lookUpWords(sites: SiteRef[], forms: string[], kindQuery: string, visitor: SiteVisitor, signal: AbortSignal, pages = 1)
  : Promise<{ hits: WordHits; cards: WordCard[] }> {
  const hits: WordHits = new Map(forms.map((f) => [f, { urls: new Set<string>(), overflow: false }]));
  const cards: WordCard[] = [];
  const jobs = sites.flatMap((site) => forms.map((form) => ({ site, form })));
  await mapLimit(jobs, 3, async ({ site, form }) => {
    const query = kindQuery ? `${kindQuery} ${form}` : form;
    const hit = hits.get(form)!;
    for (let page = 1; page <= pages; page++) {
      const listing = await raceAbort(visitor.search(site, query, page, signal), signal).catch(() => undefined);
      // A shop that could not answer leaves the word unknown there: counted as common, so it decides little.
      if (!listing) return void (hit.overflow = true);
      if (listing.noResults) return;
      for (const card of listing.cards) (hit.urls.add(card.url), cards.push({ site, card, query }));
      if (!listing.nextPageUrl) return;
    }
    // More results than the pages read.
    hit.overflow = true;
  });
  return { hits, cards };
}

/**
 * The candidates that state the most of the request's rare words, with every other shop's offer of
 * the same products; undefined when no word sets any candidate apart.
 */
export function keepDistinctive(pool: Candidate[], hits: WordHits): { kept: Candidate[]; words: string[] } | undefined {
  // Those the rules would pick: no hard wish failed, and the fewest left unchecked (as selectOffers does).
  const passing = pool.filter((c) => tally(c.verdicts).hardFail === 0);
  const fewest = Math.min(...passing.map((c) => tally(c.verdicts).hardUnknown));
  const eligible = passing.filter((c) => tally(c.verdicts).hardUnknown === fewest);
  if (eligible.length < 3) return undefined;
  const n = eligible.length;
  const states = (c: Candidate, form: string) => hits.get(form)!.urls.has(c.offer.record.url);
  const seen = new Map([...hits.keys()].map((form) => [form, eligible.filter((c) => states(c, form)).length]));
  // BM25's inverse document frequency: a word few candidates state weighs much, a common one little; a
  // word whose search overflowed is taken as stated by at least half of them.
  const weights = new Map<string, number>();
  for (const [form, hit] of hits) {
    const df = hit.overflow ? Math.max(seen.get(form)!, n / 2) : seen.get(form)!;
    if (seen.get(form)! > 0) weights.set(form, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  // Only a rare word sets candidates apart; common ones then add to those that state it.
  const rare = [...weights.keys()].filter((form) => !hits.get(form)!.overflow && seen.get(form)! <= Math.max(1, Math.floor(n * MAX_SHARE)));
  if (!rare.length) return undefined;
  const score = (c: Candidate) => [...weights].reduce((s, [form, w]) => s + (states(c, form) ? w : 0), 0);
  const best = Math.max(...eligible.map(score));
  const products = new Set(eligible.filter((c) => rare.some((form) => states(c, form)) && score(c) >= NEAR_BEST * best).map(productOf));
  const kept = eligible.filter((c) => products.has(productOf(c)));
  const used = rare.filter((form) => kept.some((c) => states(c, form)));
  return kept.length < eligible.length ? { kept, words: used } : undefined;
}
