import type { ItemKind } from '../types';
import { isTrack } from '../fields';
import { findPhrase } from '../text';

/** Sites show no country field; a genre or style that names it ("Brazilian", "UK Garage") is the evidence. */
const DEMONYMS: Record<string, string[]> = {
  brazil: ['brazilian', 'bossa nova', 'mpb', 'samba'], japan: ['japanese', 'j pop', 'j rock', 'city pop'], korea: ['korean', 'k pop'],
  france: ['french'], germany: ['german', 'krautrock'], uk: ['british', 'uk'], usa: ['american', 'us'], jamaica: ['jamaican', 'reggae', 'dancehall'],
  mexico: ['mexican'], spain: ['spanish', 'flamenco'], italy: ['italian', 'italo'], sweden: ['swedish'], nigeria: ['nigerian', 'afrobeat'],
};

export const countryItem: ItemKind<'country'> = {
  kind: 'country',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    const key = item.country.toLowerCase();
    const words = [item.country, ...(DEMONYMS[key] ?? Object.entries(DEMONYMS).find(([, ws]) => ws.includes(key))?.[1] ?? [])];
    for (const label of [...record.genres, ...record.styles]) {
      const w = words.find((x) => findPhrase(label, x));
      if (w) return item.wanted
        ? { status: 'pass', evidence: { field: 'genres', value: label }, reason: `${label} is from ${item.country}` }
        : { status: 'fail', evidence: { field: 'genres', value: label }, reason: `${label} is from ${item.country}` };
    }
    return { status: 'unknown', reason: 'the site does not show where the music is from' };
  },
};
