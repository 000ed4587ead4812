/**
 * Loads the WebMall tasks for running. Gold is dropped here, at the only place the runner reads
 * the tasks file, so no agent-facing code can see it; scoring reads gold separately (gold.ts) afterwards.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WebmallTask } from './types';

/**
 * The tasks file to read: a WebMall folder's tasks.json, or a tasks file given as such
 * (`--tasks eval/webmall/extra/tasks.json`: another task set over the same four shops).
 */
export function tasksFileOf(folderOrFile: string): string {
  return existsSync(folderOrFile) && statSync(folderOrFile).isFile() ? folderOrFile : join(folderOrFile, 'tasks.json');
}

/** Reads a tasks file as a JSON list, or says what is wrong with it and what a task needs. */
export function readTaskList(folderOrFile: string): Record<string, unknown>[] {
  const path = tasksFileOf(folderOrFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read WebMall tasks at ${path} (${(error as Error).message}). Pass --data DIR with tasks.json and shop1..4.csv, or --tasks FILE with a tasks list.`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${path} is not a JSON list of tasks.`);
  parsed.forEach((t: unknown, i) => {
    const task = t as Record<string, unknown> | null;
    const missing = ['id', 'category', 'task'].filter((k) => typeof task?.[k] !== 'string' || !(task[k] as string).trim());
    if (missing.length) throw new Error(`${path}: task ${i + 1} has no ${missing.join(', ')} (each task needs id, category and task text, as in WebMall's tasks.json).`);
  });
  return parsed as Record<string, unknown>[];
}

/** `folderOrFile`: the WebMall folder (its tasks.json) or a tasks file. */
export function loadTasksForRun(folderOrFile: string, category?: string): WebmallTask[] {
  const tasks = readTaskList(folderOrFile).map((t): WebmallTask => ({
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
