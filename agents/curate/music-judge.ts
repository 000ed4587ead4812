/**
 * Which tracks may appear at all. A rejected wish (a genre, mood or artist the user said no to) is
 * never risked: a track is out when it fails one, and also when its page does not let us tell.
 * A referenced artist ("like X") is out too: the user knows X and asked for others.
 */
import type { ChecklistItem, Verdict } from '../checklist/types';
import { normalizeText } from '../checklist/text';
import type { TrackRecord } from '../page/types';

export function isRejectedItem(item: ChecklistItem): boolean {
  return item.kind === 'not-artist' || ((item.kind === 'genre' || item.kind === 'mood') && !item.wanted);
}

/** Why a track is excluded, or undefined when it may be played. */
export function exclusion(checklist: ChecklistItem[], verdicts: Verdict[], track: TrackRecord): string | undefined {
  const hardFail = verdicts.find((v) => v.hard && v.status === 'fail');
  if (hardFail) return `${hardFail.label}: ${hardFail.reason}`;
  const rejectedIds = new Set(checklist.filter(isRejectedItem).map((i) => i.id));
  const unsure = verdicts.find((v) => rejectedIds.has(v.itemId) && v.status !== 'pass');
  if (unsure) return `${unsure.label}: cannot be ruled out (${unsure.reason})`;
  const artist = normalizeText(track.artist);
  const referenced = checklist.find((i) => i.kind === 'similar-to-artist' && normalizeText(i.artist) === artist);
  if (referenced) return `by ${track.artist}, the artist the request is about`;
  return undefined;
}
