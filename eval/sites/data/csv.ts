import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

const cache = new Map<string, CsvRow[]>();

/**
 * Reads a CSV with a header row (BOM tolerated; quoted commas and newlines handled by csv-parse).
 * Parsed once per process: every test file and benchmark shard reuses it.
 */
export function readCsv(path: string): CsvRow[] {
  const cached = cache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}. Pass the evaluation data folder with --data DIR (the folder holding webmall/ and music-catalog/).`);
  }
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as CsvRow[];
  cache.set(path, rows);
  return rows;
}
