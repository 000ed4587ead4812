/**
 * Price bounds from request text: "under $50", "between 100 and 200", "less than 30 dollars",
 * "max 1.000€", "price lower than 50.00 dollars", "from 26 to 82 PHP", "above 375 pesos", "$20-$40".
 */
import type { PriceBounds } from '../types';

export interface PriceMatch {
  text: string;
  bounds: PriceBounds;
}

const CURRENCY_WORDS: Record<string, string> = {
  '$': 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', bucks: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', quid: 'GBP', '¥': 'JPY', yen: 'JPY', jpy: 'JPY', php: 'PHP',
  peso: 'PHP', pesos: 'PHP', '₱': 'PHP', inr: 'INR', rupees: 'INR', '₹': 'INR', cad: 'CAD', aud: 'AUD', chf: 'CHF',
};
// A currency word ends there: "20Gbps" is a speed, no pounds.
const CUR = '(?:\\$|€|£|¥|₱|₹|(?:usd|dollars?|bucks|euros?|eur|gbp|pounds?|quid|yen|jpy|php|pesos?|inr|rupees|cad|aud|chf)(?![a-z/]))';
const NUM = '(\\d{1,3}(?:[.,\\s]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(\\s?k)?';
const AMOUNT = `(?:${CUR}\\s?)?${NUM}(?:\\s?${CUR})?`;

const UPPER = '(?:under|below|less than|lower than|cheaper than|no more than|not more than|not over|at most|max(?:imum)?|up to|within|budget(?: of| is)?|no higher than|not exceeding|<=?|less then|under the price of)';
/** Ceilings that leave the figure itself out. */
const BELOW_CUE = /^(?:under|below|less than|lower than|cheaper than|less then|under the price of)$/i;
const LOWER = '(?:over|above|more than|greater than|higher than|at least|min(?:imum)?|starting (?:at|from)|from|no less than|not less than|>=?|upwards of|costlier than)';
const PRICE_CONTEXT = '(?:price[sd]?|priced|cost(?:s|ing)?|budget|pay|spend|for)?';

/** "... for it is too much", "feels steep", "is too expensive": the amount just said is more than the shopper will pay. */
const TOO_MUCH_AFTER = /^\s*(?:for\s+(?:it|this|that|them|one)\s+)?(?:is|feels|seems|sounds|looks)\s+(?:(?:far|way|a\s+bit|just)\s+)?(?:too\s+(?:much|expensive|steep|dear|pricey|high)|steep|excessive|a\s+lot)\b/i;

