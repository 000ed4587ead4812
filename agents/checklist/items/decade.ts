import type { ItemKind } from '../types';
import { isTrack } from '../fields';

export const decadeItem: ItemKind<'decade'> = {
  kind: 'decade',
  appliesTo: 'track',
  verify(item, record) {
    if (!isTrack(record) || record.year === undefined) return { status: 'unknown', reason: 'release year not shown' };
    const inside = record.year >= item.from && record.year <= item.to;
    const evidence = { field: 'year', value: String(record.year) };
    const range = `${item.from}-${item.to}`;
    return inside === item.wanted
      ? { status: 'pass', evidence, reason: `released ${record.year} (${item.wanted ? 'within' : 'outside'} ${range})` }
      : { status: 'fail', evidence, reason: `released ${record.year} (${inside ? 'within' : 'outside'} ${range})` };
  },
};
