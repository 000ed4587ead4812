/** Product-page snapshots laid out like shared/data/product-pages: ground-truth.json + html/<id>.html.gz. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface GoldValues {
  url: string;
  price?: string[];
  currency?: string[];
  availability?: string[];
  sku?: string[];
  brand?: string[];
  mpn?: string[];
  gtin?: string[];
}

export interface SnapshotPage {
  id: string;
  gold: GoldValues;
  /** The bytes as the shop served them (any charset). */
  html: Buffer;
}

export function loadSnapshots(dir: string): SnapshotPage[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(`No ground-truth.json in ${dir}: pass --data pointing at a folder laid out like shared/data/product-pages.`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, GoldValues>;
  return Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map(([id, gold]) => ({ id, gold, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))) }));
}

/** Decode bytes with the charset the page declares (Node's TextDecoder knows the legacy ones). */
export function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
