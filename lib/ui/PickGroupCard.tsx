import type { StoredPick } from '../../agents/store/types';
import type { PickGroup } from './pick-groups';
import { priceDifferenceWords } from './price-difference';
import { formatPrice, ResultCard } from './ResultCard';

/**
 * One product: its best-ranked offer as the card, the same product's other offers listed under it.
 * Every offer link keeps its place in the agent's ranking (data-rank), so whoever reads the panel
 * (a user's screen reader, the benchmark runners) can still tell the agent's order.
 */
export function PickGroupCard(props: { group: PickGroup; number: number; onAddToCart?: (url: string) => void; compareWith?: StoredPick }) {
  const { lead, others } = props.group;
  const comparison = (pick: StoredPick) => priceDifferenceWords(pick, props.compareWith);
  return (
    <div class="pick-group" data-testid="pick-group" data-rank={lead.rank}>
      <ResultCard pick={lead.pick} rank={props.number} comparison={comparison(lead.pick)} onAddToCart={props.onAddToCart} />
      {others.length > 0 && (
        <section class="offers" aria-label={`Other offers of ${lead.pick.title}`}>
          <h4 class="small">
            {others.length === 1 ? 'Also offered' : `${others.length} more offers`} of the same product
          </h4>
          <ul>
            {others.map(({ pick, rank }) => (
              <li key={pick.url} data-rank={rank} data-testid="other-offer">
                <a href={pick.url} target="_blank" rel="noreferrer" data-testid="pick-link" data-title={pick.title}>
                  {pick.siteName}
                </a>
                {pick.price !== undefined && <span class="price"> {formatPrice(pick.price, pick.currency)}</span>}
                {comparison(pick) && <span class="muted small" data-testid="price-difference"> ({comparison(pick)})</span>}
                {props.onAddToCart && (
                  <button type="button" class="link" onClick={() => props.onAddToCart?.(pick.url)} aria-label={`Add to cart at ${pick.siteName}`}>
                    Add to cart
                  </button>
                )}
                {/* The same product can carry another name in another shop: say which listing this is. */}
                {pick.title !== lead.pick.title && <span class="muted small offer-title"> · {pick.title}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
