/**
 * Word tokens with their offsets in the request, so every extracted phrase is quoted verbatim.
 * Sentence punctuation and the " | " the Reddit data uses between sentences become boundary tokens.
 */
export interface Token {
  /** Normalised word: lower case, apostrophes dropped. */
  norm: string;
  start: number;
  end: number;
  /** Sentence or clause punctuation (| . ! ? ; , :) rather than a word. */
  boundary: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’&+.][\p{L}\p{N}]+)*\+?|[|.!?;,:()]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const boundary = /^[|.!?;,:()]$/.test(raw);
    tokens.push({
      norm: boundary ? raw : raw.toLowerCase().replace(/['’]/g, ''),
      start: m.index,
      end: m.index + raw.length,
      boundary,
    });
  }
  return tokens;
}

/** The request text covered by tokens [from, to). */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

export function joinNorm(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.norm).join(' ');
}
