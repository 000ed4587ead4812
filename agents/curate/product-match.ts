/**
 * Matching products across shops: model numbers ("5900X", "NV2", "A25"), normalised titles and the
 * first capacity in the title ("32GB Kit (2 x 16GB)" is a 32 GB product, not a 16 GB one).
 */
import { measures, modelNumbers, singular, tokens } from '../checklist/text';

/** Words that say nothing about which product: never required in a title, never searched. */
const FILLER = new Set(['the', 'a', 'an', 'new', 'available', 'largest', 'biggest', 'smallest', 'model', 'models', 'offer', 'offers', 'product', 'products', 'item', 'items', 'all', 'any', 'some', 'each', 'best', 'good', 'cheap', 'cheapest', 'with', 'and', 'for', 'of', 'to', 'in', 'on']);

export function subjectTerms(subject: string): string[] {
  return tokens(subject).filter((t) => !FILLER.has(t));
}

/** Every meaningful word of the subject is in the title; quantities must be the title's own (first) one. */
export function matchesSubject(title: string, subject: string): boolean {
  const have = tokens(title);
  const haveSet = new Set(have.map(singular));
  const terms = subjectTerms(subject);
  if (!terms.length) return true;
  if (!terms.every((t) => haveSet.has(singular(t)))) return false;
  const titleMeasures = measures(title);
  for (const m of measures(subject)) {
    const first = titleMeasures.find((x) => x.unit === m.unit);
    if (first && first.value !== m.value) return false;
  }
  return true;
}

/** Identity of a product across shops: model numbers plus the leading capacity, else the first words. */
export function productKey(title: string): string {
  const models = modelNumbers(title).slice(0, 3);
  const capacity = measures(title).find((m) => m.unit === 'gb' || m.unit === 'tb');
  if (models.length) return [...models, capacity ? `${capacity.value}${capacity.unit}` : ''].filter(Boolean).join(' ');
  return tokens(title).slice(0, 6).join(' ');
}

/** The figure a superlative ranks by, read from the title: capacity in GB, read speed in MB/s, refresh rate, length. */
export function measureFor(title: string, measure: 'capacity' | 'read-speed' | 'refresh-rate' | 'length'): number | undefined {
  if (measure === 'read-speed') {
    const rw = /\br\s*\/\s*w\s*(\d{3,5})/i.exec(title) ?? /(?:read|up to)\D{0,12}(\d{3,5})\s*mb\/s/i.exec(title) ?? /(\d{3,5})\s*mb\/s/i.exec(title);
    return rw ? Number(rw[1]) : undefined;
  }
  const unit = measure === 'capacity' ? 'gb' : measure === 'length' ? 'm' : 'hz';
  return measures(title).find((m) => m.unit === unit)?.value;
}
