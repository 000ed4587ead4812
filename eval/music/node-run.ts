/**
 * A fast dev proxy for the music suite, without a browser:
 *   npm run -s eval:music:node -- --data ../shared/data [--scenarios FILE] [--scenario ID] [--json]
 *   npm run -s eval:music:node -- --data ../shared/data --request "upbeat 80s pop like madonna but not sad"
 * Starts the two music sites in-process, extracts each request's intents with the shipped engine,
 * runs the music agent through the Node fetch visitor, then scores the answers with the browser
 * suite's own scoring (score-run.ts). The agent never sees a scenario's checklist; it is read only
 * after every answer is final. Reported figures stay the browser suite's (eval:music).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { curateMusic } from '../../agents/curate/music';
import { extractIntents } from '../../agents/intents';
import { createLinkedomVisitor } from '../sites/linkedom-visitor';
import type { RawAnswer, TaskRow } from '../report/types';
import { siteBases } from '../report/record-answer';
import { startSites } from '../sites';
import { loadMusicScenarios } from './scenarios';
import { scenariosFileArg } from '../report/suite-cli';
import { scoreMusicAnswers } from './score-run';
import { readTrackFacts } from './read-tracks';

const USAGE = 'npm run -s eval:music:node -- --data DIR [--scenarios FILE] [--scenario ID | --request TEXT] [--json]';
/** What the extension asks for (curation-adapter: at least 10 tracks). */
const PLAYLIST_LENGTH = 10;

function parseArgs(argv: string[]): { data: string; scenarios?: string; scenario?: string; request?: string; json: boolean } {
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const data = at('--data');
  if (!data) throw new Error(`Missing --data DIR (the folder with music-catalog/).\nUsage: ${USAGE}`);
  if (!existsSync(resolve(data, 'music-catalog'))) throw new Error(`No music-catalog/ under ${resolve(data)}; pass the evaluation data folder.\nUsage: ${USAGE}`);
  return { data: resolve(data), scenarios: scenariosFileArg(at('--scenarios')), scenario: at('--scenario'), request: at('--request'), json: argv.includes('--json') };
}

/** Runs every chosen request through the agent; nothing here reads a checklist. */
async function answerAll(requests: { id: string; category: string; request: string }[], data: string, inspect?: (answer: RawAnswer) => Promise<void>): Promise<RawAnswer[]> {
  const web = await startSites({ data, only: ['tunes', 'archive'] });
  try {
    const sites = Object.values(web.sites).map((s) => ({ id: s.id, name: s.name, baseUrl: s.baseUrl, kind: 'music' as const }));
    const answers: RawAnswer[] = [];
    for (const r of requests) {
      const visitor = createLinkedomVisitor();
      const started = performance.now();
      let answer: RawAnswer;
      try {
        const result = await curateMusic({ request: extractIntents(r.request), sites, visitor, count: PLAYLIST_LENGTH });
        const picks = result.tracks.map((p) => ({ title: `${p.track.artist} – ${p.track.title}`, url: p.track.url }));
        answer = { ...r, status: 'done', picks, message: result.notes.join(' ') || undefined, seconds: 0, sites: siteBases(web.sites) };
      } catch (error) {
        answer = { ...r, status: 'error', picks: [], seconds: 0, sites: siteBases(web.sites), error: error instanceof Error ? error.message : String(error) };
      }
      answer.seconds = (performance.now() - started) / 1000;
      answer.pagesLoaded = visitor.pagesLoaded();
      answers.push(answer);
      await inspect?.(answer);
      console.error(`${r.id} ${answer.picks.length} tracks, ${answer.pagesLoaded} pages, ${answer.seconds.toFixed(1)} s`);
    }
    return answers;
  } finally {
    await web.close();
  }
}

/** One free request (no checklist to score against): each pick as its own page shows it, and the pages read. */
async function showRequest(text: string, data: string): Promise<void> {
  // The picks' pages are read while the sites still run, after the answer is final.
  await answerAll([{ id: 'request', category: 'request', request: text }], data, async (answer) => {
    if (answer.error) console.log(`error: ${answer.error}`);
    if (answer.message) console.log(answer.message);
    for (const pick of answer.picks) {
      const facts = await readTrackFacts(pick.url);
      const shown = 'error' in facts ? facts.error : `${facts.year ?? '?'} · ${[...new Set([...facts.genres, ...facts.styles])].join(', ')} · ${facts.moods.join(', ')}`;
      console.log(`- ${pick.title}  [${shown}]`);
    }
    console.log(`${answer.picks.length} tracks, ${answer.pagesLoaded} pages read, ${answer.seconds.toFixed(1)} s`);
  });
}

function printRows(rows: TaskRow[]): Record<string, number> {
  const n = rows.length || 1;
  const sum = (m: string) => rows.reduce((s, r) => s + (r.metrics[m] ?? 0), 0);
  for (const r of rows) {
    const m = r.metrics;
    console.log(`${r.passed ? 'PASS' : 'FAIL'} ${r.id.padEnd(5)} satisfied ${(m['satisfied'] ?? 0).toFixed(3)}  violations ${m['violations']}  tracks ${m['tracks']}  variety ${(m['artistVariety'] ?? 0).toFixed(2)}  pages ${r.pagesLoaded}  ${r.seconds.toFixed(1)} s  ${r.notes.at(-1) ?? ''}`);
  }
  const totals = {
    scenarios: rows.length,
    satisfied: sum('satisfied') / n,
    violations: sum('violations'),
    emptyPlaylists: rows.filter((r) => (r.metrics['tracks'] ?? 0) === 0).length,
    artistVariety: sum('artistVariety') / n,
    tracksPerScenario: sum('tracks') / n,
    passed: rows.filter((r) => r.passed).length,
    pagesPerScenario: rows.reduce((s, r) => s + (r.pagesLoaded ?? 0), 0) / n,
    secondsPerScenario: rows.reduce((s, r) => s + r.seconds, 0) / n,
  };
  const byCategory = new Map<string, TaskRow[]>();
  for (const r of rows) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  for (const [c, list] of byCategory) console.log(`${c.padEnd(16)} n=${list.length}  satisfied ${(list.reduce((s, r) => s + (r.metrics['satisfied'] ?? 0), 0) / list.length).toFixed(3)}`);
  console.log(`TOTAL satisfied ${totals.satisfied.toFixed(3)}  violations ${totals.violations}  empty ${totals.emptyPlaylists}  passed ${totals.passed}/${totals.scenarios}  variety ${totals.artistVariety.toFixed(3)}  tracks/scenario ${totals.tracksPerScenario.toFixed(1)}  pages/scenario ${totals.pagesPerScenario.toFixed(1)}  s/scenario ${totals.secondsPerScenario.toFixed(1)}`);
  return totals;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.request) return showRequest(args.request, args.data);
  const scenarios = loadMusicScenarios(args.scenarios).filter((s) => !args.scenario || s.id === args.scenario);
  if (!scenarios.length) throw new Error(`No music scenario with id ${args.scenario}; ids are in ${args.scenarios ?? 'eval/music/scenarios.json'}.`);
  if (args.scenarios) console.error(`Scenarios read from ${args.scenarios}.`);
  const answers = await answerAll(scenarios.map(({ id, category, request }) => ({ id, category, request })), args.data);
  // Only now, with every answer final, are the checklists used.
  const rows = await scoreMusicAnswers(answers, scenarios, args.data);
  const totals = printRows(rows);
  if (args.json) console.log(JSON.stringify(totals));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
