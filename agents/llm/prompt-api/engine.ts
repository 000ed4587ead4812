/**
 * Chrome's built-in model (Gemini Nano) through the Prompt API. Chrome downloads and keeps the
 * model itself; responseConstraint keeps the answer to the JSON schema.
 */
import { abortError, linkedController } from '../abort';
import type { CompleteOptions, EngineAvailability, JsonPrompt, LlmEngine, LoadOptions } from '../types';
import type { LanguageModelStatic } from './types';

const LANGUAGES = { expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] };

function languageModel(): LanguageModelStatic | undefined {
  return (globalThis as { LanguageModel?: LanguageModelStatic }).LanguageModel;
}

export class PromptApiEngine implements LlmEngine {
  readonly id = 'prompt-api';
  readonly label = "Chrome's built-in model (Prompt API)";
  readonly usesModel = true;
  readonly modelId = 'gemini-nano';
  private ready = false;
  private current: AbortController | undefined;

  async availability(): Promise<EngineAvailability> {
    const api = languageModel();
    if (!api) {
      return { available: false, reason: "This browser has no built-in model (Prompt API): it needs a recent desktop Chrome; try WebLLM or a local server." };
    }
    const state = await api.availability(LANGUAGES).catch(() => 'unavailable' as const);
    if (state === 'unavailable') {
      return { available: false, reason: "Chrome's built-in model is unavailable on this device (it needs about 22 GB of free disk and a capable GPU or 16 GB of RAM); try WebLLM or a local server." };
    }
    const detail = state === 'available' ? 'model ready' : 'Chrome will download the model on first use';
    return { available: true, detail };
  }

  async load(opts: LoadOptions = {}): Promise<void> {
    if (this.ready) return;
    const availability = await this.availability();
    if (!availability.available) throw new Error(availability.reason);
    // Creating a session is what makes Chrome download the model; its progress is the load progress.
    const session = await languageModel()!.create({
      ...LANGUAGES,
      signal: opts.signal,
      monitor: (m) => m.addEventListener('downloadprogress', (e) => opts.onProgress?.({ fraction: e.loaded, text: "Downloading Chrome's built-in model" })),
    });
    session.destroy();
    this.ready = true;
    opts.onProgress?.({ fraction: 1, text: "Chrome's built-in model is ready" });
  }

  async completeJson(prompt: JsonPrompt, schema: object, opts: CompleteOptions = {}): Promise<string> {
    await this.load({ signal: opts.signal });
    const link = linkedController(opts.signal);
    this.current = link.controller;
    const signal = link.controller.signal;
    try {
      const session = await languageModel()!.create({ ...LANGUAGES, signal, initialPrompts: [{ role: 'system', content: prompt.system }] });
      try {
        return await session.prompt(prompt.user, { responseConstraint: schema, signal });
      } finally {
        session.destroy();
      }
    } catch (err) {
      if (signal.aborted) throw abortError("The built-in model's answer");
      throw err;
    } finally {
      link.release();
      if (this.current === link.controller) this.current = undefined;
    }
  }

  abort(): void {
    this.current?.abort();
  }

  async unload(): Promise<void> {
    this.abort();
    this.ready = false;
  }
}
