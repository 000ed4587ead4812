/**
 * Reading money as written on pages in many locales: "1.299,00 €", "£1,299", "CHF 19.50", "Rs 23,450",
 * "ab 9,99 €", "19.–". No well-kept JavaScript price parser handles locales and currency symbols over
 * plain text in both the browser and Node, so this is a small focused one.
 */
import { ISO_CODES, SYMBOL_PATTERN, currencyCode } from './currency';
import type { PriceMention } from './types';

/** Grouped thousands with optional decimals, or plain digits with optional 1-2 decimals. */
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f'’.,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g;
const FROM_WORDS = /(?:^|\s)(from|ab|à partir de|a partir de|desde|da|vanaf|od|från|fra|alkaen|starting at)$/iu;
const ISO_PATTERN = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])/u;

/** "1.234,56" -> 1234.56, "1,234" -> 1234, "12,5" -> 12.5; undefined for anything else. */
export function parseAmount(token: string): number | undefined {
  const compact = token.replace(/[ \u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalized = compact.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = compact.split(sep);
    const tail = parts[parts.length - 1] ?? '';
    // One separator followed by exactly three digits is a thousands separator ("1.299" in Germany, "1,299").
    const isThousands = parts.length > 2 || (tail.length === 3 && parts[0] !== '0');
    normalized = isThousands ? parts.join('') : `${parts.slice(0, -1).join('')}.${tail}`;
  } else {
    normalized = compact;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

function currencyNear(text: string, start: number, end: number, pageUrl?: string): string | undefined {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 6);
  for (const side of [before, after]) {
    const iso = ISO_PATTERN.exec(side)?.[1];
    if (iso && ISO_CODES.has(iso)) return iso;
    const symbol = SYMBOL_PATTERN.exec(side)?.[0];
    if (symbol) return currencyCode(symbol, pageUrl);
  }
  return undefined;
}

/** Every amount in a short text, with the currency written next to it when there is one. */
export function findPrices(text: string, pageUrl?: string): PriceMention[] {
  const mentions: PriceMention[] = [];
  const capped = text.slice(0, 4000);
  for (const match of capped.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // Skip numbers glued to letters: model numbers ("K3"), sizes ("42mm"), percentages.
    const prev = capped[start - 1] ?? '';
    const next = capped[end] ?? '';
    if (/[\p{L}\d]/u.test(prev) && !/[€£$¥₹₩₽₺₪]/.test(prev) && !currencyNear(capped, start, end, pageUrl)) continue;
    if (next === '%' || /^[\s]?%/.test(capped.slice(end, end + 2))) continue;
    const amount = parseAmount(match[0]);
    if (amount === undefined) continue;
    mentions.push({
      amount,
      currency: currencyNear(capped, start, end, pageUrl),
      from: FROM_WORDS.test(capped.slice(Math.max(0, start - 24), start).replace(/[^\p{L}\s]/gu, ' ').trim()),
      raw: match[0],
    });
  }
  return mentions;
}

/** The price in a short price text ("€ 1.234,56", "from $9.99"); the first amount with a currency wins. */
export function parsePrice(text: string | undefined, pageUrl?: string): PriceMention | undefined {
  if (!text) return undefined;
  const mentions = findPrices(text, pageUrl);
  return mentions.find((m) => m.currency) ?? mentions[0];
}
