import { useState } from 'preact/hooks';
import { decidedByModel, deciderWords } from '../../agents/curate/model-assist/decider-words';
import type { StoredPick } from '../../agents/store/types';

const MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

export function formatPrice(price: number | undefined, currency: string | undefined): string {
  if (price === undefined) return '';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'EUR' }).format(price);
  } catch {
    return `${price.toFixed(2)} ${currency ?? ''}`.trim();
  }
}

/** One pick: what it is, where, for how much, and which wishes it meets with the evidence. */
export function ResultCard(props: { pick: StoredPick; rank: number; onAddToCart?: (url: string) => void }) {
  const { pick } = props;
  const [open, setOpen] = useState(false);
  return (
    <article class="card" data-testid="result-card">
      {pick.image ? <img src={pick.image} alt="" loading="lazy" /> : <div class="card-noimg" aria-hidden="true" />}
      <div class="card-body">
        <h3>
          <span class="rank">{props.rank}.</span>{' '}
          <a href={pick.url} target="_blank" rel="noreferrer" data-testid="pick-link">
            {pick.title}
          </a>
        </h3>
        <div class="card-meta">
          <span class="site">{pick.siteName}</span>
          {pick.subtitle && <span> · {pick.subtitle}</span>}
          {pick.price !== undefined && <span class="price"> · {formatPrice(pick.price, pick.currency)}</span>}
        </div>
        <ul class="marks">
          {pick.verdicts.map((v) => (
            <li key={v.label} class={`mark mark-${v.verdict}`} title={v.evidence ? `${v.evidence} (decided by ${v.decidedBy})` : `decided by ${v.decidedBy}`}>
              {MARK[v.verdict]} {v.label}
              {/* A model's verdict says so on the card: the rules' marks are checkable, a model's are its judgement. */}
              {decidedByModel(v.decidedBy) && <span class="muted small" data-testid="decider"> · judged by {deciderWords(v.decidedBy)}</span>}
            </li>
          ))}
        </ul>
        <div class="card-actions">
          <button type="button" class="link" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? 'Hide evidence' : 'Show evidence'}
          </button>
          {props.onAddToCart && (
            <button type="button" onClick={() => props.onAddToCart?.(pick.url)}>
              Add to cart
            </button>
          )}
        </div>
        {open && <p class="why">{pick.explanation}</p>}
        {open && (
          <dl class="evidence">
            {pick.verdicts.map((v) => (
              <>
                <dt>{MARK[v.verdict]} {v.label}</dt>
                <dd>{v.evidence ?? 'No evidence on the page'} <span class="muted">({deciderWords(v.decidedBy)})</span></dd>
              </>
            ))}
          </dl>
        )}
      </div>
    </article>
  );
}
