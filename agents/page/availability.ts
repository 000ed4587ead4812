/**
 * Availability from schema.org values ("https://schema.org/InStock", "instock", "oos") and from
 * stock wording in several languages ("auf Lager", "esaurito", "Currently unavailable").
 */
import type { Availability } from './types';

const SCHEMA_VALUES: Record<string, Availability> = {
  instock: 'InStock',
  instoreonly: 'InStock',
  onlineonly: 'InStock',
  limitedavailability: 'LimitedAvailability',
  outofstock: 'OutOfStock',
  oos: 'OutOfStock',
  soldout: 'OutOfStock',
  discontinued: 'Discontinued',
  preorder: 'PreOrder',
  presale: 'PreOrder',
  backorder: 'BackOrder',
  availablefororder: 'BackOrder',
  available: 'InStock',
  unavailable: 'OutOfStock',
};

/** A schema.org / OpenGraph availability value in any of the spellings shops use. */
export function normalizeAvailability(value: unknown): Availability | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .replace(/^schema:/i, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
  return SCHEMA_VALUES[key];
}

/** Out-of-stock wording; checked before in-stock wording because "not available" contains "available". */
const OUT_OF_STOCK = new RegExp(
  [
    'out of stock', 'sold out', 'currently unavailable', 'temporarily unavailable', 'no longer available',
    'not available', 'unavailable', 'ausverkauft', 'nicht (?:mehr )?(?:auf lager|verfügbar|lieferbar)',
    'derzeit nicht verfügbar', 'vergriffen', 'esaurito', 'non disponibile', 'attualmente non disponibile',
    'épuisé', 'rupture de stock', 'indisponible', 'actuellement indisponible', 'agotado', 'sin stock',
    'no disponible', 'esgotado', 'indisponível', 'uitverkocht', 'niet (?:op voorraad|leverbaar|beschikbaar)',
    'brak w magazynie', 'niedostępny', 'wyprzedany', 'slutsåld', 'ej i lager', 'udsolgt', 'utsolgt',
    'loppuunmyyty', 'není skladem', 'vyprodáno', 'нет в наличии', 'распродано', 'stokta yok', '在庫なし', '品切れ', '缺货', '售完', '품절',
  ].join('|'),
  'iu',
);

/**
 * Pre-order wording. Not the bare Italian "prenota": "Prenota e ritira" is click-and-collect (reserve
 * in a shop), offered next to in-stock products.
 */
const PRE_ORDER = /pre-?order|vorbestell|précommande|precompra|pre-?venta|in prenotazione|preordin|vooruitbestellen|予約(?:受付|注文|販売)/iu;

const IN_STOCK = new RegExp(
  [
    'in stock', 'available now', 'ready to ship', 'auf lager', 'lieferbar', 'sofort verfügbar', 'en stock',
    'disponible', 'disponibile', 'in magazzino', 'disponível', 'em estoque', 'op voorraad', 'leverbaar',
    'dostępny', 'w magazynie', 'i lager', 'på lager', 'varastossa', 'skladem', 'в наличии', 'stokta',
    '在庫あり', '有货', '現貨', '재고 있음',
  ].join('|'),
  'iu',
);

/** Availability stated by a short text ("Only 3 left in stock", "Derzeit nicht verfügbar"). */
export function availabilityFromText(text: string): Availability | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 600);
  if (OUT_OF_STOCK.test(sample)) return 'OutOfStock';
  if (PRE_ORDER.test(sample)) return 'PreOrder';
  if (IN_STOCK.test(sample)) return 'InStock';
  return undefined;
}
