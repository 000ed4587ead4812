import { useEffect, useRef, useState } from 'preact/hooks';
import type { EngineAvailability, LlmEngine, LoadProgress } from '../../agents/llm/types';
import { WebLlmEngine } from '../../agents/llm/webllm/engine';
import { WEBLLM_MODELS } from '../../agents/llm/webllm/models';
import { getSettings, openDb, saveSettings, type Settings } from '../../agents/store';
import { allEngines, chosenEngine } from '../../lib/engines';

const db = openDb();

/** Engine choice with each engine's availability in words, model choice, a load test and the model cache. */
export function EngineSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [availability, setAvailability] = useState<Record<string, EngineAvailability>>({});
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [message, setMessage] = useState('');
  const [cached, setCached] = useState<boolean | null>(null);
  const loading = useRef<AbortController | null>(null);

  useEffect(() => void getSettings(db).then(setSettings), []);
  useEffect(() => {
    if (!settings) return;
    let live = true;
    const engines = allEngines(settings);
    void Promise.all(engines.map(async (e) => [e.id, await e.availability().catch((err: Error) => ({ available: false, reason: err.message }))] as const)).then(
      (entries) => live && setAvailability(Object.fromEntries(entries)),
    );
    const engine = chosenEngine(settings);
    if (engine instanceof WebLlmEngine) void engine.isCached().then((c) => live && setCached(c), () => undefined);
    else setCached(null);
    return () => {
      live = false;
    };
  }, [settings]);
  if (!settings) return null;

  // Text fields save as typed (onInput): with onChange a re-render before the field lost focus (the
  // engine check finishing) put the stored value back into the field and the typing was lost.
  const update = async (changes: Partial<Settings>) => {
    setMessage('');
    setSettings(await saveSettings(db, changes));
  };
  const engine: LlmEngine = chosenEngine(settings);
  const chosenAvailability = availability[engine.id];

  async function testLoad() {
    const controller = new AbortController();
    loading.current = controller;
    setMessage('');
    setProgress({ fraction: 0, text: 'Starting…' });
    try {
      await engine.load({ signal: controller.signal, onProgress: setProgress });
      const started = performance.now();
      const reply = await engine.completeJson({ system: 'Answer with JSON only.', user: 'Say ok as {"ok": true}.' }, { type: 'object' }, { signal: controller.signal, maxTokens: 16 });
      setMessage(`${engine.label} answered in ${Math.round(performance.now() - started)} ms: ${reply.slice(0, 80)}`);
    } catch (error) {
      setMessage(controller.signal.aborted ? 'Stopped.' : `${engine.label} could not load: ${(error as Error).message}`);
    } finally {
      setProgress(null);
      loading.current = null;
    }
  }

  async function deleteCached() {
    if (!(engine instanceof WebLlmEngine)) return;
    await engine.deleteFromCache();
    setCached(false);
    setMessage('The downloaded model was deleted from this browser.');
  }

  return (
    <fieldset>
      <legend>Understanding engine</legend>
      <p class="muted small">The model-free engine is instant and always works. A model may understand unusual requests better; it runs on this computer.</p>
      <label for="engine">Engine</label>
      <select id="engine" data-testid="engine-select" value={settings.engineId} onChange={(e) => void update({ engineId: (e.target as HTMLSelectElement).value })}>
        {allEngines(settings).map((e) => (
          <option key={e.id} value={e.id}>
            {e.label}
            {availability[e.id] && !availability[e.id]!.available ? ' (not available here)' : ''}
          </option>
        ))}
      </select>
      {chosenAvailability && !chosenAvailability.available && (
        <p class="error" data-testid="engine-problem">{chosenAvailability.reason}</p>
      )}
      {settings.engineId === 'webllm' && (
        <>
          <label for="webllm-model">Model</label>
          <select id="webllm-model" value={settings.webllmModel} onChange={(e) => void update({ webllmModel: (e.target as HTMLSelectElement).value })}>
            {WEBLLM_MODELS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}: needs about {Math.ceil(m.vramMB / 100) / 10} GB of GPU memory
              </option>
            ))}
          </select>
          {cached !== null && (
            <p class="small">
              {cached ? 'Downloaded and stored in this browser. ' : 'Not downloaded yet: the first use downloads it once. '}
              {cached && <button type="button" class="link" onClick={() => void deleteCached()}>Delete the downloaded model</button>}
            </p>
          )}
        </>
      )}
      {settings.engineId === 'transformers' && (
        <>
          <label for="tf-model">Model (Hugging Face id or local folder)</label>
          <input id="tf-model" value={settings.transformersModel} onInput={(e) => void update({ transformersModel: (e.target as HTMLInputElement).value })} />
          <label>
            <input type="checkbox" style="width:auto" checked={settings.transformersAllowRemote} onChange={(e) => void update({ transformersAllowRemote: (e.target as HTMLInputElement).checked })} />{' '}
            Allow downloading the model once from the Hugging Face hub
          </label>
        </>
      )}
      {settings.engineId === 'openai-compatible' && (
        <>
          <label for="server-url">Server address (Ollama, llama.cpp, LM Studio)</label>
          <input id="server-url" value={settings.serverUrl} onInput={(e) => void update({ serverUrl: (e.target as HTMLInputElement).value })} />
          <label for="server-model">Model name (empty: the first the server lists)</label>
          <input id="server-model" value={settings.serverModel} onInput={(e) => void update({ serverModel: (e.target as HTMLInputElement).value })} />
        </>
      )}
      {engine.usesModel && (
        <div class="row">
          {progress ? (
            <>
              <progress max={1} value={progress.fraction} style="flex:1" aria-label="Loading the model" />
              <span class="small">{progress.text}</span>
              <button type="button" class="secondary" onClick={() => loading.current?.abort()}>Stop</button>
            </>
          ) : (
            <button type="button" disabled={!chosenAvailability?.available} onClick={() => void testLoad()}>Load and test</button>
          )}
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
