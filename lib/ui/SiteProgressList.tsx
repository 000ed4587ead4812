import type { SiteProgress } from '../../agents/store/types';
import { counted } from './counted';

const STATE_WORDS: Record<SiteProgress['state'], string> = {
  waiting: 'waiting',
  searching: 'searching…',
  reading: 'reading…',
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
};

const FINISHED = new Set(['done', 'failed', 'skipped']);

export function SiteProgressList(props: { progress: SiteProgress[]; running: boolean }) {
  const finished = props.progress.filter((p) => FINISHED.has(p.state)).length;
  const total = Math.max(1, props.progress.length);
  return (
    <section class="progress" aria-label="Progress per site">
      {props.running && <progress max={total} value={finished} aria-label={`${finished} of ${total} sites done`} />}
      <ul>
        {props.progress.map((p) => (
          <li key={p.siteId} class={`site-state site-${p.state}`}>
            <strong>{p.siteName}</strong> <span>{STATE_WORDS[p.state]}</span>
            {p.itemsRead > 0 && <span class="muted"> · {counted(p.itemsRead, 'item')} read</span>}
            {p.message && <div class="site-message">{p.message}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
