/** BIO tags <-> labelled spans. "B-genre-wanted" opens a span, "I-genre-wanted" continues it. */
import type { IntentRole, MusicCategory } from '../types';
import type { LabelledSpan } from './types';

export const OUTSIDE = 'O';

export const beginTag = (category: string, role: string): string => `B-${category}-${role}`;
export const insideTag = (category: string, role: string): string => `I-${category}-${role}`;

/** "B-named_entity-referential" -> ["B", "named_entity", "referential"]. Roles hold no "-". */
export function parseTag(tag: string): { prefix: 'B' | 'I'; category: MusicCategory; role: IntentRole } | undefined {
  if (tag === OUTSIDE) return undefined;
  const last = tag.lastIndexOf('-');
  return { prefix: tag[0] as 'B' | 'I', category: tag.slice(2, last) as MusicCategory, role: tag.slice(last + 1) as IntentRole };
}

/** Spans from tags; an "I" that does not continue the open span starts a new one (lenient decoding). */
export function bioToSpans(tags: readonly string[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | undefined;
  tags.forEach((tag, i) => {
    const t = parseTag(tag);
    if (!t) { open = undefined; return; }
    if (t.prefix === 'I' && open && open.category === t.category && open.role === t.role) { open.to = i + 1; return; }
    open = { from: i, to: i + 1, category: t.category, role: t.role };
    spans.push(open);
  });
  return spans;
}

/** Tags from spans; a span that overlaps an earlier one is dropped (BIO cannot nest). */
export function spansToTags(length: number, spans: readonly LabelledSpan[]): { tags: string[]; dropped: number } {
  const tags: string[] = new Array<string>(length).fill(OUTSIDE);
  let dropped = 0;
  for (const s of spans) {
    if (tags.slice(s.from, s.to).some((t) => t !== OUTSIDE)) { dropped++; continue; }
    for (let k = s.from; k < s.to; k++) tags[k] = k === s.from ? beginTag(s.category, s.role) : insideTag(s.category, s.role);
  }
  return { tags, dropped };
}
