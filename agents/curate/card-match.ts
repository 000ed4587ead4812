/**
 * Which listing cards a site's search found are the thing asked for, by the request's shape:
 * all offers of a model match its model number; best fits match the words the shop's search did not
 * already match; and, except for compatible products and substitutes (whose subjects are other
 * kinds of product by design), a card must sell the kind asked for (see product-kind.ts).
 */
import type { ListingCard } from '../page/types';
import { isKindOnly, sellsKind } from './product-kind';
import { matchesSubject, matchesSubjectFoundBy, modelMatch, wordsNamedInTitles } from './product-match';
import type { ShapeMode } from './request-shape';
import type { SiteCards } from './site-search';

export function cardMatcher(mode: ShapeMode, subjects: string[], found: Pick<SiteCards, 'cards' | 'foundBy'>): (card: ListingCard) => boolean {
  if (!subjects.length) return () => true;
  const named = wordsNamedInTitles(found.cards.map((c) => c.name), subjects);
  const namesIt = (card: ListingCard, subject: string): boolean => {
    const query = found.foundBy.get(card.url);
    if (mode === 'offers') return modelMatch(card.name, subject) !== undefined;
    if (mode === 'substitute') return matchesSubject(card.name, subject);
    // A bare kind ("long hdmi cable") needs in the title only what the query that found it asked:
    // its describing words are wishes to rank by (a long cable is sold as "5 Metres", not "long").
    const asked = mode === 'fit' && isKindOnly(subject) && query !== undefined ? query : subject;
    return matchesSubjectFoundBy(card.name, asked, query, named);
  };
  const kindChecked = mode === 'fit' || mode === 'offers';
  return (card) => subjects.some((s) => namesIt(card, s) && (!kindChecked || sellsKind(card.name, s)));
}
