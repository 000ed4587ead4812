/**
 * The transformers.js engine in Node (onnxruntime-node, CPU) with a tiny random model the project
 * generates itself: the real loading and generation path, with no downloaded weights.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_MODEL_NAME, makeTinyModel } from '../../../scripts/make-tiny-model';
import { NOT_IN_FIREFOX_BUILD, TransformersEngine } from './engine';

const schema = { type: 'object', properties: { intents: { type: 'array' } } };
const prompt = { system: 'Extract intents.', user: 'chill jazz, no vocals' };
let modelRoot: string;
let engine: TransformersEngine;

beforeAll(() => {
  modelRoot = mkdtempSync(join(tmpdir(), 'tastebud-tiny-model-'));
  makeTinyModel(modelRoot);
  engine = new TransformersEngine({ modelId: TINY_MODEL_NAME, localModelPath: modelRoot, allowRemoteModels: false });
});
afterAll(async () => {
  await engine.unload();
  rmSync(modelRoot, { recursive: true, force: true });
});

describe('transformers.js engine with the generated tiny model (Node)', () => {
  it('loads once from the local folder, reporting progress, and generates the same text each time', async () => {
    const progress: number[] = [];
    await Promise.all([engine.load({ onProgress: (p) => progress.push(p.fraction) }), engine.load()]);
    expect(progress.at(-1)).toBe(1);
    const first = await engine.completeJson(prompt, schema, { maxTokens: 8 });
    const second = await engine.completeJson(prompt, schema, { maxTokens: 8 });
    // The tiny model's head only favours letters, spaces and merges: readable nonsense of fixed length.
    expect(first).toMatch(/^[a-z ]+$/);
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(second).toBe(first);
  });

  it('answers differently for a different request (the prompt reaches the model)', async () => {
    const other = await engine.completeJson({ ...prompt, user: 'loud 80s synthwave for running' }, schema, { maxTokens: 8 });
    expect(other).not.toBe(await engine.completeJson(prompt, schema, { maxTokens: 8 }));
  });

  it('stops generating when aborted', async () => {
    const controller = new AbortController();
    const pending = engine.completeJson(prompt, schema, { maxTokens: 400, signal: controller.signal });
    setImmediate(() => engine.abort());
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says which folder it looked in when the model is missing', async () => {
    const missing = new TransformersEngine({ modelId: 'nobody/absent-model', localModelPath: modelRoot, allowRemoteModels: false });
    await expect(missing.load()).rejects.toThrow(new RegExp(`Could not load nobody/absent-model from ${modelRoot}.*allow remote models`));
  });

  it('reports itself unavailable in a build without the ONNX runtime', async () => {
    const firefox = new TransformersEngine({ modelId: TINY_MODEL_NAME, inBuild: false });
    expect(await firefox.availability()).toEqual({ available: false, reason: NOT_IN_FIREFOX_BUILD });
  });
});
