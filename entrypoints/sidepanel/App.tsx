import { useEffect, useRef, useState } from 'preact/hooks';
import type { Intent } from '../../agents/intents/types';
import type { LoadProgress } from '../../agents/llm/types';
import { openDb } from '../../agents/store';
import type { StoredRun } from '../../agents/store/types';
import { sendMessage, type StartRunRequest } from '../../lib/messaging';
import { editedRequest, startRun } from '../../lib/start-run';
import { RequestForm } from '../../lib/ui/RequestForm';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { RunHistory } from './RunHistory';
import { RunView } from './RunView';
import { understandRequest } from './understand';

const db = openDb();
const SELECTED_KEY = 'tastebud.selectedRun';

export function App() {
  const [selectedId, setSelectedId] = useState<string | null>(() => localStorage.getItem(SELECTED_KEY));
  const [error, setError] = useState<string>('');
  const [understanding, setUnderstanding] = useState<LoadProgress | null>(null);
  const stopUnderstanding = useRef<AbortController | null>(null);
  const latest = useLiveQuery(() => db.runs.orderBy('createdAt').last(), [], undefined as StoredRun | undefined);
  const selected = useLiveQuery(() => (selectedId ? db.runs.get(selectedId) : Promise.resolve(undefined)), [selectedId], undefined as StoredRun | undefined);
  const run = selected ?? latest;

  useEffect(() => {
    if (selectedId) localStorage.setItem(SELECTED_KEY, selectedId);
  }, [selectedId]);

  // While a run shows as running, keep in touch with the background: this wakes a worker the browser
  // stopped, which then ends the orphaned run with a message instead of leaving it spinning.
  const running = run?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void sendMessage('getStatus', undefined).catch(() => undefined), 3000);
    return () => clearInterval(timer);
  }, [running]);

  /** Chip edits are the user's word; otherwise the chosen engine reads the text first. */
  async function ask(text: string, editedIntents?: Intent[]) {
    if (editedIntents) return submit(editedRequest(text, editedIntents));
    const controller = new AbortController();
    stopUnderstanding.current = controller;
    setUnderstanding({ fraction: 0, text: 'Understanding your request…' });
    try {
      const parsed = await understandRequest(text, { signal: controller.signal, onProgress: setUnderstanding });
      await submit({ text, understood: { intents: parsed.intents, engine: parsed.engine, notes: parsed.notes } });
    } finally {
      setUnderstanding(null);
      stopUnderstanding.current = null;
    }
  }

  async function submit(request: StartRunRequest) {
    setError('');
    const answer = await startRun(request);
    if ('error' in answer) setError(answer.error);
    else setSelectedId(answer.runId);
  }

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>Tastebud</h1>
        <a href="/options.html" target="_blank" class="link">Options</a>
      </header>
      <RequestForm onSubmit={(text, edited) => void ask(text, edited)} running={run?.status === 'running'} />
      {understanding && (
        <div class="understanding" role="status">
          <progress max={1} value={understanding.fraction || undefined} aria-label="Loading the model" />
          <span class="small">{understanding.text}</span>
          <button type="button" class="secondary" onClick={() => stopUnderstanding.current?.abort()}>
            Stop
          </button>
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {run && (
        <RunView
          run={run}
          onCancel={() => void sendMessage('cancelRun', run.id)}
          onRerun={() => void submit({ text: run.request, understood: run.parsed, conversationId: run.conversationId })}
        />
      )}
      <RunHistory selectedId={run?.id} onSelect={setSelectedId} />
    </main>
  );
}
