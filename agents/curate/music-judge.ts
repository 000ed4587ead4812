/**
 * Which tracks may appear at all. A rejected wish (a genre, mood or artist the user said no to) is
 * never risked: a track is out when it fails one, and also when its page does not let us tell.
 * A referenced artist ("like X") is out too: the user knows X and asked for others. Wanted wishes do
 * not exclude here: music-select ranks by them and relaxes them in a stated order.
 */
import type { ChecklistItem, Verdict } from '../checklist/types';
import { normalizeText } from '../checklist/text';
import type { TrackRecord } from '../page/types';

/** A "no X" wish that must be seen to hold on the track's own page: genre, mood or artist. */
export function isRejectedItem(item: ChecklistItem): boolean {
  return item.kind === 'not-artist' || ((item.kind === 'genre' || item.kind === 'mood') && !item.wanted);
}

/** Any "no X" wish, including those the sites rarely show (no piano, not from the 90s, not British): a clear fail excludes. */
export function isNegativeItem(item: ChecklistItem): boolean {
  return isRejectedItem(item) || ((item.kind === 'instrument' || item.kind === 'decade' || item.kind === 'country') && !item.wanted);
}

/** A clear failure of a "no X" wish, as read from a list or a track page. */
export function failsNegative(checklist: ChecklistItem[], verdicts: Verdict[]): Verdict | undefined {
  const negative = new Set(checklist.filter((i) => i.hard && isNegativeItem(i)).map((i) => i.id));
  return verdicts.find((v) => negative.has(v.itemId) && v.status === 'fail');
}

/** Why a track is excluded, or undefined when it may be played. */
export function exclusion(checklist: ChecklistItem[], verdicts: Verdict[], track: TrackRecord): string | undefined {
  const fail = failsNegative(checklist, verdicts);
  if (fail) return `${fail.label}: ${fail.reason}`;
  const rejectedIds = new Set(checklist.filter(isRejectedItem).map((i) => i.id));
  const unsure = verdicts.find((v) => rejectedIds.has(v.itemId) && v.status !== 'pass');
  if (unsure) return `${unsure.label}: cannot be ruled out (${unsure.reason})`;
  if (isByReferencedArtist(checklist, track)) return `by ${track.artist}, the artist the request is about`;
  return undefined;
}

/** A track by the artist the request points to ("like X"): never played, so never worth opening. */
export function isByReferencedArtist(checklist: ChecklistItem[], track: TrackRecord): boolean {
  const artist = normalizeText(track.artist);
  return artist !== '' && checklist.some((i) => i.kind === 'similar-to-artist' && normalizeText(i.artist) === artist);
}
