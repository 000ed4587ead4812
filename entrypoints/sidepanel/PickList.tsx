import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredPick } from '../../agents/store/types';
import { PickGroupCard } from '../../lib/ui/PickGroupCard';
import { groupPicks, pageOf } from '../../lib/ui/pick-groups';

/** Which run's list was opened how far: a reopened or reloaded panel shows what it showed before. */
const SHOWN_KEY = 'tastebud.shownPicks';

function storedCount(runId: string): number {
  try {
    const saved = JSON.parse(localStorage.getItem(SHOWN_KEY) ?? 'null') as { runId?: string; count?: number } | null;
    return saved?.runId === runId && typeof saved.count === 'number' ? saved.count : 0;
  } catch {
    return 0;
  }
}

/** The picks as product cards, a page at a time, with a "Show N more" button for the rest. */
export function PickList(props: { runId: string; picks: StoredPick[]; onAddToCart?: (url: string) => void; compareWith?: StoredPick }) {
  const groups = useMemo(() => groupPicks(props.picks), [props.picks]);
  const [count, setCount] = useState(() => storedCount(props.runId));
  const list = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => setCount(storedCount(props.runId)), [props.runId]);

  const page = pageOf(groups, count);

  useEffect(() => {
    // After "Show more", the keyboard continues at the first new card rather than at the page's top.
    if (focusFrom.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-card="${focusFrom.current}"] [data-testid="pick-link"]`)?.focus();
    focusFrom.current = null;
  }, [page.shown.length]);

  function showMore() {
    const next = page.shown.length + page.next;
    focusFrom.current = page.shown.length;
    setCount(next);
    localStorage.setItem(SHOWN_KEY, JSON.stringify({ runId: props.runId, count: next }));
  }

  return (
    <>
      <div class="cards" ref={list}>
        {page.shown.map((group, i) => (
          <div key={group.key} data-card={i}>
            <PickGroupCard group={group} number={i + 1} onAddToCart={props.onAddToCart} compareWith={props.compareWith} />
          </div>
        ))}
      </div>
      {page.remaining > 0 && (
        <div class="show-more">
          <button type="button" class="secondary" data-testid="show-more" onClick={showMore}>
            Show {page.next} more
          </button>
          <span class="muted small"> {page.shown.length} of {groups.length} products shown</span>
        </div>
      )}
    </>
  );
}
