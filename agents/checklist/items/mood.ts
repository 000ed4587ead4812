import type { CheckedRecord, ItemKind, Verdict } from '../types';
import { isTrack } from '../fields';
import { findPhrase } from '../text';
import { moodProfile } from './mood-words';

type Seen = Pick<Verdict, 'status' | 'evidence' | 'reason'>;

/**
 * Does the track have this mood? The site's own feel words first (its reading of the track), then
 * audio features, then the activity level, and only then genre or style names that suggest the feel:
 * an "ambient" label says less about calm than an energy of 0.8 says against it.
 */
export function judgeMood(mood: string, record: CheckedRecord): Seen {
  if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
  const profile = moodProfile(mood);
  const words = [mood, ...(profile?.words ?? [])];
  for (const w of words) {
    const hit = record.moods.find((m) => findPhrase(m, w));
    if (hit) return { status: 'pass', evidence: { field: 'moods', value: hit }, reason: `described as ${hit}` };
  }
  for (const [feature, range] of Object.entries(profile?.features ?? {})) {
    const v = record.features[feature];
    if (v === undefined) continue;
    const shown = feature === 'tempo' ? `${Math.round(v)} BPM` : v.toFixed(2);
    const wanted = [range.above !== undefined ? `above ${range.above}` : '', range.below !== undefined ? `below ${range.below}` : ''].filter(Boolean).join(' and ');
    const evidence = { field: `features.${feature}`, value: shown };
    return (range.above === undefined || v > range.above) && (range.below === undefined || v < range.below)
      ? { status: 'pass', evidence, reason: `${feature} ${shown} fits "${mood}" (${wanted})` }
      : { status: 'fail', evidence, reason: `${feature} ${shown} does not fit "${mood}" (${wanted})` };
  }
  if (profile?.activity && record.activity) {
    const evidence = { field: 'activity', value: String(record.activity) };
    return profile.activity.includes(record.activity)
      ? { status: 'pass', evidence, reason: `activity level ${record.activity} fits "${mood}"` }
      : { status: 'fail', evidence, reason: `activity level ${record.activity} does not fit "${mood}"` };
  }
  // The feel's own name as a genre or style ("experimental", "ambient" asked as a feel) is the site filing it so.
  for (const [field, labels] of [['styles', record.styles], ['genres', record.genres]] as const) {
    const hit = labels.find((m) => findPhrase(m, mood));
    if (hit) return { status: 'pass', evidence: { field, value: hit }, reason: `filed under ${hit}` };
  }
  // A related style name only suggests the feel: said, but not counted as seen.
  for (const w of [...(profile?.words ?? []), ...(profile?.styleWords ?? [])]) {
    const hit = [...record.styles, ...record.genres].find((m) => findPhrase(m, w));
    if (hit) return { status: 'unknown', evidence: { field: 'styles', value: hit }, reason: `${hit} suggests "${mood}", but the site shows no feel for this track` };
  }
  if (!profile) return { status: 'unknown', reason: `no mapping from "${mood}" to what the site shows` };
  return { status: 'unknown', reason: `the site shows nothing about "${mood}"` };
}

export const moodItem: ItemKind<'mood'> = {
  kind: 'mood',
  appliesTo: 'track',
  verify(item, record) {
    const seen = judgeMood(item.mood, record);
    if (!item.wanted && seen.status === 'unknown' && !moodProfile(item.mood) && isTrack(record) && !record.fromListRow && [...record.moods, ...record.genres, ...record.styles].length) {
      // A rejected word no rule maps to a feel ("no cheesy") is checked as written: none of the track's labels says it.
      return { status: 'pass', evidence: { field: 'moods', value: [...record.moods, ...record.genres, ...record.styles].join(', ') }, reason: `nothing on the page says "${item.mood}"` };
    }
    if (item.wanted || seen.status === 'unknown') return seen;
    return { ...seen, status: seen.status === 'pass' ? 'fail' : 'pass', reason: `not wanted: ${seen.reason}` };
  },
};
