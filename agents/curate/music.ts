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
import { searchMusic, type MusicFinds } from './music-reads';
import type { CurateOptions, MusicPick, PlaylistResult, SiteReport } from './types';

const MAX_READS_PER_SITE = 60;
const MAX_RELATED = 5;

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
  for (const s of perSite) for (const t of s.finds.tracks) if (!byUrl.has(t.url)) byUrl.set(t.url, { track: t, site: s.site });
  const judged = [...byUrl.values()]
    .map(({ track, site }) => ({ track, site, verdicts: verifyChecklist(checklist, track) }))
    .filter((c) => !c.verdicts.some((v) => v.hard && v.status === 'fail'))
    .sort((a, b) => score(b.verdicts) - score(a.verdicts) || (b.track.popularity ?? 0) - (a.track.popularity ?? 0) || (a.track.url < b.track.url ? -1 : 1));
  const referenced = new Set(similar.map((i) => i.artist.toLowerCase()));
  const tracks = varied(judged, count, referenced).map((c): MusicPick => ({
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

/** Round-robin over artists in rank order: every artist's best track before anyone's second; a referenced artist at most once. */
function varied<T extends { track: TrackRecord }>(ranked: T[], count: number, referenced: Set<string>): T[] {
  const byArtist = new Map<string, T[]>();
  for (const c of ranked) {
    const key = c.track.artist.toLowerCase();
    const list = byArtist.get(key) ?? [];
    if (!(referenced.has(key) && list.length >= 1)) byArtist.set(key, [...list, c]);
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
  const finds: MusicFinds = { tracks: [], artists: [] };
  const queries: string[] = [];
  const seenReads = new Set<string>();
  const run = async (q: string) => {
    if (queries.includes(q.toLowerCase())) return;
    queries.push(q.toLowerCase());
    opts.onProgress?.({ site: site.id, status: 'searching', query: q });
    const f = await searchMusic(site, q, opts.visitor, signal, seenReads, MAX_READS_PER_SITE);
    finds.tracks.push(...f.tracks);
    finds.artists.push(...f.artists);
    opts.onProgress?.({ site: site.id, status: 'read', items: finds.tracks.length });
  };
  try {
    for (const { artist } of similar) {
      await run(artist);
      const related = finds.artists.filter((a) => a.name.toLowerCase() === artist.toLowerCase()).flatMap((a) => a.related).slice(0, MAX_RELATED);
      for (const r of related) await run(r.name);
    }
    for (const t of terms) await run(t);
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
