/** What a model is shown about a candidate: the fields the page reader found, as plain lines. */
import type { ProductRecord, TrackRecord } from '../../page/types';
import type { CandidateEvidence } from './types';

const line = (name: string, value: unknown) => (value === undefined || value === '' || (Array.isArray(value) && !value.length) ? [] : [`${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`]);

export function productEvidence(p: ProductRecord): CandidateEvidence {
  return {
    title: p.name ?? p.url,
    url: p.url,
    facts: [
      ...line('brand', p.brand),
      ...line('price', p.price === undefined ? undefined : `${p.price}${p.currency ? ` ${p.currency}` : ''}`),
      ...line('availability', p.availability),
      ...line('rating', p.rating === undefined ? undefined : `${p.rating}${p.reviewCount ? ` (${p.reviewCount} reviews)` : ''}`),
      ...line('categories', p.categories),
      ...Object.entries(p.specs).flatMap(([k, v]) => line(k, v)),
      ...Object.entries(p.options).flatMap(([k, v]) => line(`options ${k}`, v)),
    ],
    text: p.description,
  };
}

export function trackEvidence(t: TrackRecord): CandidateEvidence {
  return {
    title: t.title,
    url: t.url,
    facts: [
      ...line('artist', t.artist),
      ...line('album', t.album),
      ...line('year', t.year),
      ...line('genres', t.genres),
      ...line('styles', t.styles),
      ...line('moods', t.moods),
      ...line('instrumental', t.instrumental),
      ...Object.entries(t.features).flatMap(([k, v]) => line(k, v.toFixed(2))),
    ],
  };
}
