/** Shared by the site tests: where the data is, and a small cookie-keeping client. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = resolve(repoRoot, process.env.TASTEBUD_DATA ?? '../shared/data');
export const HAS_DATA = existsSync(join(DATA_DIR, 'webmall', 'shop1.csv'));
if (!HAS_DATA) console.warn(`Skipping site tests: no evaluation data at ${DATA_DIR} (set TASTEBUD_DATA to the data folder).`);

export function parse(htmlText: string): Document {
  return parseHTML(htmlText).document as unknown as Document;
}

export async function getText(url: string, init?: RequestInit): Promise<{ status: number; text: string; res: Response }> {
  const res = await fetch(url, { redirect: 'manual', ...init });
  return { status: res.status, text: await res.text(), res };
}

/** One browser-like visitor: keeps the cookies a shop sets, follows redirects by hand. */
export class Visitor {
  private cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    let current = url;
    let options: RequestInit = init;
    for (let hop = 0; hop < 5; hop++) {
      const headers = new Headers(options.headers);
      if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await fetch(current, { ...options, headers, redirect: 'manual' });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return res;
      await res.arrayBuffer();
      current = new URL(location, current).toString();
      options = { method: 'GET' };
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  }
}
