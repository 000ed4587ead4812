/**
 * Grounding a request in the sites' own genre and style names. The sites list the labels they file
 * music under (their browse links); when the request spells one of them out ("classic rock", "big
 * room", "gangster rap"), that label is the wish, more exact than the words the extractor split it
 * into ("rock", or the mood "gangster" and the genre "rap"). Longest label first; a label the request
 * negates, or that overlaps a rejected wish, is left alone. One-word labels only replace a word the
 * extractor already took as a genre, mood, instrument or country (so "vocals" never becomes a genre).
 */
import type { ChecklistItem } from '../checklist/types';
import { isNegated } from '../checklist/music-negation';
import { singular, tokens } from '../checklist/text';

/** Link texts that name a way of browsing or a page, not a genre. */
const NOT_A_LABEL = /^(browse|browse all|genres?|styles?|subgenres?|tags?|years?|labels?|next|previous|more|all|home|top|top tracks)$/i;
/** "drum and bass", "drum & bass", "drum n bass" are one label. */
const CONNECTORS = new Set(['and', 'n']);

const words = (text: string) => tokens(text).filter((t) => !CONNECTORS.has(t)).map(singular);
/** "electronic dance music" -> "edm", as the sites abbreviate genres of three words or more. */
const acronym = (text: string) => { const w = tokens(text); return w.length >= 3 ? w.map((x) => x[0]).join('') : ''; };

type Item = ChecklistItem;

function termOf(item: Item): string | undefined {
  switch (item.kind) {
    case 'genre': return item.genre;
    case 'mood': return item.mood;
    case 'instrument': return item.instrument;
    case 'country': return item.country;
    default: return undefined;
  }
}

const isWantedTerm = (i: Item) => i.origin === 'request' && termOf(i) !== undefined && (!('wanted' in i) || i.wanted);
const isRejectedTerm = (i: Item) => termOf(i) !== undefined && 'wanted' in i && !i.wanted;

/** The site labels the request names, longest first, each at most once and never overlapping another. */
export function labelsInRequest(text: string, labels: string[]): { label: string; span: string[] }[] {
  const said = words(text);
  const taken = new Array<boolean>(said.length).fill(false);
  const unique = [...new Map(labels.filter((l) => !NOT_A_LABEL.test(l.trim())).map((l) => [words(l).join(' '), l.trim()])).entries()]
    .filter(([key]) => key.length > 0)
    .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const found: { label: string; span: string[] }[] = [];
  for (const [key, label] of unique) {
    const need = key.split(' ');
    for (let at = 0; at + need.length <= said.length; at++) {
      if (!need.every((w, j) => said[at + j] === w && !taken[at + j])) continue;
      for (let j = 0; j < need.length; j++) taken[at + j] = true;
      found.push({ label, span: need });
      break;
    }
  }
  return found;
}

export function groundInSiteLabels(text: string, checklist: Item[], labels: string[]): { checklist: Item[]; grounded: string[] } {
  let items = [...checklist];
  const grounded: string[] = [];
  for (const { label, span } of labelsInRequest(text, labels)) {
    // "edm" read as "electronic dance music" is still the word the label spells.
    const inSpan = (i: Item) => words(termOf(i)!).every((w) => span.includes(w)) || span.includes(acronym(termOf(i)!));
    const overlapsSpan = (i: Item) => words(termOf(i)!).some((w) => span.includes(w));
    if (isNegated(text, label) || items.some((i) => isRejectedTerm(i) && overlapsSpan(i))) continue;
    const replaced = items.filter((i) => isWantedTerm(i) && inSpan(i));
    if (span.length === 1 && !replaced.length) continue;
    const name = label.toLowerCase();
    if (replaced.length === 1 && replaced[0]!.kind === 'genre' && words(replaced[0]!.genre).join(' ') === span.join(' ')) continue;
    const at = replaced.length ? items.indexOf(replaced[0]!) : items.length;
    const genre: Item = { kind: 'genre', id: `genre:${name}`, label: name, genre: name, wanted: true, hard: true, origin: 'request' };
    items = [...items.slice(0, at).filter((i) => !replaced.includes(i)), genre, ...items.slice(at).filter((i) => !replaced.includes(i))];
    grounded.push(name);
  }
  const seen = new Set<string>();
  return { checklist: items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true))), grounded };
}
