import { describe, expect, it } from 'vitest';
import { track } from '../checklist/fixtures';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import { confirmInOrder, fillOrder, playlistIsFull, relaxNotes, relaxOrder, type Candidate } from './music-select';

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

  it('puts the track closer to a referenced artist first when both pass alike ("like Madonna": electropop before hard rock)', () => {
    const like: ChecklistItem = { kind: 'similar-to-artist', id: 'like:madonna', label: 'Like Madonna', artist: 'Madonna', genres: ['pop', 'electropop', 'dance pop'], hard: false, origin };
    const t = (n: number, artist: string, genres: string[], popularity: number) => {
      const x = track({ url: `http://tunes.test/track/${n}`, artist, year: 1984, genres, popularity });
      return { track: x, site: 'tunes', verdicts: verifyChecklist([eighties, like], x) };
    };
    const hardRock = t(1, 'AC/DC', ['pop', 'hard rock'], 90);
    const synthPop = t(2, 'a-ha', ['pop', 'electropop'], 60);
    expect(fillOrder([hardRock, synthPop], [eighties]).map((c) => c.track.artist)).toEqual(['a-ha', 'AC/DC']);
  });

  it('says a wish was loosened when the chosen tracks\' pages do not show it, not only when they fail it', () => {
    const energetic: ChecklistItem = { kind: 'mood', id: 'mood:energetic', label: 'energetic', mood: 'energetic', wanted: true, hard: true, origin };
    const t = (n: number, activity?: number) => track({ url: `http://archive.test/r/${n}`, artist: `P${n}`, genres: ['Punk'], activity });
    const chosen = [t(1, 3), t(2), t(3)].map((x) => ({ track: x, site: 'archive', verdicts: verifyChecklist([energetic], x) }));
    const notes = relaxNotes(chosen, [energetic], 3).join(' ');
    expect(notes).toMatch(/Only 1 of 3 tracks met every wish; "energetic" was loosened \(2 whose page does not show it\)/);
  });

  it('says apart a wish no chosen track shows, without counting it against the wishes the tracks do meet', () => {
    const roadTrip: ChecklistItem = { kind: 'mood', id: 'mood:road trip', label: 'road trip', mood: 'road trip', wanted: true, hard: true, origin };
    const chosen = [1, 2].map((n) => track({ url: `http://tunes.test/t/${n}`, artist: `R${n}`, genres: ['Rock'] })).map((x) => ({ track: x, site: 'tunes', verdicts: verifyChecklist([rock, roadTrip], x) }));
    expect(relaxNotes(chosen, [roadTrip, rock], 2)).toEqual(['"road trip" was loosened: no chosen track\'s page shows it.']);
  });

  it('is full only with enough tracks that meet every wish the site shows, at most two per artist', () => {
    const many = [...pool, cand(6, 'D', 1981), cand(7, 'E', 1982), cand(8, 'F', 1983)];
    // 80s rock: A twice (its third does not count), D, E, F.
    expect(playlistIsFull(many, [rock, eighties], 6)).toBe(false);
    expect(playlistIsFull([...many, cand(9, 'G', 1988)], [rock, eighties], 6)).toBe(true);
    expect(playlistIsFull([...many, cand(9, 'G', 1988)], [rock, eighties], 7)).toBe(false);
  });

  it('does not let tracks whose own page failed a wish crowd out a better track further down', async () => {
    const rockIn80s = [rock, eighties];
    const judge = (t: ReturnType<typeof track>): Candidate => ({ track: t, site: 'tunes', verdicts: verifyChecklist(rockIn80s, t) });
    // Rows that show the 80s but not the genre; their own pages say pop.
    const rows = [1, 2, 3].map((n) => judge(track({ url: `http://tunes.test/row/${n}`, artist: `Row ${n}`, year: 1984, fromListRow: true })));
    // A track read on its own page: rock from the 90s, only the decade to loosen.
    const nineties = judge(track({ url: 'http://tunes.test/track/90s', artist: 'Later', year: 1994, genres: ['Rock'] }));
    // The decade gives way before the genre.
    const order = relaxOrder(rockIn80s, [...rows, nineties]);
    expect(order.map((i) => i.id)).toEqual(['decade:1980', 'genre:rock']);
    const confirmed = await confirmInOrder([...rows, nineties], order, 2, 10, (c) => c === nineties, async (c) => judge({ ...c.track, fromListRow: false, genres: ['Pop'] }));
    expect(confirmed.map((c) => c.track.artist)).toContain('Later');
  });
});

describe('relaxNotes with two loosened wishes', () => {
  it('says how many tracks met every wish once, then names each wish loosened', () => {
    const upbeat = { kind: 'mood', id: 'mood:upbeat', label: 'upbeat', mood: 'upbeat', wanted: true, hard: true, origin: 'request' } as unknown as ChecklistItem;
    const decade = { kind: 'decade', id: 'decade:1980s', label: '1980s', from: 1980, to: 1989, wanted: true, hard: true, origin: 'request' } as unknown as ChecklistItem;
    const verdict = (item: ChecklistItem, status: 'pass' | 'fail') => ({ itemId: item.id, kind: item.kind, label: item.label, hard: true, status, reason: '', decidedBy: 'rules' });
    const chosen = [
      { verdicts: [verdict(upbeat, 'pass'), verdict(decade, 'pass')] },
      { verdicts: [verdict(upbeat, 'fail'), verdict(decade, 'pass')] },
      { verdicts: [verdict(upbeat, 'pass'), verdict(decade, 'fail')] },
    ] as unknown as Parameters<typeof relaxNotes>[0];
    expect(relaxNotes(chosen, [upbeat, decade], 3).join(' ')).toBe('Only 1 of 3 tracks met every wish; "upbeat" was loosened (1 track without it). "1980s" was loosened too (1 track without it).');
  });
});
