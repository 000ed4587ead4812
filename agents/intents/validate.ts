/**
 * Checks a value (typically parsed model output) against the intent schema and returns typed
 * intents, or every problem found so the caller can repair, retry or fall back with a note.
 */
import { MUSIC_CATEGORIES, SHOPPING_CATEGORIES, type Intent } from './types';

const ROLES = new Set(['wanted', 'rejected', 'referential']);
const MUSIC = new Set<string>(MUSIC_CATEGORIES);
const SHOPPING = new Set<string>(SHOPPING_CATEGORIES);
const MUSIC_KEYS = new Set(['domain', 'category', 'role', 'text', 'normalized', 'years', 'entityKind', 'byArtist', 'source']);
const SHOPPING_KEYS = new Set(['domain', 'category', 'role', 'text', 'normalized', 'name', 'value', 'price', 'number', 'source']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkIntent(v: unknown, at: string, errors: string[]): void {
  if (!isRecord(v)) { errors.push(`${at}: expected an object`); return; }
  const domain = v.domain;
  if (domain !== 'music' && domain !== 'shopping') { errors.push(`${at}.domain: expected "music" or "shopping", got ${JSON.stringify(domain)}`); return; }
  const categories = domain === 'music' ? MUSIC : SHOPPING;
  if (typeof v.category !== 'string' || !categories.has(v.category)) errors.push(`${at}.category: ${JSON.stringify(v.category)} is not a ${domain} category (${[...categories].join(', ')})`);
  if (typeof v.role !== 'string' || !ROLES.has(v.role)) errors.push(`${at}.role: expected wanted, rejected or referential`);
  if (typeof v.text !== 'string' || !v.text.trim()) errors.push(`${at}.text: expected non-empty text`);
  for (const key of Object.keys(v)) if (!(domain === 'music' ? MUSIC_KEYS : SHOPPING_KEYS).has(key)) errors.push(`${at}.${key}: unknown field`);
  if (v.normalized !== undefined && typeof v.normalized !== 'string') errors.push(`${at}.normalized: expected a string`);
  if (domain === 'music') {
    if (v.years !== undefined && !(isRecord(v.years) && isNumber(v.years.from) && isNumber(v.years.to))) errors.push(`${at}.years: expected {from, to} numbers`);
    if (v.entityKind !== undefined && !['artist', 'song', 'album'].includes(v.entityKind as string)) errors.push(`${at}.entityKind: expected artist, song or album`);
  } else {
    const p = v.price;
    if (p !== undefined && !(isRecord(p) && (p.min === undefined || isNumber(p.min)) && (p.max === undefined || isNumber(p.max)) && (p.currency === undefined || typeof p.currency === 'string'))) errors.push(`${at}.price: expected {min?, max?, currency?}`);
    if (v.number !== undefined && !isNumber(v.number)) errors.push(`${at}.number: expected a number`);
    for (const k of ['name', 'value'] as const) if (v[k] !== undefined && typeof v[k] !== 'string') errors.push(`${at}.${k}: expected a string`);
  }
}

/** Accepts either {intents: [...]} (the schema's shape) or a bare array of intents. */
export function validateIntents(value: unknown): { ok: true; intents: Intent[] } | { ok: false; errors: string[] } {
  const list = Array.isArray(value) ? value : isRecord(value) ? value.intents : undefined;
  if (!Array.isArray(list)) return { ok: false, errors: ['expected an object with an "intents" array'] };
  const errors: string[] = [];
  list.forEach((item, i) => checkIntent(item, `intents[${i}]`, errors));
  if (errors.length) return { ok: false, errors };
  return { ok: true, intents: list.map((i: Intent) => ({ ...i, source: i.source ?? 'model' })) };
}
