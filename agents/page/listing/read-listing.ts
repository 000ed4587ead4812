/**
 * Listing and search-result pages: the repeated product cards (name, link, price, stock, image), the
 * "no results" message and the link to the next page.
 */
import { availabilityFromText } from '../availability';
import { findPrices } from '../price/parse';
import { jsonLdNodes } from '../structured/jsonld';
import { asList, hasType, isNode, text } from '../structured/values';
import { absoluteUrl, all, first, textOf } from '../text';
import type { ListingCard, ListingPage } from '../types';
import { findCardElements } from './cards';
import { nextPageUrl } from './pagination';
import { rowFacts } from './row-facts';

const NO_RESULTS =
  /\bno (\w+ ){1,2}(were |was )?found|nothing (was )?found|did not match any|didn't match any|\b0 results|keine (ergebnisse|treffer|produkte)|nichts gefunden|aucun (résultat|produit)|ningún resultado|no se (han )?encontr|sin resultados|nessun (risultato|prodotto)|geen (resultaten|producten)|brak wyników|inga (resultat|träffar)|ingen resultater|ei tuloksia|žádné výsledky|ничего не найдено|該当する商品はありません|没有找到|검색 결과가 없습니다/i;

function cardFrom(el: Element, pageUrl: string): ListingCard | undefined {
  const links = all(el, 'a[href]');
  const titled =
    el.querySelector('h1 a, h2 a, h3 a, h4 a, [class*=title i] a, a[class*=title i], [class*=name i] a') ?? links.find((a) => textOf(a, 200).length > 3);
  const link = titled ?? links[0];
  const url = absoluteUrl(link?.getAttribute('href'), pageUrl);
  const heading = first(el, 'h2, h3, h4, [class*=title i], [class*=name i], [itemprop=name]');
  const name = textOf(heading, 200) || textOf(link, 200) || link?.getAttribute('title') || '';
  if (!url || !name) return undefined;
  const struck = all(el, 'del, s, strike, [class*=old i], [class*=was i], [class*=regular i]').map((e) => textOf(e, 60));
  const priceEl = all(el, '[class*=price i], [itemprop=price], [data-price]').find((p) => !struck.includes(textOf(p, 60)) && !p.closest('del, s, strike'));
  const priceText = textOf(priceEl ?? el, 400);
  // Without a price element, only an amount with a currency is a price (not a year or a count).
  const prices = findPrices(priceText, pageUrl).filter((p) => p.amount > 0 && (priceEl || p.currency));
  const regular = struck.flatMap((s) => findPrices(s, pageUrl))[0];
  // When the current and struck prices share one element, the struck one comes first in the text.
  const current = prices.find((p) => p.amount !== regular?.amount) ?? prices[0];
  const img = first(el, 'img');
  const image = absoluteUrl(img?.getAttribute('src') ?? img?.getAttribute('data-src'), pageUrl);
  // A row without a price is a track or release row: its year, tags and artist tell a music agent which to open.
  const facts = current ? {} : rowFacts(el, link, pageUrl);
  return {
    ...facts,
    url,
    name,
    price: current?.amount,
    regularPrice: regular && current && regular.amount > current.amount ? regular.amount : undefined,
    currency: current?.currency,
    availability: availabilityFromText(textOf(first(el, '[class*=stock i], [class*=availab i], button') ?? el, 300)),
    image,
  };
}

function cardsFromJsonLd(doc: Document, pageUrl: string): ListingCard[] {
  const list = jsonLdNodes(doc).find((n) => hasType(n, ['ItemList', 'OfferCatalog']));
  if (!list) return [];
  return asList(list['itemListElement'])
    .filter(isNode)
    .map((entry) => (isNode(entry['item']) ? entry['item'] : entry))
    .map((item) => ({ url: absoluteUrl(text(item['url']), pageUrl) ?? '', name: text(item['name']) ?? '' }))
    .filter((c) => c.url && c.name);
}

function totalResults(doc: Document): number | undefined {
  const el = first(doc, '[class*=result-count i], [class*=results-count i], [class*=resultcount i], .woocommerce-result-count');
  const match = /(\d[\d.,\s]*)\s*(results|résultats|ergebnisse|risultati|resultados|treffer|items|products)/i.exec(textOf(el ?? doc.body, 5000));
  const n = match?.[1] ? Number(match[1].replace(/[.,\s]/g, '')) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** The page's own notice says nothing was found (a short message, not any text that mentions it). */
function saysNoResults(doc: Document, cardCount: number): boolean {
  const notices = all(doc, '[class*=no-result i], [class*=noresult i], [class*=not-found i], [class*=empty i], [class*=info i], [class*=notice i], [class*=message i], [role=alert], [role=status], main p, main h1, main h2, #content p, h1, h2').slice(0, 300);
  if (notices.some((el) => { const t = textOf(el, 300); return t.length < 250 && NO_RESULTS.test(t); })) return true;
  const main = first(doc, 'main, #main, #content, [role=main]') ?? doc.body;
  return cardCount === 0 && NO_RESULTS.test(textOf(main, 20_000));
}

import { browseLinks } from './browse-links';

export function readListingPage(doc: Document, url: string): ListingPage {
  try {
    const fromDom = findCardElements(doc).map((el) => cardFrom(el, url)).filter((c): c is ListingCard => Boolean(c));
    const cards = fromDom.length > 0 ? fromDom : cardsFromJsonLd(doc, url);
    const unique = Array.from(new Map(cards.map((c) => [c.url, c])).values());
    const noResults = saysNoResults(doc, unique.length);
    // Cards shown under a "no results" notice are suggestions, not results.
    return { url, cards: noResults ? [] : unique, noResults, nextPageUrl: noResults ? undefined : nextPageUrl(doc, url), totalResults: totalResults(doc), browseLinks: browseLinks(doc, url) };
  } catch {
    return { url, cards: [], noResults: false };
  }
}
