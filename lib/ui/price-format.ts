/** A price as the user's locale writes it; a currency code Intl does not know is written as is. */
export function formatPrice(price: number | undefined, currency: string | undefined): string {
  if (price === undefined) return '';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'EUR' }).format(price);
  } catch {
    return `${price.toFixed(2)} ${currency ?? ''}`.trim();
  }
}
