import type { CheckedRecord, ChecklistItem, ItemKind, Verdict } from './types';
import { isTrack } from './fields';
import { ITEM_KINDS } from './items';

/** Checks every item against what the page reader found; an item that does not apply to the record stays unknown. */
export function verifyChecklist(items: ChecklistItem[], record: CheckedRecord): Verdict[] {
  const recordKind = isTrack(record) ? 'track' : 'product';
  return items.map((item) => {
    const kind = ITEM_KINDS[item.kind] as ItemKind<typeof item.kind>;
    const base = { itemId: item.id, kind: item.kind, label: item.label, hard: item.hard, origin: item.origin };
    if (kind.appliesTo !== 'any' && kind.appliesTo !== recordKind) {
      return { ...base, status: 'unknown', reason: `does not apply to a ${recordKind}`, decidedBy: 'unverifiable' };
    }
    const seen = kind.verify(item as never, record);
    return { ...base, ...seen, decidedBy: seen.status === 'unknown' ? 'unverifiable' : 'rules' };
  });
}

/** Counts, for ranking: hard fails exclude, hard passes and soft passes order. */
export function tally(verdicts: Verdict[]) {
  const t = { hardPass: 0, hardFail: 0, hardUnknown: 0, softPass: 0, softFail: 0 };
  for (const v of verdicts) {
    if (v.hard) { if (v.status === 'pass') t.hardPass++; else if (v.status === 'fail') t.hardFail++; else t.hardUnknown++; }
    else if (v.status === 'pass') t.softPass++;
    else if (v.status === 'fail') t.softFail++;
  }
  return t;
}
