/**
 * A second look at music wishes the extractor may have read the wrong way round: "please no bon jovi",
 * "anything but bad bunny", "nothing by drake" name something the user does NOT want. A rejected wish
 * may never be risked, so a wanted or referential item whose words follow a negation cue in the request
 * becomes a rejected one. Also tidies "daft punk themselves" to "daft punk".
 */
import type { ChecklistItem } from './types';
import { normalizeText } from './text';
import { yearsLabel } from './build-music';
import { moodProfile } from './items/mood-words';

const NEGATION_CUE = /\b(?:no|not|nothing|without|except|anything but|but no|never|avoid|skip|tired of|sick of|hate)\s+(?:(?:by|from|more|any|of|the|with|too)\s+)*$/;
const REFLEXIVE = /\s+(?:themselves|himself|herself|itself)$/i;

function termOf(item: ChecklistItem): string | undefined {
  switch (item.kind) {
    case 'genre': return item.wanted ? item.genre : undefined;
    case 'mood': return item.wanted ? item.mood : undefined;
    case 'similar-to-artist': return item.artist;
    default: return undefined;
  }
}

/** True when some occurrence of `term` is not right after a negation cue. */
function mentionedPlainly(text: string, term: string): boolean {
  const t = normalizeText(text);
  const needle = normalizeText(term);
  for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) {
    if (!NEGATION_CUE.test(t.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** True when some occurrence of `term` in `text` comes right after a negation cue. */
export function isNegated(text: string, term: string): boolean {
  const t = normalizeText(text);
  const needle = normalizeText(term);
  if (!needle) return false;
  for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) {
    const before = t.slice(Math.max(0, at - 40), at);
    const after = t[at + needle.length];
    const wholeWord = (at === 0 || /\W/.test(t[at - 1]!)) && (after === undefined || /\W/.test(after));
    if (wholeWord && NEGATION_CUE.test(before)) return true;
  }
  return false;
}

function rejected(item: ChecklistItem, term: string): ChecklistItem {
  const base = { hard: true, origin: item.origin };
  if (item.kind === 'genre') return { ...base, kind: 'genre', id: `genre:!${term}`, label: `Not ${term}`, genre: term, wanted: false };
  if (item.kind === 'mood') return { ...base, kind: 'mood', id: `mood:!${term}`, label: `Not ${term}`, mood: term, wanted: false };
  return { ...base, kind: 'not-artist', id: `artist!=${term}`, label: `Not ${term}`, artist: term };
}

/** "from the 60s and 70s" is one span, not two wishes no single track can meet: adjacent wanted decades merge. */
export function mergeAdjacentDecades(items: ChecklistItem[]): ChecklistItem[] {
  const decades = items.filter((i): i is Extract<ChecklistItem, { kind: 'decade' }> => i.kind === 'decade' && i.wanted).sort((a, b) => a.from - b.from);
  const spans: (typeof decades)[number][] = [];
  for (const d of decades) {
    const last = spans.at(-1);
    if (last && d.from === last.to + 1) spans[spans.length - 1] = { ...last, to: d.to, id: `decade:${last.from}-${d.to}`, label: yearsLabel({ from: last.from, to: d.to }, '') };
    else spans.push(d);
  }
  if (spans.length === decades.length) return items;
  const firstAt = items.findIndex((i) => i.kind === 'decade' && i.wanted);
  const rest = items.filter((i) => !(i.kind === 'decade' && i.wanted));
  return [...rest.slice(0, firstAt), ...spans, ...rest.slice(firstAt)];
}

export function repairMusicNegations(text: string, items: ChecklistItem[]): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  for (const item of items) {
    if (item.kind === 'similar-to-artist' && REFLEXIVE.test(item.artist)) {
      // "like X but not X themselves": the reflexive names X as rejected while the plain mention stays referential.
      const artist = item.artist.replace(REFLEXIVE, '').trim();
      const like = { ...item, id: `like:${artist}`, label: `Like ${artist}`, artist };
      out.push(isNegated(text, item.artist) ? rejected(item, artist) : like);
      continue;
    }
    if (item.kind === 'similar-to-artist' && isNegated(text, item.artist) && mentionedPlainly(text, item.artist)) {
      // "like X but not X": X stays the reference and is also rejected.
      out.push(item, rejected(item, item.artist));
      continue;
    }
    if (item.kind === 'instrumental' && item.wanted && item.origin === 'request' && isNegated(text, 'instrumental')) {
      // "not instrumental": the user wants vocals.
      out.push({ ...item, id: 'vocals', label: 'With vocals', wanted: false });
      continue;
    }
    const term = termOf(item);
    if (term && item.origin === 'request' && isNegated(text, term)) out.push(rejected(item, term));
    else out.push(item);
  }
  // "no eminem" read as a rejected feel: a word no rule maps to a feel may as well be an artist, and a rejected wish is never risked.
  for (const item of [...out]) {
    if (item.kind === 'mood' && !item.wanted && !moodProfile(item.mood)) out.push({ kind: 'not-artist', id: `artist!=${item.mood}`, label: `Not ${item.mood}`, artist: item.mood, hard: true, origin: item.origin });
  }
  const seen = new Set<string>();
  return out.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
