export type TransformersDevice = 'auto' | 'webgpu' | 'wasm' | 'cpu';

export interface TransformersEngineOptions {
  /** Model id, resolved under localModelPath (org/name) or on the Hub when remote models are allowed. */
  modelId: string;
  /** A path such as "/models/" (not an absolute http URL: transformers.js then misses the tokenizer files). */
  localModelPath?: string;
  /** Off by default: the extension never fetches weights unless the user allows it in Options. */
  allowRemoteModels?: boolean;
  /** URL prefix where the bundled ort-wasm-simd-threaded.asyncify.{mjs,wasm} are served (never a CDN). */
  wasmBaseUrl?: string;
  device?: TransformersDevice;
  /** Weight file variant; the model's config may also set it ("transformers.js_config"). */
  dtype?: 'fp32' | 'fp16' | 'q8' | 'q4';
  /** False in builds that leave the ONNX runtime out (Firefox). */
  inBuild?: boolean;
}

/** The slice of the text-generation pipeline this engine uses. */
export interface TextGenerator {
  (messages: { role: string; content: string }[], options: Record<string, unknown>): Promise<unknown>;
  dispose(): Promise<void>;
}
