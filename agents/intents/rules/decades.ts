/**
 * Decades and years as people write them ("80s", "'90s", "1980s", "eighties", "2020", "late 70s",
 * "pre 1960", "2005+") normalised to an inclusive year range.
 */
import type { Token } from './tokens';

export interface DecadeSpan {
  from: number;
  to: number;
  years: { from: number; to: number };
  normalized: string;
}

const WORD_DECADES: Record<string, number> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980,
  nineties: 1990, noughties: 2000,
};
const MODIFIERS = new Set(['early', 'mid', 'late', 'pre', 'post', 'before', 'after']);
const CURRENT_YEAR = new Date().getFullYear();

/** Two-digit decades belong to the century people mean: "20s" is the 2020s only once that is likely. */
function century(twoDigits: number): number {
  return twoDigits <= (CURRENT_YEAR % 100) - 5 || twoDigits === 0 || twoDigits === 10 ? 2000 + twoDigits : 1900 + twoDigits;
}

function parseOne(word: string): { from: number; to: number; open?: 'up' } | undefined {
  if (WORD_DECADES[word] !== undefined) return { from: WORD_DECADES[word]!, to: WORD_DECADES[word]! + 9 };
  let m = /^(1[89]\d0|20[0-9]0)s$/.exec(word);
  if (m) return { from: Number(m[1]), to: Number(m[1]) + 9 };
  m = /^(\d)0s$/.exec(word);
  if (m) { const start = century(Number(m[1]) * 10); return { from: start, to: start + 9 }; }
  m = /^(19[0-9]\d|20[0-4]\d)(\+?)$/.exec(word);
  if (m) { const y = Number(m[1]); return m[2] ? { from: y, to: CURRENT_YEAR, open: 'up' } : { from: y, to: y }; }
  return undefined;
}

/** Era words without digits: open ranges relative to now, or before it. */
const ERA_WORDS: Record<string, { from: number; to: number }> = {
  modern: { from: CURRENT_YEAR - 10, to: CURRENT_YEAR }, contemporary: { from: CURRENT_YEAR - 10, to: CURRENT_YEAR },
  oldies: { from: 1950, to: 1979 },
};
const OLD_FOLLOWERS = new Set(['music', 'songs', 'song', 'stuff', 'school', 'timey', 'fashioned', 'tunes', 'records']);

export function findDecades(tokens: Token[]): DecadeSpan[] {
  const spans: DecadeSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const era = ERA_WORDS[t.norm] ?? (t.norm === 'old' && OLD_FOLLOWERS.has(tokens[i + 1]?.norm ?? '') ? { from: 1900, to: CURRENT_YEAR - 30 } : undefined);
    if (era) { spans.push({ from: i, to: i + 1, years: era, normalized: t.norm }); continue; }
    let word = t.norm;
    // "80 s" and "80's" (apostrophe already dropped) are one decade.
    let end = i + 1;
    if (/^\d0$/.test(word) && tokens[i + 1]?.norm === 's') { word = `${word}s`; end = i + 2; }
    const range = parseOne(word);
    if (!range) {
      if (t.norm === 'century' && /^\d+(st|nd|rd|th)$/.test(tokens[i - 1]?.norm ?? '') && !spans.some((s) => s.to > i - 1)) {
        const c = parseInt(tokens[i - 1]!.norm, 10);
        spans.push({ from: i - 1, to: i + 1, years: { from: (c - 1) * 100, to: (c - 1) * 100 + 99 }, normalized: `${c}th century` });
      }
      continue;
    }
    let from = i;
    const years = { from: range.from, to: range.to };
    const mod = tokens[i - 1]?.norm;
    if (mod && MODIFIERS.has(mod)) {
      from = i - 1;
      if (mod === 'early') years.to = years.from + 3;
      else if (mod === 'mid') { years.from += 3; years.to = years.from + 4; }
      else if (mod === 'late') years.from += 6;
      else if (mod === 'pre' || mod === 'before') { years.to = range.from - 1; years.from = 1900; }
      else { years.from = range.to + 1; years.to = CURRENT_YEAR; }
    }
    // "2015 onwards", "1990 and later", "since 2010": from that year to now.
    const after = tokens.slice(end, end + 3).map((x) => x.norm);
    const openUp = /^(onwards?|later|newer|up|\+)$/.test(after[0] ?? '') ? 1 : /^(and|or)$/.test(after[0] ?? '') && /^(later|newer|after|up)$/.test(after[1] ?? '') ? 2 : 0;
    if (range.from === range.to && (openUp || mod === 'since')) {
      years.to = CURRENT_YEAR;
      if (mod === 'since') from = i - 1;
      end += openUp;
    }
    const normalized = years.from === years.to ? String(years.from)
      : years.from % 10 === 0 && years.to === years.from + 9 ? `${years.from}s` : `${years.from}-${years.to}`;
    spans.push({ from, to: end, years, normalized });
    i = end - 1;
  }
  return spans;
}
