import { listRecentRuns, openDb } from '../../agents/store';
import type { StoredRun } from '../../agents/store/types';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const db = openDb();

export function RunHistory(props: { selectedId?: string; onSelect(id: string): void }) {
  const runs = useLiveQuery(() => listRecentRuns(db, 20), [], [] as StoredRun[]);
  if (runs.length < 2) return null;
  return (
    <nav class="history" aria-label="Earlier requests">
      <h2>Earlier</h2>
      <ul>
        {runs.map((r) => (
          <li key={r.id}>
            <button type="button" class={`link ${r.id === props.selectedId ? 'current' : ''}`} onClick={() => props.onSelect(r.id)}>
              {r.request}
            </button>
            <span class="muted small"> {new Date(r.createdAt).toLocaleString()} · {r.status}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
