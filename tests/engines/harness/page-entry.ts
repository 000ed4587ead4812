/**
 * Bundled by the engine tests and loaded by a page on 127.0.0.1: the SAME agents/llm engine code
 * the extension uses, exposed to Playwright on window.
 */
import { TransformersEngine } from '../../../agents/llm/transformers/engine';
import { probeWebGpu } from '../../../agents/llm/webgpu';
import { WebLlmEngine } from '../../../agents/llm/webllm/engine';
import type { JsonPrompt } from '../../../agents/llm/types';

const api = {
  async webgpu() {
    return { probe: await probeWebGpu(), webllm: await new WebLlmEngine().availability() };
  },
  async generate(modelId: string, prompt: JsonPrompt, schema: object, maxTokens: number) {
    const engine = new TransformersEngine({ modelId, localModelPath: '/models/', allowRemoteModels: false, wasmBaseUrl: '/ort/' });
    const progress: number[] = [];
    const availability = await engine.availability();
    await engine.load({ onProgress: (p) => progress.push(p.fraction) });
    const text = await engine.completeJson(prompt, schema, { maxTokens });
    await engine.unload();
    return { text, availability, progress };
  },
};

export type EnginePageApi = typeof api;
(globalThis as { tastebudEngines?: EnginePageApi }).tastebudEngines = api;
