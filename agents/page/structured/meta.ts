/** OpenGraph and product meta tags (og:price:amount, product:price:amount, product:availability...). */
import { normalizeAvailability } from '../availability';
import { currencyCode } from '../price/currency';
import { parseAmount } from '../price/parse';
import { absoluteUrl, metaContent } from '../text';
import type { ProductFacts } from './types';
import { brandOf } from './values';

export function productFromMeta(doc: Document, pageUrl: string): ProductFacts {
  const rawPrice =
    metaContent(doc, ['product:sale_price:amount', 'og:sale_price:amount']) ??
    metaContent(doc, ['product:price:amount', 'og:price:amount', 'product:price', 'og:price', 'twitter:data1']);
  const price = rawPrice ? parseAmount(rawPrice.replace(/[^\d.,\s]/g, '').trim()) : undefined;
  const regular = metaContent(doc, ['product:original_price:amount', 'og:original_price:amount']);
  const image = absoluteUrl(metaContent(doc, ['og:image', 'og:image:url', 'twitter:image']), pageUrl);
  return {
    name: metaContent(doc, ['og:title', 'twitter:title']),
    price: price && price > 0 ? price : undefined,
    regularPrice: regular ? parseAmount(regular) : undefined,
    currency: currencyCode(
      metaContent(doc, ['product:sale_price:currency', 'product:price:currency', 'og:price:currency', 'product:currency']),
      pageUrl,
    ),
    availability: normalizeAvailability(metaContent(doc, ['product:availability', 'og:availability', 'availability'])),
    brand: brandOf(metaContent(doc, ['product:brand', 'og:brand', 'brand'])),
    sku: metaContent(doc, ['product:retailer_item_id', 'product:sku', 'sku']),
    gtin: metaContent(doc, ['product:ean', 'product:gtin', 'product:upc', 'product:isbn']),
    mpn: metaContent(doc, ['product:mfr_part_no', 'product:mpn']),
    images: image ? [image] : [],
    description: metaContent(doc, ['og:description', 'description']),
  };
}

/** og:type, for deciding the kind of page. */
export function openGraphType(doc: Document): string | undefined {
  return metaContent(doc, ['og:type'])?.toLowerCase();
}
