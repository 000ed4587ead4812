import { describe, expect, it } from 'vitest';
import { canonicalOffer, scoreOffers } from './score';
import { answeredByCart, loadTasksForRun, taskRequest } from './tasks';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sites = { shop1: 'http://127.0.0.1:4001', shop2: 'http://127.0.0.1:4002' };

describe('canonicalOffer', () => {
  it('ignores the port a run happened to use and the trailing slash, but keeps the shop apart', () => {
    expect(canonicalOffer('http://127.0.0.1:4001/product/amd-ryzen-9/', sites)).toBe('shop1/product/amd-ryzen-9/');
    expect(canonicalOffer('http://127.0.0.1:4001/product/amd-ryzen-9', sites)).toBe('shop1/product/amd-ryzen-9/');
    expect(canonicalOffer('http://127.0.0.1:4002/product/amd-ryzen-9/', sites)).toBe('shop2/product/amd-ryzen-9/');
  });
  it('never maps a URL of an unknown site onto a shop', () => {
    expect(canonicalOffer('http://example.com/product/amd-ryzen-9/', sites)).toBe('example.com/product/amd-ryzen-9/');
    expect(canonicalOffer('not a url', sites)).toBe('invalid:not a url');
  });
});

describe('scoreOffers (WebMall)', () => {
  const gold = ['shop1/product/a/', 'shop2/product/b/'];
  it('completes only with every gold offer and nothing else', () => {
    expect(scoreOffers(['shop2/product/b/', 'shop1/product/a/'], gold)).toEqual({ precision: 1, recall: 1, f1: 1, completion: 1 });
    const extra = scoreOffers([...gold, 'shop3/product/c/'], gold);
    expect(extra.completion).toBe(0);
    expect(extra.precision).toBeCloseTo(2 / 3);
    expect(extra.recall).toBe(1);
    expect(extra.f1).toBeCloseTo(0.8);
  });
  it('scores a partial answer by precision and recall, and an empty one as zero', () => {
    const half = scoreOffers(['shop1/product/a/'], gold);
    expect(half).toMatchObject({ precision: 1, recall: 0.5, completion: 0 });
    expect(half.f1).toBeCloseTo(2 / 3);
    expect(scoreOffers([], gold)).toEqual({ precision: 0, recall: 0, f1: 0, completion: 0 });
  });
});

describe('WebMall task loading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'webmall-tasks-'));
  writeFileSync(join(dir, 'tasks.json'), JSON.stringify([
    { id: 'T1', category: 'Substitute', task: 'Find the cheapest alternative for this item: {{PRODUCT:3:1126}} .', answerType: 'urls', gold: [{ shop: 2, productId: '3356' }] },
    { id: 'T2', category: 'Add_To_Cart', task: 'Find all offers for X and add each of them to the respective shopping cart of the shop where you found the offer.', answerType: 'urls', gold: [] },
  ]));

  it('never hands gold to the runner', () => {
    const tasks = loadTasksForRun(dir);
    expect(tasks).toHaveLength(2);
    expect(JSON.stringify(tasks)).not.toContain('3356');
  });
  it('filters by category and names the known ones when none matches', () => {
    expect(loadTasksForRun(dir, 'Substitute').map((t) => t.id)).toEqual(['T1']);
    expect(() => loadTasksForRun(dir, 'Nope')).toThrow(/Substitute, Add_To_Cart/);
  });
  it('puts the local product URL where the task quotes a product', () => {
    const [task] = loadTasksForRun(dir, 'Substitute');
    expect(taskRequest(task!, (shop, id) => `http://127.0.0.1:9/shop${shop}/${id}/`)).toBe('Find the cheapest alternative for this item: http://127.0.0.1:9/shop3/1126/ .');
  });
  it('answers add-to-cart tasks from the carts', () => {
    const [substitute, cart] = loadTasksForRun(dir);
    expect(answeredByCart(substitute!)).toBe(false);
    expect(answeredByCart(cart!)).toBe(true);
  });
});
