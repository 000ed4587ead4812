import { documentHtml, html, type Html } from '../../core/html';
import type { Page } from '../../core/pagination';
import type { ArchiveRelease } from '../../data/freemusic';
import { wooSlug } from '../../data/text';
import { ACTIVITY_WORDS, activityWord } from '../feature-words';

export const releasePath = (r: ArchiveRelease) => `/releases/${r.number}-${r.slug}`;
export const facetPath = (facet: string, value: string | number) => `/browse/${facet}/${facet === 'year' ? value : wooSlug(String(value))}`;

/** "archive": a free-music archive; plain DOM, no JSON-LD. `changed` is its redesign. */
export function archivePage(changed: boolean, title: string, body: Html): string {
  const frame = html`<table class="${changed ? 'ar2-frame' : 'archive-frame'}" width="100%"><tr><td class="archive-masthead"><a href="/"><b>the free music archive</b></a>
    · <a href="/browse/genre">genres</a> · <a href="/browse/style">styles</a> · <a href="/browse/year">years</a> · <a href="/browse/label">labels</a>
    <form action="/search" method="get" class="archive-search"><input type="text" name="query" size="30" aria-label="search the archive"> <input type="submit" value="search"></form></td></tr>
    <tr><td class="${changed ? 'ar2-content' : 'archive-content'}">${body}</td></tr><tr><td class="archive-footer">All releases under Creative Commons licences.</td></tr></table>`;
  return documentHtml({ title: `${title} :: free music archive`, body: frame });
}

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export function releaseList(changed: boolean, page: Page<ArchiveRelease>, href: (n: number) => string): Html {
  if (page.totalItems === 0) return html`<p class="archive-empty">No releases found.</p>`;
  const items = page.items.map((r) => changed
    ? html`<div class="ar2-release"><a href="${releasePath(r)}">${r.album}</a> / ${r.artist} / ${r.year ?? '?'}</div>`
    : html`<li class="release"><a class="release-link" href="${releasePath(r)}">${r.artist} – ${r.album}</a> <span class="release-meta">(${r.label || 'no label'}, ${r.year ?? 'year unknown'}) [${r.styles.join(', ')}]</span></li>`);
  const nav = html`<p class="archive-pages">${page.page > 1 ? html`<a rel="prev" href="${href(page.page - 1)}">&lt;&lt; previous</a> ` : null}page ${page.page}/${page.totalPages}${page.page < page.totalPages ? html` <a rel="next" href="${href(page.page + 1)}">next &gt;&gt;</a>` : null}</p>`;
  return html`<p class="archive-count">${page.totalItems} releases</p>${changed ? html`<div class="ar2-list">${items}</div>` : html`<ul class="release-list">${items}</ul>`}${nav}`;
}

export function releasePage(changed: boolean, r: ArchiveRelease): string {
  const tracks = r.tracks.map((t) => html`<tr class="${changed ? 'ar2-track' : 'track'}"><td class="track-no">${r.tracks.some((x) => x.disc > 1) ? `${t.disc}.` : ''}${t.number}</td><td class="track-title">${t.title}</td>
    <td class="track-artist">${t.artist}</td><td class="track-length">${mmss(t.durationSeconds)}</td><td class="track-activity" data-activity="${t.activity}">${ACTIVITY_WORDS[t.activity] ?? 'not rated'}</td></tr>`);
  const facts: [string, Html | string][] = [
    ['Artist', r.artist],
    ['Label', r.label ? html`<a href="${facetPath('label', r.label)}">${r.label}</a>` : 'none'],
    ['Catalog number', r.catalog || 'none'],
    ['Year', r.year ? html`<a href="${facetPath('year', r.year)}">${r.year}</a>` : 'unknown'],
    ['Genre', html`${r.genres.map((g, i) => html`${i ? ', ' : ''}<a href="${facetPath('genre', g)}">${g}</a>`)}`],
    ['Style', html`${r.styles.map((s, i) => html`${i ? ', ' : ''}<a href="${facetPath('style', s)}">${s}</a>`)}`],
    ['Activity', `${activityWord(r.activity)}${r.activity ? ` (${r.activity.toFixed(2)} of 3)` : ''}`],
    ['Rating', r.rating ? `${r.rating.toFixed(1)} / 5` : 'not rated'],
    ['Length', mmss(r.durationSeconds)],
    ['Licence', r.licenseUrl.replace(/^https?:\/\//, '')],
  ];
  const body = html`<h1 class="release-title">${r.album}</h1><h2 class="release-artist">${r.artist}</h2>
    <table class="${changed ? 'ar2-facts' : 'release-facts'}">${facts.map(([k, v]) => html`<tr><th>${k}</th><td class="fact-${k.toLowerCase().replace(/\s+/g, '-')}">${v}</td></tr>`)}</table>
    <h3>Tracks</h3><table class="${changed ? 'ar2-tracklist' : 'tracklist'}"><tr><th>#</th><th>Title</th><th>Artist</th><th>Length</th><th>Activity</th></tr>${tracks}</table>`;
  return archivePage(changed, `${r.artist} – ${r.album}`, body);
}
