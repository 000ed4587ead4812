import { join } from 'node:path';
import { readCsv } from './csv';
import { wooSlug } from './text';

export interface ArchiveTrack {
  title: string;
  artist: string;
  disc: number;
  number: number;
  durationSeconds: number;
  /** 1 passive, 2 medium, 3 active, 0 not rated. */
  activity: number;
  rating?: number;
}

export interface ArchiveRelease {
  /** Position in the archive (releases sorted by source id), used in URLs. */
  number: number;
  sourceId: string;
  slug: string;
  album: string;
  artist: string;
  label: string;
  catalog: string;
  genres: string[];
  styles: string[];
  year?: number;
  /** Average activity over the tracks, 0 when not rated. */
  activity: number;
  rating?: number;
  durationSeconds: number;
  licenseUrl: string;
  tracks: ArchiveTrack[];
}

const cache = new Map<string, ArchiveRelease[]>();
const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter((s) => s && s !== '?');
const optionalNumber = (value: string | undefined) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** The freemusi.cc releases with their track lists. Cached per process. */
export function loadArchive(dataDir: string): ArchiveRelease[] {
  const dir = join(dataDir, 'music-catalog');
  const cached = cache.get(dir);
  if (cached) return cached;
  const tracksByRelease = new Map<string, ArchiveTrack[]>();
  for (const row of readCsv(join(dir, 'freemusicc_tracks.csv'))) {
    const tracks = tracksByRelease.get(row['id'] ?? '') ?? [];
    tracks.push({
      title: row['title'] ?? '',
      artist: row['trackartist'] ?? '',
      disc: Number(row['disc'] ?? 1) || 1,
      number: Number(row['track'] ?? 0) || 0,
      durationSeconds: Number(row['duration'] ?? 0) || 0,
      activity: Number(row['activity'] ?? 0) || 0,
      rating: optionalNumber(row['rating']),
    });
    tracksByRelease.set(row['id'] ?? '', tracks);
  }
  const rows = [...readCsv(join(dir, 'freemusicc_releases.csv'))].sort((a, b) => ((a['id'] ?? '') < (b['id'] ?? '') ? -1 : 1));
  const releases = rows.map((row, i): ArchiveRelease => ({
    number: i + 1,
    sourceId: row['id'] ?? '',
    slug: wooSlug(`${row['artist'] ?? ''} ${row['album'] ?? ''}`) || 'release',
    album: row['album'] ?? '',
    artist: row['artist'] ?? '',
    label: (row['label'] ?? '').trim(),
    catalog: row['catalog'] === '?' ? '' : (row['catalog'] ?? ''),
    genres: list(row['genre']),
    styles: list(row['style']),
    year: optionalNumber(row['year']),
    activity: Number(row['activity'] ?? 0) || 0,
    rating: optionalNumber(row['rating']),
    durationSeconds: Number(row['duration'] ?? 0) || 0,
    licenseUrl: row['licenseurl'] ?? '',
    tracks: (tracksByRelease.get(row['id'] ?? '') ?? []).sort((a, b) => a.disc - b.disc || a.number - b.number),
  }));
  cache.set(dir, releases);
  return releases;
}
