import { useLayoutEffect } from 'preact/hooks';
import type { StoredRun } from '../../agents/store/types';
import { sendMessage } from '../../lib/messaging';
import { IntentChips } from '../../lib/ui/IntentChips';
import { ResultCard } from '../../lib/ui/ResultCard';
import { SiteProgressList } from '../../lib/ui/SiteProgressList';
import { PickList } from './PickList';
import { counted } from '../../lib/ui/counted';

const STATUS_WORDS: Record<StoredRun['status'], string> = {
  running: 'Working…',
  done: 'Done',
  failed: 'Stopped with a problem',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

export function RunView(props: { run: StoredRun; onCancel(): void; onRerun(): void }) {
  const { run } = props;
  const running = run.status === 'running';

  // A layout effect: attached as the "running" view is drawn, so an Escape pressed at once is not lost
  // (a plain effect waits for the next frame, later still on a busy machine).
  useLayoutEffect(() => {
    if (!running) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, run.id]);

  async function addToCart(url: string) {
    const answer = await sendMessage('addToCart', { runId: run.id, url }).catch((e: Error) => ({ ok: false, message: e.message }));
    alert(answer.message);
  }

  return (
    <section class="run" data-testid="run" data-run-id={run.id} data-status={run.status} aria-live="polite">
      <div class="run-head">
        <div>
          <div class="run-request">“{run.request}”</div>
          <div class={`run-status status-${run.status}`} data-testid="run-status">
            {STATUS_WORDS[run.status]}
            {!running && <span class="muted"> · {counted(run.picks.length, 'pick')} · {counted(run.pagesLoaded, 'page')} read</span>}
          </div>
        </div>
        {running ? (
          <button type="button" class="secondary" data-testid="cancel" onClick={props.onCancel} title="Esc">
            Cancel
          </button>
        ) : (
          <button type="button" class="secondary" data-testid="rerun" onClick={props.onRerun}>
            Re-run
          </button>
        )}
      </div>
      <IntentChips intents={run.parsed.intents} />
      <p class="muted small">Understood by: {engineWords(run.parsed.engine)}</p>
      {run.parsed.notes.map((note) => (
        <p class="notice small" key={note}>{note}</p>
      ))}
      <SiteProgressList progress={run.progress} running={running} />
      {run.message && <p class={run.status === 'done' ? 'notice' : 'error'} data-testid="run-message">{run.message}</p>}
      {(run.notes ?? []).map((note) => (
        <p class="notice small" data-testid="run-note" key={note}>{note}</p>
      ))}
      {(run.references ?? []).length > 0 && (
        <section class="references" aria-label="You asked about" data-testid="references">
          <h4 class="small">You asked about</h4>
          {run.references!.map((ref) => (
            <ResultCard key={ref.url} pick={ref} variant="reference" />
          ))}
        </section>
      )}
      <PickList runId={run.id} picks={run.picks} onAddToCart={run.parsed.kind === 'music' ? undefined : addToCart}
        compareWith={run.alternativesToReference ? run.references?.[0] : undefined} />
      {run.leftOut.length > 0 && (
        <details class="left-out">
          <summary>Why not the others? ({run.leftOut.length})</summary>
          <ul>
            {run.leftOut.map((c) => (
              <li key={c.url}>
                <a href={c.url} target="_blank" rel="noreferrer">{c.title}</a>: {c.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function engineWords(engine: string): string {
  if (engine === 'rules') return 'the model-free engine';
  if (engine === 'user' || engine === 'user-edited') return 'you (edited chips)';
  return engine;
}
