/**
 * The blind WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * These checks read gold on purpose: they guard the set itself, not the agent's answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShopProducts, type ShopNumber } from '../../sites/data/webmall';
import { DATA_DIR, HAS_DATA } from '../../sites/test-support';
import { loadGold } from '../gold';
import { loadTasksForRun } from '../tasks';

const file = join(__dirname, 'tasks.json');
const CATEGORIES = ['Specific_Product', 'Cheapest_Product', 'Best_Fit_Specific', 'Best_Fit_Vague', 'Cheapest_Best_Fit_Specific', 'Cheapest_Best_Fit_Vague', 'Compatible_Products', 'Substitute', 'Add_To_Cart'];

describe('the blind WebMall task set (eval/webmall/blind/tasks.json)', () => {
  const tasks = loadTasksForRun(file);
  const gold = loadGold(file);

  it('has three tasks in each of the nine categories, with ids no other set uses', () => {
    for (const c of CATEGORIES) expect(tasks.filter((t) => t.category === c).length, c).toBe(3);
    const extraIds = new Set((JSON.parse(readFileSync(join(__dirname, '..', 'extra', 'tasks.json'), 'utf8')) as { id: string }[]).map((t) => t.id));
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    expect(tasks.filter((t) => extraIds.has(t.id))).toEqual([]);
  });

  it('quotes a product, and lists its offer in gold, exactly in the compatible and substitute tasks', () => {
    for (const t of tasks) {
      const quoted = /\{\{PRODUCT:(\d):([^}]+)\}\}/.exec(t.task);
      expect(Boolean(quoted), t.id).toBe(t.category === 'Compatible_Products' || t.category === 'Substitute');
      if (quoted) expect(gold.get(t.id), t.id).toContainEqual({ shop: Number(quoted[1]), productId: quoted[2] });
    }
  });

  describe.skipIf(!HAS_DATA)('against the shop exports', () => {
    const product = (shop: number, id: string) => loadShopProducts(DATA_DIR, shop as ShopNumber).find((p) => p.id === id);

    it('names only offers the shops list, never one shop\'s same-name listing twice', () => {
      for (const t of tasks) {
        const offers = gold.get(t.id) ?? [];
        expect(offers.length, t.id).toBeGreaterThan(0);
        const names = offers.map((g) => `${g.shop}:${product(g.shop, g.productId)?.name ?? 'MISSING'}`);
        expect(names.filter((n) => n.endsWith('MISSING')), t.id).toEqual([]);
        expect(new Set(names).size, t.id).toBe(names.length);
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
