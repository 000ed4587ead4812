import type { ItemKind } from '../types';
import { isTrack } from '../fields';
import { findPhrase, normalizeText } from '../text';

/** "the eagles" and "Eagles" are one band: people and sites add or drop a leading "the" at will. */
function artistName(name: string): string {
  const whole = normalizeText(name);
  const bare = whole.replace(/^the\s+/, '');
  // "The The" is a band's whole name: reduced to "the" it would match every "The ..." band.
  return bare === 'the' ? whole : bare;
}
const same = (a: string, b: string) => artistName(a) === artistName(b);

const SAID_AS_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** Similar to X: the artist is X's related artist, or shares a genre/style with X. Needs the agent to fill `related`/`genres`. */
export const similarToArtist: ItemKind<'similar-to-artist'> = {
  kind: 'similar-to-artist',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    if (same(record.artist, item.artist)) return { status: 'pass', evidence: { field: 'artist', value: record.artist }, reason: `by ${item.artist} itself` };
    const related = item.related?.find((r) => same(r, record.artist));
    if (related) return { status: 'pass', evidence: { field: 'artist', value: record.artist }, reason: `fans of ${item.artist} also like ${record.artist}` };
    const shared = [...new Set([...record.genres, ...record.styles])].filter((g) => item.genres?.some((x) => findPhrase(g, x) && findPhrase(x, g)));
    if (shared.length) return { status: 'pass', evidence: { field: 'styles', value: shared[0]! }, reason: `shares ${SAID_AS_LIST.format(shared)} with ${item.artist}`, sharedStyles: shared.length };
    if (!item.related && !item.genres) return { status: 'unknown', reason: `nothing known about artists like ${item.artist}` };
    // A list row may show only some of the track's styles: one shared with the artist may be missing from it.
    if (record.fromListRow && item.genres?.length) return { status: 'unknown', reason: `the list does not show all of ${record.artist}'s styles` };
    return { status: 'fail', evidence: { field: 'artist', value: record.artist }, reason: `${record.artist} is neither related to ${item.artist} nor shares a style` };
  },
};

export const notArtist: ItemKind<'not-artist'> = {
  kind: 'not-artist',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record)) return { status: 'unknown', reason: 'not a track' };
    if (!record.artist) return { status: 'unknown', reason: 'the artist is not shown' };
    const evidence = { field: 'artist', value: record.artist };
    // "Eagles" in "Eagles & Friends", asked as "the eagles" or "Eagles": the name without its "the" is in the credit.
    const hit = same(record.artist, item.artist) || Boolean(findPhrase(record.artist, artistName(item.artist)));
    return hit ? { status: 'fail', evidence, reason: `by ${record.artist}` } : { status: 'pass', evidence, reason: `by ${record.artist}` };
  },
};
