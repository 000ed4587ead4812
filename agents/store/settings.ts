import type { TastebudDb } from './db';
import { guardWrite } from './storage-errors';

/** Every setting with its default; the options page edits these. */
export interface Settings {
  /** Engine id from agents/llm ("rules" is the model-free engine). */
  engineId: string;
  /** WebLLM model id (agents/llm/webllm/models.ts). */
  webllmModel: string;
  /** transformers.js model id (a Hugging Face repo or a local folder name). */
  transformersModel: string;
  /** May transformers.js download the model from the Hugging Face hub? Off = local folders only. */
  transformersAllowRemote: boolean;
  /** OpenAI-compatible server on the user's machine. */
  serverUrl: string;
  /** Model name on that server; empty = the first it lists. */
  serverModel: string;
  /** How many picks to show. */
  maxPicks: number;
  /** Background tabs a run may hold open at once. */
  maxTabs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  engineId: 'rules',
  webllmModel: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
  transformersModel: 'onnx-community/Qwen2.5-0.5B-Instruct',
  transformersAllowRemote: true,
  serverUrl: 'http://127.0.0.1:11434/v1',
  serverModel: '',
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
