/**
 * An OpenAI-compatible server on the user's own machine (Ollama, llama.cpp's server, LM Studio).
 * Requests stay on the user's machine; the URL comes from Options.
 */
import { abortError, linkedController } from '../abort';
import type { CompleteOptions, EngineAvailability, JsonPrompt, LlmEngine, LoadOptions } from '../types';
import type { ChatCompletion, ModelList, OpenAiCompatibleOptions } from './types';

const PROBE_TIMEOUT_MS = 3000;

/** "http://127.0.0.1:11434" and "http://127.0.0.1:11434/v1/" both mean ".../v1". */
export function normalizeBaseUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  return /\/v\d+$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

export class OpenAiCompatibleEngine implements LlmEngine {
  readonly id = 'openai-compatible';
  readonly label = 'Local server (Ollama, llama.cpp, LM Studio)';
  readonly usesModel = true;
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private model: string | undefined;
  private current: AbortController | undefined;

  constructor(opts: OpenAiCompatibleOptions) {
    this.baseUrl = normalizeBaseUrl(opts.baseUrl);
    this.model = opts.model || undefined;
    this.fetchFn = opts.fetch ?? ((...args) => fetch(...args));
  }

  get modelId(): string | undefined {
    return this.model;
  }

  private unreachable(): string {
    return `Server not reachable at ${this.baseUrl}: start Ollama (or llama.cpp / LM Studio) or change the URL in Options.`;
  }

  private async listModels(): Promise<{ ok: true; ids: string[] } | { ok: false; reason: string }> {
    let res: Response;
    try {
      res = await this.fetchFn(`${this.baseUrl}/models`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    } catch {
      return { ok: false, reason: this.unreachable() };
    }
    if (!res.ok) {
      return { ok: false, reason: `The server at ${this.baseUrl} answered HTTP ${res.status} when asked for its models: check that it is an OpenAI-compatible server and see its log.` };
    }
    const body = (await res.json().catch(() => ({}))) as ModelList;
    return { ok: true, ids: (body.data ?? []).map((m) => m.id) };
  }

  async availability(): Promise<EngineAvailability> {
    const listed = await this.listModels();
    if (!listed.ok) return { available: false, reason: listed.reason };
    if (listed.ids.length === 0) {
      return { available: false, reason: `The server at ${this.baseUrl} has no models: download one there (e.g. "ollama pull qwen2.5:1.5b").` };
    }
    if (this.model && !listed.ids.includes(this.model)) {
      return { available: false, reason: `The server at ${this.baseUrl} has no model "${this.model}"; it has ${listed.ids.join(', ')}. Pick one in Options.` };
    }
    return { available: true, detail: `models: ${listed.ids.join(', ')}` };
  }

  async load(opts: LoadOptions = {}): Promise<void> {
    if (this.model) return opts.onProgress?.({ fraction: 1, text: `Using ${this.model} on ${this.baseUrl}` });
    const listed = await this.listModels();
    if (!listed.ok) throw new Error(listed.reason);
    const first = listed.ids[0];
    if (!first) throw new Error(`The server at ${this.baseUrl} has no models: download one there (e.g. "ollama pull qwen2.5:1.5b").`);
    this.model = first;
    opts.onProgress?.({ fraction: 1, text: `Using ${first} on ${this.baseUrl}` });
  }

  async completeJson(prompt: JsonPrompt, schema: object, opts: CompleteOptions = {}): Promise<string> {
    await this.load();
    const link = linkedController(opts.signal);
    this.current = link.controller;
    try {
      const strict = { type: 'json_schema', json_schema: { name: 'tastebud_response', schema, strict: true } };
      let res = await this.chat(prompt, strict, opts.maxTokens, link.controller.signal);
      // Older servers reject json_schema; json_object still keeps the output to JSON.
      if (res.status === 400 || res.status === 422) {
        res = await this.chat(prompt, { type: 'json_object' }, opts.maxTokens, link.controller.signal);
      }
      if (!res.ok) {
        const body = (await res.text().catch(() => '')).slice(0, 200);
        throw new Error(`The server at ${this.baseUrl} failed the completion (HTTP ${res.status}${body ? `: ${body}` : ''}); see the server's log or try another model.`);
      }
      const completion = (await res.json()) as ChatCompletion;
      return completion.choices?.[0]?.message?.content ?? '';
    } catch (err) {
      if (link.controller.signal.aborted) throw abortError('The request to the local server');
      if (err instanceof TypeError) throw new Error(this.unreachable());
      throw err;
    } finally {
      link.release();
      if (this.current === link.controller) this.current = undefined;
    }
  }

  private chat(prompt: JsonPrompt, responseFormat: object, maxTokens: number | undefined, signal: AbortSignal) {
    return this.fetchFn(`${this.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal,
      body: JSON.stringify({
        model: this.model,
        temperature: 0,
        max_tokens: maxTokens ?? 512,
        response_format: responseFormat,
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
      }),
    });
  }

  abort(): void {
    this.current?.abort();
  }

  async unload(): Promise<void> {
    this.abort();
  }
}
