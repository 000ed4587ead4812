/** Every source's view of the product, most trusted first. */
import { identifiersFromLabels } from '../dom/identifiers';
import { labelledValues, type LabelledValue } from '../dom/labels';
import type { PageLayout } from '../dom/layout';
import { readDomDescription } from '../dom/description';
import { readDomPrice } from '../dom/price';
import { readDomStock } from '../dom/stock';
import { jsonLdNodes } from '../structured/jsonld';
import { productFromMeta } from '../structured/meta';
import { looseItemprops, microdataNodes } from '../structured/microdata';
import { mainProductNode, mostAvailable, productFromNode, variantAvailability } from '../structured/product-node';
import { rdfaNodes } from '../structured/rdfa';
import type { SchemaNode, SourcedFacts } from '../structured/types';
import { textOf } from '../text';

export interface ProductSources {
  facts: SourcedFacts[];
  labels: LabelledValue[];
  jsonLd: SchemaNode[];
  /** A structured source declares a product. */
  declared: boolean;
}

export function readProductSources(doc: Document, pageUrl: string, layout: PageLayout): ProductSources {
  const facts: SourcedFacts[] = [];
  const jsonLd = jsonLdNodes(doc);
  const structured: [SourcedFacts['source'], SchemaNode[]][] = [
    ['json-ld', jsonLd],
    ['microdata', microdataNodes(doc)],
    ['rdfa', rdfaNodes(doc)],
  ];
  let declared = false;
  for (const [source, nodes] of structured) {
    const node = mainProductNode(nodes, pageUrl);
    if (node) {
      declared = true;
      const product = productFromNode(node, pageUrl);
      product.availability = mostAvailable([product.availability, variantAvailability(nodes, node, pageUrl)]);
      facts.push({ source, facts: product });
    }
  }
  const loose = looseItemprops(doc);
  if (Object.keys(loose).length > 0) facts.push({ source: 'microdata', facts: productFromNode({ ...loose, offers: loose }, pageUrl) });
  facts.push({ source: 'opengraph', facts: productFromMeta(doc, pageUrl) });

  const domPrice = readDomPrice(doc, pageUrl, layout);
  const stock = readDomStock(doc, layout);
  const labels = labelledValues(doc);
  const identifiers = identifiersFromLabels(labels);
  facts.push({
    source: 'dom',
    facts: {
      name: layout.title ? textOf(layout.title, 300) : undefined,
      price: domPrice.price?.amount,
      regularPrice: domPrice.regular?.amount,
      currency: domPrice.price?.currency,
      priceIsFrom: domPrice.price?.from,
      availability: stock.availability,
      // Last source: only a page that declares no description falls back to the one it shows.
      description: readDomDescription(doc, layout),
      ...identifiers,
    },
  });
  return { facts, labels, jsonLd, declared };
}
