/**
 * Search terms as WordPress parses them (WP_Query::parse_search_terms), because WooCommerce's default
 * product search is WordPress search: terms split on spaces, commas and "+", "quoted phrases" kept,
 * single letters and English stopwords dropped, "-term" excludes; more than nine terms (or none left)
 * and the whole query becomes one phrase.
 */

const STOPWORDS = new Set(
  'about an are as at be by com for from how in is it of on or that the this to was what when where who will with www'.split(' '),
);

export interface SearchTerms {
  include: string[];
  exclude: string[];
  /** The whole query, lower-cased: products with it in the title rank first. */
  sentence: string;
}

export function parseSearchTerms(query: string): SearchTerms {
  const sentence = query.trim().toLowerCase();
  const raw = sentence.match(/".*?("|$)|((?<=[\t ",+])|^)[^\t ",+]+/g) ?? [];
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of raw) {
    let term = match.replace(/^["\s]+|["\s]+$/g, '');
    const excluded = term.length > 1 && term.startsWith('-');
    if (excluded) term = term.slice(1);
    if (!term || /^[a-z-]$/.test(term) || STOPWORDS.has(term)) continue;
    (excluded ? exclude : include).push(term);
  }
  if (include.length + exclude.length === 0 || include.length + exclude.length > 9) {
    return { include: sentence ? [sentence] : [], exclude: [], sentence };
  }
  return { include, exclude, sentence };
}

/** Every included term occurs in the text (case-insensitive substring, no fuzzing), no excluded one does. */
export function matchesTerms(terms: SearchTerms, lowerText: string): boolean {
  return terms.include.every((t) => lowerText.includes(t)) && !terms.exclude.some((t) => lowerText.includes(t));
}

/** WordPress relevance bucket: lower is better (phrase in title, all terms in title, any in title, rest). */
export function relevanceBucket(terms: SearchTerms, lowerTitle: string, lowerContent: string): number {
  if (terms.include.length <= 1) return terms.include.every((t) => lowerTitle.includes(t)) ? 1 : 2;
  if (lowerTitle.includes(terms.sentence)) return 1;
  if (terms.include.every((t) => lowerTitle.includes(t))) return 2;
  if (terms.include.some((t) => lowerTitle.includes(t))) return 3;
  if (lowerContent.includes(terms.sentence)) return 4;
  return 5;
}
