import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ProductPageSnapshot {
  sha: string;
  /** The page bytes exactly as the shop sent them (decompressed). */
  body: Buffer;
  /** The charset the page declares, or utf-8. */
  charset: string;
}

const listCache = new Map<string, string[]>();
const pageCache = new Map<string, ProductPageSnapshot>();

/** The snapshot ids (sha256 names) in product-pages/html, sorted. Only the names are read up front. */
export function listProductPages(dataDir: string): string[] {
  const dir = join(dataDir, 'product-pages', 'html');
  const cached = listCache.get(dir);
  if (cached) return cached;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new Error(`Cannot list ${dir}: ${(error as Error).message}. Pass the evaluation data folder with --data DIR.`);
  }
  const shas = names.filter((n) => n.endsWith('.html.gz')).map((n) => n.slice(0, -'.html.gz'.length)).sort();
  listCache.set(dir, shas);
  return shas;
}

/** One snapshot, decompressed on first use and then kept. */
export function readProductPage(dataDir: string, sha: string): ProductPageSnapshot | undefined {
  if (!/^[0-9a-f]{64}$/.test(sha) || !listProductPages(dataDir).includes(sha)) return undefined;
  const path = join(dataDir, 'product-pages', 'html', `${sha}.html.gz`);
  const cached = pageCache.get(path);
  if (cached) return cached;
  const body = gunzipSync(readFileSync(path));
  // Declarations sit in the head; latin1 keeps every byte readable whatever the real encoding.
  const head = body.subarray(0, 64 * 1024).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const page = { sha, body, charset };
  pageCache.set(path, page);
  return page;
}
