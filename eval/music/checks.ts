/**
 * Independent of the agents' own verifier on purpose: the benchmark must not grade the product with
 * the product's code. Matching is by whole words after lower-casing and unifying separators.
 */
import type { MusicCheck, RelatedArtists, TrackFacts } from './types';

export const normaliseTag = (text: string): string =>
  text.toLowerCase().replace(/[-_/&+.]+/g, ' ').replace(/\s+/g, ' ').trim();

const containsWords = (tag: string, value: string) => ` ${normaliseTag(tag)} `.includes(` ${normaliseTag(value)} `);

/** Feel words an activity level stands for, on sites that rate activity instead of audio features. */
const ACTIVITY_MOODS: Record<number, string[]> = { 1: ['calm', 'passive', 'chill'], 3: ['energetic', 'active'] };

function hasGenre(track: TrackFacts, value: string): boolean {
  return [...track.genres, ...track.styles].some((tag) => containsWords(tag, value));
}

function hasMood(track: TrackFacts, value: string): boolean {
  const moods = [...track.moods, ...(track.activity ? (ACTIVITY_MOODS[track.activity] ?? []) : [])];
  return moods.some((m) => normaliseTag(m) === normaliseTag(value));
}

export const isRejectedCheck = (check: MusicCheck): boolean => check.kind.startsWith('not-');

export function checkTrack(check: MusicCheck, track: TrackFacts, related: RelatedArtists): boolean {
  switch (check.kind) {
    case 'genre':
      return hasGenre(track, check.value);
    case 'not-genre':
      return !hasGenre(track, check.value);
    case 'mood':
      return hasMood(track, check.value);
    case 'not-mood':
      return !hasMood(track, check.value);
    case 'decade':
      return track.year !== undefined && track.year >= check.from && track.year <= check.to;
    case 'instrumental':
      return (track.instrumental ?? track.moods.map(normaliseTag).includes('instrumental')) === check.wanted;
    case 'not-artist':
      // "The Eagles" and "Eagles" are one band: a scenario may name it either way.
      return normaliseTag(track.artist).replace(/^the\s+/, '') !== normaliseTag(check.artist).replace(/^the\s+/, '');
    case 'similar-to-artist': {
      const artist = track.artist.toLowerCase();
      return artist !== check.artist.toLowerCase() && (related.get(check.artist.toLowerCase())?.has(artist) ?? false);
    }
  }
}

export function describeCheck(check: MusicCheck): string {
  switch (check.kind) {
    case 'decade':
      return `released ${check.from}-${check.to}`;
    case 'instrumental':
      return check.wanted ? 'instrumental' : 'with vocals';
    case 'not-artist':
    case 'similar-to-artist':
      return `${check.kind} ${check.artist}`;
    default:
      return `${check.kind} ${check.value}`;
  }
}
