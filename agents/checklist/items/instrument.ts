import type { ItemKind } from '../types';
import { isTrack } from '../fields';
import { findPhrase } from '../text';
import { judgeMood } from './mood';
import { moodProfile } from './mood-words';

export const instrumentItem: ItemKind<'instrument'> = {
  kind: 'instrument',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    const fields: [string, string][] = [['title', record.title], ['styles', record.styles.join(', ')], ['genres', record.genres.join(', ')], ['moods', record.moods.join(', ')]];
    for (const [field, text] of fields) {
      const hit = findPhrase(text, item.instrument);
      if (hit) return item.wanted
        ? { status: 'pass', evidence: { field, value: hit }, reason: `features ${item.instrument}` }
        : { status: 'fail', evidence: { field, value: hit }, reason: `features ${item.instrument}, which is not wanted` };
    }
    // "Acoustic" names a sound the sites measure (acousticness): judged as that feel when no label names it.
    const profile = moodProfile(item.instrument);
    const feel = profile?.features?.['acousticness'] ? judgeMood(item.instrument, record) : undefined;
    if (feel && feel.status !== 'unknown') {
      const has = feel.status === 'pass';
      return { ...feel, status: has === item.wanted ? 'pass' : 'fail', reason: item.wanted ? feel.reason : `not wanted: ${feel.reason}` };
    }
    return { status: 'unknown', reason: `the site does not say whether ${item.instrument} is played` };
  },
};

/** Instrumental: the site's flag, else instrumentalness >= 0.5, else a mood/style word. */
export const instrumentalItem: ItemKind<'instrumental'> = {
  kind: 'instrumental',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    let is: boolean | undefined;
    let evidence;
    if (record.instrumental !== undefined) { is = record.instrumental; evidence = { field: 'instrumental', value: String(is) }; }
    else if (record.features.instrumentalness !== undefined) { is = record.features.instrumentalness >= 0.5; evidence = { field: 'features.instrumentalness', value: record.features.instrumentalness.toFixed(2) }; }
    else {
      const word = [...record.moods, ...record.styles].find((m) => /instrumental/i.test(m));
      if (word) { is = true; evidence = { field: 'moods', value: word }; }
    }
    if (is === undefined) return { status: 'unknown', reason: 'the site does not say whether it has vocals' };
    const ok = is === item.wanted;
    return { status: ok ? 'pass' : 'fail', evidence, reason: is ? 'instrumental' : 'has vocals' };
  },
};
