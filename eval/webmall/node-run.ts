/**
 * A fast development proxy for WebMall: the shopping agent in Node through the fetch visitor and
 * linkedom, against the four local shops started in-process. No browser, no extension.
 *   npm run -s eval:webmall:node -- --data ../shared/data [--tasks FILE] [--task ID] [--category C] [--shops 1,2,4] [--json] [--verbose] [--labels]
 *     [--model-server URL [--model NAME]] [--scripted-readings FILE]
 * With --model-server (an OpenAI-compatible server on this machine: Ollama, llama.cpp, LM Studio) the
 * agent is model-assisted as in the side panel with that engine; without it, model-free (the default).
 * --scripted-readings FILE (a test double, scripted-readings.ts): each task's request reading written by a
 * person, in the JSON a model answers; what the rules make of a correct reading, never a model result.
 * Every task is answered first; gold is read only afterwards (gold.ts), and restricted to the shops
 * searched (--shops; all four by default: the fetch visitor reads shop 3's script-filled listings from
 * the JSON endpoint the page declares). The add-to-cart tasks are scored by the picks (the fetch
 * visitor has no cart). A dev proxy: the reported benchmark figures stay the browser ones (eval:webmall).
 * --labels: after the run, every checklist label the result cards would show, with its kind and how many
 * tasks showed it, soft wishes first: the audit of what a shopper reads under each pick.
 */
import { curationModelFromEngine } from '../../agents/curate/model-assist';
import type { ModelAssistOptions } from '../../agents/curate/model-assist/types';
import { curateShopping } from '../../agents/curate/shopping';
import { OpenAiCompatibleEngine } from '../../agents/llm/openai-compatible/engine';
import type { CurationResult } from '../../agents/curate/types';
import { extractIntents } from '../../agents/intents/extract';
import { createLinkedomVisitor } from '../sites/linkedom-visitor';
import type { SiteRef } from '../../agents/sites/types';
import { startSites, type SiteId } from '../sites/index';
import { resolveWebmallData } from './data-dir';
import { loadGold } from './gold';
import { printNodeRun, scoreNodeAnswers, type NodeAnswer } from './node-score';
import { loadTasksForRun, taskRequest } from './tasks';
import { loadScriptedReadings, scriptedReaderFor } from './scripted-readings';

const USAGE = 'npm run -s eval:webmall:node -- --data DIR [--tasks FILE] [--task ID] [--category C] [--shops 1,2,4] [--json] [--verbose] [--labels] [--model-server URL [--model NAME]] [--scripted-readings FILE]';
/** Shops searched by default: all four (shop 3's script-filled listings are read from their JSON endpoint). */
const ALL_SHOPS = [1, 2, 3, 4];

