import type { TastebudDb } from './db';
import { guardWrite } from './storage-errors';

/** Every setting with its default; the options page edits these. */
export interface Settings {
  /** Engine id from agents/llm ("rules" is the model-free engine). */
  engineId: string;
  /** Model id for engines that load one (WebLLM, transformers.js). */
  modelId: string;
  /** OpenAI-compatible server on the user's machine. */
  serverUrl: string;
  /** How many picks to show. */
  maxPicks: number;
  /** Background tabs a run may hold open at once. */
  maxTabs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  engineId: 'rules',
  modelId: '',
  serverUrl: 'http://127.0.0.1:11434/v1',
  maxPicks: 5,
  maxTabs: 3,
};

export async function getSettings(db: TastebudDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

export async function saveSettings(db: TastebudDb, changes: Partial<Settings>): Promise<Settings> {
  await guardWrite('settings', () => db.settings.bulkPut(Object.entries(changes).map(([key, value]) => ({ key, value }))));
  return getSettings(db);
}
