/**
 * One music site's visit: referenced artists and their "fans also like" artists (artist pages read
 * directly from the links), then each wished genre or style on its browse page where the site has one,
 * else through the site's search; when those pages give too few tracks that fit, the genre's subgenre
 * their artists are filed under (a glance at each subgenre's first page when none of them holds one
 * yet), then the artists of the few that do and the artists their fans also like. Reading stops as soon as the site has given enough tracks that meet every wish (`enough`), so
 * a full playlist does not cost a page per track in the catalogue. A track page is opened only when its row in the list leaves a wish open (`row`): a
 * row showing the wrong decade is passed over, one that settles every wish is taken as it stands.
 */
import { findPhrase, normalizeText } from '../checklist/text';
import type { SiteRef } from '../sites/types';
import { deadline } from './bounded';
import { browseMusic, emptyFinds, readInto, rememberListings, searchMusic, type MusicFinds, type RowChoice } from './music-reads';
import type { ArtistRecord, TrackRecord } from '../page/types';
import type { ModelAssistRun } from './model-assist';
import { watchReadability } from './readability';
import type { CurateOptions, SiteReport } from './types';

const MAX_READS_PER_SITE = 60;
const MAX_RELATED = 8;
/** Tracks of one artist counted as in the running: a playlist takes few tracks of each artist. */
const COUNTED_PER_ARTIST = 4;
/** Related artists' tracks in the running, per track wanted, under which their own related artists are read too. */
const IN_RUNNING_PER_PICK = 3;
/** Browse pages read for a wish the site has no label of its own for, among the labels containing it. */
const CONTAINING_LABELS = 3;
/** Result pages read per wished genre or style (while the read budget lasts). */
const GENRE_PAGES = 3;
/** Artist pages read, at most, for more tracks like those that fit, when the wished genres' pages gave too few. */
const FITTING_ARTIST_READS = 12;
/** A browse page whose address says it is a genre or style (not a label's or a year's): every row on it is filed under its name. */
const GENRE_PATH = /\/(genres?|styles?|subgenres?|tags?)\//i;
/** Subgenres browsed, at most, when the wished genre's own pages gave too few tracks that fit. */
const FITTING_SUBGENRES = 1;
/** Subgenres glanced at (their first page only) when no track that fits is filed under any of them yet. */
const GLANCED_SUBGENRES = 4;

type Link = { text: string; url: string };

/**
 * The wished genre's subgenres that the tracks fitting so far are filed under, most such tracks first.
 * A wish the site cannot browse by (a decade) is rare among a big genre's most played tracks; the
 * subgenres its fitting tracks share are where more of them are. A subgenre is a link filed under the
 * genre's own address (/genre/pop/electropop), or a label containing the genre's name.
 */
export function subgenresOfFitting(term: string, links: Link[], fitting: TrackRecord[], artists: ArtistRecord[] = []): Link[] {
  const path = (u: string) => new URL(u, 'http://x').pathname.replace(/\/+$/, '');
  const own = links.filter((l) => normalizeText(l.text) === normalizeText(term)).map((l) => path(l.url));
  const other = links.filter((l) => normalizeText(l.text) !== normalizeText(term));
  // Filed under the genre's address where the site nests them so; else the labels that name the genre.
  const nested = other.filter((l) => own.some((p) => path(l.url).startsWith(`${p}/`)));
  const subs = nested.length ? nested : other.filter((l) => findPhrase(l.text, term));
  const unique = [...new Map(subs.map((l) => [l.url, l])).values()];
  return unique.map((l) => ({ l, n: filedUnder(l, fitting, artists) })).sort((a, b) => b.n - a.n).map((x) => x.l);
}

/** How many of the tracks are filed under the label, by their own labels or (a list row rarely shows its styles) their artist's. */
function filedUnder(label: Link, tracks: TrackRecord[], artists: ArtistRecord[]): number {
  const artistGenres = new Map(artists.map((a) => [normalizeText(a.name), a.genres]));
  const labelsOf = (t: TrackRecord) => [...t.genres, ...t.styles, ...(artistGenres.get(normalizeText(t.artist)) ?? [])];
  return tracks.filter((t) => labelsOf(t).some((g) => normalizeText(g) === normalizeText(label.text))).length;
}

