import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TastebudDb } from './db';
import { eraseAllData, exportAllData, importAllData } from './export-erase';
import { getProfile, saveProfile } from './profile';
import { createRun, endInterruptedRuns, finishRun, updateSiteProgress } from './runs';
import { getSettings, saveSettings } from './settings';
import { addSite, listSites } from './sites';
import { guardWrite } from './storage-errors';

const parsed = { text: 'running shoes', kind: 'shopping' as const, intents: [], engine: 'rules', notes: [] };
let names: string[] = [];
let open: Dexie[] = [];
function freshDb(): TastebudDb {
  const name = `test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const db = new TastebudDb(name);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open) db.close();
  for (const name of names) await Dexie.delete(name);
  names = [];
  open = [];
});

describe('schema migration', () => {
  it('moves the v1 site list out of settings into the v2 sites table, keeping other data', async () => {
    const name = `migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: 'key', profile: 'id', conversations: 'id, updatedAt', runs: 'id, conversationId, createdAt, status' });
    await v1.table('settings').bulkPut([
      { key: 'sites', value: [{ name: 'TechTalk', url: 'http://127.0.0.1:8002/some/page', kind: 'shop' }, { url: 'https://tunes.example/', kind: 'music' }] },
      { key: 'engineId', value: 'openai-compatible' },
    ]);
    await v1.table('profile').put({ id: 'me', likes: ['trail running'], dislikes: [], brandsLiked: ['Brooks'], brandsAvoided: [], sizes: {}, updatedAt: 1 });
    v1.close();

    const db = new TastebudDb(name);
    const sites = await listSites(db);
    expect(sites.map((s) => [s.name, s.baseUrl, s.kind])).toEqual([
      ['TechTalk', 'http://127.0.0.1:8002', 'shop'],
      ['tunes.example', 'https://tunes.example', 'music'],
    ]);
    expect(await db.settings.get('sites')).toBeUndefined();
    expect((await getSettings(db)).engineId).toBe('openai-compatible');
    expect((await getProfile(db)).brandsLiked).toEqual(['Brooks']);
    db.close();
  });
});

describe('runs', () => {
  it('records progress and results, and the conversation keeps both sides', async () => {
    const db = freshDb();
    const run = await createRun(db, { request: 'running shoes', parsed, sites: [{ id: 's1', name: 'Shop' }] });
    await updateSiteProgress(db, run.id, { siteId: 's1', siteName: 'Shop', state: 'reading', itemsRead: 4 });
    await finishRun(db, run.id, { status: 'done', picks: [{ url: 'http://x/p', title: 'Shoe', siteName: 'Shop', explanation: 'fits', verdicts: [] }] });
    const stored = await db.runs.get(run.id);
    expect(stored?.status).toBe('done');
    expect(stored?.progress[0]).toMatchObject({ state: 'reading', itemsRead: 4 });
    const conv = await db.conversations.get(run.conversationId);
    expect(conv?.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('keeps the product a request quoted with the run, so a reopened panel still shows it', async () => {
    const db = freshDb();
    const run = await createRun(db, { request: 'an alternative for this item', parsed, sites: [{ id: 's1', name: 'Shop' }] });
    const quoted = { url: 'http://x/quoted', title: 'Quoted Cable', siteName: 'Shop', price: 19.99, currency: 'EUR', explanation: 'The product your request quoted.', verdicts: [] };
    await finishRun(db, run.id, { status: 'done', picks: [], references: [quoted], alternativesToReference: true });
    const stored = await db.runs.get(run.id);
    expect(stored?.references).toEqual([quoted]);
    expect(stored?.alternativesToReference).toBe(true);
  });

  it('ends runs left running by a stopped worker with a message, but not the live one', async () => {
    const db = freshDb();
    const orphan = await createRun(db, { request: 'a', parsed, sites: [] });
    await new Promise((r) => setTimeout(r, 5));
    const workerStartedAt = Date.now();
    const live = await createRun(db, { request: 'b', parsed, sites: [] });
    expect(await endInterruptedRuns(db, workerStartedAt)).toBe(1);
    const ended = await db.runs.get(orphan.id);
    expect(ended?.status).toBe('interrupted');
    expect(ended?.message).toMatch(/Re-run/);
    expect((await db.runs.get(live.id))?.status).toBe('running');
  });
});

describe('sites, settings and profile', () => {
  it('rejects a site address that is not a URL with a message saying what to enter', async () => {
    await expect(addSite(freshDb(), { url: 'my shop', kind: 'shop' })).rejects.toThrow(/like https:\/\//);
  });

  it('keeps defaults for settings never saved', async () => {
    const db = freshDb();
    await saveSettings(db, { maxPicks: 8 });
    expect(await getSettings(db)).toMatchObject({ engineId: 'rules', maxPicks: 8 });
  });

  it('saves profile changes without dropping other fields', async () => {
    const db = freshDb();
    await saveProfile(db, { brandsAvoided: ['Nike'] });
    await saveProfile(db, { budget: { max: 120 } });
    expect(await getProfile(db)).toMatchObject({ brandsAvoided: ['Nike'], budget: { max: 120 } });
  });
});

describe('export, erase, import', () => {
  it('exports everything as one JSON file, erases it all, and restores it', async () => {
    const db = freshDb();
    await saveProfile(db, { likes: ['jazz'] });
    await addSite(db, { url: 'http://127.0.0.1:9000', kind: 'music', name: 'Tunes' });
    await createRun(db, { request: 'chill jazz', parsed, sites: [] });
    const exported = JSON.parse(JSON.stringify(await exportAllData(db)));
    expect(exported.tables.runs).toHaveLength(1);

    await eraseAllData(db);
    expect(await db.runs.count()).toBe(0);
    expect((await getProfile(db)).likes).toEqual([]);

    await importAllData(db, exported);
    expect((await getProfile(db)).likes).toEqual(['jazz']);
    expect(await listSites(db)).toHaveLength(1);
  });

  it('refuses a file that is not an export', async () => {
    await expect(importAllData(freshDb(), { hello: 1 })).rejects.toThrow(/not a Tastebud export/);
  });
});

describe('a full disk', () => {
  it('says what to do and names what was not saved', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await expect(guardWrite('the run result', () => Promise.reject(quota))).rejects.toThrow(/run result.*storage.*full.*erase old runs/s);
  });
});
