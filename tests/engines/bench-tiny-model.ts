/**
 * Times the transformers.js engine with the generated tiny model: load and generation in Node, and
 * with --browser in headless Chromium (WASM). The model is random, so this measures the loading and
 * generation machinery, not a real model's speed or quality.
 *
 *   npm run -s bench:engines [-- --browser] [--tokens N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransformersEngine } from '../../agents/llm/transformers/engine';
import { ortWasmSourceDir } from '../../scripts/copy-ort-wasm';
import { TINY_MODEL_NAME, makeTinyModel } from '../../scripts/make-tiny-model';
import { launchChromium } from './harness/browser';
import { bundleEnginePage } from './harness/bundle';
import type { EnginePageApi } from './harness/page-entry';
import { serveEnginePage } from './harness/server';

const args = process.argv.slice(2);
const tokensAt = args.indexOf('--tokens');
const tokens = tokensAt >= 0 ? Number(args[tokensAt + 1]) : 32;
if (!Number.isInteger(tokens) || tokens < 1) throw new Error('--tokens needs a whole number of tokens, e.g. --tokens 32');
const prompt = { system: 'Extract intents.', user: 'warm 70s soul with horns, nothing autotuned' };
const work = mkdtempSync(join(tmpdir(), 'tastebud-bench-'));
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

try {
  makeTinyModel(join(work, 'models'));
  const engine = new TransformersEngine({ modelId: TINY_MODEL_NAME, localModelPath: join(work, 'models') });
  let t = performance.now();
  await engine.load();
  console.log(`node: load ${ms(t)}`);
  t = performance.now();
  await engine.completeJson(prompt, {}, { maxTokens: tokens });
  console.log(`node: ${tokens} tokens in ${ms(t)}`);
  await engine.unload();

  if (args.includes('--browser')) {
    await bundleEnginePage(join(work, 'bundle'));
    const server = await serveEnginePage({ '/bundle/': join(work, 'bundle'), '/ort/': ortWasmSourceDir(), '/models/': join(work, 'models') });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => 'tastebudEngines' in globalThis);
      t = performance.now();
      await page.evaluate(([id, p, n]) => (globalThis as unknown as { tastebudEngines: EnginePageApi }).tastebudEngines.generate(id, p, {}, n), [TINY_MODEL_NAME, prompt, tokens] as const);
      console.log(`chromium (wasm, 1 thread): WASM compile + load + ${tokens} tokens in ${ms(t)}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
