import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openDb } from '../../agents/store';
import type { StoredRun } from '../../agents/store/types';
import { sendMessage, type BackgroundStatus } from '../../lib/messaging';
import { formatPrice } from '../../lib/ui/ResultCard';
import { useLiveQuery } from '../../lib/ui/use-live-query';
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

  return (
    <main class="page">
      <h1>Tastebud</h1>
      {problem && <p class="error">{problem}</p>}
      {status && (
        <p data-testid="engine-status">
          {status.engine.label}: {status.engine.ready ? 'ready' : status.engine.problem} · {status.siteCount} sites
          {status.activeRunIds.length > 0 && ` · ${status.activeRunIds.length} run(s) working`}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={() => void openPanel()}>Open side panel</button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
      </div>
      {last && (
        <section>
          <h2>Last request</h2>
          <p>“{last.request}” <span class="muted">({last.status})</span></p>
          <ol>
            {last.picks.slice(0, 3).map((p) => (
              <li key={p.url}>
                <a href={p.url} target="_blank" rel="noreferrer">{p.title}</a> {formatPrice(p.price, p.currency)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
