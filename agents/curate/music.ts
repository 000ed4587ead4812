/**
 * The music agent: intents -> checklist -> grounded in the sites' own genre names -> site visits
 * (referenced artists and their related artists, wished genres on their browse pages) -> verified
 * tracks -> a varied playlist, relaxing wanted wishes in a stated order when too few tracks meet them
 * all. Rejected genres, moods and artists are never risked: a track failing one, or whose own page
 * cannot rule one out, never appears.
 */
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import { moodProfile } from '../checklist/items/mood-words';
import type { TrackRecord } from '../page/types';
import { mapLimit } from './bounded';
import { groundInSiteLabels } from './music-grounding';
import { exclusion, failsNegative } from './music-judge';
import { readOwnPage, type MusicFinds } from './music-reads';
import { fillOrder, playlistIsFull, relaxNotes, relaxOrder, type Candidate } from './music-select';
import { visitMusicSite, type SitePlan } from './music-visit';
import type { CurateOptions, MusicPick, PlaylistResult } from './types';

/** Candidates read again on their own page before they may be picked, per wanted track. */
const CONFIRM_READS_PER_PICK = 3;

type Similar = Extract<ChecklistItem, { kind: 'similar-to-artist' }>;

export async function curateMusic(opts: CurateOptions & { count?: number }): Promise<PlaylistResult> {
  const count = opts.count ?? 10;
  // The home pages list the genres and styles each site files music under: the request is read in those words.
  const homeLinks = await mapLimit(opts.sites, opts.maxConcurrent ?? 2, async (site) => {
    const home = await opts.visitor.read(site.baseUrl, opts.signal).catch(() => undefined);
    return home?.kind === 'listing' ? (home.listing.browseLinks ?? []) : [];
  });
  const { checklist, grounded } = groundInSiteLabels(opts.request.text, buildChecklist(opts.request, opts.profile), homeLinks.flat().map((l) => l.text));
  const similar = checklist.filter((i): i is Similar => i.kind === 'similar-to-artist');
  const wanted = (kind: ChecklistItem['kind']) => checklist.flatMap((i) => (i.kind === kind && i.origin === 'request' && 'wanted' in i && i.wanted ? [i] : []));
  const plan = (at: number): SitePlan => ({
    similar: similar.map((i) => i.artist),
    // A feel word no rule maps ("experimental", "bangers") is more likely a style the sites file music under: looked up like a genre.
    terms: [...wanted('genre'), ...wanted('mood').filter((i) => i.kind === 'mood' && !moodProfile(i.mood))].map((i) => (i.kind === 'genre' ? i.genre : i.kind === 'mood' ? i.mood : '')),
    instruments: wanted('instrument').map((i) => (i.kind === 'instrument' ? i.instrument : '')),
    feels: wanted('mood').flatMap((i) => (i.kind === 'mood' && moodProfile(i.mood) ? [i.mood] : [])),
    fallback: opts.request.text,
    homeLinks: homeLinks[at] ?? [],
  });
  const judge = (track: TrackRecord, site: string): Candidate => ({ track, site, verdicts: verifyChecklist(checklist, track) });
  const enough = (site: string) => (finds: MusicFinds) => playlistIsFull(decidedCandidates(finds, site, checklist, judge), checklist, count);
  const perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 2, (site, at) => visitMusicSite(site, plan(at), opts, enough(site.id)));
  relateReferences(similar, perSite.map((s) => s.finds));

  const byUrl = new Map<string, { track: TrackRecord; site: string }>();
  const ownPage = new Set(perSite.flatMap((s) => [...s.finds.ownPage]));
  for (const s of perSite) for (const t of s.finds.tracks) if (!byUrl.has(t.url) || ownPage.has(t.url)) byUrl.set(t.url, { track: t, site: s.site });
  const judged = [...byUrl.values()]
    .map(({ track, site }) => judge(track, site))
    // Only a track's own page can clear a rejected wish; a track seen in a list is dropped here only on a clear failure.
    .filter((c) => (ownPage.has(c.track.url) ? !exclusion(checklist, c.verdicts, c.track) : !failsNegative(checklist, c.verdicts)));
  const order = relaxOrder(checklist, judged);
  // A track seen only in a list (an artist's page) is read on its own page when the list leaves a wish undecided.
  const confirmed: Candidate[] = [];
  let confirmReads = 0;
  for (const c of fillOrder(judged, order)) {
    if (confirmed.length >= count * 2 || confirmReads >= count * CONFIRM_READS_PER_PICK) break;
    if (ownPage.has(c.track.url) || decidedInList(c, checklist)) { confirmed.push(c); continue; }
    confirmReads++;
    const page = await readOwnPage(c.track.url, opts.visitor, opts.signal).catch(() => undefined);
    const again = page && judge(page, c.site);
    if (again && !exclusion(checklist, again.verdicts, again.track)) confirmed.push(again);
  }
  const chosen = fillOrder(confirmed, order).slice(0, count);
  const tracks = chosen.map((c): MusicPick => ({
    ...c,
    explanation: c.verdicts.filter((v) => v.status !== 'unknown').map((v) => `${v.status === 'pass' ? '✓' : '✗'} ${v.label}: ${v.reason}${v.evidence ? ` (${v.evidence.field}: "${v.evidence.value}")` : ''}`),
  }));
  const notes = [
    ...grounded.map((g) => `Read "${g}" as the genre the sites list under that name.`),
    ...relaxNotes(chosen, order, count),
    ...(tracks.length < count ? [`Found ${tracks.length} of ${count} tracks that fit; loosen a wish to get more.`] : []),
  ];
  return {
    checklist, tracks, sites: perSite.map((s) => s.report), notes,
    decisions: [{ what: 'checklist from intents', engine: opts.request.engine }, { what: 'genre names from the sites, searches, verification and playlist order', engine: 'rules' }],
  };
}

/** Referential artists: related artists and styles from every site, merged, so each site's tracks are judged alike. */
function relateReferences(similar: Similar[], finds: MusicFinds[]): void {
  for (const item of similar) {
    const artists = finds.flatMap((f) => f.artists).filter((a) => a.name.toLowerCase() === item.artist.toLowerCase());
    item.related = [...new Set(artists.flatMap((a) => a.related.map((r) => r.name)))].sort();
    item.genres = [...new Set(artists.flatMap((a) => [...a.genres, ...a.tracks.flatMap((t) => [...t.genres, ...t.styles])]))].sort();
  }
}

/** A list (an artist page) suffices when it decides every hard wish and clears every rejected one. */
function decidedInList(c: Candidate, checklist: ChecklistItem[]): boolean {
  return !c.verdicts.some((v) => v.hard && v.status === 'unknown') && !exclusion(checklist, c.verdicts, c.track);
}

/** The tracks a site has given so far that could be played as they are. */
function decidedCandidates(finds: MusicFinds, site: string, checklist: ChecklistItem[], judge: (t: TrackRecord, site: string) => Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (const t of finds.tracks) {
    const c = judge(t, site);
    if (finds.ownPage.has(t.url) ? !exclusion(checklist, c.verdicts, t) : decidedInList(c, checklist)) out.push(c);
  }
  return out;
}
