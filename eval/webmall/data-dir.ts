/**
 * WebMall data may be passed as the webmall folder itself (tasks.json, shop1..4.csv) or as its parent;
 * another task set over the same shops comes as a tasks file (--tasks FILE).
 * The local shops (eval/sites) read `<parent>/webmall/shopN.csv`, so a webmall-like folder with any
 * other name is exposed to them through a temporary parent holding a `webmall` link to it.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface WebmallData {
  /** The folder with tasks.json and the shop CSVs. */
  webmallDir: string;
  /** The tasks to run and score: the folder's tasks.json, or the file given with --tasks. */
  tasksFile: string;
  /** What startSites({data}) takes. */
  sitesData: string;
  cleanup(): void;
}

export function resolveWebmallData(dir: string, tasksFile?: string): WebmallData {
  if (tasksFile !== undefined && !existsSync(tasksFile)) throw new Error(`--tasks ${tasksFile} does not exist: pass a tasks list in WebMall's tasks.json format.`);
  const tasksOf = (webmallDir: string) => tasksFile ?? join(webmallDir, 'tasks.json');
  // With --tasks the folder needs only the shop exports; without, its own tasks.json too.
  const isWebmall = (d: string) => existsSync(join(d, tasksFile ? 'shop1.csv' : 'tasks.json'));
  if (isWebmall(join(dir, 'webmall'))) return { webmallDir: join(dir, 'webmall'), tasksFile: tasksOf(join(dir, 'webmall')), sitesData: dir, cleanup: () => undefined };
  if (!isWebmall(dir)) {
    throw new Error(`${dir} has no ${tasksFile ? 'shop1.csv' : 'tasks.json'} (nor webmall/${tasksFile ? 'shop1.csv' : 'tasks.json'}). Pass --data with the WebMall folder, e.g. ../shared/data/webmall.`);
  }
  for (const n of [1, 2, 3, 4]) {
    if (!existsSync(join(dir, `shop${n}.csv`))) throw new Error(`${dir} has no shop${n}.csv: a WebMall folder needs all four shop exports.`);
  }
  if (basename(dir) === 'webmall') return { webmallDir: dir, tasksFile: tasksOf(dir), sitesData: dirname(dir), cleanup: () => undefined };
  const parent = mkdtempSync(join(tmpdir(), 'tastebud-webmall-'));
  symlinkSync(dir, join(parent, 'webmall'), 'dir');
  return { webmallDir: dir, tasksFile: tasksOf(dir), sitesData: parent, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
