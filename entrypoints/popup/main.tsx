import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDb } from '../../agents/store';
import type { StoredRun } from '../../agents/store/types';
import type { Intent } from '../../agents/intents/types';
import { sendMessage, type BackgroundStatus } from '../../lib/messaging';
import { counted } from '../../lib/ui/counted';
import { formatPrice } from '../../lib/ui/ResultCard';
import { SiteProgressList } from '../../lib/ui/SiteProgressList';
import { editedRequest, startRun } from '../../lib/start-run';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { RequestForm } from '../../lib/ui/RequestForm';
import '../../lib/ui/styles.css';

const db = openDb();

async function openPanel() {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) await api.sidebarAction.open();
  else if (api.sidePanel) await api.sidePanel.open({ windowId: (await browser.windows.getCurrent()).id! });
  window.close();
}

function Popup() {
  const [status, setStatus] = useState<BackgroundStatus | null>(null);
  const [problem, setProblem] = useState('');
  const last = useLiveQuery(() => db.runs.orderBy('createdAt').last(), [], undefined as StoredRun | undefined);
  useEffect(() => {
    sendMessage('getStatus', undefined).then(setStatus, (e: Error) => setProblem(`The background is not answering (${e.message}). Reload the extension.`));
  }, []);

  // The popup closes when it loses focus, so it reads with the model-free engine at once (no model to
  // load here) and the background runs on; the side panel shows the whole answer.
  async function ask(text: string, edited?: Intent[]) {
    setProblem('');
    const answer = await startRun(edited ? editedRequest(text, edited) : { text });
    if ('error' in answer) setProblem(answer.error);
  }

  return (
    <main class="page">
      <h1>Tastebud</h1>
      {problem && <p class="error">{problem}</p>}
      {status && (
        <p data-testid="engine-status">
          {status.engine.label}: {status.engine.ready ? 'ready' : status.engine.problem} · {counted(status.siteCount, 'site')}
          {status.activeRunIds.length > 0 && ` · ${counted(status.activeRunIds.length, 'run')} working`}
        </p>
      )}
      <RequestForm onSubmit={(text, edited) => void ask(text, edited)} running={last?.status === 'running'} />
      {status && status.engine.engineId !== 'rules' && <p class="small muted">Read here with the model-free engine; the side panel uses {status.engine.label}.</p>}
      <div class="row">
        <button type="button" class="secondary" onClick={() => void openPanel()}>Open side panel</button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
      </div>
      {last && (
        <section>
          <h2>Last request</h2>
          <p>“{last.request}” <span class="muted">({last.status})</span>
            {last.status === 'running' && <button type="button" class="secondary" onClick={() => void sendMessage('cancelRun', last.id)}>Cancel</button>}
          </p>
          {last.status === 'running' && <SiteProgressList progress={last.progress} running />}
          {last.message && last.status !== 'running' && <p class="small">{last.message}</p>}
          <ol>
            {last.picks.slice(0, 3).map((p) => (
              <li key={p.url}>
                <a href={p.url} target="_blank" rel="noreferrer" data-testid="popup-pick">{p.title}</a> {formatPrice(p.price, p.currency)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
