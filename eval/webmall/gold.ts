/** Gold answers, read only by the scoring CLI after every answer is final. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShopProducts } from '../sites/data/webmall';
import { productPath } from '../sites/shops/types';
import type { GoldOffer } from './types';

export function loadGold(webmallDir: string): Map<string, GoldOffer[]> {
  const tasks = JSON.parse(readFileSync(join(webmallDir, 'tasks.json'), 'utf8')) as { id: string; gold?: { shop: number; productId: string | number }[] }[];
  return new Map(tasks.map((t) => [String(t.id), (t.gold ?? []).map((g) => ({ shop: Number(g.shop) as GoldOffer['shop'], productId: String(g.productId) }))]));
}

/** Gold offers as canonical "shopN/product/slug/" keys (see canonicalOffer). */
export function goldKeys(dataParent: string, gold: readonly GoldOffer[]): string[] {
  return gold.map((g) => {
    const product = loadShopProducts(dataParent, g.shop).find((p) => p.id === g.productId);
    if (!product) throw new Error(`Gold offer ${g.productId} is not in shop${g.shop}.csv: the tasks and shop exports do not match.`);
    return `shop${g.shop}${productPath(product)}`;
  });
}
