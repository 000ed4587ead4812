/**
 * The music agent: intents -> checklist -> searches on the music sites (wanted genres, moods,
 * instruments; referential artists and their related artists) -> verified tracks -> a varied playlist.
 * Rejected genres, moods and artists are hard items: a track failing one never appears.
 */
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import { tally, verifyChecklist } from '../checklist/verify';
import type { TrackRecord } from '../page/types';
import type { SiteRef } from '../sites/types';
import { deadline, mapLimit } from './bounded';
import { exclusion } from './music-judge';
import { browseMusic, emptyFinds, readInto, readOwnPage, searchMusic, type MusicFinds } from './music-reads';
import { normalizeText } from '../checklist/text';
import type { CurateOptions, MusicPick, PlaylistResult, SiteReport } from './types';

const MAX_READS_PER_SITE = 60;
const MAX_RELATED = 5;
/** Result pages read per wanted genre, mood or instrument (while the read budget lasts). */
const GENRE_PAGES = 3;
/** Candidates read again on their own page before they may be picked, per wanted track. */
const CONFIRM_READS_PER_PICK = 3;

export async function curateMusic(opts: CurateOptions & { count?: number }): Promise<PlaylistResult> {
  const count = opts.count ?? 10;
  const checklist = buildChecklist(opts.request, opts.profile);
  const similar = checklist.filter((i): i is Extract<ChecklistItem, { kind: 'similar-to-artist' }> => i.kind === 'similar-to-artist');
  const wantedTerms = checklist.flatMap((i) =>
    (i.kind === 'genre' || i.kind === 'mood' || i.kind === 'instrument') && i.wanted && i.origin === 'request' ? [i.kind === 'genre' ? i.genre : i.kind === 'mood' ? i.mood : i.instrument] : []);
  const perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 2, (site) => visitSite(site, wantedTerms, similar, opts));
  // Referential artists: related artists and styles from every site, merged, so each site's tracks are judged alike.
  for (const item of similar) {
    const artists = perSite.flatMap((s) => s.finds.artists).filter((a) => a.name.toLowerCase() === item.artist.toLowerCase());
    item.related = [...new Set(artists.flatMap((a) => a.related.map((r) => r.name)))].sort();
    item.genres = [...new Set(artists.flatMap((a) => [...a.genres, ...a.tracks.flatMap((t) => [...t.genres, ...t.styles])]))].sort();
  }
  const byUrl = new Map<string, { track: TrackRecord; site: string }>();
  const ownPage = new Set(perSite.flatMap((s) => [...s.finds.ownPage]));
  for (const s of perSite) for (const t of s.finds.tracks) if (!byUrl.has(t.url) || ownPage.has(t.url)) byUrl.set(t.url, { track: t, site: s.site });
  const judge = (track: TrackRecord, site: string) => ({ track, site, verdicts: verifyChecklist(checklist, track) });
  const judged = [...byUrl.values()]
    .map(({ track, site }) => judge(track, site))
    // Only a track's own page can clear a rejected wish; a track seen in a list is dropped here only on a clear failure.
    .filter((c) => (ownPage.has(c.track.url) ? !exclusion(checklist, c.verdicts, c.track) : !c.verdicts.some((v) => v.hard && v.status === 'fail')))
    .sort((a, b) => score(b.verdicts) - score(a.verdicts) || (b.track.popularity ?? 0) - (a.track.popularity ?? 0) || (a.track.url < b.track.url ? -1 : 1));
  // A track seen only in a list (an artist's page) is judged again on its own page: that is what the user will open.
  const confirmed: typeof judged = [];
  let confirmReads = 0;
  for (const c of varied(judged, judged.length)) {
    if (confirmed.length >= count * 2 || confirmReads >= count * CONFIRM_READS_PER_PICK) break;
    if (ownPage.has(c.track.url)) { confirmed.push(c); continue; }
    confirmReads++;
    const page = await readOwnPage(c.track.url, opts.visitor, opts.signal).catch(() => undefined);
    const again = page && judge(page, c.site);
    if (again && !exclusion(checklist, again.verdicts, again.track)) confirmed.push(again);
  }
  confirmed.sort((a, b) => score(b.verdicts) - score(a.verdicts) || (b.track.popularity ?? 0) - (a.track.popularity ?? 0) || (a.track.url < b.track.url ? -1 : 1));
  const tracks = varied(confirmed, count).map((c): MusicPick => ({
    ...c,
    explanation: c.verdicts.filter((v) => v.status !== 'unknown').map((v) => `${v.status === 'pass' ? '✓' : '✗'} ${v.label}: ${v.reason}${v.evidence ? ` (${v.evidence.field}: "${v.evidence.value}")` : ''}`),
  }));
  const notes = tracks.length < count ? [`Found ${tracks.length} of ${count} tracks that fit; loosen a wish to get more.`] : [];
  return { checklist, tracks, sites: perSite.map((s) => s.report), decisions: [{ what: 'checklist from intents', engine: opts.request.engine }, { what: 'searches, verification and playlist order', engine: 'rules' }], notes };
}

