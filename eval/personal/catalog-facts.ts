/** The four shops' products as ProductFacts, as their pages show them: for the satisfiability check. */
import { loadShopProducts } from '../sites/data/webmall';
import { htmlToText } from '../sites/data/text';
import type { ProductFacts } from './types';

export function shopFacts(dataDir: string): ProductFacts[] {
  return ([1, 2, 3, 4] as const).flatMap((shop) =>
    loadShopProducts(dataDir, shop).map((p) => ({
      url: `shop${shop}:${p.id}`,
      name: p.name,
      brand: p.brand,
      price: p.price,
      inStock: p.inStock,
      text: `${htmlToText(p.shortDescriptionHtml)} ${htmlToText(p.descriptionHtml)}`,
      categories: p.categories.map((c) => c.join(' > ')),
    })));
}
