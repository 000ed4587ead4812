/** Whether the four shops can satisfy a scenario: shared by the public and held-back sets' tests. */
import { shopFacts } from './catalog-facts';
import { checkProduct } from './checks';
import type { PersonalScenario } from './types';

/** Scenarios that fewer than 3 distinct products (by name) fully satisfy, as "id: N distinct products". */
export function unsatisfiableScenarios(scenarios: readonly PersonalScenario[], dataDir: string): string[] {
  const products = shopFacts(dataDir);
  return scenarios.flatMap((s) => {
    const fits = new Set(products.filter((p) => s.checklist.every((c) => checkProduct(c, p))).map((p) => p.name));
    return fits.size >= 3 ? [] : [`${s.id}: ${fits.size} distinct products`];
  });
}
