/** How each shop writes a euro amount; the currency is always shown. */
export type PriceStyle = 'de-suffix' | 'en-prefix' | 'en-code' | 'de-prefix';

function group(value: number, thousands: string, decimal: string): string {
  const [whole, cents] = value.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}${decimal}${cents}`;
}

export function formatPrice(value: number, style: PriceStyle): string {
  switch (style) {
    case 'de-suffix':
      return `${group(value, '.', ',')}\u00a0€`; // 1.234,56 €
    case 'en-prefix':
      return `€${group(value, ',', '.')}`; // €1,234.56
    case 'en-code':
      return `${group(value, ',', '.')} EUR`; // 1,234.56 EUR
    case 'de-prefix':
      return `€\u00a0${group(value, '.', ',')}`; // € 1.234,56
  }
}
