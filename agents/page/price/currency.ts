/**
 * Currency symbols and local abbreviations -> ISO 4217. A symbol such as "$" or "kr" is shared by
 * several currencies; the page's country (from its domain) picks one, as a shopper would.
 */

/** Symbol or abbreviation (lower-case) -> candidate ISO codes, most common first. */
export const SYMBOL_CURRENCIES: Record<string, string[]> = {
  '€': ['EUR'],
  '£': ['GBP'],
  '$': ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'CLP', 'ARS', 'COP', 'TWD', 'HKD', 'SGD'],
  'us$': ['USD'],
  'c$': ['CAD'],
  'ca$': ['CAD'],
  'a$': ['AUD'],
  'au$': ['AUD'],
  'nz$': ['NZD'],
  'hk$': ['HKD'],
  's$': ['SGD'],
  'nt$': ['TWD'],
  'r$': ['BRL'],
  'mx$': ['MXN'],
  '¥': ['JPY', 'CNY'],
  '円': ['JPY'],
  '元': ['CNY', 'TWD'],
  '₹': ['INR'],
  'rs': ['PKR', 'INR', 'LKR'],
  'rs.': ['PKR', 'INR', 'LKR'],
  '₨': ['PKR', 'INR'],
  '₩': ['KRW'],
  '원': ['KRW'],
  'zł': ['PLN'],
  'zl': ['PLN'],
  'kč': ['CZK'],
  'kr': ['SEK', 'NOK', 'DKK', 'ISK'],
  'kr.': ['DKK', 'SEK', 'NOK'],
  'lei': ['RON'],
  'kn': ['HRK'],
  'ft': ['HUF'],
  '₽': ['RUB'],
  'руб': ['RUB'],
  'руб.': ['RUB'],
  '₴': ['UAH'],
  'грн': ['UAH'],
  'лв': ['BGN'],
  'лв.': ['BGN'],
  'р.': ['BYN', 'RUB'],
  '₺': ['TRY'],
  'tl': ['TRY'],
  '₪': ['ILS'],
  'ر.س': ['SAR'],
  'د.إ': ['AED'],
  '฿': ['THB'],
  '₫': ['VND'],
  '₱': ['PHP'],
  'chf': ['CHF'],
  'fr.': ['CHF'],
};

/** ISO codes a reader accepts as written on a page. */
export const ISO_CODES = new Set(
  ('EUR GBP USD CAD AUD NZD MXN CLP ARS COP PEN BRL JPY CNY INR PKR LKR KRW PLN CZK SEK NOK DKK ISK RON HRK HUF ' +
    'RUB UAH BGN BYN TRY ILS SAR AED QAR KWD EGP ZAR NGN KES THB VND PHP IDR MYR SGD HKD TWD CHF RSD BAM MKD ' +
    'GEL KZT MAD TND UYU BOB PYG CRC GTQ DOP').split(' '),
);

/** Country-code top-level domain -> the currency its shops price in. */
const TLD_CURRENCY: Record<string, string> = {
  us: 'USD', ca: 'CAD', au: 'AUD', nz: 'NZD', mx: 'MXN', cl: 'CLP', ar: 'ARS', co: 'COP', tw: 'TWD',
  hk: 'HKD', sg: 'SGD', br: 'BRL', jp: 'JPY', cn: 'CNY', in: 'INR', pk: 'PKR', lk: 'LKR', se: 'SEK',
  no: 'NOK', dk: 'DKK', is: 'ISK', by: 'BYN', ru: 'RUB', uk: 'GBP', ie: 'EUR',
};

/** Symbols that are letters must stand alone ("Rs 500"), not be part of a word ("Krs"). */
export const SYMBOL_PATTERN = new RegExp(
  Object.keys(SYMBOL_CURRENCIES)
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((s) => (/^[a-zа-я]/i.test(s) ? `(?<![\\p{L}])${s}(?![\\p{L}])` : s))
    .join('|'),
  'iu',
);

function tldOf(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const host = new URL(pageUrl).hostname;
    return host.split('.').pop();
  } catch {
    return undefined;
  }
}

/** ISO code for a symbol, code or local abbreviation as written on the page; undefined if unknown. */
export function currencyCode(written: string | undefined, pageUrl?: string): string | undefined {
  if (!written) return undefined;
  const token = written.trim();
  if (ISO_CODES.has(token.toUpperCase()) && /^[a-z]{3}$/i.test(token)) return token.toUpperCase();
  const candidates = SYMBOL_CURRENCIES[token.toLowerCase()];
  if (!candidates) return undefined;
  const local = TLD_CURRENCY[tldOf(pageUrl) ?? ''];
  if (local && candidates.includes(local)) return local;
  return candidates[0];
}

/** True when a currency as written (symbol or code) can mean the given ISO code. */
export function currencyMatches(written: string, iso: string): boolean {
  const token = written.trim();
  if (token.toUpperCase() === iso.toUpperCase()) return true;
  return (SYMBOL_CURRENCIES[token.toLowerCase()] ?? []).includes(iso.toUpperCase());
}
