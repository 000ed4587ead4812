import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEBLLM_MODEL, WEBLLM_MODELS, findWebLlmModel } from './models';

describe('WebLLM model list', () => {
  it('offers only models web-llm knows, with its memory figures and feature needs', () => {
    for (const model of WEBLLM_MODELS) {
      const record = prebuiltAppConfig.model_list.find((m) => m.model_id === model.id);
      expect(record, `${model.id} is not in web-llm's prebuilt list`).toBeDefined();
      expect(model.vramMB).toBe(record!.vram_required_MB);
      expect(model.needsShaderF16).toBe(record!.required_features?.includes('shader-f16') ?? false);
    }
  });

  it('has a default that is on the list', () => {
    expect(findWebLlmModel(DEFAULT_WEBLLM_MODEL)).toBeDefined();
  });
});
