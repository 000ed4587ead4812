import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from './data/freemusic';
import { loadSpotify } from './data/spotify';
import { startSites, type RunningSites } from './index';
import { moodWords } from './music/feature-words';
import { DATA_DIR, HAS_DATA, getText, parse } from './test-support';

describe('feature words', () => {
  const base = { danceability: 0.5, energy: 0.5, valence: 0.5, acousticness: 0.1, instrumentalness: 0, speechiness: 0.05, liveness: 0.1 };
  it('names energy, mood, acoustic and instrumental character', () => {
    expect(moodWords({ ...base, energy: 0.9, valence: 0.8, danceability: 0.8 }, 124)).toEqual(['energetic', 'happy', 'upbeat', 'danceable']);
    expect(moodWords({ ...base, energy: 0.2, valence: 0.2, acousticness: 0.9, instrumentalness: 0.8 }, 70)).toEqual(['calm', 'sad', 'melancholic', 'acoustic', 'instrumental', 'slow']);
  });
});

describe.skipIf(!HAS_DATA)('music sites (real catalogues)', () => {
  let web: RunningSites;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['tunes', 'archive'] });
  }, 60_000);
  afterAll(() => web?.close());

  it('tunes track pages show year, album, popularity and features as numbers and words, with MusicRecording JSON-LD', async () => {
    const track = loadSpotify(DATA_DIR).tracks.find((t) => t.features.energy < 0.3 && t.features.instrumentalness > 0.6)!;
    const doc = parse((await getText(`${web.sites.tunes.baseUrl}/track/${track.id}`)).text);
    expect(doc.querySelector('h1')?.textContent).toBe(track.name);
    expect(doc.querySelector('.album')?.textContent).toBe(track.albumName);
    expect(doc.querySelector('.year')?.textContent).toBe(String(track.year));
    expect(doc.querySelector('.popularity')?.textContent).toBe(`${track.popularity}/100`);
    const moods = [...doc.querySelectorAll('.mood')].map((e) => e.textContent);
    expect(moods).toEqual(expect.arrayContaining(['calm', 'instrumental']));
    expect(doc.querySelector('[data-feature=energy] .feature-value')?.textContent).toBe(String(track.features.energy));
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({ '@type': 'MusicRecording', name: track.name, byArtist: { name: track.artist } });
  });

  it('a track in several playlists keeps all its genres', async () => {
    const track = loadSpotify(DATA_DIR).tracks.find((t) => t.genres.length > 1)!;
    const text = parse((await getText(`${web.sites.tunes.baseUrl}/track/${track.id}`)).text).querySelector('.genres')!.textContent!;
    for (const genre of track.genres) expect(text).toContain(genre);
  });

  it('artist pages list tracks and a stable "Fans also like" from shared playlists', async () => {
    const url = `${web.sites.tunes.baseUrl}/artist/daft-punk`;
    const first = parse((await getText(url)).text);
    expect(first.querySelector('h1')?.textContent).toBe('Daft Punk');
    const fans = [...first.querySelectorAll('.fans-also-like a')].map((a) => a.textContent);
    expect(fans.length).toBeGreaterThan(3);
    expect(fans).not.toContain('Daft Punk');
    const again = [...parse((await getText(url)).text).querySelectorAll('.fans-also-like a')].map((a) => a.textContent);
    expect(again).toEqual(fans);
    const target = first.querySelector('.fans-also-like a')!.getAttribute('href')!;
    expect((await fetch(web.sites.tunes.baseUrl + target)).status).toBe(200);
  });

  it('tunes search needs every word; genre and subgenre pages browse', async () => {
    const base = web.sites.tunes.baseUrl;
    const doc = parse((await getText(`${base}/search?q=${encodeURIComponent('daft punk')}`)).text);
    const rows = [...doc.querySelectorAll('.track-row')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.textContent!.toLowerCase()).toMatch(/daft[\s\S]*punk|punk[\s\S]*daft/);
    expect((await getText(`${base}/search?q=daftt%20punkk`)).text).toContain('No results found');
    const genre = parse((await getText(`${base}/genre/edm`)).text);
    const sub = genre.querySelector('.subgenres a')!.getAttribute('href')!;
    const subDoc = parse((await getText(base + sub)).text);
    expect(subDoc.querySelectorAll('.track-row').length).toBe(20);
    expect(subDoc.querySelector('a[rel=next]')).not.toBeNull();
  });

  it('archive release pages list tracks with activity as words, with no JSON-LD', async () => {
    const base = web.sites.archive.baseUrl;
    const release = loadArchive(DATA_DIR).find((r) => r.tracks.some((t) => t.activity === 3) && r.tracks.some((t) => t.activity === 1))!;
    const home = parse((await getText(`${base}/`)).text);
    const html = (await getText(`${base}/releases/${release.number}-${release.slug}`)).text;
    expect(html).not.toContain('application/ld+json');
    const doc = parse(html);
    expect(doc.querySelector('.release-title')?.textContent).toBe(release.album);
    const words = [...doc.querySelectorAll('.track-activity')].map((e) => e.textContent);
    expect(words).toHaveLength(release.tracks.length);
    expect(words).toEqual(expect.arrayContaining(['active', 'passive']));
    expect(home.querySelector('form input[name=query]')).not.toBeNull();
  });

  it('archive browses by style, year and label, and searches with every word', async () => {
    const base = web.sites.archive.baseUrl;
    const style = parse((await getText(`${base}/browse/style/idm`)).text);
    const first = style.querySelector('.release-link')!.getAttribute('href')!;
    expect(parse((await getText(base + first)).text).querySelector('.fact-style')?.textContent).toContain('IDM');
    expect(style.querySelector('a[rel=next]')).not.toBeNull();
    expect((await fetch(`${base}/browse/year/2010`)).status).toBe(200);
    expect((await fetch(`${base}/browse/label/jamendo`)).status).toBe(200);
    const search = parse((await getText(`${base}/search?query=ambient%20jamendo`)).text);
    expect(search.querySelectorAll('.release-link').length).toBeGreaterThan(0);
    expect((await getText(`${base}/search?query=ambientt`)).text).toContain('No releases found');
  });
});
