/**
 * Longest-match lookup of lexicon phrases over tokens. A plural or "-y" adjective form matches its
 * base ("guitars" -> guitar) so the lexicons need only one form.
 */
import type { LexiconEntry, PhraseTable } from '../lexicon/types';
import { joinNorm, type Token } from './tokens';

export interface PhraseMatch {
  from: number;
  to: number;
  entry: LexiconEntry;
}

function lookup(table: PhraseTable, phrase: string): LexiconEntry | undefined {
  const hit = table.get(phrase);
  if (hit) return hit;
  // "drum n bass", "rock n roll": "n" stands for "and" inside a phrase.
  if (phrase.includes(' n ')) { const spelled = table.get(phrase.replace(/ n /g, ' and ')); if (spelled) return spelled; }
  if (phrase.length > 4 && phrase.endsWith('s')) return table.get(phrase.slice(0, -1));
  return undefined;
}

export function matchPhrases(tokens: Token[], table: PhraseTable): PhraseMatch[] {
  const maxWords = table.maxWords ?? 1;
  const matches: PhraseMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: PhraseMatch | undefined;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !found; n--) {
      if (tokens.slice(i, i + n).some((t) => t.boundary)) continue;
      const entry = lookup(table, joinNorm(tokens, i, i + n));
      if (entry) found = { from: i, to: i + n, entry };
    }
    if (found) { matches.push(found); i = found.to; } else i++;
  }
  return matches;
}
