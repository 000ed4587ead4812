import type { ItemKind } from '../types';
import { isTrack } from '../fields';
import { findPhrase } from '../text';

/** "electronic dance music" -> "edm": sites label genres by their acronym as often as in full. */
function acronym(genre: string): string | undefined {
  const words = genre.trim().split(/\s+/);
  return words.length >= 3 ? words.map((w) => w[0]).join('') : undefined;
}

/** Genre or style: matched as whole words in the track's genres and styles ("hip hop" in "East Coast Hip Hop"). */
export const genreItem: ItemKind<'genre'> = {
  kind: 'genre',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    const labels: [string, string[]][] = [['genres', record.genres], ['styles', record.styles]];
    if (!record.genres.length && !record.styles.length) return { status: 'unknown', reason: 'no genre shown' };
    for (const [field, values] of labels) {
      // The label must contain the wish: "East Coast Hip Hop" is hip hop, but "rock" is not "post rock" nor "classic rock".
      const hit = values.find((v) => findPhrase(v, item.genre) || (acronym(item.genre) !== undefined && findPhrase(v, acronym(item.genre)!)));
      if (hit) {
        const evidence = { field, value: hit };
        return item.wanted
          ? { status: 'pass', evidence, reason: `${field.slice(0, -1)} ${hit}` }
          : { status: 'fail', evidence, reason: `rejected genre: ${hit}` };
      }
    }
    const evidence = { field: 'genres', value: [...record.genres, ...record.styles].join(', ') };
    // A list row may show only some of a track's labels: a missing one is not seen to be absent.
    if (record.fromListRow) return { status: 'unknown', evidence, reason: `the list shows ${evidence.value}, not whether it is ${item.genre}` };
    return item.wanted
      ? { status: 'fail', evidence, reason: `not ${item.genre}` }
      : { status: 'pass', evidence, reason: `not ${item.genre}` };
  },
};
