/**
 * Search queries per subject, most specific first. Shop search (WooCommerce-style) needs every term
 * to occur, so: the whole subject, then the model numbers with the brand, then shorter prefixes.
 * Plural words are searched singular ("cables" misses "Cable" in a substring search, "cable" does not).
 */
import { modelNumbers, singular } from '../checklist/text';
import { isKindOnly, kindOfWord } from './product-kind';
import { subjectTerms } from './product-match';

const MAX_QUERIES = 4;
const PACKAGE = /^(set|kit|bundle|combo|pack)$/i;

function words(text: string): string[] {
  return text
    .replace(/&amp;/g, '&')
    .split(/[\s,;()]+/)
    .map((w) => w.replace(/^[^\w]+|[^\w+]+$/g, ''))
    .filter((w) => w && subjectTerms(w).length > 0);
}

/** Sizes in a kind ("27 inch monitor"): checked as measures, and shops write them every way ('27"', "27in"). */
const SIZE = /\b\d+(?:[.,]\d+)?\s*(?:inch(?:es)?|in|"|tb|gb|mm|cm|m|metres?|meters?|hz|w)(?=\s|$)/gi;

export function planQueries(subject: string, brand?: string): string[] {
  const sized = isKindOnly(subject) ? subject.replace(SIZE, ' ').trim() : subject;
  const ws = words(sized || subject).map((w) => (/^[a-z]+s$/i.test(w) ? singular(w.toLowerCase()) : w));
  // "keyboard and mouse set": shops call the package a kit, bundle or set at will; its kinds are what to search.
  if (isKindOnly(subject) && ws.length > 1 && PACKAGE.test(ws[ws.length - 1]!) && kindOfWord(ws[ws.length - 2]!)) ws.pop();
  if (brand && !ws.some((w) => w.toLowerCase() === brand.toLowerCase())) ws.unshift(brand);
  const plans: string[] = [];
  const add = (q: string) => { if (q && !plans.includes(q)) plans.push(q); };
  add(ws.join(' '));
  const models = modelNumbers(subject);
  if (models.length) {
    const modelWords = ws.filter((w) => models.some((m) => w.toLowerCase().replace(/[^a-z0-9]/g, '') === m));
    add([ws[0], ...modelWords].filter((w, i, a) => a.indexOf(w) === i).join(' '));
    add(modelWords.join(' '));
  }
  // A kind of product ("long hdmi cable") ends in its head noun: relax by dropping the words before
  // it, never the noun ("gaming" alone finds gaming motherboards for "a gaming headset").
  if (isKindOnly(subject)) for (let n = 1; n < ws.length && plans.length < MAX_QUERIES; n++) add(ws.slice(n).join(' '));
  else for (let n = ws.length - 1; n >= 1 && plans.length < MAX_QUERIES; n--) add(ws.slice(0, n).join(' '));
  return plans.slice(0, MAX_QUERIES);
}
