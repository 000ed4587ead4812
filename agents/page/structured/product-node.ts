/**
 * A schema.org Product (from JSON-LD, microdata or RDFa) as ProductFacts: offers as an object or an
 * array, AggregateOffer, priceSpecification, brand as text or Organization.
 */
import { normalizeAvailability } from '../availability';
import { parseAmount, parsePrice } from '../price/parse';
import { currencyCode } from '../price/currency';
import { absoluteUrl } from '../text';
import type { ProductFacts, SchemaNode } from './types';
import { asList, brandOf, hasType, isNode, text } from './values';

export const PRODUCT_TYPES = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car', 'Book', 'Offer'];

/**
 * A price property as a number. A bare number ("1299.00", "1.299,00") is read whole; text around it
 * (an itemprop on an element that shows "499€499€") is read as written, first amount only, so that
 * repeated display copies are not glued into one big number.
 */
function amount(value: unknown): number | undefined {
  const t = text(value);
  if (!t) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (/^[^\d]{0,6}\d[\d.,\s\u00a0]*[^\d]{0,6}$/u.test(t)) n = parseAmount(t.replace(/[^\d.,\s]/g, '').trim());
  else n = parsePrice(t)?.amount;
  return n !== undefined && n > 0 ? n : undefined;
}

interface OfferPrice {
  price?: number;
  regularPrice?: number;
  currency?: string;
  availability?: ProductFacts['availability'];
  from?: boolean;
}

function readOffer(offer: SchemaNode, pageUrl: string): OfferPrice {
  const result: OfferPrice = {
    currency: currencyCode(text(offer['priceCurrency']), pageUrl),
    availability: normalizeAvailability(text(offer['availability'])),
  };
  if (hasType(offer, ['AggregateOffer'])) {
    const inner = asList(offer['offers']).filter(isNode).map((o) => readOffer(o, pageUrl)).find((o) => o.price);
    const low = amount(offer['lowPrice']) ?? amount(offer['price']);
    result.price = low ?? inner?.price;
    result.from = low !== undefined && amount(offer['highPrice']) !== undefined && amount(offer['highPrice']) !== low;
    result.currency ??= inner?.currency;
    result.availability ??= inner?.availability;
    return result;
  }
  result.price = amount(offer['price']);
  for (const spec of asList(offer['priceSpecification']).filter(isNode)) {
    const specPrice = amount(spec['price']);
    const kind = text(spec['priceType']) ?? '';
    if (/ListPrice|StrikethroughPrice|MSRP/i.test(kind)) result.regularPrice ??= specPrice;
    else result.price ??= specPrice;
    result.currency ??= currencyCode(text(spec['priceCurrency']), pageUrl);
  }
  return result;
}

/** Most buyable first: a product with several offers (sizes, colours, sellers) is as available as its best one. */
const AVAILABILITY_RANK: NonNullable<ProductFacts['availability']>[] = ['InStock', 'LimitedAvailability', 'PreOrder', 'BackOrder', 'OutOfStock', 'Discontinued'];

export function mostAvailable(values: ProductFacts['availability'][]): ProductFacts['availability'] {
  let best: ProductFacts['availability'];
  for (const value of values) {
    if (value && (best === undefined || AVAILABILITY_RANK.indexOf(value) < AVAILABILITY_RANK.indexOf(best))) best = value;
  }
  return best;
}

function images(value: unknown, pageUrl: string): string[] {
  return asList(value)
    .map((v) => (isNode(v) ? text(v['url'] ?? v['contentUrl']) : text(v)))
    .map((v) => absoluteUrl(v, pageUrl))
    .filter((v): v is string => Boolean(v))
    .slice(0, 20);
}

/** ProductFacts from one schema.org product node. */
export function productFromNode(node: SchemaNode, pageUrl: string): ProductFacts {
  const offerNodes = hasType(node, ['Offer', 'AggregateOffer']) ? [node] : asList(node['offers']).filter(isNode);
  const offers = offerNodes.map((o) => readOffer(o, pageUrl));
  const priced = offers.find((o) => o.price !== undefined);
  const rating = isNode(node['aggregateRating']) ? node['aggregateRating'] : undefined;
  const facts: ProductFacts = {
    name: text(node['name']),
    price: priced?.price,
    regularPrice: priced?.regularPrice,
    currency: priced?.currency ?? offers.find((o) => o.currency)?.currency,
    availability: mostAvailable(offers.map((o) => o.availability)),
    sku: text(node['sku']) ?? text(offerNodes[0]?.['sku']) ?? text(node['productID']),
    brand: brandOf(text(node['brand']) ?? text(node['manufacturer'])),
    mpn: text(node['mpn']) ?? text(offerNodes[0]?.['mpn']),
    gtin: text(node['gtin13'] ?? node['gtin'] ?? node['gtin12'] ?? node['gtin14'] ?? node['gtin8'] ?? node['isbn']),
    rating: rating ? amount(rating['ratingValue']) : undefined,
    reviewCount: rating ? amount(rating['reviewCount'] ?? rating['ratingCount']) : undefined,
    images: images(node['image'], pageUrl),
    description: text(node['description'])?.slice(0, 2000),
    priceIsFrom: priced?.from,
    offerPrices: Array.from(new Set(offers.map((o) => o.price).filter((p): p is number => p !== undefined))),
  };
  if (facts.sku && !looksLikeCode(facts.sku)) delete facts.sku;
  return facts;
}

/**
 * A SKU is a code, not a URL or a phrase: "OPTIPLEX 9010 TOWER" or "Ca304103-0000 Montre" is a model
 * name filled into the field, and an honest "not found" beats it.
 */
function looksLikeCode(sku: string): boolean {
  if (/^https?:/i.test(sku)) return false;
  const words = sku.split(/\s+/);
  return words.length === 1 || !words.some((w) => /^\p{L}{4,}$/u.test(w));
}

/** How much a node looks like the page's main product: priced offers and a name, matching URL. */
function mainProductScore(node: SchemaNode, pageUrl: string): number {
  let score = 0;
  if (!hasType(node, ['Offer'])) score += 2;
  if (node['offers'] !== undefined || node['price'] !== undefined) score += 3;
  if (text(node['name'])) score += 1;
  if (node['sku'] !== undefined) score += 1;
  const url = text(node['url']);
  if (url && absoluteUrl(url, pageUrl)?.split(/[?#]/)[0] === pageUrl.split(/[?#]/)[0]) score += 2;
  return score;
}

/** The node that describes the page's main product, if any. */
export function mainProductNode(nodes: SchemaNode[], pageUrl: string): SchemaNode | undefined {
  let best: SchemaNode | undefined;
  let bestScore = 0;
  for (const node of nodes) {
    if (!hasType(node, PRODUCT_TYPES)) continue;
    // An Offer nested inside a product is read through its product.
    const score = mainProductScore(node, pageUrl);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Variants published as sibling products (one Product per size, same name): the product is as
 * available as its most available variant.
 */
export function variantAvailability(nodes: SchemaNode[], main: SchemaNode, pageUrl: string): ProductFacts['availability'] {
  const name = text(main['name']);
  if (!name) return undefined;
  const variants = nodes.filter((n) => n !== main && hasType(n, PRODUCT_TYPES) && !hasType(n, ['Offer']) && text(n['name']) === name).slice(0, 100);
  return mostAvailable(variants.map((n) => productFromNode(n, pageUrl).availability));
}
