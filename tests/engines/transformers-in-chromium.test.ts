/**
 * The real browser loading path of the transformers.js engine: a Vite bundle of agents/llm in a page
 * on 127.0.0.1 under the extension CSP, the ONNX runtime WASM served locally, and a tiny model the
 * project generates (no downloaded weights). Its greedy output must equal Node's for the same prompt.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransformersEngine } from '../../agents/llm/transformers/engine';
import { ORT_WASM_FILES } from '../../agents/llm/transformers/assets';
import { ortWasmSourceDir } from '../../scripts/copy-ort-wasm';
import { TINY_MODEL_NAME, makeTinyModel } from '../../scripts/make-tiny-model';
import { HAS_CHROMIUM, CHROMIUM_PATH, launchChromium } from './harness/browser';
import { bundleEnginePage } from './harness/bundle';
import type { EnginePageApi } from './harness/page-entry';
import { serveEnginePage, type EnginePageServer } from './harness/server';

const prompt = { system: 'Extract intents.', user: 'dreamy shoegaze, nothing too loud' };
const schema = { type: 'object' };
let work: string;
let server: EnginePageServer;
let browser: Browser;

if (!HAS_CHROMIUM) console.warn(`Skipping browser engine tests: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);

describe.skipIf(!HAS_CHROMIUM)('transformers.js engine in headless Chromium', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tastebud-engines-'));
    makeTinyModel(join(work, 'models'));
    await bundleEnginePage(join(work, 'bundle'));
    server = await serveEnginePage({ '/bundle/': join(work, 'bundle'), '/ort/': ortWasmSourceDir(), '/models/': join(work, 'models') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads the generated model with the bundled WASM runtime and generates what Node generates', async () => {
    const page = await browser.newPage();
    const offsite: string[] = [];
    page.on('request', (r) => void (new URL(r.url()).hostname !== '127.0.0.1' && offsite.push(r.url())));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => 'tastebudEngines' in globalThis);
    const inBrowser = await page.evaluate(
      ([id, p, s]) => (globalThis as unknown as { tastebudEngines: EnginePageApi }).tastebudEngines.generate(id, p, s, 10),
      [TINY_MODEL_NAME, prompt, schema] as const,
    );

    const node = new TransformersEngine({ modelId: TINY_MODEL_NAME, localModelPath: join(work, 'models') });
    const inNode = await node.completeJson(prompt, schema, { maxTokens: 10 });
    await node.unload();

    expect(errors).toEqual([]);
    expect(inBrowser.availability).toEqual({ available: true, detail: 'device: wasm' });
    expect(inBrowser.progress.at(-1)).toBe(1);
    expect(inBrowser.text).toMatch(/^[a-z ]+$/);
    expect(inBrowser.text).toBe(inNode);
    // The runtime and the weights came from this server, not from a CDN or the Hub.
    for (const file of ORT_WASM_FILES) expect(server.requested).toContain(`/ort/${file}`);
    expect(server.requested).toContain(`/models/${TINY_MODEL_NAME}/onnx/model.onnx`);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
