/** One amount of money found in text. */
export interface PriceMention {
  amount: number;
  /** ISO 4217 code when a symbol or code was written next to the amount. */
  currency?: string;
  /** Written as a lower bound: "from £9", "ab 9 €". */
  from: boolean;
  /** The digits as written, for evidence. */
  raw: string;
}
