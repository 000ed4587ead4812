import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../../core/html';
import { pageParam, paginate } from '../../core/pagination';
import { sendHtml } from '../../core/respond';
import { Router } from '../../core/router';
import { TunesCatalog, byPopularity } from './catalog';
import { artistPage, artistPath, trackList, trackPage, tunesPage } from './render';

const PER_PAGE = 20;

/** tunes: /search?q=, /track/<id>, /artist/<slug>, /top, /genres, /genre/<genre>[/<subgenre>]. */
export function createTunesSite(dataDir: string, changed: boolean): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const catalog = new TunesCatalog(dataDir);
  const router = new Router();
  const notFound = (res: ServerResponse, what: string) => sendHtml(res, tunesPage(changed, 'Not found', html`<h1>Page not found</h1><p>${what}</p>`), 404);
  const genreIndex = () => html`<ul class="genre-index">${catalog.genres.map((g) => html`<li><a href="/genre/${g.slug}">${g.name}</a> (${g.count})<ul>${g.subgenres.map((s) => html`<li><a href="/genre/${g.slug}/${s.slug}">${s.name}</a> (${s.count})</li>`)}</ul></li>`)}</ul>`;

  router.get('/', ({ res }) => {
    const top = paginate([...catalog.data.tracks].sort(byPopularity), 1, PER_PAGE);
    sendHtml(res, tunesPage(changed, 'Home', html`<h1>Listen now</h1><h2>Browse by genre</h2>${genreIndex()}<h2>Top tracks</h2>${trackList(changed, top, (n) => `/top?page=${n}`)}`));
  });
  router.get('/top', ({ res, url }) => {
    const top = paginate([...catalog.data.tracks].sort(byPopularity), pageParam(url), PER_PAGE);
    sendHtml(res, tunesPage(changed, 'Top tracks', html`<h1>Top tracks</h1>${trackList(changed, top, (n) => `/top?page=${n}`)}`));
  });
  router.get('/genres', ({ res }) => sendHtml(res, tunesPage(changed, 'Browse', html`<h1>Browse all</h1>${genreIndex()}`)));
  router.get('/search', ({ res, url }) => {
    const q = (url.searchParams.get('q') ?? '').trim();
    const tracks = paginate(catalog.searchTracks(q), pageParam(url), PER_PAGE);
    const artists = catalog.searchArtists(q).slice(0, 10);
    const body = tracks.totalItems === 0 && artists.length === 0
      ? html`<h1>Search</h1><p class="no-results">No results found for “${q}”. Check the spelling or search for something else.</p>`
      : html`<h1>Results for “${q}”</h1>${artists.length ? html`<section class="search-artists"><h2>Artists</h2><ul>${artists.map((a) => html`<li><a href="${artistPath(a.slug)}">${a.name}</a></li>`)}</ul></section>` : null}
        <section class="search-tracks"><h2>Songs</h2><p class="result-count">${tracks.totalItems} songs</p>${trackList(changed, tracks, (n) => `/search?q=${encodeURIComponent(q)}&page=${n}`)}</section>`;
    sendHtml(res, tunesPage(changed, `Search: ${q}`, body));
  });
  router.get('/track/:id', ({ res, params }) => {
    const track = catalog.data.trackById.get(params['id']!);
    if (!track) return notFound(res, `No track ${params['id']}.`);
    sendHtml(res, trackPage(catalog, changed, track));
  });
  router.get('/artist/:slug', ({ res, params }) => {
    const artist = catalog.data.artists.get(params['slug']!);
    if (!artist) return notFound(res, `No artist ${params['slug']}.`);
    sendHtml(res, artistPage(catalog, changed, artist));
  });
  const genre = ({ res, url, params }: { res: ServerResponse; url: URL; params: Record<string, string> }) => {
    const node = catalog.genre(params['genre']!);
    const sub = params['subgenre'] ? node?.subgenres.find((s) => s.slug === params['subgenre']) : undefined;
    if (!node || (params['subgenre'] && !sub)) return notFound(res, `No genre ${params['genre']}${params['subgenre'] ? `/${params['subgenre']}` : ''}.`);
    const tracks = paginate(catalog.tracksOf(node, sub?.slug), pageParam(url), PER_PAGE);
    const base = `/genre/${node.slug}${sub ? `/${sub.slug}` : ''}`;
    const subLinks = sub ? null : html`<ul class="subgenres">${node.subgenres.map((s) => html`<li><a href="/genre/${node.slug}/${s.slug}">${s.name}</a></li>`)}</ul>`;
    sendHtml(res, tunesPage(changed, sub?.name ?? node.name, html`<h1 class="genre-title">${sub ? `${sub.name} (${node.name})` : node.name}</h1>${subLinks}${trackList(changed, tracks, (n) => `${base}?page=${n}`)}`));
  };
  router.get('/genre/:genre', genre);
  router.get('/genre/:genre/:subgenre', genre);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!(await router.handle(req, res, url))) notFound(res, `Nothing at ${url.pathname}.`);
  };
}