interface Args {
  data: string; tasks?: string; task?: string; category?: string; shops: number[]; json: boolean; verbose: boolean; labels: boolean;
  modelServer?: string; model?: string; scriptedReadings?: string;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = get('--data');
  if (!data) throw new Error(`Missing --data DIR (the WebMall folder or its parent). Usage: ${USAGE}`);
  const shops = (get('--shops') ?? ALL_SHOPS.join(',')).split(',').map(Number);
  if (shops.some((n) => !ALL_SHOPS.includes(n))) throw new Error(`--shops takes shop numbers 1 to 4 separated by commas, e.g. --shops 1,2,4. Usage: ${USAGE}`);
  return {
    data, tasks: get('--tasks'), task: get('--task'), category: get('--category'), shops, json: argv.includes('--json'), verbose: argv.includes('--verbose'), labels: argv.includes('--labels'),
    modelServer: get('--model-server'), model: get('--model'), scriptedReadings: get('--scripted-readings'),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const data = resolveWebmallData(args.data, args.tasks);
  const shops = args.shops;
  const shopIds = shops.map((n) => `shop${n}` as SiteId);
  const running = await startSites({ data: data.sitesData, only: ['shop1', 'shop2', 'shop3', 'shop4'] });
  try {
    let tasks = loadTasksForRun(data.tasksFile, args.category);
    if (args.task) tasks = tasks.filter((t) => t.id === args.task);
    if (!tasks.length) throw new Error(`No task "${args.task}"${args.category ? ` in ${args.category}` : ''}; see ${data.tasksFile}.`);
    console.log(`WebMall (Node proxy): ${tasks.length} tasks from ${data.tasksFile} over shops ${shops.join(', ')} through the fetch visitor (shop 3's listings are read from the JSON endpoint its page declares, as its script does); gold offers on shops not searched are left out of the scores.`);
    const sites: SiteRef[] = shopIds.map((id) => running.sites[id]).map((s) => ({ id: s.id, name: s.name, baseUrl: s.baseUrl, kind: 'shop' }));
    const siteBases = Object.fromEntries(Object.values(running.sites).map((s) => [s.id, s.baseUrl]));
    const modelAssist = await modelAssistFor(args);
    const readings = args.scriptedReadings ? loadScriptedReadings(args.scriptedReadings) : undefined;
    if (readings) console.log(`Request readings from ${args.scriptedReadings} (a test double: written by a person, not a model) for ${tasks.filter((t) => readings.has(t.id)).length} of ${tasks.length} tasks.`);
    const answers: NodeAnswer[] = [];
    const labels = new Map<string, number>();
    for (const task of tasks) {
      const request = taskRequest(task, (shop, id) => running.productUrl(shop, id));
      const visitor = createLinkedomVisitor();
      const started = performance.now();
      let urls: string[] = [];
      let referenceUrls: string[] = [];
      let error: string | undefined;
      try {
        const parsed = extractIntents(request);
        // The extension sends a request read as music to the music sites (run-orchestrator.ts): the
        // proxy answers as it would, so a misread request fails here too.
        if (parsed.kind === 'music') throw new Error('read as a music request: the extension would send it to the music sites');
        const result = await curateShopping({ request: parsed, sites, visitor, explainLeftOut: args.verbose, modelAssist: readings ? scriptedReaderFor(readings.get(task.id)) : modelAssist });
        urls = result.picks.map((p) => p.offer.record.url);
        referenceUrls = (result.references ?? []).map((r) => r.record.url);
        if (args.verbose) printDetails(result);
        for (const i of result.checklist) labels.set(`${i.hard ? 'hard' : 'soft'}\t${i.kind}\t${i.label}`, (labels.get(`${i.hard ? 'hard' : 'soft'}\t${i.kind}\t${i.label}`) ?? 0) + 1);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      answers.push({ id: task.id, category: task.category, request, urls, referenceUrls, seconds: (performance.now() - started) / 1000, pagesLoaded: visitor.pagesLoaded(), error });
      console.log(`answered ${task.id}: ${urls.length} offers, ${visitor.pagesLoaded()} pages${error ? `, error: ${error}` : ''}`);
    }
    if (args.labels) printLabels(labels);
    // Only now, with every answer final, is gold read.
    const rows = scoreNodeAnswers(answers, loadGold(data.tasksFile), data.sitesData, siteBases, shops);
    const summary = printNodeRun(rows, data.sitesData);
    if (args.json) console.log(JSON.stringify(summary));
  } finally {
    await running.close();
    data.cleanup();
  }
}

/** --model-server: the local server's model assists the agent; one that cannot answer stops the run with the reason. */
async function modelAssistFor(args: Args): Promise<ModelAssistOptions | undefined> {
  if (!args.modelServer) return undefined;
  if (args.scriptedReadings) throw new Error('--model-server and --scripted-readings measure different things: give one of them.');
  const engine = new OpenAiCompatibleEngine({ baseUrl: args.modelServer, model: args.model });
  const availability = await engine.availability();
  if (!availability.available) throw new Error(availability.reason);
  console.log(`Model-assisted by ${engine.label}${engine.modelId ? ` (${engine.modelId})` : ''} at ${args.modelServer}.`);
  return { model: curationModelFromEngine(engine) };
}

/** --labels: each label the cards would show (soft wishes first, then by count), with its item kind. */
function printLabels(labels: Map<string, number>): void {
  const rows = [...labels].map(([key, n]) => ({ key, n, soft: key.startsWith('soft') })).sort((a, b) => Number(b.soft) - Number(a.soft) || b.n - a.n || a.key.localeCompare(b.key));
  console.log('checklist labels (strength, item kind, label: tasks)');
  for (const r of rows) console.log(`  ${r.key.replace(/\t/g, '  ')}: ${r.n}`);
}

/** --verbose: how the agent decided (before any gold is read). */
function printDetails(result: CurationResult): void {
  console.log(`  shape ${result.shape}; checklist: ${result.checklist.map((i) => `${i.hard ? '!' : ''}${i.label}`).join('; ')}`);
  for (const d of result.decisions) console.log(`  decision (${d.engine}): ${d.what}`);
  for (const n of result.notes) console.log(`  note: ${n}`);
  if (result.emptyNote) console.log(`  empty answer: ${result.emptyNote}`);
  for (const s of result.sites) console.log(`  ${s.site}: ${s.status}, ${s.itemsRead} items, queries ${s.queries.join(' | ')}${s.message ? `, ${s.message}` : ''}`);
  // (LEFT_OUT=N prints more of them, where a wrong leave-out hides past the first 40.)
  for (const l of result.leftOut.slice(0, Number(process.env.LEFT_OUT ?? 40))) console.log(`  left out ${l.offer.record.url}: ${l.reason}`);
  // What each pick was not shown to meet: why a wrong pick got through.
  for (const p of result.picks) {
    const open = p.verdicts.filter((v) => v.status !== 'pass');
    if (open.length) console.log(`  picked ${p.offer.record.url} with ${open.map((v) => `${v.status} ${v.label}`).join('; ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
