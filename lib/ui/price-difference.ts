/**
 * How a pick's price compares to the product the user quoted, in words ("12.00 € less than the one
 * you gave"). Only when both prices are known and in the same currency: a guessed comparison misleads.
 */
import type { StoredPick } from '../../agents/store/types';
import { formatPrice } from './price-format';

export function priceDifferenceWords(pick: Pick<StoredPick, 'price' | 'currency'>, reference: Pick<StoredPick, 'price' | 'currency'> | undefined): string | undefined {
  if (!reference || pick.price === undefined || reference.price === undefined) return undefined;
  if (pick.currency && reference.currency && pick.currency !== reference.currency) return undefined;
  const currency = pick.currency ?? reference.currency;
  // Cents decide: float noise (19.99 - 9.99) must not read as "0.00 € more".
  const cents = Math.round((pick.price - reference.price) * 100);
  if (cents === 0) return 'The same price as the one you gave';
  const amount = formatPrice(Math.abs(cents) / 100, currency);
  return cents < 0 ? `${amount} less than the one you gave` : `${amount} more than the one you gave`;
}
