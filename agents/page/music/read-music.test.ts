import { describe, expect, it } from 'vitest';
import { readPage } from '../read-page';
import { htmlDoc } from '../test-support/parse';
import { readArtistPage } from './read-artist';
import { readTrackPage } from './read-track';

describe('music pages', () => {
  it('reads a MusicRecording with artist, album, year, genres, moods and audio features', () => {
    const doc = htmlDoc(`<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'MusicRecording', name: 'Nightcall', byArtist: { '@type': 'MusicGroup', name: 'Kavinsky', url: '/artist/kavinsky' }, inAlbum: { '@type': 'MusicAlbum', name: 'OutRun' },
      datePublished: '2010-11-01', genre: ['electro'], keywords: 'dark, driving',
      additionalProperty: [{ '@type': 'PropertyValue', name: 'energy', value: 0.61 }, { '@type': 'PropertyValue', name: 'instrumentalness', value: 0.02 }],
    })}</script></head><body><h1>Nightcall</h1></body></html>`);
    const reading = readPage(doc, 'https://tunes.example/track/1');
    expect(reading.kind).toBe('track');
    const track = readTrackPage(doc, 'https://tunes.example/track/1');
    expect(track).toMatchObject({ title: 'Nightcall', artist: 'Kavinsky', artistUrl: 'https://tunes.example/artist/kavinsky', album: 'OutRun', year: 2010, genres: ['electro'], moods: ['dark', 'driving'], instrumental: false });
    expect(track.features).toMatchObject({ energy: 0.61 });
  });

  it('reads a release page that only shows labelled facts', () => {
    const doc = htmlDoc(`<h1>A Full Empty</h1><table><tr><th>Artist</th><td>Tree Helicopter</td></tr><tr><th>Year</th><td>2013</td></tr>
      <tr><th>Genre</th><td>Electronic</td></tr><tr><th>Style</th><td>Dark Ambient, Mix</td></tr><tr><th>Activity</th><td>passive (1.00 of 3)</td></tr></table>`);
    const reading = readPage(doc, 'https://archive.example/releases/1');
    expect(reading.kind).toBe('track');
    if (reading.kind !== 'track') return;
    expect(reading.track).toMatchObject({ title: 'A Full Empty', artist: 'Tree Helicopter', year: 2013, genres: ['Electronic'], styles: ['Dark Ambient', 'Mix'], activity: 1 });
  });

  it('reads related artists from a "Fans also like" section', () => {
    const doc = htmlDoc(`<html><head><script type="application/ld+json">{"@type":"MusicGroup","name":"Daft Punk","genre":["french house"]}</script></head><body>
      <h1>Daft Punk</h1><section><h2>Fans also like</h2><a href="/artist/justice">Justice</a><a href="/artist/cassius">Cassius</a></section></body></html>`);
    const artist = readArtistPage(doc, 'https://tunes.example/artist/daft-punk');
    expect(artist.name).toBe('Daft Punk');
    expect(artist.genres).toContain('french house');
    expect(artist.related).toEqual([{ name: 'Justice', url: 'https://tunes.example/artist/justice' }, { name: 'Cassius', url: 'https://tunes.example/artist/cassius' }]);
    expect(readPage(doc, 'https://tunes.example/artist/daft-punk').kind).toBe('artist');
  });

  it('reads an artist page without music markup: its genres line, and each track row with its own year, marked as known from the list', () => {
    const doc = htmlDoc(`<main><section class="artist-page"><h1 class="artist-name">Queen</h1><p class="artist-genres">rock, pop · album rock, classic rock</p>
      <ol class="track-list"><li class="track-row"><a class="track-title" href="/track/1">Under Pressure</a> <span class="track-artist"><a href="/artist/queen">Queen</a></span> <span class="track-year">1982</span></li>
      <li class="track-row"><a class="track-title" href="/track/2">Bohemian Rhapsody</a> <span class="track-artist"><a href="/artist/queen">Queen</a></span> <span class="track-year">1975</span></li></ol>
      <section><h2>Fans also like</h2><ul><li><a href="/artist/david-bowie">David Bowie</a></li></ul></section></section></main>`);
    const reading = readPage(doc, 'https://tunes.example/artist/queen');
    expect(reading.kind).toBe('artist');
    if (reading.kind !== 'artist') return;
    expect(reading.artist.genres).toEqual(expect.arrayContaining(['rock', 'pop', 'album rock', 'classic rock']));
    expect(reading.artist.tracks).toEqual([
      expect.objectContaining({ title: 'Under Pressure', artist: 'Queen', year: 1982, fromListRow: true }),
      expect.objectContaining({ title: 'Bohemian Rhapsody', artist: 'Queen', year: 1975, fromListRow: true }),
    ]);
  });

  it('calls a page with nothing to read unknown, with a reason', () => {
    const reading = readPage(htmlDoc('<h1>Imprint</h1><p>Contact us by mail.</p>'), 'https://a.example/imprint');
    expect(reading).toMatchObject({ kind: 'unknown', url: 'https://a.example/imprint' });
  });
});
