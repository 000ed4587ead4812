/**
 * transformers.js: ONNX models in the browser (WebGPU when an adapter exists, else WASM) and in
 * Node (CPU). Weights come from a local model folder unless the user allows remote models.
 */
import { abortError, isAbortError, linkedController, throwIfAborted } from '../abort';
import type { CompleteOptions, EngineAvailability, JsonPrompt, LlmEngine, LoadOptions } from '../types';
import { probeWebGpu } from '../webgpu';
import { disposePipeline, getPipeline, isNode, pipelineKey } from './pipeline-cache';
import type { TextGenerator, TransformersEngineOptions } from './types';

export const NOT_IN_FIREFOX_BUILD =
  'transformers.js is not available in the Firefox build (Mozilla rejects its 20 MB runtime file); use a local server or the model-free engine.';

/** transformers.js has no constrained decoding: the schema goes into the instructions instead. */
export function schemaInstructions(system: string, schema: object): string {
  return `${system}\n\nAnswer with one JSON object only, no prose, fitting this JSON Schema:\n${JSON.stringify(schema)}`;
}

function lastAssistantText(output: unknown): string {
  const first = (Array.isArray(output) ? output[0] : output) as { generated_text?: unknown } | undefined;
  const generated = first?.generated_text;
  if (typeof generated === 'string') return generated;
  if (Array.isArray(generated)) {
    const last = generated[generated.length - 1] as { content?: unknown } | undefined;
    if (typeof last?.content === 'string') return last.content;
  }
  throw new Error('transformers.js returned no text: the model may not be a text-generation model.');
}

export class TransformersEngine implements LlmEngine {
  readonly id = 'transformers';
  readonly label = 'transformers.js (ONNX, WASM or WebGPU)';
  readonly usesModel = true;
  private generator: TextGenerator | undefined;
  private key: string | undefined;
  private stop: (() => void) | undefined;

  constructor(private readonly opts: TransformersEngineOptions) {}

  get modelId(): string {
    return this.opts.modelId;
  }

  async availability(): Promise<EngineAvailability> {
    if (this.opts.inBuild === false) return { available: false, reason: NOT_IN_FIREFOX_BUILD };
    if (typeof WebAssembly === 'undefined') {
      return { available: false, reason: 'This browser has no WebAssembly, which transformers.js needs; use a local server or the model-free engine.' };
    }
    return { available: true, detail: `device: ${await this.resolveDevice()}` };
  }

  private async resolveDevice(): Promise<string> {
    const wanted = this.opts.device ?? 'auto';
    if (wanted !== 'auto') return wanted;
    if (isNode()) return 'cpu';
    return (await probeWebGpu()).ok ? 'webgpu' : 'wasm';
  }

  async load(opts: LoadOptions = {}): Promise<void> {
    if (this.generator) return;
    const availability = await this.availability();
    if (!availability.available) throw new Error(availability.reason);
    throwIfAborted(opts.signal, `Loading ${this.opts.modelId}`);
    const device = await this.resolveDevice();
    const key = pipelineKey(this.opts, device);
    let generator: TextGenerator;
    try {
      generator = await abortable(getPipeline(this.opts, device, opts.onProgress), opts.signal, `Loading ${this.opts.modelId}`);
    } catch (err) {
      if (isAbortError(err)) throw err;
      const where = this.opts.allowRemoteModels ? 'locally or from the Hub' : `from ${this.opts.localModelPath ?? 'the local model folder'}`;
      throw new Error(
        `Could not load ${this.opts.modelId} ${where} on ${device}: ${(err as Error).message}. Check the model folder, or allow remote models in Options.`,
      );
    }
    this.generator = generator;
    this.key = key;
    opts.onProgress?.({ fraction: 1, text: `${this.opts.modelId} ready (${device})` });
  }

  async completeJson(prompt: JsonPrompt, schema: object, opts: CompleteOptions = {}): Promise<string> {
    await this.load({ signal: opts.signal });
    const generator = this.generator!;
    const tf = await import('@huggingface/transformers');
    const stopper = new tf.InterruptableStoppingCriteria();
    const link = linkedController(opts.signal);
    link.controller.signal.addEventListener('abort', () => stopper.interrupt(), { once: true });
    this.stop = () => link.controller.abort();
    try {
      const messages = [
        { role: 'system', content: schemaInstructions(prompt.system, schema) },
        { role: 'user', content: prompt.user },
      ];
      const output = await generator(messages, {
        max_new_tokens: opts.maxTokens ?? 512,
        do_sample: false,
        stopping_criteria: stopper,
      });
      if (link.controller.signal.aborted) throw abortError(`Generation with ${this.opts.modelId}`);
      return lastAssistantText(output);
    } finally {
      link.release();
      this.stop = undefined;
    }
  }

  abort(): void {
    this.stop?.();
  }

  async unload(): Promise<void> {
    this.abort();
    if (this.key) await disposePipeline(this.key);
    this.generator = undefined;
    this.key = undefined;
  }
}

/** Loading cannot be cancelled inside the library; the caller stops waiting and a later load reuses it. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(what));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
