import type { CheckedRecord, ItemKind, Verdict } from '../types';
import { isTrack } from '../fields';
import { findPhrase } from '../text';
import { moodProfile } from './mood-words';

type Seen = Pick<Verdict, 'status' | 'evidence' | 'reason'>;

/** Does the track have this mood? Mood words first, then audio features, then the activity level. */
function judgeMood(mood: string, record: CheckedRecord): Seen {
  if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
  const profile = moodProfile(mood);
  const words = [mood, ...(profile?.words ?? [])];
  for (const w of words) {
    for (const [field, labels] of [['moods', record.moods], ['styles', record.styles], ['genres', record.genres]] as const) {
      const hit = labels.find((m) => findPhrase(m, w));
      if (hit) return { status: 'pass', evidence: { field, value: hit }, reason: `described as ${hit}` };
    }
  }
  if (!profile) return { status: 'unknown', reason: `no mapping from "${mood}" to what the site shows` };
  for (const [feature, [lo, hi]] of Object.entries(profile.features ?? {})) {
    const v = record.features[feature];
    if (v === undefined) continue;
    const evidence = { field: `features.${feature}`, value: v.toFixed(2) };
    return v >= lo && v <= hi
      ? { status: 'pass', evidence, reason: `${feature} ${v.toFixed(2)} fits "${mood}" (${lo}..${hi})` }
      : { status: 'fail', evidence, reason: `${feature} ${v.toFixed(2)} does not fit "${mood}" (${lo}..${hi})` };
  }
  if (profile.activity && record.activity) {
    const evidence = { field: 'activity', value: String(record.activity) };
    return profile.activity.includes(record.activity)
      ? { status: 'pass', evidence, reason: `activity level ${record.activity} fits "${mood}"` }
      : { status: 'fail', evidence, reason: `activity level ${record.activity} does not fit "${mood}"` };
  }
  return { status: 'unknown', reason: `the site shows nothing about "${mood}"` };
}

export const moodItem: ItemKind<'mood'> = {
  kind: 'mood',
  appliesTo: 'track',
  verify(item, record) {
    const seen = judgeMood(item.mood, record);
    if (item.wanted || seen.status === 'unknown') return seen;
    return { ...seen, status: seen.status === 'pass' ? 'fail' : 'pass', reason: `not wanted: ${seen.reason}` };
  },
};
