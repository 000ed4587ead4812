/**
 * Reads the returned tracks' pages after the run, in Node, with the project's page reader over
 * linkedom: the score is about what the pages say, not what the agent claimed about them.
 */
import { parseHTML } from 'linkedom';
import { readPage } from '../../agents/page';
import type { TrackRecord } from '../../agents/page/types';
import type { TrackFacts } from './types';

export { rebaseUrl } from '../report/rebase-url';

export function factsOf(track: TrackRecord): TrackFacts {
  return {
    url: track.url,
    artist: track.artist,
    genres: track.genres,
    styles: track.styles,
    moods: track.moods,
    year: track.year,
    instrumental: track.instrumental,
    activity: track.activity,
  };
}

/** Fetches and reads one track page; a release page with several tracks gives the one the URL names. */
export async function readTrackFacts(url: string): Promise<TrackFacts | { url: string; error: string }> {
  const response = await fetch(url).catch((e: Error) => ({ ok: false, status: 0, statusText: e.message, text: async () => '' }) as const);
  if (!response.ok) return { url, error: `HTTP ${response.status} ${response.statusText}` };
  const { document } = parseHTML(await response.text());
  const reading = readPage(document as unknown as Document, url);
  if (reading.kind === 'track') return factsOf(reading.track);
  if (reading.kind === 'listing' && reading.tracks?.length) {
    const exact = reading.tracks.find((t) => t.url === url) ?? reading.tracks.find((t) => new URL(t.url).hash !== '' && url.endsWith(new URL(t.url).hash));
    return factsOf(exact ?? reading.tracks[0]!);
  }
  return { url, error: `not read as a track (${reading.kind === 'unknown' ? reading.reason : reading.kind})` };
}
