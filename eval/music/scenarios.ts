import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MusicCheck, MusicScenario } from './types';

const KINDS: MusicCheck['kind'][] = ['genre', 'not-genre', 'mood', 'not-mood', 'decade', 'instrumental', 'not-artist', 'similar-to-artist'];

/** Loads and validates eval/music/scenarios.json, naming the scenario and field that is wrong. */
export function loadMusicScenarios(path = fileURLToPath(new URL('./scenarios.json', import.meta.url))): MusicScenario[] {
  const list = JSON.parse(readFileSync(path, 'utf8')) as MusicScenario[];
  const ids = new Set<string>();
  for (const s of list) {
    const where = `music scenario ${s.id ?? '(no id)'} in ${path}`;
    if (!s.id || ids.has(s.id)) throw new Error(`${where}: missing or duplicate id.`);
    ids.add(s.id);
    if (!s.request || !s.category || !(s.minTracks >= 1)) throw new Error(`${where}: needs request, category and minTracks >= 1.`);
    if (!s.checklist?.length) throw new Error(`${where}: the checklist is empty.`);
    for (const c of s.checklist) if (!KINDS.includes(c.kind)) throw new Error(`${where}: unknown check kind "${c.kind}"; known: ${KINDS.join(', ')}.`);
  }
  return list;
}
