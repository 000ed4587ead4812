/**
 * Small instruct models offered for WebLLM, smallest first. Memory figures are web-llm 0.2.86's own
 * (prebuiltAppConfig.vram_required_MB); models.test.ts checks them against the library so an
 * upgrade cannot leave them stale.
 */

export interface WebLlmModel {
  id: string;
  label: string;
  vramMB: number;
  /** Needs the adapter's shader-f16 feature. */
  needsShaderF16: boolean;
}

export const WEBLLM_MODELS: readonly WebLlmModel[] = [
  { id: 'SmolLM2-360M-Instruct-q4f16_1-MLC', label: 'SmolLM2 360M', vramMB: 376.06, needsShaderF16: true },
  { id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', label: 'Llama 3.2 1B', vramMB: 879.04, needsShaderF16: false },
  { id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC', label: 'Qwen2.5 0.5B', vramMB: 944.62, needsShaderF16: false },
  { id: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC', label: 'Qwen2.5 1.5B (recommended)', vramMB: 1629.75, needsShaderF16: false },
  { id: 'SmolLM2-1.7B-Instruct-q4f16_1-MLC', label: 'SmolLM2 1.7B', vramMB: 1774.19, needsShaderF16: true },
  { id: 'Llama-3.2-3B-Instruct-q4f16_1-MLC', label: 'Llama 3.2 3B', vramMB: 2263.69, needsShaderF16: false },
  { id: 'Qwen2.5-3B-Instruct-q4f16_1-MLC', label: 'Qwen2.5 3B', vramMB: 2504.76, needsShaderF16: false },
  { id: 'Phi-3.5-mini-instruct-q4f16_1-MLC', label: 'Phi-3.5 mini (3.8B)', vramMB: 3672.07, needsShaderF16: false },
];

export const DEFAULT_WEBLLM_MODEL = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';

export function findWebLlmModel(id: string): WebLlmModel | undefined {
  return WEBLLM_MODELS.find((m) => m.id === id);
}
