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
import { exclusion, failsNegative, isByReferencedArtist } from './music-judge';
import { readOwnPage, type MusicFinds, type RowChoice } from './music-reads';
import { normalizeText } from '../checklist/text';
import { confirmInOrder, fillOrder, playlistIsFull, relaxNotes, relaxOrder, type Candidate } from './music-select';
import { visitMusicSite, type SitePlan } from './music-visit';
import type { CurateOptions, MusicPick, PlaylistResult } from './types';
import { assistTracks, finishModelAssist, startModelAssist } from './model-assist';
import { extractIntents } from '../intents';
import type { ParsedRequest } from '../intents/types';

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
  const request = readAsMusic(opts.request);
  const { checklist, grounded } = groundInSiteLabels(request.text, buildChecklist(request, opts.profile), homeLinks.flat().map((l) => l.text));
  const similar = checklist.filter((i): i is Similar => i.kind === 'similar-to-artist');
  const wanted = (kind: ChecklistItem['kind']) => checklist.flatMap((i) => (i.kind === kind && i.origin === 'request' && 'wanted' in i && i.wanted ? [i] : []));
  const plan = (at: number): SitePlan => ({
    similar: similar.map((i) => i.artist),
    // A feel word no rule maps ("experimental", "bangers") is more likely a style the sites file music under: looked up like a genre.
    terms: [...wanted('genre'), ...wanted('mood').filter((i) => i.kind === 'mood' && !moodProfile(i.mood))].map((i) => (i.kind === 'genre' ? i.genre : i.kind === 'mood' ? i.mood : '')),
    instruments: wanted('instrument').map((i) => (i.kind === 'instrument' ? i.instrument : '')),
    feels: wanted('mood').flatMap((i) => (i.kind === 'mood' && moodProfile(i.mood) ? [i.mood] : [])),
    fallback: request.text,
    homeLinks: homeLinks[at] ?? [],
    count,
  });
  const judge = (track: TrackRecord, site: string): Candidate => ({ track, site, verdicts: verifyChecklist(checklist, track) });
  const enough = (site: string) => (finds: MusicFinds) => playlistIsFull(decidedCandidates(finds, site, checklist, judge), checklist, count);
  const assist = startModelAssist(opts.modelAssist, opts.signal);
  const perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 2, (site, at) => visitMusicSite(site, plan(at), opts, enough(site.id), (row) => rowChoice(judge(row, site.id), checklist), assist, (t) => leadsToLikeArtists(judge(t, site.id), checklist)));
  relateReferences(similar, perSite.map((s) => s.finds));

  const byUrl = new Map<string, { track: TrackRecord; site: string }>();
  const ownPage = new Set(perSite.flatMap((s) => [...s.finds.ownPage]));
  // A track's own page wins over any list row of it.
  for (const s of perSite) for (const t of s.finds.tracks) if (!byUrl.has(t.url) || (ownPage.has(t.url) && !t.fromListRow)) byUrl.set(t.url, { track: t, site: s.site });
  const judged = [...byUrl.values()]
    .map(({ track, site }) => judge(track, site))
    // Only a track's own page can clear a rejected wish; a track seen in a list is dropped here only on a
    // clear failure, or when it is by the referenced artist (its page would be read only to be turned down).
    .filter((c) => (ownPage.has(c.track.url) ? !exclusion(checklist, c.verdicts, c.track) : !failsNegative(checklist, c.verdicts) && !isByReferencedArtist(checklist, c.track)));
  const order = relaxOrder(checklist, judged);
  // A track seen only in a list (an artist's page) is read on its own page when the list leaves a wish undecided.
  const confirmed = await confirmInOrder(judged, order, count * 2, count * CONFIRM_READS_PER_PICK, (c) => ownPage.has(c.track.url) || decidedInList(c, checklist), async (c) => {
    const page = await readOwnPage(c.track.url, opts.visitor, opts.signal).catch(() => undefined);
    const again = page && judge(page, c.site);
    return again && !exclusion(checklist, again.verdicts, again.track) ? again : undefined;
  });
  const ranked = fillOrder(confirmed, order);
  // The model judges the top of the ranking; its verdicts can move a track, so the judged list is ordered again.
  const chosen = (assist ? fillOrder(await assistTracks(ranked, checklist, assist), order) : ranked).slice(0, count);
  const tracks = chosen.map((c): MusicPick => ({
    ...c,
    explanation: c.verdicts.filter((v) => v.status !== 'unknown').map((v) => `${v.status === 'pass' ? '✓' : '✗'} ${v.label}: ${v.reason}${v.evidence ? ` (${v.evidence.field}: "${v.evidence.value}")` : ''}`),
  }));
  const notes = [
    ...grounded.map((g) => `Read "${g}" as the genre the sites list under that name.`),
    ...relaxNotes(chosen, order, count),
    ...(tracks.length < count ? [`Found ${tracks.length} of ${count} tracks that fit; loosen a wish to get more.`] : []),
  ];
  const decisions = [{ what: 'checklist from intents', engine: request.engine }, { what: 'genre names from the sites, searches, verification and playlist order', engine: 'rules' }];
  finishModelAssist(assist, notes, decisions);
  return { checklist, tracks, sites: perSite.map((s) => s.report), notes, decisions };
}

