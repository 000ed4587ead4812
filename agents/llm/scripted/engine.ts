/**
 * ScriptedLlmEngine: a TEST DOUBLE that answers with recorded texts in order. It lets agent logic
 * (repair, validation, fallback) be tested without a model; its answers are never a model result.
 */
import { abortError } from '../abort';
import type { CompleteOptions, EngineAvailability, JsonPrompt, LlmEngine } from '../types';

export class ScriptedLlmEngine implements LlmEngine {
  readonly id = 'scripted';
  readonly label = 'Scripted replies (test double)';
  readonly usesModel = true;
  readonly modelId = 'scripted';
  /** Every prompt received, so tests can check what the model was told. */
  readonly prompts: { prompt: JsonPrompt; schema: object }[] = [];
  loads = 0;
  private loaded = false;

  constructor(private readonly replies: (string | Error)[]) {}

  async availability(): Promise<EngineAvailability> {
    return { available: true, detail: 'test double' };
  }

  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    this.loads++;
  }

  async completeJson(prompt: JsonPrompt, schema: object, opts: CompleteOptions = {}): Promise<string> {
    if (opts.signal?.aborted) throw abortError('The scripted reply');
    this.prompts.push({ prompt, schema });
    const reply = this.replies.shift();
    if (reply === undefined) throw new Error('ScriptedLlmEngine ran out of replies: the test asked the model more often than it scripted.');
    if (reply instanceof Error) throw reply;
    return reply;
  }

  abort(): void {}

  async unload(): Promise<void> {
    this.loaded = false;
  }
}
