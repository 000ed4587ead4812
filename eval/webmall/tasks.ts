/**
 * Loads the WebMall tasks for running. Gold is dropped here, at the only place the runner reads
 * tasks.json, so no agent-facing code can see it; scoring reads gold separately (gold.ts) afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebmallTask } from './types';

export function loadTasksForRun(webmallDir: string, category?: string): WebmallTask[] {
  const path = join(webmallDir, 'tasks.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read WebMall tasks at ${path} (${(error as Error).message}). Pass --data DIR with tasks.json and shop1..4.csv.`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${path} is not a JSON list of tasks.`);
  const tasks = parsed.map((t: Record<string, unknown>): WebmallTask => ({
    id: String(t['id']),
    category: String(t['category']),
    task: String(t['task']),
    answerType: String(t['answerType'] ?? 'urls'),
  }));
  if (!category) return tasks;
  const chosen = tasks.filter((t) => t.category === category);
  if (chosen.length === 0) {
    throw new Error(`No WebMall task in category "${category}"; categories: ${[...new Set(tasks.map((t) => t.category))].join(', ')}.`);
  }
  return chosen;
}

/** Replaces {{PRODUCT:shop:id}} with that product's URL on the running local shop. */
export function taskRequest(task: WebmallTask, productUrl: (shop: 1 | 2 | 3 | 4, productId: string) => string): string {
  return task.task
    .replace(/\{\{PRODUCT:(\d):([^}]+)\}\}/g, (_, shop: string, id: string) => productUrl(Number(shop) as 1 | 2 | 3 | 4, id.trim()))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Add_To_Cart tasks are answered by what lands in the shops' carts, as WebMall checks them. */
export const answeredByCart = (task: Pick<WebmallTask, 'category' | 'task'>): boolean =>
  task.category === 'Add_To_Cart' || /\badd (each of )?(them|it) to the (respective )?shopping cart\b/i.test(task.task);