/**
 * The music agent answers in tracks, so it reads the request as music: a request taken for shopping
 * ("energetic punk to clean the house to" read as a cleaning product) holds no wish a track can
 * meet, and would search the sites for the whole sentence and find nothing.
 */
export function readAsMusic(request: ParsedRequest): ParsedRequest {
  if (request.kind === 'music') return request;
  if (request.intents.some((i) => i.domain === 'music')) return { ...request, kind: 'music' };
  const music = extractIntents(request.text, { domain: 'music' });
  return music.intents.length ? { ...request, kind: 'music', intents: music.intents } : { ...request, kind: 'music' };
}

/** Referential artists: related artists and styles from every site, merged, so each site's tracks are judged alike. */
function relateReferences(similar: Similar[], finds: MusicFinds[]): void {
  for (const item of similar) {
    const artists = finds.flatMap((f) => f.artists).filter((a) => a.name.toLowerCase() === item.artist.toLowerCase());
    item.related = [...new Set(artists.flatMap((a) => a.related.map((r) => r.name)))].sort();
    item.genres = [...new Set(artists.flatMap((a) => [...a.genres, ...a.tracks.flatMap((t) => [...t.genres, ...t.styles])]))].sort();
    // The card names the artist as the site does ("Like Madonna" for "like madonna").
    if (artists[0]) item.label = `Like ${artists[0].name}`;
  }
}

/**
 * A track whose artist is worth following to artists like them: it fails no wish about what the
 * music is (genre, era, origin, instruments) as far as it was read. A feel is the track's own, not
 * its artist's, so failing one does not stop the artist leading to others of the same genre and era.
 */
function leadsToLikeArtists(c: Candidate, checklist: ChecklistItem[]): boolean {
  return !c.verdicts.some((v) => v.hard && v.status === 'fail' && v.kind !== 'mood') && !failsNegative(checklist, c.verdicts);
}

/** A list (an artist page, a result row) suffices when it shows the artist, decides every hard wish and clears every rejected one. */
function decidedInList(c: Candidate, checklist: ChecklistItem[]): boolean {
  return c.track.artist !== '' && !c.verdicts.some((v) => v.hard && v.status === 'unknown') && !exclusion(checklist, c.verdicts, c.track);
}

/**
 * Whether a row's track page is worth opening: not when the row shows it failing a "no X" wish (out),
 * nor when the row settles every wish, nor when it shows a wanted wish unmet (kept as the row shows
 * it: the playlist may still need it if wishes must be loosened, and is read then), nor when it is by
 * the referenced artist (never played; the row only leads to that artist's page).
 */
function rowChoice(c: Candidate, checklist: ChecklistItem[]): RowChoice {
  // The referenced artist's own rows lead to the artist page (its "fans also like"), even when the request says "not X itself".
  const referenced = checklist.some((i) => i.kind === 'similar-to-artist' && c.track.artist !== '' && normalizeText(i.artist) === normalizeText(c.track.artist));
  if (referenced) return 'unfit';
  if (failsNegative(checklist, c.verdicts)) return 'drop';
  if (decidedInList(c, checklist)) return 'settled';
  return c.verdicts.some((v) => v.hard && v.status === 'fail') ? 'unfit' : 'read';
}

/** The tracks a site has given so far that could be played as they are. */
function decidedCandidates(finds: MusicFinds, site: string, checklist: ChecklistItem[], judge: (t: TrackRecord, site: string) => Candidate): Candidate[] {
  const out: Candidate[] = [];
  // A track read on its own page counts once, as its page shows it; the same row seen twice counts once.
  const seen = new Set<string>();
  for (const t of [...finds.tracks].sort((a, b) => Number(Boolean(a.fromListRow)) - Number(Boolean(b.fromListRow)))) {
    if (seen.has(t.url)) continue;
    seen.add(t.url);
    const c = judge(t, site);
    if (finds.ownPage.has(t.url) ? !exclusion(checklist, c.verdicts, t) : decidedInList(c, checklist)) out.push(c);
  }
  return out;
}
