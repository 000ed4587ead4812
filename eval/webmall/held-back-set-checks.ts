/**
 * The checks every held-back WebMall set's file passes (blind2 onwards): well formed, gold in the
 * public conventions, nothing shared with the public set or the earlier held-back sets. They read gold
 * on purpose: they guard a set itself, never the agent's answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShopProducts, type ShopNumber } from '../sites/data/webmall';
import { DATA_DIR, HAS_DATA } from '../sites/test-support';
import { loadGold } from './gold';
import { loadTasksForRun } from './tasks';

const CATEGORIES = ['Specific_Product', 'Cheapest_Product', 'Best_Fit_Specific', 'Best_Fit_Vague', 'Cheapest_Best_Fit_Specific', 'Cheapest_Best_Fit_Vague', 'Compatible_Products', 'Substitute', 'Add_To_Cart'];
const QUOTED = /\{\{PRODUCT:(\d):([^}]+)\}\}/g;

const idsOf = (tasksFile: string): Set<string> => new Set(loadTasksForRun(tasksFile).map((t) => t.id));

/** Every offer a set names, in gold or quoted in a task, as "shop:id". */
const offersOf = (tasksFile: string): Set<string> => {
  const offers = new Set<string>();
  for (const list of loadGold(tasksFile).values()) for (const g of list) offers.add(`${g.shop}:${g.productId}`);
  for (const t of loadTasksForRun(tasksFile)) for (const m of t.task.matchAll(QUOTED)) offers.add(`${m[1]}:${m[2]}`);
  return offers;
};

/** `set` is a folder of eval/webmall holding tasks.json; `earlier` the held-back sets before it. */
export function describeHeldBackSet(set: string, earlier: readonly string[]): void {
  const file = join(__dirname, set, 'tasks.json');
  const tasks = loadTasksForRun(file);
  const gold = loadGold(file);
  const earlierSets = earlier.map((name) => join(__dirname, name, 'tasks.json'));
  const names = earlier.join(', ');

  describe(`the held-back WebMall task set eval/webmall/${set}/tasks.json`, () => {
    it(`has three tasks in each of the nine categories, with ids that ${names} do not use`, () => {
      for (const c of CATEGORIES) expect(tasks.filter((t) => t.category === c).length, c).toBe(3);
      expect(tasks.length).toBe(27);
      expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
      for (const set of earlierSets) expect(tasks.filter((t) => idsOf(set).has(t.id)), set).toEqual([]);
    });

    it('quotes a product, and lists its offer in gold, exactly in the compatible and substitute tasks', () => {
      for (const t of tasks) {
        const quoted = /\{\{PRODUCT:(\d):([^}]+)\}\}/.exec(t.task);
        expect(Boolean(quoted), t.id).toBe(t.category === 'Compatible_Products' || t.category === 'Substitute');
        if (quoted) expect(gold.get(t.id), t.id).toContainEqual({ shop: Number(quoted[1]), productId: quoted[2] });
      }
    });

    it(`names no offer that ${names} use as gold or as a quoted product`, () => {
      const mine = offersOf(file);
      for (const set of earlierSets) expect([...offersOf(set)].filter((o) => mine.has(o)), set).toEqual([]);
    });

    describe.skipIf(!HAS_DATA)('against the public tasks and the shop exports', () => {
      const publicTasks = join(DATA_DIR, 'webmall', 'tasks.json');
      const product = (shop: number, id: string) => loadShopProducts(DATA_DIR, shop as ShopNumber).find((p) => p.id === id);

      it('uses no id of the public set and names none of its gold or quoted offers', () => {
        const publicIds = idsOf(publicTasks);
        expect(tasks.filter((t) => publicIds.has(t.id))).toEqual([]);
        const publicOffers = offersOf(publicTasks);
        expect([...offersOf(file)].filter((o) => publicOffers.has(o))).toEqual([]);
      });

      it('names only offers the shops list, never one shop\'s same-name listing twice', () => {
        for (const t of tasks) {
          const offers = gold.get(t.id) ?? [];
          expect(offers.length, t.id).toBeGreaterThan(0);
          const names = offers.map((g) => `${g.shop}:${product(g.shop, g.productId)?.name ?? 'MISSING'}`);
          expect(names.filter((n) => n.endsWith('MISSING')), t.id).toEqual([]);
          expect(new Set(names).size, t.id).toBe(names.length);
        }
      });

      it('takes a shop\'s first listing when it lists the same product twice at one price', () => {
        for (const t of tasks) {
          for (const g of gold.get(t.id) ?? []) {
            const offer = product(g.shop, g.productId)!;
            const earlierTwin = loadShopProducts(DATA_DIR, g.shop).find((p) => p.name === offer.name && p.price === offer.price && Number(p.id) < Number(offer.id));
            expect(earlierTwin?.id, `${t.id} ${g.shop}:${g.productId}`).toBeUndefined();
          }
        }
      });

      it('gives cheapest tasks offers that all cost the same', () => {
        for (const t of tasks.filter((x) => x.category.startsWith('Cheapest'))) {
          const prices = new Set((gold.get(t.id) ?? []).map((g) => product(g.shop, g.productId)?.price));
          expect(prices.size, t.id).toBe(1);
        }
      });
    });
  });
}
