export interface OpenAiCompatibleOptions {
  /** Base URL including /v1, e.g. http://127.0.0.1:11434/v1 (Ollama), :8080/v1 (llama.cpp), :1234/v1 (LM Studio). */
  baseUrl: string;
  /** Model name as the server knows it; empty means the first one /v1/models lists. */
  model?: string;
  /** Injected for tests and for the extension's background fetch. */
  fetch?: typeof fetch;
}

/** The parts of the OpenAI wire format this engine reads. */
export interface ModelList {
  data?: { id: string }[];
}

export interface ChatCompletion {
  choices?: { message?: { content?: string | null } }[];
}
