/** Gold answers, read only by the scoring CLI after every answer is final. */
import { loadShopProducts } from '../sites/data/webmall';
import { productPath } from '../sites/shops/types';
import { readTaskList, tasksFileOf } from './tasks';
import type { GoldOffer } from './types';

/** `folderOrFile`: the WebMall folder (its tasks.json) or a tasks file (--tasks). */
export function loadGold(folderOrFile: string): Map<string, GoldOffer[]> {
  return new Map(readTaskList(folderOrFile).map((t) => {
    const gold = t['gold'] ?? [];
    const offers = Array.isArray(gold) ? gold as { shop?: unknown; productId?: unknown }[] : [];
    if (!Array.isArray(gold) || offers.some((g) => ![1, 2, 3, 4].includes(Number(g?.shop)) || g?.productId === undefined || g?.productId === '')) {
      throw new Error(`${tasksFileOf(folderOrFile)}: task ${String(t['id'])} has a malformed gold list (each entry needs shop 1 to 4 and a productId).`);
    }
    return [String(t['id']), offers.map((g) => ({ shop: Number(g.shop) as GoldOffer['shop'], productId: String(g.productId) }))];
  }));
}

/** Gold offers as canonical "shopN/product/slug/" keys (see canonicalOffer). */
export function goldKeys(dataParent: string, gold: readonly GoldOffer[]): string[] {
  return gold.map((g) => {
    const product = loadShopProducts(dataParent, g.shop).find((p) => p.id === g.productId);
    if (!product) throw new Error(`Gold offer ${g.productId} is not in shop${g.shop}.csv: the tasks and shop exports do not match.`);
    return `shop${g.shop}${productPath(product)}`;
  });
}
