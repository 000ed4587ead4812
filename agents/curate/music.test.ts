import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../intents/types';
import type { PageReading, TrackRecord } from '../page/types';
import { track } from '../checklist/fixtures';
import { curateMusic, readAsMusic } from './music';
import { FakeSiteVisitorTestDouble } from './fake-visitor.test-double';

const tunes = { id: 'tunes', name: 'Tunes', baseUrl: 'http://tunes.test', kind: 'music' as const };
const t = (n: number, artist: string, styles: string[], energy: number): TrackRecord =>
  track({ url: `http://tunes.test/track/${n}`, title: `Song ${n}`, artist, genres: ['Electronic'], styles, features: { energy } });

const tracks = [
  t(1, 'Kavinsky', ['Synthwave'], 0.8), t(2, 'Kavinsky', ['Synthwave'], 0.7),
  t(3, 'College', ['Synthwave'], 0.6), t(4, 'College', ['Synthwave'], 0.5), t(5, 'College', ['Synthwave'], 0.55),
  t(6, 'Daft Punk', ['French House', 'Synthwave'], 0.9),
  t(7, 'Perturbator', ['Darksynth'], 0.95), t(8, 'Lone Crooner', ['Ballad'], 0.2),
];
const pages: Record<string, PageReading> = Object.fromEntries(tracks.map((x) => [x.url, { kind: 'track', track: x }]));
pages['http://tunes.test/artist/kavinsky'] = { kind: 'artist', artist: { url: 'http://tunes.test/artist/kavinsky', name: 'Kavinsky', genres: ['Synthwave'], related: [{ name: 'College', url: 'http://tunes.test/artist/college' }], tracks: tracks.slice(0, 2) } };
const cards = [
  { url: 'http://tunes.test/artist/kavinsky', name: 'Kavinsky' },
  ...tracks.map((x) => ({ url: x.url, name: `${x.artist} ${x.title} ${[...x.genres, ...x.styles].join(' ')}` })),
];

const request: ParsedRequest = {
  text: 'something like Kavinsky but not Daft Punk', kind: 'music', engine: 'rules', notes: [],
  intents: [
    { domain: 'music', category: 'named_entity', role: 'referential', text: 'Kavinsky', entityKind: 'artist', source: 'rules' },
    { domain: 'music', category: 'named_entity', role: 'rejected', text: 'Daft Punk', entityKind: 'artist', source: 'rules' },
  ],
};

describe('curateMusic over a test-double visitor', () => {
  it('leads from a referenced artist to related artists, keeps rejected and referenced artists out', async () => {
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50);
    const result = await curateMusic({ request, sites: [tunes], visitor, count: 4 });
    const artists = result.tracks.map((p) => p.track.artist);
    expect(artists).not.toContain('Daft Punk');
    // "Like Kavinsky": the user knows Kavinsky and asked for others.
    expect(artists).not.toContain('Kavinsky');
    expect(artists).toContain('College');
    expect(visitor.searches.some((s) => s.startsWith('tunes:College'))).toBe(true);
    const college = result.tracks.find((p) => p.track.artist === 'College')!;
    expect(college.explanation.join(' ')).toMatch(/fans of Kavinsky also like College/);
    expect(artists).not.toContain('Perturbator');
  });

  it('names the referenced artist on the cards as the site does, however the request wrote it', async () => {
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50);
    const lower: ParsedRequest = { ...request, text: 'something like kavinsky', intents: [{ ...request.intents[0]!, text: 'kavinsky' }] };
    const result = await curateMusic({ request: lower, sites: [tunes], visitor, count: 2 });
    expect(result.tracks[0]!.explanation.join(' ')).toMatch(/✓ Like Kavinsky: fans of/);
  });

  it('never opens a track page of the referenced artist, whose tracks are never played', async () => {
    const rows = tracks.map((x) => ({ url: x.url, name: `${x.artist} ${x.title} ${x.styles.join(' ')}`, artist: x.artist }));
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards: [cards[0]!, ...rows] }], pages, 50);
    const result = await curateMusic({ request, sites: [tunes], visitor, count: 6 });
    expect(result.tracks.map((p) => p.track.artist)).not.toContain('Kavinsky');
    expect(visitor.reads.filter((u) => tracks.slice(0, 2).some((x) => x.url === u))).toEqual([]);
  });

  it('never plays a rejected genre or mood', async () => {
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50);
    const calmNoSynth: ParsedRequest = { ...request, text: 'electronic, calm, no synthwave', intents: [
      { domain: 'music', category: 'genre', role: 'wanted', text: 'electronic', source: 'rules' },
      { domain: 'music', category: 'genre', role: 'rejected', text: 'synthwave', source: 'rules' },
      { domain: 'music', category: 'mood', role: 'rejected', text: 'energetic', source: 'rules' },
    ] };
    const result = await curateMusic({ request: calmNoSynth, sites: [tunes], visitor, count: 5 });
    expect(result.tracks.map((p) => p.track.title)).toEqual(['Song 8']);
    expect(result.notes[0]).toMatch(/Found 1 of 5/);
  });

  it('fills the playlist by loosening a wish no track shows, and says so, rather than returning nothing', async () => {
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50);
    const synthParty: ParsedRequest = { ...request, text: 'synthwave party', intents: [
      { domain: 'music', category: 'genre', role: 'wanted', text: 'synthwave', source: 'rules' },
      { domain: 'music', category: 'genre', role: 'wanted', text: 'party', source: 'rules' },
    ] };
    const result = await curateMusic({ request: synthParty, sites: [tunes], visitor, count: 3 });
    expect(result.tracks).toHaveLength(3);
    expect(result.tracks.every((p) => p.track.styles.includes('Synthwave'))).toBe(true);
    expect(new Set(result.tracks.map((p) => p.track.artist)).size).toBeGreaterThanOrEqual(2);
    expect(result.notes.join(' ')).toMatch(/"party" was loosened/);
  });

  it('opens only the tracks whose rows show the wished decade', async () => {
    const years = [1984, 2019, 1986, 2015, 1982, 2021];
    const dated = years.map((year, n) => track({ url: `http://tunes.test/track/d${n}`, title: `Night Drive ${n}`, artist: `Artist ${n}`, genres: ['Electronic'], styles: ['Synthwave'], year }));
    const datedPages: Record<string, PageReading> = Object.fromEntries(dated.map((x) => [x.url, { kind: 'track', track: x }]));
    const rows = dated.map((x) => ({ url: x.url, name: `${x.title} synthwave`, artist: x.artist, year: x.year }));
    const eightiesSynth: ParsedRequest = { ...request, text: 'synthwave from the 80s', intents: [
      { domain: 'music', category: 'genre', role: 'wanted', text: 'synthwave', source: 'rules' },
      { domain: 'music', category: 'decade', role: 'wanted', text: '80s', source: 'rules' },
    ] };
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards: rows }], datedPages, 10);
    const result = await curateMusic({ request: eightiesSynth, sites: [tunes], visitor, count: 3 });
    expect(result.tracks.map((p) => p.track.year).sort()).toEqual([1982, 1984, 1986]);
    // Rows from other decades were never opened.
    expect(visitor.reads.filter((u) => u.includes('/track/'))).toEqual(expect.not.arrayContaining(dated.filter((x) => x.year! >= 2000).map((x) => x.url)));
  });
});

