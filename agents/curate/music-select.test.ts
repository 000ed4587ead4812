import { describe, expect, it } from 'vitest';
import { track } from '../checklist/fixtures';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import { fillOrder, playlistIsFull, relaxNotes, relaxOrder, type Candidate } from './music-select';

const origin = 'request' as const;
const rock: ChecklistItem = { kind: 'genre', id: 'genre:rock', label: 'rock', genre: 'rock', wanted: true, hard: true, origin };
const eighties: ChecklistItem = { kind: 'decade', id: 'decade:1980', label: '1980s', from: 1980, to: 1989, wanted: true, hard: true, origin };
const party: ChecklistItem = { kind: 'genre', id: 'genre:party', label: 'party', genre: 'party', wanted: true, hard: true, origin };
const checklist = [rock, eighties, party];
const cand = (n: number, artist: string, year: number, genres = ['Rock']): Candidate => {
  const t = track({ url: `http://tunes.test/track/${n}`, artist, year, genres });
  return { track: t, site: 'tunes', verdicts: verifyChecklist(checklist, t) };
};

describe('filling the playlist', () => {
  const pool = [cand(1, 'A', 1985), cand(2, 'A', 1986), cand(3, 'A', 1987), cand(4, 'B', 1995), cand(5, 'C', 1984, ['Pop'])];

  it('relaxes first a wish no track shows, then the decade, the genre last', () => {
    expect(relaxOrder(checklist, pool).map((i) => i.id)).toEqual(['genre:party', 'decade:1980', 'genre:rock']);
  });

  it('puts tracks meeting more wishes first and varies artists inside a tier', () => {
    const order = relaxOrder(checklist, pool);
    const urls = fillOrder(pool, order).map((c) => Number(c.track.url.split('/').pop()));
    // 80s rock (A, A) before 90s rock (B) before 80s pop (C); A's third track only to fill up.
    expect(urls).toEqual([1, 2, 4, 5, 3]);
    expect(relaxNotes(fillOrder(pool, order).slice(0, 4), order, 4).join(' ')).toMatch(/"1980s" was loosened/);
  });

  it('is full only with enough tracks that meet every wish the site shows, at most two per artist', () => {
    const many = [...pool, cand(6, 'D', 1981), cand(7, 'E', 1982), cand(8, 'F', 1983)];
    // 80s rock: A twice (its third does not count), D, E, F.
    expect(playlistIsFull(many, [rock, eighties], 6)).toBe(false);
    expect(playlistIsFull([...many, cand(9, 'G', 1988)], [rock, eighties], 6)).toBe(true);
    expect(playlistIsFull([...many, cand(9, 'G', 1988)], [rock, eighties], 7)).toBe(false);
  });
});
