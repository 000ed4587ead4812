import { normaliseBaseUrl, siteIdFromUrl, type TastebudDb } from './db';
import { guardWrite } from './storage-errors';
import type { SiteKind, StoredSite } from './types';

export async function listSites(db: TastebudDb, opts: { enabledOnly?: boolean; kind?: SiteKind } = {}): Promise<StoredSite[]> {
  const all = await db.sites.orderBy('id').toArray();
  return all.filter((s) => (!opts.enabledOnly || s.enabled) && (!opts.kind || s.kind === opts.kind)).sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
}

/** Adds (or renames) a site; the caller asks the browser for access to its origin first. */
export async function addSite(db: TastebudDb, input: { url: string; name?: string; kind: SiteKind }): Promise<StoredSite> {
  let baseUrl: string;
  try {
    baseUrl = normaliseBaseUrl(input.url);
  } catch {
    throw new Error(`"${input.url}" is not a web address. Enter it like https://shop.example.com`);
  }
  const id = siteIdFromUrl(baseUrl);
  const existing = await db.sites.get(id);
  const site: StoredSite = {
    id,
    name: input.name?.trim() || existing?.name || new URL(baseUrl).host,
    baseUrl,
    kind: input.kind,
    enabled: true,
    addedAt: existing?.addedAt ?? Date.now(),
  };
  await guardWrite(`the site ${site.name}`, () => db.sites.put(site));
  return site;
}

export async function removeSite(db: TastebudDb, id: string): Promise<void> {
  await db.sites.delete(id);
}

export async function setSiteEnabled(db: TastebudDb, id: string, enabled: boolean): Promise<void> {
  await guardWrite('the site list', () => db.sites.update(id, { enabled }));
}
