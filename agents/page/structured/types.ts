import type { FieldSource, ProductRecord } from '../types';

/** What one source says about a product; merged by trust in product/read-product.ts. */
export type ProductFacts = Partial<Omit<ProductRecord, 'url' | 'sources' | 'confidence'>> & {
  /** The price is a lower bound ("from", AggregateOffer lowPrice). */
  priceIsFrom?: boolean;
  /** Every distinct price the source's offers state (variants, sellers), to match against the page. */
  offerPrices?: number[];
};

export interface SourcedFacts {
  source: FieldSource;
  facts: ProductFacts;
}

/**
 * A schema.org node in one shape whatever the syntax: JSON-LD objects as parsed, microdata and RDFa
 * items converted to the same keys ("@type", property -> value or values).
 */
export type SchemaNode = { [key: string]: unknown };
