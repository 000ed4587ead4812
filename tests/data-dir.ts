import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The evaluation data folder: TASTEBUD_DATA, else ../shared/data beside the checkout (as CI lays it). */
export function dataDir(): string {
  const dir = resolve(process.env.TASTEBUD_DATA ?? '../shared/data');
  if (!existsSync(dir)) throw new Error(`Evaluation data not found at ${dir}. Set TASTEBUD_DATA=DIR (the folder with webmall/, music-catalog/, ...).`);
  return dir;
}