describe('a rare era in a broad genre', () => {
  const base = 'http://tunes.test';
  const row = (n: number, artist: string, year: number) => ({ url: `${base}/track/r${n}`, name: `Song r${n}`, artist, artistUrl: `${base}/artist/${artist.toLowerCase().replace(/\s+/g, '-')}`, year, tags: ['synthwave'] });
  const rows = [row(1, 'Retro A', 1984), ...[2, 3, 4, 5, 6].map((n) => row(n, `Modern ${n}`, 2019))];
  const eighties = (n: number, artist: string, year: number) => track({ url: `${base}/track/b${n}`, title: `Old ${n}`, artist, genres: ['Synthwave'], year });
  const retroB = [eighties(1, 'Retro B', 1983), eighties(2, 'Retro B', 1985)];
  const retroC = [eighties(3, 'Retro C', 1987)];
  const pages: Record<string, PageReading> = {
    [base]: { kind: 'listing', listing: { url: base, cards: [], noResults: false, browseLinks: [{ text: 'synthwave', url: `${base}/genre/synthwave` }] } },
    [`${base}/genre/synthwave`]: { kind: 'listing', listing: { url: `${base}/genre/synthwave`, cards: rows, noResults: false } },
    [`${base}/artist/retro-a`]: { kind: 'artist', artist: { url: `${base}/artist/retro-a`, name: 'Retro A', genres: ['Synthwave'], related: [{ name: 'Retro B', url: `${base}/artist/retro-b` }], tracks: [] } },
    [`${base}/artist/retro-b`]: { kind: 'artist', artist: { url: `${base}/artist/retro-b`, name: 'Retro B', genres: ['Synthwave'], related: [{ name: 'Retro C', url: `${base}/artist/retro-c` }], tracks: retroB } },
    [`${base}/artist/retro-c`]: { kind: 'artist', artist: { url: `${base}/artist/retro-c`, name: 'Retro C', genres: ['Synthwave'], related: [], tracks: retroC } },
  };
  const synth80s: ParsedRequest = { ...request, text: '80s synthwave', intents: [
    { domain: 'music', category: 'decade', role: 'wanted', text: '80s', source: 'rules' },
    { domain: 'music', category: 'genre', role: 'wanted', text: 'synthwave', source: 'rules' },
  ] };

  it('finds more tracks of the era through the artists of the few that fit and the artists their fans also like', async () => {
    const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards: [] }], pages, 10);
    const result = await curateMusic({ request: synth80s, sites: [tunes], visitor, count: 3 });
    expect(result.tracks.map((p) => p.track.year! < 1990)).toEqual([true, true, true]);
    // Retro B is on no genre page: only the fans of Retro A lead to it.
    expect(result.tracks.map((p) => p.track.artist)).toEqual(expect.arrayContaining(['Retro A', 'Retro B']));
    // The modern artists' pages were never opened: their tracks do not fit.
    expect(visitor.reads.some((u) => u.includes('/artist/modern'))).toBe(false);
  });
});

describe('a request read as shopping', () => {
  it('is read again as music by the music agent, so it never answers with nothing', () => {
    const asShop: ParsedRequest = { text: 'energetic punk songs', kind: 'shopping', engine: 'rules', notes: [], intents: [
      { domain: 'shopping', category: 'product_type', role: 'wanted', text: 'energetic punk', source: 'rules' },
    ] };
    const read = readAsMusic(asShop);
    expect(read.kind).toBe('music');
    expect(read.intents.map((i) => `${i.domain}:${i.category}:${i.text}`)).toEqual(['music:mood:energetic', 'music:genre:punk']);
  });
});
