import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWebmallData } from './data-dir';
import { loadGold } from './gold';
import { loadTasksForRun } from './tasks';

// --tasks FILE: another task set over the same four shops (the shop exports still come from --data).
const shopsOnly = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'wm-tasks-')), 'webmall');
  mkdirSync(dir);
  for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, `shop${n}.csv`), '');
  return dir;
};
const tasksFile = (content: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'wm-taskfile-')), 'tasks.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('a tasks file given with --tasks', () => {
  const file = tasksFile([
    { id: 'X1', category: 'Specific_Product', task: 'Find all offers for the Some Headset.', answerType: 'urls', gold: [{ shop: 1, productId: '11' }] },
    { id: 'X2', category: 'Substitute', task: 'Find the cheapest alternative for this item: {{PRODUCT:3:5}} .', answerType: 'urls', gold: [{ shop: 3, productId: '5' }, { shop: 2, productId: '9' }] },
  ]);

  it('is run and scored in place of the data folder tasks, over that folder\'s shops', () => {
    const shops = shopsOnly();
    const data = resolveWebmallData(join(shops, '..'), file);
    expect(data).toMatchObject({ webmallDir: shops, tasksFile: file });
    expect(loadTasksForRun(data.tasksFile).map((t) => t.id)).toEqual(['X1', 'X2']);
    expect(JSON.stringify(loadTasksForRun(data.tasksFile))).not.toContain('productId');
    expect(loadGold(data.tasksFile).get('X2')).toEqual([{ shop: 3, productId: '5' }, { shop: 2, productId: '9' }]);
  });
  it('says when the file does not exist', () => {
    expect(() => resolveWebmallData(join(shopsOnly(), '..'), '/nonexistent/tasks.json')).toThrow(/--tasks .* does not exist/);
  });
  it('rejects a file that is not a list of tasks, naming the file and what a task needs', () => {
    expect(() => loadTasksForRun(tasksFile('{ not json'))).toThrow(/Cannot read WebMall tasks at .*tasks\.json/);
    expect(() => loadTasksForRun(tasksFile({ id: 'X1' }))).toThrow(/is not a JSON list of tasks/);
    expect(() => loadTasksForRun(tasksFile([{ id: 'X1', category: 'Specific_Product' }]))).toThrow(/task 1 has no task \(each task needs id, category and task text/);
  });
  it('rejects a gold list whose offers lack a shop 1 to 4 or a product id', () => {
    const bad = tasksFile([{ id: 'X1', category: 'Specific_Product', task: 'Find X.', gold: [{ shop: 7, productId: '1' }] }]);
    expect(() => loadGold(bad)).toThrow(/task X1 has a malformed gold list/);
  });
});

describe('the extra WebMall task set (eval/webmall/extra/tasks.json)', () => {
  const file = join(__dirname, 'extra', 'tasks.json');
  it('covers every WebMall category with gold for every task', () => {
    const tasks = loadTasksForRun(file);
    expect(new Set(tasks.map((t) => t.category))).toEqual(new Set(['Specific_Product', 'Cheapest_Product', 'Best_Fit_Specific', 'Best_Fit_Vague', 'Cheapest_Best_Fit_Specific', 'Cheapest_Best_Fit_Vague', 'Compatible_Products', 'Substitute', 'Add_To_Cart']));
    const gold = loadGold(file);
    for (const t of tasks) expect(gold.get(t.id)?.length, t.id).toBeGreaterThan(0);
  });
});
