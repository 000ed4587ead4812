/**
 * A model's reading of a shopping request, written back in the few sentence shapes the rules read
 * best ("Find all offers for X, with A and B, but not C."). The rules then plan, search and check
 * every pick against its page as they do for a typed request: the model only reads the words, and
 * the shapes it is written into stay fixed, so what the rules read of them does not depend on how
 * the shopper put it.
 */
import { quotedUrls } from '../../intents/quoted-urls';
import { BEST_PHRASES } from '../../llm/prompts/request-reading';
import { makerItems } from '../card-match';
import { isKindOnly, subjectKind } from '../product-kind';
import { withoutStandardNames } from '../standards';
import { deciderWords } from './decider-words';
import type { ModelAssistRun } from './run-state';
import type { RequestReading } from './types';

function listed(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * "not RTX 4070" beside the product "RTX 4070 Ti", "not Galaxy S24+" beside "Galaxy S24" (the rules read
 * no "+"): a refusal whose every word the product's name has would turn the product itself down.
 */
function refusesTheProduct(refusal: string, product: string): boolean {
  const named = new Set(words(product));
  return named.size > 0 && words(refusal).every((w) => named.has(w));
}

/** The refusals worth writing: none that names the product itself. */
function refusalsKept(reading: RequestReading): string[] {
  return reading.refuses.filter((r) => !refusesTheProduct(r, reading.product));
}

/** "Asus or MSI": two makers either of which will do, which the rules read after "made by" ("with Asus or MSI" is no maker). */
const EITHER_MAKER = /^([A-Z][A-Za-z-]*)\s+or\s+([A-Z][A-Za-z-]*)$/;
const isEitherMaker = (need: string) => EITHER_MAKER.test(need.trim()) && !!withoutStandardNames(need.replace(/\bor\b/, ' ')).trim();

/** ", with the fastest gaming chip, made by A or B, with C and D, priced at most 150, but not E, not F" (or " that is not E and not F"): the clause every shape shares. */
function clause(reading: RequestReading): string {
  const best = reading.best ? `, ${BEST_PHRASES[reading.best]}` : '';
  const makers = reading.needs.filter(isEitherMaker).map((need) => `, made by ${need.trim()}`).join('');
  const others = reading.needs.filter((need) => !isEitherMaker(need));
  const needs = `${makers}${others.length ? `, with ${listed(others)}` : ''}`;
  const price = reading.maxPrice === undefined ? '' : `, priced at most ${reading.maxPrice}`;
  const refused = refusalsKept(reading);
  // With nothing before it, ", but not C" would be read as more of the product's name: "that is not C and not D" is a clause.
  const refuses = !refused.length ? '' : best || needs || price ? `, but ${refused.map((r) => `not ${r}`).join(', ')}` : ` that is not ${refused.join(' and not ')}`;
  return `${best}${needs}${price}${refuses}`;
}

/** "4070", "H150i", "B650M-PLUS" name a model; "140mm", "32GB", "2" are figures. */
const namesAModel = (word: string) => /\d/.test(word) && !/^\d+(?:[.,]\d+)?(?:mm|cm|m|gb|tb|w|hz|mhz|ghz|inch|in|rpm|x)$/i.test(word) && !/^\d{1,2}$/.test(word);

/** A maker's or line's word beside a model's code: "Z790" or "32GB DDR5" alone, "Intel LGA1700" (a socket) or "Intel B760" names no model. */
function namesModel(name: string): boolean {
  const named = withoutStandardNames(name).split(/\s+/).filter(Boolean);
  // (A platform's maker beside a chipset, "Intel B760", names boards of many makers, no model.)
  return named.some(namesAModel) && named.some((w) => !/\d/.test(w) && !/^(?:intel|amd)$/i.test(w));
}

/** "Ryujin III 360 EVA-02 Edition": titles name an edition without the word ("... Ryujin III 360 EVA-02 ARGB ..."). */
const withoutEditionWord = (product: string) => product.replace(/\s+(?:edition|version)\s*$/i, '');

/**
 * "GeForce RTX 4070 Ti graphics card" -> "GeForce RTX 4070 Ti, a graphics card": a named model with its kind after it.
 * Titles name the model and seldom the kind's words ("Palit RTX4070 Ti GamingPro"), and the rules read a subject whole,
 * so the kind is said apart. A product naming no model stays as it is.
 */
function modelApartFromKind(product: string): string {
  const parts = product.trim().split(/\s+/);
  for (let cut = Math.max(1, parts.length - 3); cut < parts.length; cut++) {
    const model = parts.slice(0, cut).join(' ');
    const kind = parts.slice(cut).join(' ');
    // "B650 Micro ATX motherboard": no cut inside a standard's name ("Micro ATX").
    if (!withoutStandardNames(`${parts[cut - 1]} ${parts[cut]}`).trim()) continue;
    if (namesModel(model) && isKindOnly(kind) && subjectKind(kind)) return `${model}, ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`;
  }
  return product;
}

/**
 * "Corsair DDR4 desktop memory kit" -> ", made by Corsair": the maker an alternative's description opens with, in words the
 * rules read as a requirement. A subject's maker is read from the subject (makerItems), and an alternative has none: its
 * description is a requirement clause, where a maker before other words ("must be Corsair DDR4 ...") reads as no maker.
 * A maker and its line ("Corsair Vengeance LPX") are left as they are: which words are the maker is not known.
 */
function makerOfAlternative(product: string): string {
  const maker = makerItems([product], []).find((item) => item.id.startsWith('maker:'));
  const said = maker?.kind === 'attribute-present' ? maker.text : '';
  return said && !/\s/.test(said) ? `, made by ${said}` : '';
}

/** The request in the rules' words; `urls` are the quoted products' addresses, the first the one the relation names. */
export function restateRequest(reading: RequestReading, urls: string[]): string {
  const asked = reading.cheapest ? 'the cheapest offer' : 'all offers';
  const cart = reading.addToCart ? ' Add them to the cart.' : '';
  const quoted = urls[0];
  if (reading.relation === 'replaces_quoted' && quoted) {
    // "The alternative must have carry handles and E-ATX": with no other kind named, the needs are the alternative's own.
    const own = clause({ ...reading, needs: [] });
    const must = reading.product ? ` The alternative must be ${reading.product}${makerOfAlternative(reading.product)}${clause(reading)}.`
      : reading.needs.length ? ` The alternative must have ${listed(reading.needs)}${own}.`
        : own ? ` The alternative must be one${own}.` : '';
    return `Find ${reading.cheapest ? 'the cheapest alternative' : 'all alternatives'} for this product: ${quoted} .${must}${cart}`;
  }
  if (reading.relation === 'fits_quoted' && quoted) {
    return `Find ${asked} for ${modelApartFromKind(reading.product)}${clause(reading)}, compatible with this product: ${quoted} .${cart}`;
  }
  const product = withoutEditionWord(reading.product);
  // "Not Z790 AORUS PRO X and not ELITE AX-W. Find all offers for Gigabyte Z790 AORUS ELITE X WIFI7.": a named model with
  // nothing else asked of it; after its name, "but not ..." would be read as more of the name.
  const refused = refusalsKept(reading);
  if (refused.length && namesModel(product) && !reading.needs.length && !reading.best && reading.maxPrice === undefined) {
    return `Not ${refused.join(' and not ')}. Find ${asked} for ${modelApartFromKind(product)}.${cart}`;
  }
  return `Find ${asked} for ${modelApartFromKind(product)}${clause(reading)}.${cart}`;
}

/** "Cheapest Micro ATX motherboard, with Wi-Fi, but not RGB lighting": the reading in words for the run's decisions. */
export function readingWords(reading: RequestReading): string {
  const what = reading.relation === 'replaces_quoted' ? `alternative to the quoted product${reading.product ? `: ${reading.product}` : ''}` : reading.product;
  const how = reading.relation === 'fits_quoted' ? ' that works with the quoted product' : '';
  return `${reading.cheapest ? 'the cheapest ' : reading.relation === 'replaces_quoted' ? 'every ' : 'all offers for '}${what}${how}${clause(reading)}${reading.addToCart ? ', added to the cart' : ''}`;
}

/**
 * With a model in the run and a request quoting at most one product: the request in the rules' words,
 * as the model read it, or undefined (no model, a failed call, an unusable answer: a note says which)
 * so that the rules read the shopper's own words. Two quoted products are left to the rules: the
 * reading names one.
 */
export async function restatedByModel(text: string, run: ModelAssistRun | undefined): Promise<string | undefined> {
  if (!run?.readsRequest) return undefined;
  const urls = quotedUrls(text);
  if (urls.length > 1) return undefined;
  const answer = await run.ask((signal) => run.model.readRequest(text, signal));
  if (!answer) return undefined;
  if (!answer.reading) {
    run.note(`${run.model.label}'s reading of the request could not be used (${answer.problem ?? 'no reading'}); the rules read it.`);
    return undefined;
  }
  run.decided(`read the request as: ${readingWords(answer.reading)}`, answer.decidedBy);
  // Shown in the panel: what was searched for is the model's reading, so the shopper can see it and say it again otherwise.
  run.note(`Read by ${deciderWords(answer.decidedBy)} as: ${readingWords(answer.reading)}. Every pick was checked against its page by the rules.`);
  return restateRequest(answer.reading, urls);
}