export interface SitePlan {
  /** Referenced artists ("like X"). */
  similar: string[];
  /** Genre or style words: browsed where the site links them, else searched; each gets its share of the reads. */
  terms: string[];
  /** Instrument words: searched with the reads the genres left (sites rarely file music by instrument). */
  instruments: string[];
  /** Feel words: searched only when there is no term to browse (sites search titles, not feels). */
  feels: string[];
  /** What to search when the request names nothing the plan can use. */
  fallback: string;
  /** The site's home page, already read for its browse links. */
  homeLinks: { text: string; url: string }[];
  /** Tracks the playlist needs. */
  count: number;
}

export interface SiteVisit {
  site: string;
  finds: MusicFinds;
  report: SiteReport;
}

/**
 * `row` decides from a list row whether its track page is worth opening (music.ts judges it against the checklist);
 * `fits` says whether a track's artist is worth following to artists like them (music.ts decides from its wishes).
 */
export async function visitMusicSite(site: SiteRef, plan: SitePlan, opts: CurateOptions, enough: (finds: MusicFinds) => boolean, row?: (track: TrackRecord) => RowChoice, assist?: ModelAssistRun, fits?: (track: TrackRecord) => boolean): Promise<SiteVisit> {
  const { signal, dispose } = deadline(opts.signal, opts.siteTimeoutMs ?? 60_000, site.name);
  const watch = watchReadability(opts.visitor);
  const visitor = rememberListings(watch.visitor);
  const finds = emptyFinds();
  finds.browseLinks!.push(...plan.homeLinks);
  const queries: string[] = [];
  const seenReads = new Set<string>();
  /** Reads allowed so far (the whole site budget, or the current wish's share of it). */
  let budget = MAX_READS_PER_SITE;
  /** Asked before each page: what the site gave so far, with what the listing being read has given. */
  const stop = (partial?: MusicFinds) => enough(partial ? { ...finds, tracks: [...finds.tracks, ...partial.tracks], ownPage: new Set([...finds.ownPage, ...partial.ownPage]) } : finds);
  const limits = (more: { pages?: number; maxCards?: number; tag?: string; listingPages?: number }) => ({ ...more, stop, row });
  const merge = (f: MusicFinds) => {
    finds.tracks.push(...f.tracks);
    finds.artists.push(...f.artists);
    for (const u of f.ownPage) finds.ownPage.add(u);
    finds.browseLinks!.push(...(f.browseLinks ?? []));
    opts.onProgress?.({ site: site.id, status: 'read', items: finds.tracks.length });
  };
  const searched = new Set<string>();
  const search = async (q: string, more: { pages?: number; maxCards?: number } = {}) => {
    if (searched.has(q.toLowerCase())) return;
    searched.add(q.toLowerCase());
    queries.push(q.toLowerCase());
    opts.onProgress?.({ site: site.id, status: 'searching', query: q });
    merge(await searchMusic(site, q, visitor, signal, seenReads, budget, limits(more)));
  };
  const sameName = (a: string, b: string) => normalizeText(a) === normalizeText(b);
  /** How many of an artist's listed tracks are still in the running by what their rows show (capped: a playlist takes few of each). */
  const inRunning = (a: ArtistRecord) => Math.min(COUNTED_PER_ARTIST, a.tracks.filter((t) => { const c = row?.(t); return c === 'read' || c === 'settled'; }).length);
  /** True when the artist page was read (or had been). */
  const readArtist = async (url: string | undefined) => {
    if (!url || seenReads.size >= MAX_READS_PER_SITE) return false;
    if (seenReads.has(url)) return true;
    seenReads.add(url);
    const f = emptyFinds();
    const ok = await readInto(url, visitor, signal, f).then(() => f.artists.length > 0, () => false);
    merge(f);
    return ok;
  };
  /** How many artists have a track that fits, of those read so far. */
  const fittingArtists = (fit: (track: TrackRecord) => boolean) => new Set(finds.tracks.filter(fit).map((t) => normalizeText(t.artist))).size;
  /**
   * Artist pages, one at a time: first those of artists with a track that fits, then the artists their
   * fans also like; an artist read there with a fitting track leads on in turn.
   */
  const readFittingArtists = async (fit: (track: TrackRecord) => boolean) => {
    const tried = new Set<string>();
    for (let reads = 0; reads < FITTING_ARTIST_READS && !stop(); reads++) {
      const fitting = new Set(finds.tracks.filter(fit).map((t) => normalizeText(t.artist)));
      const own = finds.tracks.flatMap((t) => (t.artistUrl && fitting.has(normalizeText(t.artist)) ? [t.artistUrl] : []));
      const related = finds.artists.filter((a) => fitting.has(normalizeText(a.name))).flatMap((a) => a.related.map((r) => r.url));
      const next = [...own, ...related].find((u) => !tried.has(u) && !seenReads.has(u));
      if (!next) break;
      tried.add(next);
      await readArtist(next);
    }
  };
  const browsed = new Set<string>();
  /** True when the site has a browse page for the term (and it was read). */
  const browse = async (term: string) => {
    // The label itself, else the labels that contain it ("hip hop" is filed under "southern hip hop" too), as the verifier counts them.
    const exact = finds.browseLinks!.filter((l) => normalizeText(l.text) === normalizeText(term));
    const links = exact.length ? exact.slice(0, 1) : finds.browseLinks!.filter((l) => findPhrase(l.text, term)).slice(0, CONTAINING_LABELS);
    for (const link of links) {
      if (browsed.has(link.url) || stop()) continue;
      browsed.add(link.url);
      queries.push(`browse ${link.text}`);
      opts.onProgress?.({ site: site.id, status: 'searching', query: `browse ${link.text}` });
      // On a genre or style page every row is filed under that label: the row then settles the genre wish without its page.
      const tag = GENRE_PATH.test(new URL(link.url).pathname) ? link.text : undefined;
      merge(await browseMusic(link.url, visitor, signal, seenReads, budget, limits({ pages: exact.length ? GENRE_PAGES : 1, tag })));
    }
    return links.length > 0;
  };
  /** The subgenres the fitting tracks are filed under, when they are still too few to fill the playlist. */
  const browseFittingSubgenres = async (term: string, fit: (track: TrackRecord) => boolean) => {
    const fitting = () => [...new Map(finds.tracks.filter(fit).map((t) => [t.url, t])).values()];
    // Not one track that fits is filed under a subgenre yet (the wished decade is missing from the genre's
    // most played): each subgenre's first page shows which one holds that decade, so its pages are read on.
    const unread = () => subgenresOfFitting(term, finds.browseLinks!, fitting(), finds.artists).filter((l) => !browsed.has(l.url));
    const before = unread();
    if (before.length > 1 && !before.some((l) => filedUnder(l, fitting(), finds.artists) > 0)) {
      for (const link of before.slice(0, GLANCED_SUBGENRES)) {
        if (stop()) break;
        queries.push(`browse ${link.text}`);
        const tag = GENRE_PATH.test(new URL(link.url).pathname) ? link.text : undefined;
        merge(await browseMusic(link.url, visitor, signal, seenReads, budget, limits({ pages: 1, listingPages: 1, tag })));
      }
    }
    for (const link of unread().slice(0, FITTING_SUBGENRES)) {
      if (stop()) break;
      browsed.add(link.url);
      queries.push(`browse ${link.text}`);
      opts.onProgress?.({ site: site.id, status: 'searching', query: `browse ${link.text}` });
      const tag = GENRE_PATH.test(new URL(link.url).pathname) ? link.text : undefined;
      merge(await browseMusic(link.url, visitor, signal, seenReads, budget, limits({ pages: GENRE_PAGES, tag })));
    }
  };
  try {
    for (const artist of plan.similar) {
      // The artist's result rows (or, where rows do not link the artist, a couple of track pages) lead to the artist page with its "fans also like" links.
      await search(artist, { maxCards: 2 });
      if (!finds.artists.some((a) => sameName(a.name, artist))) await readArtist(finds.tracks.find((t) => sameName(t.artist, artist) && t.artistUrl)?.artistUrl);
      const related = finds.artists.filter((a) => sameName(a.name, artist)).flatMap((a) => a.related).slice(0, MAX_RELATED);
      // Every related artist is read (one page each, each a new artist), so the playlist can be varied.
      for (const r of related) {
        // The link is the cheap way; a site whose artist links do not read as artist pages is searched by name.
        if (!(await readArtist(r.url))) await search(r.name, { maxCards: 4 });
      }
      // Too few of their tracks fit what the lists show (the wished decade, say): one step further, from the artists that fit best.
      const firstHop = finds.artists.filter((a) => related.some((r) => sameName(r.name, a.name)));
      if (row && firstHop.reduce((n, a) => n + inRunning(a), 0) < plan.count * IN_RUNNING_PER_PICK) {
        const further = firstHop.filter((a) => inRunning(a) > 0).sort((a, b) => inRunning(b) - inRunning(a)).flatMap((a) => a.related)
          .filter((r) => !seenReads.has(r.url) && !sameName(r.name, artist) && !related.some((x) => sameName(x.name, r.name)));
        for (const r of [...new Map(further.map((r) => [r.url, r])).values()].slice(0, MAX_RELATED)) await readArtist(r.url);
      }
    }
    // Each wished genre gets its share of the reads left, so a broad one read first cannot starve a narrow one.
    for (const [at, t] of plan.terms.entries()) {
      if (stop()) break;
      const share = Math.ceil((MAX_READS_PER_SITE - seenReads.size) / (plan.terms.length - at));
      budget = Math.min(MAX_READS_PER_SITE, seenReads.size + share);
      if (!(await browse(t))) await search(t, { pages: GENRE_PAGES });
      // A search may reveal the browse page (a release links its styles).
      if (!stop()) await browse(t);
    }
    budget = MAX_READS_PER_SITE;
    if (fits && !stop()) for (const t of plan.terms) await browseFittingSubgenres(t, fits);
    // The genre's pages gave too few tracks that fit (the wished decade is rare among its most played):
    // the artists of those that do, and the artists their fans also like, are where more such tracks are.
    // A shortage of some feel is no reason: an artist's fans share its genre and era, not each track's feel.
    if (fits && plan.terms.length && !plan.similar.length && !stop() && fittingArtists(fits) < plan.count) await readFittingArtists(fits);
    for (const i of plan.instruments) if (!stop()) await search(i, { pages: 1 });
    if (!plan.terms.length) for (const f of plan.feels) if (!stop()) await search(f, { pages: GENRE_PAGES });
    if (!plan.similar.length && !plan.terms.length && !plan.instruments.length && !plan.feels.length) await search(plan.fallback);
    // Nothing found for any planned search: a model, where one helps this run, may propose other words once.
    if (!finds.tracks.length && queries.length && assist?.takeRewrite()) {
      for (const q of await rewrittenQueries(assist, queries, site.name)) if (!stop()) await search(q, { pages: 1 });
    }
    // Not one page of the site could be read: say so rather than "nothing found".
    if (!watch.state.readable && watch.state.problem) throw new Error(watch.state.problem);
    opts.onProgress?.({ site: site.id, status: 'done', items: finds.tracks.length });
    return { site: site.id, finds, report: { site: site.id, status: 'done', queries, itemsRead: finds.tracks.length } };
  } catch (e) {
    const message = `${site.name}: ${e instanceof Error ? e.message : String(e)}`;
    opts.onProgress?.({ site: site.id, status: 'failed', message });
    return { site: site.id, finds, report: { site: site.id, status: 'failed', message, queries, itemsRead: finds.tracks.length } };
  } finally {
    dispose();
  }
}

/** The model's other words for a site that found nothing; none when it has no answer or names a problem (noted on the run). */
async function rewrittenQueries(assist: ModelAssistRun, queries: string[], siteName: string): Promise<string[]> {
  const answer = await assist.ask((signal) => assist.model.rewriteQuery(queries[0]!, siteName, `the site found no tracks for: ${queries.join(' | ')}`, signal));
  if (!answer) return [];
  if (answer.problem) {
    assist.note(`${assist.model.label}: ${answer.problem}, so ${siteName} was searched with the planned words only.`);
    return [];
  }
  if (answer.queries.length) assist.decided(`searches on ${siteName} after nothing was found: ${answer.queries.join(' | ')}`, answer.decidedBy);
  return answer.queries;
}