/** "won't spend more than", "I'm not paying over": a refusal to pay, before a floor cue that then bounds from above. */
const WONT_PAY = /\b(?:won't|will\s+not|wouldn't|would\s+not|don't|do\s+not|doesn't|does\s+not|can't|cannot|not\s+going\s+to|refuse\s+to|not)\s+(?:want\s+to\s+)?(?:spend|pay|paying|spending|go)(?:\s+any|\s+(?:a|one)\s+(?:cent|penny|euro|pound|dollar)|\s+anything)?\s*$/i;

const UNITS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_WORD = Object.keys(UNITS).join('|');
const WORDS_AMOUNT_RE = new RegExp(`(?:\\b(${UPPER}|${LOWER})\\s+)?\\b(${UNIT_WORD})\\s+(hundred|thousand)(?:\\s+and\\s+(${UNIT_WORD}))?\\s+${CUR}`, 'gi');

/** "three hundred and fifty": the amount the words say. */
function wordsValue(unit: string, scale: string, rest: string | undefined): number {
  return UNITS[unit.toLowerCase()]! * (scale.toLowerCase() === 'thousand' ? 1000 : 100) + (rest ? UNITS[rest.toLowerCase()]! : 0);
}

/** "1.000" and "1,000" are thousands; "50.00" and "12,99" are decimals; "5k" is 5000. */
export function parseAmount(raw: string, k?: string): number {
  let s = raw.replace(/\s/g, '');
  if (/^\d{1,3}([.,]\d{3})+([.,]\d{1,2})?$/.test(s)) {
    const dec = /[.,](\d{1,2})$/.exec(s);
    const whole = dec ? s.slice(0, -dec[0].length) : s;
    s = whole.replace(/[.,]/g, '') + (dec ? `.${dec[1]}` : '');
  } else s = s.replace(',', '.');
  return Number(s) * (k?.trim() ? 1000 : 1);
}

function currencyIn(text: string): string | undefined {
  const m = new RegExp(CUR, 'i').exec(text);
  return m ? CURRENCY_WORDS[m[0].toLowerCase()] : undefined;
}

const RANGE_RE = new RegExp(`(?:${PRICE_CONTEXT}\\s*)(?:between|from|range(?:s|ing)? (?:from|between)?|in the range of)?\\s*${AMOUNT}\\s*(?:and|to|-|–|~)\\s*${AMOUNT}`, 'gi');
const BOUND_RE = new RegExp(`\\b(${UPPER}|${LOWER})\\s+(?:a |the )?(?:price of |budget of |cost of )?${AMOUNT}`, 'gi');
/** "it can cost 130 at most", "I'll pay 80 tops": a price verb, the amount, then the ceiling cue after it (the request reader drops it too). */
export const PRICE_CEILING_AFTER = new RegExp(`\\b(?:costs?|costing|priced\\s+at|pay|spend)\\s+(?:me\\s+|us\\s+)?${AMOUNT}\\s+(?:at\\s+(?:the\\s+)?most|max(?:imum)?|tops|or\\s+less)\\b`, 'gi');
const BARE_RE = new RegExp(`(?:${CUR}\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?${CUR})`, 'gi');

export function findPriceBounds(text: string): PriceMatch[] {
  const found: PriceMatch[] = [];
  const used: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => !used.some(([x, y]) => a < y && b > x);
  for (const m of text.matchAll(RANGE_RE)) {
    const whole = m[0];
    // A range needs a price cue or a currency, or "between X and Y" (sizes also come as "10 to 14 inches").
    const hasCurrency = currencyIn(whole) !== undefined || new RegExp(`^\\s*${CUR}`, 'i').test(text.slice(m.index + whole.length));
    const hasCue = /price|cost|budget|pay|spend|range/i.test(whole) || /(price[sd]?|priced|cost(s|ing)?|budget|range)\s*(is\s*)?$/i.test(text.slice(Math.max(0, m.index - 25), m.index));
    if (!hasCurrency && !hasCue) continue;
    const a = parseAmount(m[1]!, m[2]), b = parseAmount(m[3]!, m[4]);
    let end = m.index + whole.length;
    const tail = new RegExp(`^\\s*${CUR}`, 'i').exec(text.slice(end));
    if (tail) end += tail[0].length;
    const span = text.slice(m.index, end).trim();
    used.push([m.index, end]);
    found.push({ text: span, bounds: { min: Math.min(a, b), max: Math.max(a, b), ...(currencyIn(span) ? { currency: currencyIn(span) } : {}) } });
  }
  for (const m of text.matchAll(BOUND_RE)) {
    let end = m.index + m[0].length;
    const tail = new RegExp(`^\\s*${CUR}`, 'i').exec(text.slice(end));
    if (tail) end += tail[0].length;
    if (!free(m.index, end)) continue;
    const span = text.slice(m.index, end);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const cue = m[1]!.toLowerCase();
    // "she won't spend more than £300": a floor cue after a refusal to pay is a ceiling.
    // "more than 200 for it is too much", "over 80 feels steep": a floor cue said of a price turned down is a ceiling.
    const tooMuch = TOO_MUCH_AFTER.test(text.slice(end, end + 40));
    const isUpper = new RegExp(`^${UPPER}$`, 'i').test(cue) || WONT_PAY.test(before) || tooMuch;
    // "from" and "within" are common words: only prices when money is named or a price word precedes.
    if (/^(from|within|for|up to|over|under|above|below)$/.test(cue) && !currencyIn(span) && !/(price[sd]?|priced|cost(s|ing)?|budget|pay|spend|\$)\s*(is\s*|of\s*|at\s*)?$/i.test(before) && !bareAmountEndsClause(text, m.index, end, cue)) continue;
    const value = parseAmount(m[2]!, m[3]);
    used.push([m.index, end]);
    // "less than 249.99", "under £300": the ceiling itself is over; "at most", "up to", "no more than" allow it.
    const below = isUpper && (BELOW_CUE.test(cue) || tooMuch);
    found.push({ text: span.trim(), bounds: { ...(isUpper ? { max: value } : { min: value }), ...(below ? { belowMax: true } : {}), ...(currencyIn(span) ? { currency: currencyIn(span) } : {}) } });
  }
  for (const m of text.matchAll(PRICE_CEILING_AFTER)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    used.push([m.index, m.index + m[0].length]);
    found.push({ text: m[0].trim(), bounds: { max: parseAmount(m[1]!, m[2]), ...(currencyIn(m[0]) ? { currency: currencyIn(m[0]) } : {}) } });
  }
  // "no more than three hundred quid", "under two hundred pounds": an amount in words, with its currency.
  for (const m of text.matchAll(WORDS_AMOUNT_RE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const cue = (m[1] ?? '').toLowerCase();
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const isLower = cue !== '' && new RegExp(`^${LOWER}$`, 'i').test(cue) && !WONT_PAY.test(before);
    const value = wordsValue(m[2]!, m[3]!, m[4]);
    used.push([m.index, m.index + m[0].length]);
    found.push({ text: m[0].trim(), bounds: { ...(isLower ? { min: value } : { max: value }), currency: currencyIn(m[0]) } });
  }
  if (!found.length) {
    // "a $40 keyboard": a single named amount is a ceiling people rarely want exceeded.
    for (const m of text.matchAll(BARE_RE)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const num = /\d[\d.,]*/.exec(m[0])!;
      found.push({ text: m[0], bounds: { max: parseAmount(num[0].replace(/[.,]$/, '')), currency: currencyIn(m[0]) } });
    }
  }
  return found;
}

/** Who or what a bare number after "under" / "over" can count instead of money: "kids under 12", "rated over 4". */
const NOT_MONEY_BEFORE = /\b(?:kids?|child(?:ren)?|babies|baby|toddlers?|boys|girls|teens?|people|persons|adults|players|users|pets|dogs|cats|ages?|aged|years?|months?|weeks?|days?|rated|rating|stars?|size|sizes|number|level|version|model|page|top)\s*$/i;

/**
 * "headphones for jazz under 100", "a speaker, below 60": a ceiling or floor cue and a bare number
 * that ends its clause (no unit after it, so not "under 5 kg") reads as money when what is bounded
 * is not an age, a count or a rating. "from" and "within" stay too common ("from 1990", "within 2").
 */
function bareAmountEndsClause(text: string, start: number, end: number, cue: string): boolean {
  if (!/^(?:under|below|over|above|up to)$/.test(cue)) return false;
  if (!/^\s*(?:[,.;!?)]|$|(?:and|or|but|please|tops|max)\b)/i.test(text.slice(end))) return false;
  return !NOT_MONEY_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
