import { afterEach, describe, expect, it } from 'vitest';
import { PromptApiEngine } from './engine';
import type { LanguageModelStatic, PromptApiAvailability } from './types';

/** A test double of Chrome's LanguageModel global, recording what the engine asked for. */
function fakeLanguageModel(state: PromptApiAvailability, answer: string) {
  const calls: { system?: string; input: string; constraint?: object }[] = [];
  const api: LanguageModelStatic = {
    availability: async () => state,
    create: async (opts) => {
      opts?.monitor?.({ addEventListener: (_t, listener) => listener({ loaded: 0.5 }) });
      const system = opts?.initialPrompts?.find((p) => p.role === 'system')?.content;
      return {
        prompt: async (input, o) => (calls.push({ system, input, constraint: o?.responseConstraint }), answer),
        destroy: () => undefined,
      };
    },
  };
  (globalThis as { LanguageModel?: LanguageModelStatic }).LanguageModel = api;
  return calls;
}

afterEach(() => {
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

describe("Chrome's Prompt API engine", () => {
  it('explains that the browser lacks the API', async () => {
    expect(await new PromptApiEngine().availability()).toEqual({ available: false, reason: expect.stringMatching(/no built-in model.*recent desktop Chrome/) });
  });

  it('explains that the device cannot run it', async () => {
    fakeLanguageModel('unavailable', '');
    expect(await new PromptApiEngine().availability()).toMatchObject({ available: false, reason: expect.stringMatching(/unavailable on this device/) });
  });

  it('reports download progress and sends the schema as responseConstraint', async () => {
    const calls = fakeLanguageModel('downloadable', '{"intents":[]}');
    const engine = new PromptApiEngine();
    expect(await engine.availability()).toEqual({ available: true, detail: 'Chrome will download the model on first use' });
    const progress: number[] = [];
    await engine.load({ onProgress: (p) => progress.push(p.fraction) });
    expect(progress).toEqual([0.5, 1]);
    const schema = { type: 'object' };
    expect(await engine.completeJson({ system: 'rules', user: 'jazz' }, schema)).toBe('{"intents":[]}');
    expect(calls).toEqual([{ system: 'rules', input: 'jazz', constraint: schema }]);
  });
});
