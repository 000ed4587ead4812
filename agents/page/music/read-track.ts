/**
 * Track pages: schema.org MusicRecording (JSON-LD or microdata), OpenGraph music tags, then labelled
 * details ("Artist:", "Album:", "Genre:", "Energy: 0.8") and genre / style / mood tag lists.
 */
import { labelledValues } from '../dom/labels';
import { jsonLdNodes } from '../structured/jsonld';
import { microdataNodes } from '../structured/microdata';
import type { SchemaNode } from '../structured/types';
import { asList, hasType, isNode, text } from '../structured/values';
import { absoluteUrl, all, first, metaContent, textOf } from '../text';
import type { TrackRecord } from '../types';

const FEATURE_LABELS = /^(energy|valence|danceability|acousticness|instrumentalness|speechiness|liveness|loudness|tempo|bpm)$/i;

export function musicNodes(doc: Document, types: string[]): SchemaNode[] {
  return [...jsonLdNodes(doc), ...microdataNodes(doc)].filter((n) => hasType(n, types));
}

function tagTexts(root: ParentNode, kind: string): string[] {
  return all(root, `[class*=${kind} i] a, [class*=${kind} i] li, [itemprop=${kind}], a[rel=tag][href*=${kind} i], [data-${kind}]`)
    .map((el) => el.getAttribute(`data-${kind}`) ?? textOf(el, 60))
    .filter((t) => t.length > 0 && t.length < 50);
}

const splitList = (value: string | undefined): string[] => (value ? value.split(/\s*[,;/|·]\s*/).filter(Boolean) : []);

/** A track from a schema.org MusicRecording node (also used for track lists on artist pages). */
export function trackFromNode(node: SchemaNode, pageUrl: string): TrackRecord {
  const artist = asList(node['byArtist']).find(isNode) ?? node['byArtist'];
  const album = node['inAlbum'];
  const year = Number(/\d{4}/.exec(text(node['datePublished']) ?? text(isNode(album) ? album['datePublished'] : undefined) ?? '')?.[0]);
  return {
    url: absoluteUrl(text(node['url']), pageUrl) ?? pageUrl,
    title: text(node['name']) ?? '',
    artist: text(artist) ?? '',
    artistUrl: isNode(artist) ? absoluteUrl(text(artist['url']), pageUrl) : undefined,
    album: text(album),
    year: Number.isFinite(year) && year > 0 ? year : undefined,
    genres: asList(node['genre']).map((g) => text(g)).filter((g): g is string => Boolean(g)),
    styles: [],
    moods: splitList(text(node['keywords'])),
    features: propertyValues(node),
  };
}

/** schema.org additionalProperty PropertyValue list -> numeric features. */
function propertyValues(node: SchemaNode): Record<string, number> {
  const features: Record<string, number> = {};
  for (const p of asList(node['additionalProperty']).filter(isNode)) {
    const name = text(p['name'])?.toLowerCase();
    const value = Number(text(p['value']));
    if (name && FEATURE_LABELS.test(name) && Number.isFinite(value)) features[name] = value;
  }
  return features;
}

const firstNumber = (value: string | undefined): number => Number(/-?\d+(?:[.,]\d+)?/.exec(value ?? '')?.[0]?.replace(',', '.') ?? NaN);

export function readTrackPage(doc: Document, url: string): TrackRecord {
  const node = musicNodes(doc, ['MusicRecording']).find((n) => text(n['name']));
  const track: TrackRecord = node
    ? trackFromNode(node, url)
    : { url, title: metaContent(doc, ['og:title']) ?? textOf(first(doc, 'h1'), 200), artist: '', genres: [], styles: [], moods: [], features: {} };
  track.url = url;
  const labels = new Map(labelledValues(doc).map((l) => [l.label.toLowerCase(), l]));
  const label = (...names: string[]): string | undefined => names.map((n) => labels.get(n)?.value).find(Boolean);
  if (!track.artist) {
    const artistLink = first(doc, '[itemprop=byArtist] a, a[rel=author], [class*=artist i] a, a[href*="/artist" i]');
    track.artist = label('artist', 'by', 'künstler', 'artiste', 'artista') ?? textOf(artistLink, 120);
    track.artistUrl ??= absoluteUrl(artistLink?.getAttribute('href'), url);
  }
  track.album ??= label('album', 'release', 'from the album') ?? metaContent(doc, ['music:album:title']);
  if (track.year === undefined) {
    const year = Number(/\b(19|20)\d{2}\b/.exec(label('year', 'released', 'release date', 'date', 'jahr', 'année') ?? metaContent(doc, ['music:release_date']) ?? '')?.[0]);
    if (year) track.year = year;
  }
  if (track.genres.length === 0) track.genres = Array.from(new Set(splitList(label('genre', 'genres')).concat(tagTexts(doc, 'genre'))));
  track.styles = Array.from(new Set(splitList(label('style', 'styles', 'subgenre', 'subgenres')).concat(tagTexts(doc, 'style'))));
  track.moods = Array.from(new Set([...track.moods, ...splitList(label('mood', 'moods', 'feel', 'vibe', 'tags')), ...tagTexts(doc, 'mood')]));
  for (const [name, entry] of labels) {
    const value = Number(entry.value.replace(',', '.').replace(/[^\d.-]/g, ''));
    const key = name === 'bpm' ? 'tempo' : name;
    if (FEATURE_LABELS.test(name) && track.features[key] === undefined && entry.value.trim() !== '' && Number.isFinite(value)) track.features[key] = value;
  }
  // "passive (1.00 of 3)" and "39/100": the first number is the value.
  const activity = firstNumber(label('activity', 'activity level'));
  if (activity >= 1 && activity <= 3) track.activity = activity;
  const popularity = firstNumber(label('popularity'));
  if (Number.isFinite(popularity)) track.popularity = popularity;
  const instrumental = label('instrumental', 'vocals');
  if (instrumental) track.instrumental = /^(yes|true|ja|oui|sí|instrumental)$/i.test(instrumental) || /^(no|none)$/i.test(label('vocals') ?? '');
  else if (track.features['instrumentalness'] !== undefined) track.instrumental = track.features['instrumentalness'] >= 0.5;
  return track;
}
