import type { Settings } from '../../agents/store';
import type { EngineStatus } from '../../lib/messaging';

/** What the popup and side panel show about the engine that understands requests. */
export function describeEngine(settings: Settings): EngineStatus {
  if (settings.engineId === 'rules') return { engineId: 'rules', label: 'Model-free engine', ready: true };
  return {
    engineId: settings.engineId,
    label: settings.engineId,
    ready: false,
    problem: 'Model engines load in the side panel when a request needs them; the model-free engine answers until then.',
  };
}
