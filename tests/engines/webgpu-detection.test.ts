/**
 * WebGPU detection in headless Chromium, through the bundled engine code: without WebGPU the WebLLM
 * engine says clearly why it cannot run; with --enable-unsafe-webgpu (SwiftShader) an adapter exists
 * and WebLLM reports itself available. No model is downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_WEBGPU_ADAPTER, NO_WEBGPU_API } from '../../agents/llm/webgpu';
import { CHROMIUM_PATH, HAS_CHROMIUM, launchChromium } from './harness/browser';
import { bundleEnginePage } from './harness/bundle';
import type { EnginePageApi } from './harness/page-entry';
import { serveEnginePage, type EnginePageServer } from './harness/server';

let work: string;
let server: EnginePageServer;

if (!HAS_CHROMIUM) console.warn(`Skipping WebGPU detection tests: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);

async function webgpuReport(webgpu: boolean) {
  const browser = await launchChromium({ webgpu });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'tastebudEngines' in globalThis);
    return await page.evaluate(() => (globalThis as unknown as { tastebudEngines: EnginePageApi }).tastebudEngines.webgpu());
  } finally {
    await browser.close();
  }
}

describe.skipIf(!HAS_CHROMIUM)('WebGPU detection in headless Chromium', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tastebud-webgpu-'));
    await bundleEnginePage(join(work, 'bundle'));
    server = await serveEnginePage({ '/bundle/': join(work, 'bundle') });
  });
  afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('reports WebLLM unavailable, with the reason and alternatives, when there is no adapter', async () => {
    const report = await webgpuReport(false);
    expect(report.probe.ok).toBe(false);
    expect(report.webllm.available).toBe(false);
    // Chromium builds differ in whether navigator.gpu exists at all; either way the user reads why and what to try.
    expect([NO_WEBGPU_ADAPTER, NO_WEBGPU_API]).toContain(report.webllm.available ? '' : report.webllm.reason);
  });

  it('finds the software adapter with --enable-unsafe-webgpu and reports WebLLM available', async () => {
    const report = await webgpuReport(true);
    expect(report.probe).toMatchObject({ ok: true });
    expect(report.webllm).toEqual({ available: true, detail: expect.stringMatching(/^WebGPU adapter: .+; Qwen2.5 1.5B \(recommended\) needs about 1630 MB$/) });
  });
});
