import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from './types';
import { isNegated, mergeAdjacentDecades, repairMusicNegations } from './music-negation';

const origin = 'request' as const;
const like = (artist: string): ChecklistItem => ({ kind: 'similar-to-artist', id: `like:${artist}`, label: `Like ${artist}`, artist, hard: false, origin });
const genre = (g: string): ChecklistItem => ({ kind: 'genre', id: `genre:${g}`, label: g, genre: g, wanted: true, hard: true, origin });
const decade = (from: number): ChecklistItem => ({ kind: 'decade', id: `decade:${from}`, label: `${from}s`, from, to: from + 9, wanted: true, hard: true, origin });

describe('music checklist repair', () => {
  it('turns a wish that follows a negation into a rejected one', () => {
    expect(repairMusicNegations('some blues please | no ray charles', [genre('blues'), like('ray charles')]).map((i) => i.id))
      .toEqual(['genre:blues', 'artist!=ray charles']);
    expect(repairMusicNegations('funk that is not disco', [genre('funk'), genre('disco')]).map((i) => i.id)).toEqual(['genre:funk', 'genre:!disco']);
    expect(isNegated('soul, anything but motown', 'motown')).toBe(true);
    expect(isNegated('motown classics, nothing too loud', 'motown')).toBe(false);
  });

  it('keeps the reference and rejects the artist for "like X but not X"', () => {
    const items = repairMusicNegations('songs like prince but not prince himself', [like('prince'), like('prince himself')]);
    expect(items.map((i) => i.id)).toEqual(['like:prince', 'artist!=prince']);
  });

  it('merges adjacent wanted decades into one span a track can meet', () => {
    const merged = mergeAdjacentDecades([genre('soul'), decade(1960), decade(1970)]);
    expect(merged.filter((i) => i.kind === 'decade')).toMatchObject([{ from: 1960, to: 1979 }]);
    expect(mergeAdjacentDecades([decade(1960), decade(1990)]).filter((i) => i.kind === 'decade')).toHaveLength(2);
  });
});

describe('rejected words the extractor mistyped', () => {
  it('also rejects an artist of that name when a rejected feel maps to nothing ("not eminem")', () => {
    const feel: ChecklistItem = { kind: 'mood', id: 'mood:!eminem', label: 'Not eminem', mood: 'eminem', wanted: false, hard: true, origin };
    expect(repairMusicNegations('hip pop but not eminem', [genre('hip pop'), feel]).map((i) => i.id)).toEqual(['genre:hip pop', 'mood:!eminem', 'artist!=eminem']);
    const sad: ChecklistItem = { ...feel, id: 'mood:!sad', mood: 'sad', label: 'Not sad' };
    expect(repairMusicNegations('pop but not sad', [sad]).map((i) => i.id)).toEqual(['mood:!sad']);
  });
});
