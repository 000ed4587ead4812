import Dexie, { type EntityTable } from 'dexie';
import type { SettingRow, StoredConversation, StoredProfile, StoredRun, StoredSite } from './types';

export const DB_NAME = 'tastebud';

/**
 * The schema history. Never edit a past version: add a new one with an upgrade function, so a
 * user's data written by any earlier release opens intact.
 */
export function defineSchema(db: Dexie): void {
  // v1: first release. The list of sites lived in the settings table under the key "sites".
  db.version(1).stores({
    settings: 'key',
    profile: 'id',
    conversations: 'id, updatedAt',
    runs: 'id, conversationId, createdAt, status',
  });
  // v2: sites get their own table (enabled flag, kind, per-site permission state), moved out of settings.
  db.version(2)
    .stores({ sites: 'id, kind' })
    .upgrade(async (tx) => {
      const row = (await tx.table('settings').get('sites')) as SettingRow | undefined;
      const legacy = Array.isArray(row?.value) ? (row.value as { name?: string; url?: string; kind?: string }[]) : [];
      const now = Date.now();
      const sites: StoredSite[] = legacy
        .filter((s) => typeof s.url === 'string')
        .map((s) => ({
          id: siteIdFromUrl(s.url as string),
          name: s.name ?? new URL(s.url as string).host,
          baseUrl: normaliseBaseUrl(s.url as string),
          kind: s.kind === 'music' ? 'music' : 'shop',
          enabled: true,
          addedAt: now,
        }));
      await tx.table('sites').bulkPut(sites);
      await tx.table('settings').delete('sites');
    });
}

export class TastebudDb extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  profile!: EntityTable<StoredProfile, 'id'>;
  conversations!: EntityTable<StoredConversation, 'id'>;
  runs!: EntityTable<StoredRun, 'id'>;
  sites!: EntityTable<StoredSite, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineSchema(this);
  }
}

export function normaliseBaseUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

export function siteIdFromUrl(url: string): string {
  return new URL(url).host.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

let shared: TastebudDb | undefined;

/** One connection per JavaScript context (service worker, side panel, options page). */
export function openDb(): TastebudDb {
  shared ??= new TastebudDb();
  return shared;
}
