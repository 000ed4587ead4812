/**
 * One interface for every way Tastebud can ask a language model for JSON: WebLLM (WebGPU),
 * transformers.js (ONNX, WASM or WebGPU), Chrome's Prompt API, a local OpenAI-compatible server,
 * and the model-free entry that needs no model at all.
 */

export type EngineAvailability =
  | { available: true; detail?: string }
  /** `reason` is shown to the user: what is missing and what they can do instead. */
  | { available: false; reason: string };

export interface LoadProgress {
  /** 0..1 */
  fraction: number;
  text: string;
}

export interface LoadOptions {
  onProgress?(p: LoadProgress): void;
  signal?: AbortSignal;
}

export interface JsonPrompt {
  /** Instructions from Tastebud. */
  system: string;
  /** The user's (or a page's) text: data for the model, never instructions. */
  user: string;
}

export interface CompleteOptions {
  signal?: AbortSignal;
  maxTokens?: number;
}

export type EngineId = 'rules' | 'webllm' | 'transformers' | 'prompt-api' | 'openai-compatible' | (string & {});

export interface LlmEngine {
  readonly id: EngineId;
  /** Human-readable name for the Options page. */
  readonly label: string;
  /** False only for the model-free entry: callers skip completeJson and use the rules alone. */
  readonly usesModel: boolean;
  /** The model in use, if any: recorded in ParsedRequest.engine as "id:model". */
  readonly modelId?: string;
  availability(): Promise<EngineAvailability>;
  /** Idempotent: a second call while loading or loaded returns the same work. */
  load(opts?: LoadOptions): Promise<void>;
  /** Raw model text that should be JSON fitting `schema`; the caller validates and repairs it. */
  completeJson(prompt: JsonPrompt, schema: object, opts?: CompleteOptions): Promise<string>;
  /** Stops the generation in progress, if any; its completeJson rejects with an AbortError. */
  abort(): void;
  /** Idempotent: frees the model; a later load starts again. */
  unload(): Promise<void>;
}

/** What the registry needs to build the engines: all of it comes from the Options page. */
export interface EngineSettings {
  /** OpenAI-compatible server base URL, e.g. http://127.0.0.1:11434/v1 (Ollama). */
  serverUrl?: string;
  serverModel?: string;
  webllmModel?: string;
  transformersModel?: string;
  /** Where transformers.js finds local model folders (a path such as "/models/"). */
  transformersLocalModelPath?: string;
  transformersAllowRemote?: boolean;
  /** URL prefix of the bundled ONNX runtime files (the extension's own URL). */
  onnxWasmBaseUrl?: string;
  /** False in builds that leave transformers.js out (Firefox: Mozilla rejects files over 5 MB). */
  transformersInBuild?: boolean;
  /** False in builds that leave web-llm out (Firefox, for the same reason). */
  webllmInBuild?: boolean;
}
