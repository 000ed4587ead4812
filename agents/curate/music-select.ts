/**
 * Filling the playlist. Every wish first; when too few tracks meet them all, wanted wishes are relaxed
 * one at a time in a stated order (RELAX_ORDER), so the user gets the closest tracks and a note saying
 * what was loosened, never an empty list while fitting-enough tracks exist. Rejected wishes are never
 * relaxed (music-judge decides those). Artists are varied: at most MAX_PER_ARTIST tracks each while
 * others are available.
 */
import type { ChecklistItem, Verdict } from '../checklist/types';
import { tally } from '../checklist/verify';
import { isFeelWord } from '../checklist/items/mood-words';
import type { TrackRecord } from '../page/types';
import { isNegativeItem, isRejectedItem } from './music-judge';

export interface Candidate {
  track: TrackRecord;
  site: string;
  verdicts: Verdict[];
}

const MAX_PER_ARTIST = 2;

/**
 * Which kind of wish gives way first: a wish no track on the sites shows at all; a listening context
 * mapped onto a feel ("gym"); a feel; an instrument or vocals; a decade; a country; a genre or style last,
 * since it is what most requests are about.
 */
const RELAX_ORDER: ((i: ChecklistItem) => boolean)[] = [
  (i) => i.kind === 'free-text',
  (i) => i.kind === 'mood' && !isFeelWord(i.mood),
  (i) => i.kind === 'mood',
  (i) => i.kind === 'instrument' || i.kind === 'instrumental',
  (i) => i.kind === 'decade',
  (i) => i.kind === 'country',
  (i) => i.kind === 'genre' || i.kind === 'similar-to-artist',
];

/** Wanted wishes that may be relaxed, in the order they give way. */
export function relaxOrder(checklist: ChecklistItem[], candidates: Candidate[]): ChecklistItem[] {
  const relaxable = checklist.filter((i) => !isRejectedItem(i) && !(('wanted' in i) && !i.wanted && i.kind !== 'instrumental'));
  const passes = (i: ChecklistItem) => candidates.filter((c) => c.verdicts.some((v) => v.itemId === i.id && v.status === 'pass')).length;
  const rank = (i: ChecklistItem) => (passes(i) === 0 ? -1 : RELAX_ORDER.findIndex((f) => f(i)));
  return relaxable
    .map((item, at) => ({ item, at, rank: rank(item), passes: passes(item) }))
    .sort((a, b) => a.rank - b.rank || a.passes - b.passes || a.at - b.at)
    .map((x) => x.item);
}

/** 0 when the track meets every hard wanted wish; else 1 + the position of the last relaxed wish it needs. */
export function tierOf(c: Candidate, order: ChecklistItem[]): number {
  let tier = 0;
  order.forEach((item, at) => {
    const v = c.verdicts.find((x) => x.itemId === item.id);
    if (v && item.hard && v.status === 'fail') tier = Math.max(tier, at + 1);
  });
  return tier;
}

/** Within a tier: hard and soft passes first; a related artist ("fans also like") above a shared style. */
export function rankScore(verdicts: Verdict[]): number {
  const t = tally(verdicts);
  const related = verdicts.some((v) => v.kind === 'similar-to-artist' && v.status === 'pass' && v.evidence?.field === 'artist') ? 1 : 0;
  return t.hardPass * 4 + t.softPass * 2 + related * 3 - t.hardUnknown - t.softFail * 2;
}

/** Of tracks that pass alike, the one closer to the referenced artist first: "80s pop like Madonna" puts electropop before hard rock that the site also files under pop. */
const sharedStyles = (c: Candidate) => c.verdicts.reduce((n, v) => n + (v.kind === 'similar-to-artist' && v.status === 'pass' ? v.sharedStyles ?? 0 : 0), 0);

export function byRank(a: Candidate, b: Candidate): number {
  return rankScore(b.verdicts) - rankScore(a.verdicts) || sharedStyles(b) - sharedStyles(a) || (b.track.popularity ?? 0) - (a.track.popularity ?? 0) || (a.track.url < b.track.url ? -1 : 1);
}

/**
 * The playlist order: lower tiers first; inside a tier, round-robin over artists (every artist's best
 * track before anyone's second), each artist at most MAX_PER_ARTIST times while others are left; the
 * tracks over the cap come last, only to fill up.
 */
