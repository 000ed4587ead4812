/**
 * Every engine the Options page can offer, built from the user's settings. The same settings give
 * the same engine instance, so a model loaded once stays loaded (load and unload are idempotent).
 */
import { ModelFreeEngine } from './model-free/engine';
import { OpenAiCompatibleEngine } from './openai-compatible/engine';
import { PromptApiEngine } from './prompt-api/engine';
import { TransformersEngine } from './transformers/engine';
import type { EngineId, EngineSettings, LlmEngine } from './types';
import { WebLlmEngine } from './webllm/engine';

export const ENGINE_IDS = ['rules', 'webllm', 'transformers', 'prompt-api', 'openai-compatible'] as const;
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:11434/v1';
export const DEFAULT_TRANSFORMERS_MODEL = 'onnx-community/Qwen2.5-0.5B-Instruct';

const builders: Record<(typeof ENGINE_IDS)[number], (s: EngineSettings) => LlmEngine> = {
  rules: () => new ModelFreeEngine(),
  webllm: (s) => new WebLlmEngine({ modelId: s.webllmModel, inBuild: s.webllmInBuild }),
  transformers: (s) =>
    new TransformersEngine({
      modelId: s.transformersModel ?? DEFAULT_TRANSFORMERS_MODEL,
      localModelPath: s.transformersLocalModelPath,
      allowRemoteModels: s.transformersAllowRemote ?? false,
      wasmBaseUrl: s.onnxWasmBaseUrl,
      inBuild: s.transformersInBuild,
    }),
  'prompt-api': () => new PromptApiEngine(),
  'openai-compatible': (s) => new OpenAiCompatibleEngine({ baseUrl: s.serverUrl ?? DEFAULT_SERVER_URL, model: s.serverModel }),
};

const instances = new Map<string, LlmEngine>();

function isKnown(id: string): id is (typeof ENGINE_IDS)[number] {
  return (ENGINE_IDS as readonly string[]).includes(id);
}

export function getEngine(id: EngineId, settings: EngineSettings = {}): LlmEngine | undefined {
  if (!isKnown(id)) return undefined;
  const key = `${id} ${JSON.stringify(settings, Object.keys(settings).sort())}`;
  let engine = instances.get(key);
  if (!engine) {
    engine = builders[id](settings);
    instances.set(key, engine);
  }
  return engine;
}

/** All engines, the model-free one first (it is the default and always available). */
export function listEngines(settings: EngineSettings = {}): LlmEngine[] {
  return ENGINE_IDS.map((id) => getEngine(id, settings)!);
}
