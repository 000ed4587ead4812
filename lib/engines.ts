/**
 * The model engines as the extension pages use them: built from the stored settings, with the
 * ONNX runtime served from the extension itself. Engines run in extension pages (side panel,
 * options), where WebGPU, WASM and dynamic imports are all available.
 */
import { browser } from 'wxt/browser';
import { getEngine, listEngines } from '../agents/llm/registry';
import type { EngineSettings, LlmEngine } from '../agents/llm/types';
import type { Settings } from '../agents/store';

export function engineSettings(settings: Settings): EngineSettings {
  return {
    serverUrl: settings.serverUrl,
    serverModel: settings.serverModel || undefined,
    webllmModel: settings.webllmModel,
    transformersModel: settings.transformersModel,
    transformersAllowRemote: settings.transformersAllowRemote,
    onnxWasmBaseUrl: browser.runtime.getURL('/ort/' as '/'),
    transformersInBuild: import.meta.env.BROWSER !== 'firefox',
    webllmInBuild: import.meta.env.BROWSER !== 'firefox',
  };
}

export function chosenEngine(settings: Settings): LlmEngine {
  return getEngine(settings.engineId, engineSettings(settings)) ?? getEngine('rules')!;
}

export function allEngines(settings: Settings): LlmEngine[] {
  return listEngines(engineSettings(settings));
}
