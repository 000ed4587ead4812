/**
 * The model-free entry: always available, loads nothing. It is listed with the model engines so the
 * Options page can offer it, but it never generates text: callers see `usesModel: false` and use
 * the rule-based extractor alone.
 */
import type { EngineAvailability, LlmEngine } from '../types';

export class ModelFreeEngine implements LlmEngine {
  readonly id = 'rules';
  readonly label = 'Model-free (rules and lexicons, always available)';
  readonly usesModel = false;

  async availability(): Promise<EngineAvailability> {
    return { available: true, detail: 'no model needed' };
  }

  async load(): Promise<void> {}

  async completeJson(): Promise<string> {
    throw new Error('The model-free engine does not generate text; use the rule-based extractor (extractIntents) instead.');
  }

  abort(): void {}

  async unload(): Promise<void> {}
}
