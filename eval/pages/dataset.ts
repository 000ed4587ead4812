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

/**
 * The charset the shop most likely sent in its Content-Type header (snapshots keep only the body): the
 * page's own <meta charset> when it declares one, otherwise UTF-8 when the bytes are valid UTF-8, else
 * windows-1252. Without it a browser falls back to windows-1252 and garbles UTF-8 pages that rely on the
 * header, which the shop's real visitors never see.
 */
export function charsetOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 65536).toString('latin1');
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      new TextDecoder(declared);
      return declared.toLowerCase();
    } catch {
      // An unknown label: fall through to sniffing.
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decode bytes with the charset the page was served in (Node's TextDecoder knows the legacy ones). */
export function decodeHtml(bytes: Buffer): string {
  return new TextDecoder(charsetOf(bytes)).decode(bytes);
}
