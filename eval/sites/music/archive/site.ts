import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../../core/html';
import { pageParam, paginate } from '../../core/pagination';
import { sendHtml } from '../../core/respond';
import { Router } from '../../core/router';
import { loadArchive, type ArchiveRelease } from '../../data/freemusic';
import { wooSlug } from '../../data/text';
import { matchAllTerms } from '../match-all-terms';
import { archivePage, facetPath, releaseList, releasePage } from './render';

const PER_PAGE = 25;
const FACETS: Record<string, (r: ArchiveRelease) => string[]> = {
  genre: (r) => r.genres,
  style: (r) => r.styles,
  year: (r) => (r.year ? [String(r.year)] : []),
  label: (r) => (r.label && r.label !== '?' ? [r.label] : []),
};
const newestFirst = (a: ArchiveRelease, b: ArchiveRelease) => (b.year ?? 0) - (a.year ?? 0) || a.album.localeCompare(b.album) || a.number - b.number;

/** archive: /releases/<n>-<slug>, /browse/<genre|style|year|label>[/<value>], /search?query=. */
export function createArchiveSite(dataDir: string, changed: boolean): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const releases = loadArchive(dataDir);
  const byNumber = new Map(releases.map((r) => [r.number, r]));
  const router = new Router();
  const notFound = (res: ServerResponse, what: string) => sendHtml(res, archivePage(changed, 'not found', html`<h1>not found</h1><p>${what}</p>`), 404);
  const facetValues = (facet: string) => {
    const counts = new Map<string, number>();
    releases.forEach((r) => FACETS[facet]!(r).forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1)));
    return [...counts].sort((a, b) => (facet === 'year' ? Number(b[0]) - Number(a[0]) : a[0].localeCompare(b[0])));
  };

  router.get('/', ({ res, url }) => {
    const latest = paginate([...releases].sort(newestFirst), pageParam(url), PER_PAGE);
    const genres = facetValues('genre').map(([g, n]) => html`<a href="${facetPath('genre', g)}">${g}</a> (${n}) `);
    sendHtml(res, archivePage(changed, 'home', html`<h1>Free music archive</h1><p class="genre-bar">${genres}</p><h2>Latest releases</h2>${releaseList(changed, latest, (n) => `/?page=${n}`)}`));
  });
  router.get('/browse/:facet', ({ res, params }) => {
    const facet = params['facet']!;
    if (!FACETS[facet]) return notFound(res, `Browse by genre, style, year or label; not by ${facet}.`);
    const values = facetValues(facet).map(([v, n]) => html`<li><a href="${facetPath(facet, v)}">${v}</a> (${n})</li>`);
    sendHtml(res, archivePage(changed, `${facet}s`, html`<h1>Browse by ${facet}</h1><ul class="facet-values">${values}</ul>`));
  });
  router.get('/browse/:facet/:value', ({ res, url, params }) => {
    const facet = params['facet']!;
    const values = FACETS[facet];
    if (!values) return notFound(res, `Browse by genre, style, year or label; not by ${facet}.`);
    const matches = releases.filter((r) => values(r).some((v) => (facet === 'year' ? v : wooSlug(v)) === params['value']));
    if (matches.length === 0) return notFound(res, `No releases with ${facet} ${params['value']}.`);
    const name = values(matches[0]!).find((v) => (facet === 'year' ? v : wooSlug(v)) === params['value']) ?? params['value']!;
    const page = paginate(matches.sort(newestFirst), pageParam(url), PER_PAGE);
    sendHtml(res, archivePage(changed, name, html`<h1>${facet}: ${name}</h1>${releaseList(changed, page, (n) => `${facetPath(facet, name)}?page=${n}`)}`));
  });
  router.get('/releases/:id', ({ res, params }) => {
    const release = byNumber.get(Number(/^(\d+)/.exec(params['id']!)?.[1]));
    if (!release) return notFound(res, `No release ${params['id']}.`);
    sendHtml(res, releasePage(changed, release));
  });
  router.get('/search', ({ res, url }) => {
    const query = (url.searchParams.get('query') ?? '').trim();
    const match = matchAllTerms(query);
    const found = releases.filter((r) => match(`${r.artist} ${r.album} ${r.label} ${r.genres.join(' ')} ${r.styles.join(' ')} ${r.tracks.map((t) => `${t.title} ${t.artist}`).join(' ')}`));
    const page = paginate(found.sort(newestFirst), pageParam(url), PER_PAGE);
    const body = found.length === 0
      ? html`<h1>search: ${query}</h1><p class="archive-empty">No releases found for “${query}”.</p>`
      : html`<h1>search: ${query}</h1>${releaseList(changed, page, (n) => `/search?query=${encodeURIComponent(query)}&page=${n}`)}`;
    sendHtml(res, archivePage(changed, `search: ${query}`, body));
  });
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!(await router.handle(req, res, url))) notFound(res, `Nothing at ${url.pathname}.`);
  };
}
