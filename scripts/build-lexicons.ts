/**
 * Builds the compact lexicons the model-free intent engine ships with, from the licensed sources in
 * the shared data folder. The extension never reads ../shared at runtime: run this once after the
 * sources change and commit the JSON it writes.
 *
 *   npx tsx scripts/build-lexicons.ts --data ../shared/data [--out agents/intents/lexicon]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { normalizeTerm } from '../agents/intents/rules/normalize-text';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** RFC 4180 rows (quoted fields may hold commas, doubled quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function genreLexicon(dir: string) {
  const genres = readFileSync(join(dir, 'beets_lastgenre_genres.txt'), 'utf8')
    .split('\n').map(normalizeTerm).filter(Boolean);
  const parents: Record<string, string> = {};
  const walk = (node: unknown, parent?: string): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, parent));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        const name = normalizeTerm(k);
        if (parent) parents[name] = parent;
        walk(v, name);
      }
    } else if (typeof node === 'string' && parent) parents[normalizeTerm(node)] = parent;
  };
  walk(yaml.load(readFileSync(join(dir, 'beets_lastgenre_genres-tree.yaml'), 'utf8')));
  // Aliases are regular expressions with back-references; they are kept as such and applied to a
  // matched phrase to find its canonical genre name.
  const aliasDoc = yaml.load(readFileSync(join(dir, 'beets_lastgenre_aliases.yaml'), 'utf8')) as Record<string, string[]>;
  const aliases = Object.entries(aliasDoc).flatMap(([canonical, patterns]) =>
    patterns.map((pattern) => ({ pattern, canonical })));
  return {
    origin: 'beets lastgenre plugin: genres.txt, genres-tree.yaml, aliases.yaml',
    licence: 'MIT (beets)',
    genres: [...new Set(genres)].sort(),
    parents,
    aliases,
  };
}

/** Taxonomy entries that are recording labels or sounds, not instruments anyone asks for. */
const INSTRUMENT_NOISE = new Set(['main system', 'unlabeled', 'crowd', 'gu', 'male speaker', 'female speaker',
  'fx processed sound', 'claps', 'snaps', 'tapping', 'strum', 'change ringing', 'bicycle bell', 'tuning fork',
  'musical instrument', 'scratches']);

function instrumentLexicon(dir: string) {
  const families: Record<string, string> = {};
  const taxonomy = yaml.load(readFileSync(join(dir, 'medleydb_instrument_taxonomy.yaml'), 'utf8'));
  const walk = (node: unknown, family: string): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, family));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, family || normalizeTerm(k));
    else if (typeof node === 'string' && !INSTRUMENT_NOISE.has(normalizeTerm(node))) families[normalizeTerm(node)] = family;
  };
  walk(taxonomy, '');
  // YAMNet (AudioSet) classes 24-32 are singing voices and 133-210 musical instruments.
  const rows = parseCsv(readFileSync(join(dir, 'yamnet_class_map.csv'), 'utf8')).slice(1);
  for (const [index, , display] of rows) {
    const i = Number(index);
    if (!((i >= 24 && i <= 32) || (i >= 133 && i <= 210))) continue;
    for (const part of (display ?? "").split(',')) {
      const name = normalizeTerm(part.replace(/\(.*?\)/g, ''));
      if (name && !families[name] && !INSTRUMENT_NOISE.has(name)) families[name] = i <= 32 ? 'voice' : 'audioset';
    }
  }
  return {
    origin: 'MedleyDB instrument taxonomy; YAMNet class map (AudioSet singing and instrument classes)',
    licence: 'MedleyDB: MIT; YAMNet: Apache-2.0',
    families,
  };
}

function artistLexicon(catalogDir: string) {
  const names = new Set<string>();
  for (const part of [1, 2, 3]) {
    const file = join(catalogDir, `tidytuesday_spotify_songs_part${part}of3.csv`);
    if (!existsSync(file)) continue;
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const col = (rows[0] ?? []).indexOf('track_artist');
    for (const row of rows.slice(1)) {
      const name = normalizeTerm(row[col] ?? '');
      if (name.length >= 3 && /\p{L}/u.test(name)) names.add(name);
    }
  }
  return {
    origin: 'TidyTuesday 2020-01-21 spotify_songs: track_artist column',
    licence: 'MIT (TidyTuesday)',
    artists: [...names].sort(),
  };
}

/**
 * Track and album titles of two to six words ("blinding lights", "the dark side of the moon"), a
 * feature of the intent tagger for names in bare lists. The version after " - " and anything in
 * brackets ("- Remastered 2011", "(feat. X)") is not part of how people name a song.
 */
function titleLexicon(catalogDir: string) {
  const titles = new Set<string>();
  for (const part of [1, 2, 3]) {
    const file = join(catalogDir, `tidytuesday_spotify_songs_part${part}of3.csv`);
    if (!existsSync(file)) continue;
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const cols = ['track_name', 'track_album_name'].map((c) => (rows[0] ?? []).indexOf(c));
    for (const row of rows.slice(1)) {
      for (const col of cols) {
        const title = normalizeTerm((row[col] ?? '').replace(/\s+-\s+.*$/, '').replace(/[([].*$/, ''));
        const words = title.split(' ').length;
        if (words >= 2 && words <= 6 && /\p{L}/u.test(title)) titles.add(title);
      }
    }
  }
  return {
    origin: 'TidyTuesday 2020-01-21 spotify_songs: track_name and track_album_name columns',
    licence: 'MIT (TidyTuesday)',
    titles: [...titles].sort(),
  };
}

function main(): void {
  const data = argValue('--data');
  if (!data) throw new Error('build-lexicons: pass the shared data folder, e.g. --data ../shared/data');
  const out = resolve(argValue('--out') ?? 'agents/intents/lexicon');
  const lexDir = join(data, 'music-lexicons');
  if (!existsSync(lexDir)) throw new Error(`build-lexicons: ${lexDir} not found; pass the folder that holds music-lexicons/`);
  mkdirSync(out, { recursive: true });
  const files = {
    'genres.json': genreLexicon(lexDir),
    'instruments.json': instrumentLexicon(lexDir),
    'artists.json': artistLexicon(join(data, 'music-catalog')),
    'titles.json': titleLexicon(join(data, 'music-catalog')),
  };
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(out, name), JSON.stringify(value) + '\n');
    console.log(`wrote ${join(out, name)}`);
  }
}

main();
