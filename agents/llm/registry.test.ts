import { describe, expect, it } from 'vitest';
import { getEngine, listEngines } from './registry';

describe('engine registry', () => {
  it('lists the model-free engine first and every model engine after it', () => {
    const engines = listEngines();
    expect(engines.map((e) => e.id)).toEqual(['rules', 'webllm', 'transformers', 'prompt-api', 'openai-compatible']);
    expect(engines[0]!.usesModel).toBe(false);
  });

  it('gives the same instance for the same settings, so a loaded model is reused', () => {
    const settings = { serverUrl: 'http://127.0.0.1:1234/v1', serverModel: 'qwen' };
    expect(getEngine('openai-compatible', settings)).toBe(getEngine('openai-compatible', { serverModel: 'qwen', serverUrl: 'http://127.0.0.1:1234/v1' }));
    expect(getEngine('openai-compatible', settings)).not.toBe(getEngine('openai-compatible', { serverUrl: 'http://127.0.0.1:8080/v1' }));
    expect(getEngine('no-such-engine')).toBeUndefined();
  });

  it('keeps the model-free engine always available, and Node reports why WebLLM and the Prompt API are not', async () => {
    expect(await getEngine('rules')!.availability()).toEqual({ available: true, detail: 'no model needed' });
    expect(await getEngine('webllm')!.availability()).toMatchObject({ available: false, reason: expect.stringMatching(/WebGPU/) });
    expect(await getEngine('prompt-api')!.availability()).toMatchObject({ available: false });
    expect(await getEngine('transformers', { transformersInBuild: false })!.availability()).toMatchObject({ available: false, reason: expect.stringMatching(/Firefox build/) });
  });
});

describe('heavy model libraries', () => {
  it('are only imported dynamically, so the model-free path never loads them', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('.', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const staticImports = files.filter((f) =>
      /^import\s+(?!type\b)[^;]*from\s+'(@huggingface\/transformers|@mlc-ai\/web-llm)'/m.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(staticImports).toEqual([]);
  });
});
