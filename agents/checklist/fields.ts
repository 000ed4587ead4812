/** The searchable text of a record, field by field, most telling first, so evidence names its field. */
import type { ProductRecord, TrackRecord } from '../page/types';
import type { CheckedRecord } from './types';
import { stripTags } from './text';

export function isTrack(record: CheckedRecord): record is TrackRecord {
  return 'artist' in record && 'title' in record;
}

export function isProduct(record: CheckedRecord): record is ProductRecord {
  return !isTrack(record);
}

export function textFields(record: CheckedRecord): [field: string, text: string][] {
  if (isTrack(record)) {
    return [
      ['title', record.title],
      ['artist', record.artist],
      ['album', record.album ?? ''],
      ['genres', record.genres.join(', ')],
      ['styles', record.styles.join(', ')],
      ['moods', record.moods.join(', ')],
    ];
  }
  const out: [string, string][] = [['name', record.name ?? '']];
  if (record.brand) out.push(['brand', record.brand]);
  for (const [k, v] of Object.entries(record.specs)) out.push([`specs.${k}`, `${k} ${v}`]);
  for (const [k, v] of Object.entries(record.options)) out.push([`options.${k}`, v.join(', ')]);
  if (record.categories.length) out.push(['categories', record.categories.join(', ')]);
  if (record.description) out.push(['description', stripTags(record.description)]);
  return out;
}
