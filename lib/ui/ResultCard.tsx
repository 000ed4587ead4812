import { useState } from 'preact/hooks';
import { decidedByModel, deciderWords } from '../../agents/curate/model-assist/decider-words';
import type { StoredPick } from '../../agents/store/types';
import { formatPrice } from './price-format';

const MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

export { formatPrice };

/**
 * One pick: what it is, where, for how much, and which wishes it meets with the evidence. The
 * `reference` variant is the product the user quoted: no rank, no marks (it is not an answer), its
 * own link test id so readers of the panel keep it apart from the picks.
 */
export function ResultCard(props: { pick: StoredPick; rank?: number; variant?: 'pick' | 'reference'; comparison?: string; onAddToCart?: (url: string) => void }) {
  const { pick } = props;
  const [open, setOpen] = useState(false);
  if (props.variant === 'reference') return <ReferenceCard pick={pick} />;
  return (
    <article class="card" data-testid="result-card">
      <CardImage pick={pick} />
      <div class="card-body">
        <h3>
          {props.rank !== undefined && <span class="rank">{props.rank}.</span>}{' '}
          <CardLink pick={pick} testId="pick-link" />
        </h3>
        <div class="card-meta">
          <span class="site">{pick.siteName}</span>
          {pick.subtitle && <span> · {pick.subtitle}</span>}
          {pick.price !== undefined && <span class="price"> · {formatPrice(pick.price, pick.currency)}</span>}
        </div>
        {props.comparison && <div class="price-difference small" data-testid="price-difference">{props.comparison}</div>}
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

const CardImage = ({ pick }: { pick: StoredPick }) =>
  pick.image ? <img src={pick.image} alt="" loading="lazy" /> : <div class="card-noimg" aria-hidden="true" />;

/** The runners read answers by these test ids: "pick-link" for picks, "reference-link" for the quoted product. */
const CardLink = ({ pick, testId }: { pick: StoredPick; testId: 'pick-link' | 'reference-link' }) => (
  <a href={pick.url} target="_blank" rel="noreferrer" data-testid={testId}>
    {pick.title}
  </a>
);

/** The quoted product: what it is, where, for how much; the picks below are compared with it. */
function ReferenceCard(props: { pick: StoredPick }) {
  const { pick } = props;
  return (
    <article class="card card-reference" data-testid="reference-card">
      <CardImage pick={pick} />
      <div class="card-body">
        <h3>
          <CardLink pick={pick} testId="reference-link" />
        </h3>
        <div class="card-meta">
          <span class="site">{pick.siteName}</span>
          {pick.price !== undefined ? <span class="price"> · {formatPrice(pick.price, pick.currency)}</span> : <span> · price not shown on its page</span>}
        </div>
      </div>
    </article>
  );
}
