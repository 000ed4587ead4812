/**
 * WebMall data may be passed as the webmall folder itself (tasks.json, shop1..4.csv) or as its parent.
 * The local shops (eval/sites) read `<parent>/webmall/shopN.csv`, so a webmall-like folder with any
 * other name is exposed to them through a temporary parent holding a `webmall` link to it.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface WebmallData {
  /** The folder with tasks.json and the shop CSVs. */
  webmallDir: string;
  /** What startSites({data}) takes. */
  sitesData: string;
  cleanup(): void;
}

export function resolveWebmallData(dir: string): WebmallData {
  if (existsSync(join(dir, 'webmall', 'tasks.json'))) return { webmallDir: join(dir, 'webmall'), sitesData: dir, cleanup: () => undefined };
  if (!existsSync(join(dir, 'tasks.json'))) {
    throw new Error(`${dir} has no tasks.json (nor webmall/tasks.json). Pass --data with the WebMall folder, e.g. ../shared/data/webmall.`);
  }
  for (const n of [1, 2, 3, 4]) {
    if (!existsSync(join(dir, `shop${n}.csv`))) throw new Error(`${dir} has tasks.json but no shop${n}.csv: a WebMall folder needs all four shop exports.`);
  }
  if (basename(dir) === 'webmall') return { webmallDir: dir, sitesData: dirname(dir), cleanup: () => undefined };
  const parent = mkdtempSync(join(tmpdir(), 'tastebud-webmall-'));
  symlinkSync(dir, join(parent, 'webmall'), 'dir');
  return { webmallDir: dir, sitesData: parent, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
