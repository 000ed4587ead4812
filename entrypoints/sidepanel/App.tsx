import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../../agents/store';
import type { StoredRun } from '../../agents/store/types';
import { sendMessage } from '../../lib/messaging';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { RequestForm } from './RequestForm';
import { RunHistory } from './RunHistory';
import { RunView } from './RunView';

const db = openDb();
const SELECTED_KEY = 'tastebud.selectedRun';

export function App() {
  const [selectedId, setSelectedId] = useState<string | null>(() => localStorage.getItem(SELECTED_KEY));
  const [error, setError] = useState<string>('');
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

  async function submit(request: Parameters<typeof sendMessage<'startRun'>>[1]) {
    setError('');
    try {
      const answer = await sendMessage('startRun', request);
      if ('error' in answer) setError(answer.error);
      else setSelectedId(answer.runId);
    } catch (e) {
      setError(`Tastebud's background did not answer (${(e as Error).message}). Reload the extension and try again.`);
    }
  }

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>Tastebud</h1>
        <a href="/options.html" target="_blank" class="link">Options</a>
      </header>
      <RequestForm onSubmit={submit} running={run?.status === 'running'} />
      {error && <p class="error" role="alert">{error}</p>}
      {run && (
        <RunView
          run={run}
          onCancel={() => void sendMessage('cancelRun', run.id)}
          onRerun={() => void submit({ text: run.request, intents: run.parsed.intents, conversationId: run.conversationId })}
        />
      )}
      <RunHistory selectedId={run?.id} onSelect={setSelectedId} />
    </main>
  );
}
