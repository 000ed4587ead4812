/** SKU, MPN, GTIN and brand from labelled text ("SKU: 123", "Art.-Nr. 4711", "EAN", "Marke: Bosch"). */
import type { ProductFacts } from '../structured/types';
import type { LabelledValue } from './labels';
import { codeOf, isSkuLabel } from './sku';

const MPN_LABEL = /^(mpn|model|model\s*(number|no\.?|#)|item model number|modell(nummer)?|modèle|modelo|modello|part\s*(number|no\.?)|manufacturer part number|herstellernummer|hersteller-?(nr\.?|artikelnummer)|型番)$/i;
const GTIN_LABEL = /^(ean|ean[\s-]?13|ean[\s-]?code|gtin(\s*\d+)?|upc|isbn(-1[03])?|barcode|codice ean)$/i;
const BRAND_LABEL = /^(brand|marke|marque|marca|merk|marka|hersteller|manufacturer|fabricant|fabricante|produttore|značka|brändi|märke|бренд|品牌|ブランド|브랜드)$/i;

export function identifiersFromLabels(values: LabelledValue[]): ProductFacts {
  const facts: ProductFacts = {};
  for (const { label, value } of values) {
    if (!facts.sku && isSkuLabel(label)) facts.sku = codeOf(value);
    else if (!facts.mpn && MPN_LABEL.test(label)) facts.mpn = codeOf(value);
    else if (!facts.gtin && GTIN_LABEL.test(label)) {
      const digits = value.replace(/[\s-]/g, '').match(/^\d{8,14}/)?.[0];
      if (digits) facts.gtin = digits;
    } else if (!facts.brand && BRAND_LABEL.test(label) && value.length <= 60) facts.brand = value;
  }
  return facts;
}

/** Name -> value rows for the spec table, skipping identifier rows and noise. */
export function specsFromLabels(values: LabelledValue[]): Record<string, string> {
  const specs: Record<string, string> = {};
  for (const { label, value } of values.slice(0, 400)) {
    if (label.length > 40 || value.length > 200 || specs[label] !== undefined) continue;
    specs[label] = value;
    if (Object.keys(specs).length >= 60) break;
  }
  return specs;
}
