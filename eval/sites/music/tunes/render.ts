import { documentHtml, html, jsonScript, type Html } from '../../core/html';
import type { Page } from '../../core/pagination';
import { FEATURE_NAMES, type SpotifyArtist, type SpotifyTrack } from '../../data/spotify';
import { levelWord, moodWords } from '../feature-words';
import type { TunesCatalog } from './catalog';

export const trackPath = (t: SpotifyTrack) => `/track/${t.id}`;
export const artistPath = (slug: string) => `/artist/${slug}`;

/** "tunes": a streaming-style catalogue. `changed` is its redesign (same data, other markup). */
export function tunesPage(changed: boolean, title: string, body: Html, head?: Html): string {
  const frame = html`<div class="${changed ? 'tn2-app' : 'tunes-app'}"><header class="${changed ? 'tn2-header' : 'tunes-header'}"><a href="/" class="tunes-logo">tunes</a>
    <form role="search" action="/search" method="get" class="tunes-search"><input type="search" name="q" placeholder="Artists, songs, or albums" aria-label="Search"><button type="submit">Search</button></form>
    <nav><a href="/genres">Browse</a></nav></header><main class="${changed ? 'tn2-main' : 'tunes-main'}">${body}</main></div>`;
  return documentHtml({ title: `${title} | tunes`, body: frame, head });
}

const duration = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}`;
const isoDuration = (ms: number) => `PT${Math.floor(ms / 60000)}M${Math.round((ms % 60000) / 1000)}S`;

export function trackRow(changed: boolean, t: SpotifyTrack): Html {
  return changed
    ? html`<div class="tn2-row" data-track-id="${t.id}"><a class="tn2-title" href="${trackPath(t)}">${t.name}</a> · <a href="${artistPath(t.artistSlug)}">${t.artist}</a> · ${t.year ?? ''}</div>`
    : html`<li class="track-row" data-track-id="${t.id}"><a class="track-title" href="${trackPath(t)}">${t.name}</a> <span class="track-artist"><a href="${artistPath(t.artistSlug)}">${t.artist}</a></span> <span class="track-album">${t.albumName}</span> <span class="track-year">${t.year ?? ''}</span> <span class="track-popularity" title="Popularity">${t.popularity}</span></li>`;
}

export function trackList(changed: boolean, page: Page<SpotifyTrack>, href: (n: number) => string): Html {
  const rows = page.items.map((t) => trackRow(changed, t));
  const pager = html`<nav class="tunes-pager">${page.page > 1 ? html`<a rel="prev" href="${href(page.page - 1)}">Previous</a> ` : null}<span>Page ${page.page} of ${page.totalPages}</span>${page.page < page.totalPages ? html` <a rel="next" href="${href(page.page + 1)}">Next</a>` : null}</nav>`;
  return html`${changed ? html`<div class="tn2-list">${rows}</div>` : html`<ol class="track-list">${rows}</ol>`}${page.totalPages > 1 ? pager : null}`;
}

export function trackPage(catalog: TunesCatalog, changed: boolean, t: SpotifyTrack): string {
  const moods = moodWords(t.features, t.tempo);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'MusicRecording',
    '@id': trackPath(t),
    name: t.name,
    url: trackPath(t),
    duration: isoDuration(t.durationMs),
    byArtist: { '@type': 'MusicGroup', name: t.artist, url: artistPath(t.artistSlug) },
    inAlbum: { '@type': 'MusicAlbum', name: t.albumName, ...(t.releaseDate ? { datePublished: t.releaseDate } : {}) },
    ...(t.releaseDate ? { datePublished: t.releaseDate } : {}),
    genre: [...t.genres, ...t.subgenres],
    keywords: moods.join(', '),
    additionalProperty: [...FEATURE_NAMES.map((f) => ({ '@type': 'PropertyValue', name: f as string, value: t.features[f] })), { '@type': 'PropertyValue', name: 'tempo', value: t.tempo }],
  };
  const features = FEATURE_NAMES.map((f) => html`<tr data-feature="${f}"><th>${f[0]!.toUpperCase() + f.slice(1)}</th><td class="feature-value">${t.features[f]}</td><td class="feature-level">${levelWord(t.features[f])}</td></tr>`);
  const artist = catalog.data.artists.get(t.artistSlug);
  const body = html`<article class="${changed ? 'tn2-track' : 'track-page'}">
    <h1 class="track-name">${t.name}</h1><p class="track-by">by <a href="${artistPath(t.artistSlug)}">${t.artist}</a></p>
    <dl class="track-facts"><dt>Album</dt><dd class="album">${t.albumName}</dd><dt>Released</dt><dd class="year">${t.year ?? 'unknown'}</dd><dt>Release date</dt><dd>${t.releaseDate}</dd>
    <dt>Popularity</dt><dd class="popularity">${t.popularity}/100</dd><dt>Duration</dt><dd>${duration(t.durationMs)}</dd>
    <dt>Genres</dt><dd class="genres">${t.genres.map((g, i) => html`${i ? ', ' : ''}<a href="/genre/${catalog.genres.find((n) => n.name === g)?.slug ?? ''}">${g}</a>`)}</dd>
    <dt>Subgenres</dt><dd class="subgenres">${t.subgenres.join(', ')}</dd></dl>
    <section class="track-mood"><h2>Sounds</h2>${moods.length ? html`<ul class="mood-tags">${moods.map((m) => html`<li class="mood">${m}</li>`)}</ul>` : html`<p>Balanced: no strong character.</p>`}</section>
    <section class="track-features"><h2>Audio features</h2><table class="features">${features}
    <tr data-feature="tempo"><th>Tempo</th><td class="feature-value">${t.tempo}</td><td class="feature-level">${Math.round(t.tempo)} BPM</td></tr>
    <tr data-feature="loudness"><th>Loudness</th><td class="feature-value">${t.loudness}</td><td class="feature-level">dB</td></tr></table></section>
    ${artist ? html`<p><a href="${artistPath(artist.slug)}">More from ${artist.name}</a></p>` : null}</article>`;
  return tunesPage(changed, `${t.name} – ${t.artist}`, body, jsonScript(ld));
}

export function artistPage(catalog: TunesCatalog, changed: boolean, artist: SpotifyArtist): string {
  const tracks = [...artist.tracks].sort((a, b) => b.popularity - a.popularity || a.name.localeCompare(b.name));
  const genres = [...new Set(tracks.flatMap((t) => t.genres))];
  const subgenres = [...new Set(tracks.flatMap((t) => t.subgenres))];
  const fans = catalog.fansAlsoLike(artist);
  const body = html`<section class="${changed ? 'tn2-artist' : 'artist-page'}"><h1 class="artist-name">${artist.name}</h1>
    <p class="artist-genres">${genres.join(', ')}${subgenres.length ? html` · ${subgenres.join(', ')}` : null}</p>
    <h2>Popular tracks</h2>${changed ? html`<div class="tn2-list">${tracks.map((t) => trackRow(true, t))}</div>` : html`<ol class="track-list">${tracks.map((t) => trackRow(false, t))}</ol>`}
    <section class="fans-also-like"><h2>Fans also like</h2>${fans.length
      ? html`<ul>${fans.map((f) => html`<li><a href="${artistPath(f.artist.slug)}">${f.artist.name}</a> <small>${f.shared} shared playlist${f.shared === 1 ? '' : 's'}</small></li>`)}</ul>`
      : html`<p>No related artists yet.</p>`}</section></section>`;
  return tunesPage(changed, artist.name, body);
}