export function fillOrder<T extends Candidate>(candidates: T[], order: ChecklistItem[]): T[] {
  const sorted = [...candidates].sort((a, b) => tierOf(a, order) - tierOf(b, order) || byRank(a, b));
  const seen = new Map<string, number>();
  const keyed = sorted.map((c, at) => {
    const artist = c.track.artist.toLowerCase();
    const nth = seen.get(artist) ?? 0;
    seen.set(artist, nth + 1);
    return { c, at, tier: tierOf(c, order), nth };
  });
  const within = keyed.filter((k) => k.nth < MAX_PER_ARTIST).sort((a, b) => a.tier - b.tier || a.nth - b.nth || a.at - b.at);
  const over = keyed.filter((k) => k.nth >= MAX_PER_ARTIST);
  return [...within, ...over].map((k) => k.c);
}

/**
 * The candidates, best first, with those a list left undecided read again on their own page
 * (`reread`, at most `maxReads` times; undefined drops the track). Reading stops once `wanted` tracks
 * are at least as good as the next candidate: a track whose own page showed it failing a wish its row
 * left open counts no more, or it would crowd out better ones further down.
 */
export async function confirmInOrder<T extends Candidate>(candidates: T[], order: ChecklistItem[], wanted: number, maxReads: number, settled: (c: T) => boolean, reread: (c: T) => Promise<T | undefined>): Promise<T[]> {
  const confirmed: T[] = [];
  let reads = 0;
  for (const c of fillOrder(candidates, order)) {
    const asGood = confirmed.filter((x) => tierOf(x, order) <= tierOf(c, order)).length;
    if (asGood >= wanted || reads >= maxReads) break;
    if (settled(c)) { confirmed.push(c); continue; }
    reads++;
    const again = await reread(c);
    if (again) confirmed.push(again);
  }
  return confirmed;
}

/**
 * Notes for the wishes the chosen tracks had to do without: those some tracks fail, and those some
 * tracks' pages do not show (a feel the site does not rate for them), since a playlist filled with
 * such tracks has loosened the wish as surely as one with failing tracks, and the user should know.
 * A wish no chosen track shows at all is said apart: it could not be checked, and counting it would
 * make every track look short of the wishes it does meet.
 */
export function relaxNotes(chosen: Candidate[], order: ChecklistItem[], count: number): string[] {
  const shown = (c: Candidate, item: ChecklistItem) => c.verdicts.some((v) => v.itemId === item.id && v.status === 'pass');
  const hard = order.filter((item) => item.hard && chosen.some((c) => !shown(c, item)));
  const unchecked = hard.filter((item) => !chosen.some((c) => shown(c, item)));
  const checked = order.filter((item) => item.hard && !unchecked.includes(item));
  const full = chosen.filter((c) => checked.every((item) => shown(c, item))).length;
  let counted = false;
  return hard.map((item) => {
    const failing = chosen.filter((c) => c.verdicts.some((v) => v.itemId === item.id && v.status === 'fail')).length;
    const unseen = chosen.filter((c) => !shown(c, item)).length - failing;
    if (unchecked.includes(item) && !failing) return `"${item.label}" was loosened: no chosen track's page shows it.`;
    const parts = [failing ? `${failing} track${failing === 1 ? '' : 's'} without it` : '', unseen ? `${unseen} whose page does not show it` : ''].filter(Boolean);
    // The count of tracks meeting every wish is said once, however many wishes were loosened.
    const lead = counted ? '' : `Only ${full} of ${count} tracks met every wish; `;
    counted = true;
    return `${lead}"${item.label}" was loosened${lead ? '' : ' too'} (${parts.join(', ')}).`;
  });
}

const passes = (c: Candidate, item: ChecklistItem) => c.verdicts.some((v) => v.itemId === item.id && v.status === 'pass');
/** The site shows something about the wish on this track (it passes or fails, not unknown). */
const shows = (c: Candidate, item: ChecklistItem) => c.verdicts.some((v) => v.itemId === item.id && v.status !== 'unknown');

/**
 * True when the tracks so far fill the playlist with every wanted wish met, at most MAX_PER_ARTIST
 * per artist. A wish the site shows nothing about (always unknown) on the tracks of twice as many
 * artists as the playlist needs is not waited for: reading on would only cost pages, and the fill
 * step relaxes it.
 */
export function playlistIsFull(candidates: Candidate[], checklist: ChecklistItem[], count: number): boolean {
  if (candidates.length < count) return false;
  const artists = new Set(candidates.map((c) => c.track.artist.toLowerCase())).size;
  const waited = checklist.filter((i) => i.hard && !isNegativeItem(i) && (artists < count * 2 || candidates.some((c) => shows(c, i))));
  const perArtist = new Map<string, number>();
  for (const c of candidates) {
    if (!waited.every((i) => passes(c, i))) continue;
    const a = c.track.artist.toLowerCase();
    perArtist.set(a, Math.min(MAX_PER_ARTIST, (perArtist.get(a) ?? 0) + 1));
  }
  return [...perArtist.values()].reduce((n, k) => n + k, 0) >= count;
}
