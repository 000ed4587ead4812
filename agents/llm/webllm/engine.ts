/**
 * WebLLM on WebGPU: MLC-compiled models, weights kept in the browser's Cache API. Constrained
 * decoding keeps the output to the JSON schema. The library is imported only when this engine loads.
 */
import type { MLCEngineInterface } from '@mlc-ai/web-llm';
import { abortError } from '../abort';
import type { CompleteOptions, EngineAvailability, JsonPrompt, LlmEngine, LoadOptions } from '../types';
import { probeWebGpu } from '../webgpu';
import { DEFAULT_WEBLLM_MODEL, findWebLlmModel } from './models';

export class WebLlmEngine implements LlmEngine {
  readonly id = 'webllm';
  readonly label = 'WebLLM (WebGPU)';
  readonly usesModel = true;
  readonly modelId: string;
  private engine: MLCEngineInterface | undefined;
  private loading: Promise<void> | undefined;
  private generating = false;

  private readonly inBuild: boolean;

  constructor(opts: { modelId?: string; inBuild?: boolean } = {}) {
    this.modelId = opts.modelId ?? DEFAULT_WEBLLM_MODEL;
    this.inBuild = opts.inBuild ?? true;
  }

  async availability(): Promise<EngineAvailability> {
    if (!this.inBuild) {
      return { available: false, reason: 'WebLLM is not part of the Firefox build (Mozilla accepts no file over 5 MB). Use a model server on your computer (Ollama, llama.cpp, LM Studio) instead.' };
    }
    const model = findWebLlmModel(this.modelId);
    if (!model) return { available: false, reason: `Unknown WebLLM model "${this.modelId}": pick one from the list in Options.` };
    const gpu = await probeWebGpu();
    if (!gpu.ok) return { available: false, reason: gpu.reason };
    if (model.needsShaderF16 && !gpu.shaderF16) {
      return { available: false, reason: `${model.label} needs 16-bit float shaders, which this GPU (${gpu.adapter}) lacks: pick a Qwen2.5 or Llama 3.2 model.` };
    }
    // navigator.deviceMemory is coarse (GB, capped at 8) but catches machines that clearly cannot hold the model.
    const deviceMemoryGB = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory;
    if (deviceMemoryGB !== undefined && deviceMemoryGB * 1024 < model.vramMB * 1.5) {
      return { available: false, reason: `Not enough memory: ${model.label} needs about ${Math.round(model.vramMB)} MB of GPU memory and this device reports ${deviceMemoryGB} GB; pick a smaller model.` };
    }
    return { available: true, detail: `WebGPU adapter: ${gpu.adapter}; ${model.label} needs about ${Math.round(model.vramMB)} MB` };
  }

  /** Whether the weights are already in the browser's cache (no download on load). */
  async isCached(): Promise<boolean> {
    const webllm = await import('@mlc-ai/web-llm');
    return webllm.hasModelInCache(this.modelId);
  }

  /** Frees the disk space the weights take; the next load downloads them again. */
  async deleteFromCache(): Promise<void> {
    await this.unload();
    const webllm = await import('@mlc-ai/web-llm');
    await webllm.deleteModelAllInfoInCache(this.modelId);
  }

  load(opts: LoadOptions = {}): Promise<void> {
    if (this.engine) return Promise.resolve();
    this.loading ??= this.startLoading(opts).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async startLoading(opts: LoadOptions): Promise<void> {
    const availability = await this.availability();
    if (!availability.available) throw new Error(availability.reason);
    const webllm = await import('@mlc-ai/web-llm');
    const engine = new webllm.MLCEngine({
      initProgressCallback: (r) => opts.onProgress?.({ fraction: r.progress, text: r.text }),
    });
    const onAbort = () => void engine.unload();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await engine.reload(this.modelId);
    } catch (err) {
      if (opts.signal?.aborted) throw abortError(`Loading ${this.modelId}`);
      throw new Error(`WebLLM could not load ${this.modelId}: ${(err as Error).message}. Check the connection for the first download, or pick a smaller model.`);
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
    }
    if (opts.signal?.aborted) {
      await engine.unload();
      throw abortError(`Loading ${this.modelId}`);
    }
    this.engine = engine;
  }

  async completeJson(prompt: JsonPrompt, schema: object, opts: CompleteOptions = {}): Promise<string> {
    await this.load({ signal: opts.signal });
    const engine = this.engine!;
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      this.abort();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    this.generating = true;
    try {
      const reply = await engine.chat.completions.create({
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        temperature: 0,
        max_tokens: opts.maxTokens ?? 512,
        response_format: { type: 'json_object', schema: JSON.stringify(schema) },
      });
      if (aborted || reply.choices[0]?.finish_reason === 'abort') throw abortError(`Generation with ${this.modelId}`);
      return reply.choices[0]?.message.content ?? '';
    } finally {
      this.generating = false;
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  abort(): void {
    if (this.generating) void this.engine?.interruptGenerate();
  }

  async unload(): Promise<void> {
    await this.loading?.catch(() => undefined);
    const engine = this.engine;
    this.engine = undefined;
    await engine?.unload();
  }
}
