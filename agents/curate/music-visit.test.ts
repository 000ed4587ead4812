import { describe, expect, it } from 'vitest';
import { track } from '../checklist/fixtures';
import type { ArtistRecord } from '../page/types';
import { subgenresOfFitting } from './music-visit';

const base = 'http://tunes.test';
const link = (text: string, path: string) => ({ text, url: `${base}${path}` });
const links = [
  link('pop', '/genre/pop'),
  link('post-teen pop', '/genre/pop/post-teen-pop'),
  link('electropop', '/genre/pop/electropop'),
  link('dance pop', '/genre/pop/dance-pop'),
  link('pop edm', '/genre/edm/pop-edm'),
  link('rock', '/genre/rock'),
];
const artist = (name: string, genres: string[]): ArtistRecord => ({ url: `${base}/artist/${name}`, name, genres, related: [], tracks: [] });

describe('the subgenres read for more tracks that fit a wish the site cannot browse by (a decade)', () => {
  it('reads first the subgenre that the fitting tracks\' artists are filed under, not the first one listed', () => {
    // 80s tracks found on artist pages: their rows show no style, their artists' pages do.
    const fitting = [track({ url: `${base}/track/1`, artist: 'Cher', year: 1989 }), track({ url: `${base}/track/2`, artist: 'Journey', year: 1980 })];
    const artists = [artist('Cher', ['pop', 'dance pop', 'electropop']), artist('Journey', ['rock', 'electropop'])];
    expect(subgenresOfFitting('pop', links, fitting, artists).map((l) => l.text)).toEqual(['electropop', 'dance pop', 'post-teen pop']);
  });

  it('keeps to the subgenres nested under the genre\'s page where the site nests them (a label merely naming it is another genre\'s)', () => {
    const names = subgenresOfFitting('pop', links, []).map((l) => l.text);
    expect(names).not.toContain('pop edm');
    expect(names).not.toContain('pop');
  });

  it('falls back to the labels naming the genre on a site that does not nest its subgenres', () => {
    const flat = [link('Pop', '/browse/genre/pop'), link('Synth-pop', '/browse/style/synth-pop'), link('Pop Rock', '/browse/style/pop-rock'), link('Rock', '/browse/genre/rock')];
    const fitting = [track({ url: `${base}/track/3`, artist: 'a-ha', year: 1985, styles: ['Pop Rock'] })];
    expect(subgenresOfFitting('pop', flat, fitting).map((l) => l.text)).toEqual(['Pop Rock', 'Synth-pop']);
  });
});
