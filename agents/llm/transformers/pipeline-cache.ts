/**
 * One text-generation pipeline a model and device, shared by every engine instance (loading the
 * same weights twice would double the memory). The library is imported only when a model is used.
 */
import type { LoadProgress } from '../types';
import type { TextGenerator, TransformersEngineOptions } from './types';

const pipelines = new Map<string, Promise<TextGenerator>>();

export function pipelineKey(opts: TransformersEngineOptions, device: string): string {
  return [opts.modelId, device, opts.dtype ?? '', opts.localModelPath ?? ''].join('|');
}

function isNode(): boolean {
  return typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
}

async function configureRuntime(opts: TransformersEngineOptions) {
  const tf = await import('@huggingface/transformers');
  tf.env.allowRemoteModels = opts.allowRemoteModels ?? false;
  tf.env.allowLocalModels = true;
  if (opts.localModelPath) tf.env.localModelPath = opts.localModelPath;
  const wasm = tf.env.backends.onnx.wasm;
  if (wasm && !isNode()) {
    // Extension pages are not cross-origin isolated, so threads are unavailable.
    wasm.numThreads = 1;
    // The WASM cache imports the runtime from a blob: URL, which the extension CSP (script-src 'self') forbids;
    // the files are the extension's own, so there is nothing to cache.
    tf.env.useWasmCache = false;
    if (opts.wasmBaseUrl) {
      const base = opts.wasmBaseUrl.replace(/\/?$/, '/');
      wasm.wasmPaths = { mjs: `${base}ort-wasm-simd-threaded.asyncify.mjs`, wasm: `${base}ort-wasm-simd-threaded.asyncify.wasm` };
    }
  }
  return tf;
}

export function getPipeline(
  opts: TransformersEngineOptions,
  device: string,
  onProgress?: (p: LoadProgress) => void,
): Promise<TextGenerator> {
  const key = pipelineKey(opts, device);
  let pending = pipelines.get(key);
  if (!pending) {
    pending = (async () => {
      const tf = await configureRuntime(opts);
      const generator = await tf.pipeline('text-generation', opts.modelId, {
        device: device as 'cpu',
        ...(opts.dtype ? { dtype: opts.dtype } : {}),
        progress_callback: (info: { status: string; progress?: number; file?: string }) => {
          if (info.status === 'progress_total' && info.progress !== undefined) {
            onProgress?.({ fraction: info.progress / 100, text: `Loading ${opts.modelId}` });
          } else if (info.status === 'progress' && info.progress !== undefined) {
            onProgress?.({ fraction: info.progress / 100, text: `Loading ${info.file ?? opts.modelId}` });
          }
        },
      });
      return generator as unknown as TextGenerator;
    })();
    pipelines.set(key, pending);
    // A failed load must not stay cached: the user may fix the folder and try again.
    pending.catch(() => pipelines.delete(key));
  }
  return pending;
}

export async function disposePipeline(key: string): Promise<void> {
  const pending = pipelines.get(key);
  pipelines.delete(key);
  await pending?.then((p) => p.dispose()).catch(() => undefined);
}

export { isNode };
