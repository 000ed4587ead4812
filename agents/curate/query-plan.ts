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

/** A profile's extra searches per site, so a long profile cannot multiply the pages read. */
const MAX_PROFILE_PLANS = 4;

/**
 * Extra searches for a bare kind asked with a profile ("a graphics card"): shops title many products
 * by maker and model ("Palit RTX4070 SUPER DUAL OC, 12GB ...") without the kind's words, so a search
 * for the kind alone never lists what the profile likes. Each liked brand is searched with each liked
 * feature, then with the kind, then alone; each liked feature with the kind, then alone. The cards
 * found still have to be the kind asked for (the search's card rules), so a broad query only adds.
 */
export function profilePlans(kindQuery: string, profile: { brandsLiked: string[]; likes: string[] } | undefined): string[][] {
  if (!profile || !kindQuery) return [];
  const likes = profile.likes.map((l) => l.trim()).filter((l) => l && l.split(/\s+/).length <= 2);
  const plans: string[][] = [
    ...profile.brandsLiked.map((b) => [...likes.map((l) => `${b} ${l}`), `${b} ${kindQuery}`, b]),
    ...likes.map((l) => [`${l} ${kindQuery}`, l]),
  ];
  return plans.slice(0, MAX_PROFILE_PLANS);
}
