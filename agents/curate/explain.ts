/** Words for a pick: each wish it meets or could not be checked, with the field and text that decided. */
import type { Verdict } from '../checklist/types';
import { figureName } from './figures';
import type { RequestShape } from './request-shape';
import type { Candidate } from './rank';

function line(v: Verdict): string {
  const mark = v.status === 'pass' ? '✓' : v.status === 'fail' ? '✗' : '?';
  const where = v.evidence ? ` (${v.evidence.field}: "${v.evidence.value}")` : '';
  const who = v.status === 'unknown' ? ' [not checked: no rule could decide]' : '';
  return `${mark} ${v.label}: ${v.reason}${where}${who}`;
}

export function explainPick(c: Candidate, shape: RequestShape, picks: Candidate[], siteName: (id: string) => string = (id) => id): string[] {
  const out = c.verdicts.map(line);
  const r = c.offer.record;
  if (shape.cheapest) {
    const ties = picks.filter((p) => p.offer.record.price === r.price).length;
    out.push(`cheapest at ${r.price}${ties > 1 ? ` (tied with ${ties - 1} other offer${ties > 2 ? 's' : ''})` : ''}`);
  }
  if (shape.superlative) out.push(`the ${shape.superlative.direction === 'max' ? 'highest' : 'lowest'} ${figureName(shape.superlative.measure)} found`);
  out.push(`offered by ${siteName(c.offer.site)}${r.price !== undefined ? ` at ${r.price}` : ''}${c.offer.readInFull ? '' : ' (from the listing; product page not opened)'}`);
  return out;
}
