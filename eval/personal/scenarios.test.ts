import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProduct } from './checks';
import { unsatisfiableScenarios } from './satisfiability';
import { loadPersonalScenarios, profileFormValues } from './scenarios';
import { scorePersonalScenario } from './score';
import type { ProductFacts } from './types';

const data = resolve(process.env.TASTEBUD_DATA ?? '../shared/data');
const hasData = existsSync(resolve(data, 'webmall', 'shop1.csv'));
const scenarios = loadPersonalScenarios();

describe('personalisation scenarios', () => {
  it('are at least 20, each with a six-part profile', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  it('put every profile part that the form takes into the form', () => {
    const values = profileFormValues(scenarios.find((s) => s.id === 'p16')!.profile);
    expect(values.dislikes).toBe('RGB');
    expect(values.brandsLiked).toBe('Be Quiet!, Fractal Design');
    expect(profileFormValues(scenarios.find((s) => s.id === 'p01')!.profile).budgetMax).toBe('300');
  });

  it.skipIf(!hasData)('can each be satisfied by at least 3 products of the four shops', () => {
    expect(unsatisfiableScenarios(scenarios, data)).toEqual([]);
  }, 60_000);
});

describe('scorePersonalScenario', () => {
  const phone = (name: string, price: number): ProductFacts => ({ url: name, name, price, text: '', categories: ['Smartphones > Samsung'] });
  const scenario = scenarios.find((s) => s.id === 'p01')!;
  it('scores the share of items the top 3 picks meet, a missing pick meeting nothing', () => {
    const good = phone('Smartphone SAMSUNG Galaxy A25 5G 128GB', 211.99);
    expect(scorePersonalScenario(scenario, [good, good, good]).satisfied).toBe(1);
    expect(scorePersonalScenario(scenario, [good]).satisfied).toBeCloseTo(1 / 3);
    const pricey = scorePersonalScenario(scenario, [good, good, phone('Samsung Galaxy S24 Plus 5G', 999)]);
    expect(pricey.satisfied).toBeCloseTo(11 / 12);
    expect(pricey.passed).toBe(false);
  });
  it('reads the brand from the name when the page states none, and matches whole words', () => {
    expect(checkProduct({ kind: 'brand-is-not', brand: 'Kingston' }, phone('Kingston Fury Beast DDR5', 70))).toBe(false);
    expect(checkProduct({ kind: 'attribute-present', text: '5G' }, phone('Galaxy A25 5G', 1))).toBe(true);
    expect(checkProduct({ kind: 'attribute-present', text: '5G' }, phone('Galaxy A15 LTE 15G', 1))).toBe(false);
  });
});