function score(verdicts: ReturnType<typeof verifyChecklist>): number {
  const t = tally(verdicts);
  return t.hardPass * 4 + t.softPass * 2 - t.hardUnknown - t.softFail * 2;
}

/** Round-robin over artists in rank order: every artist's best track before anyone's second. */
function varied<T extends { track: TrackRecord }>(ranked: T[], count: number): T[] {
  const byArtist = new Map<string, T[]>();
  for (const c of ranked) {
    const key = c.track.artist.toLowerCase();
    byArtist.set(key, [...(byArtist.get(key) ?? []), c]);
  }
  const out: T[] = [];
  for (let round = 0; out.length < count; round++) {
    const before = out.length;
    for (const list of byArtist.values()) if (list[round] && out.length < count) out.push(list[round]!);
    if (out.length === before) break;
  }
  return out;
}

async function visitSite(site: SiteRef, terms: string[], similar: { artist: string }[], opts: CurateOptions): Promise<{ site: string; finds: MusicFinds; report: SiteReport }> {
  const { signal, dispose } = deadline(opts.signal, opts.siteTimeoutMs ?? 60_000, site.name);
  const finds = emptyFinds();
  const queries: string[] = [];
  const seenReads = new Set<string>();
  const merge = (f: MusicFinds) => {
    finds.tracks.push(...f.tracks);
    finds.artists.push(...f.artists);
    for (const u of f.ownPage) finds.ownPage.add(u);
    finds.browseLinks!.push(...(f.browseLinks ?? []));
    opts.onProgress?.({ site: site.id, status: 'read', items: finds.tracks.length });
  };
  const run = async (q: string, limits: { pages?: number; maxCards?: number } = {}) => {
    if (queries.includes(q.toLowerCase())) return;
    queries.push(q.toLowerCase());
    opts.onProgress?.({ site: site.id, status: 'searching', query: q });
    merge(await searchMusic(site, q, opts.visitor, signal, seenReads, MAX_READS_PER_SITE, limits));
  };
  const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // An artist search may list only tracks: the artist's own page (linked from them) has the "fans also like" list.
  const artistPage = async (name: string) => {
    if (finds.artists.some((a) => sameName(a.name, name))) return;
    const url = finds.tracks.find((t) => sameName(t.artist, name) && t.artistUrl)?.artistUrl;
    if (!url || seenReads.has(url) || seenReads.size >= MAX_READS_PER_SITE) return;
    seenReads.add(url);
    const f = emptyFinds();
    await readInto(url, opts.visitor, signal, f);
    merge(f);
  };
  const browsed = new Set<string>();
  const browse = async (term: string) => {
    const link = finds.browseLinks!.find((l) => normalizeText(l.text) === normalizeText(term));
    if (!link || browsed.has(link.url)) return;
    browsed.add(link.url);
    queries.push(`browse ${link.text}`);
    opts.onProgress?.({ site: site.id, status: 'searching', query: `browse ${link.text}` });
    merge(await browseMusic(link.url, opts.visitor, signal, seenReads, MAX_READS_PER_SITE, { pages: GENRE_PAGES }));
  };
  try {
    for (const { artist } of similar) {
      await run(artist, { maxCards: 3 });
      await artistPage(artist);
      const related = finds.artists.filter((a) => sameName(a.name, artist)).flatMap((a) => a.related).slice(0, MAX_RELATED);
      for (const r of related) {
        await run(r.name, { maxCards: 4 });
        await artistPage(r.name);
      }
    }
    // Sites search titles and names; a genre is found surely on its browse page (linked from the home page or a release).
    if (terms.length) {
      const home = await opts.visitor.read(site.baseUrl, signal).catch(() => undefined);
      if (home?.kind === 'listing') finds.browseLinks!.push(...(home.listing.browseLinks ?? []));
    }
    for (const t of terms) {
      await browse(t);
      await run(t, { pages: GENRE_PAGES });
      await browse(t);
    }
    if (!similar.length && !terms.length) await run(opts.request.text);
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
