/**
 * Word-level helpers for reading a value next to the word that names it: "color twist" (value
 * after), "puma black color" (value before). A value is a short run of words that stops at a
 * function word or punctuation, because the next clause is about something else.
 */

/** Words that end a value: they start the next clause or join two requirements. */
export const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'with', 'in', 'for', 'that', 'which', 'who', 'from', 'made', 'priced',
  'price', 'prices', 'costing', 'costs', 'cost', 'available', 'at', 'to', 'of', 'on', 'under', 'over', 'above', 'below', 'between',
  'by', 'please', 'is', 'are', 'be', 'has', 'have', 'me', 'show', 'find', 'looking', 'want', 'need', 'prefer', 'preferably',
  'also', 'only', 'just', 'but', 'not', 'no', 'without', 'some', 'any', 'all', 'its', 'their', 'my', 'your', 'it', 'as', 'set',
  'like', 'such', 'i', "i'm", 'im', 'can', 'you', 'do', 'does', 'should', 'would', 'will', 'want', 'get', 'buy', 'sold', 'comes',
  'come', 'choose', 'select', 'pick', 'supports', 'support', 'features', 'offers', 'includes', 'include', 'specifically', 'especially', 'suitable', 'perfect',
  'ideal', 'great', 'good', 'nice', 'option', 'options', 'this', 'these', 'those', 'than', 'less', 'more', 'up', 'if', 'so',
  'when', 'whenever', 'while', 'because', 'since', 'until', 'where']);

export interface Token { word: string; start: number; end: number }

/** Tokens of the text: runs of letters, digits and the marks that belong inside a value (eu:30, 01#, pro+, 125i/150i). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/(?:[\p{L}\p{N}#:+/'&-]|(?<=\d)\.(?=\d))+/gu)].map((m) => {
    const word = m[0].replace(/[.:'-]+$/, '');
    return { word, start: m.index, end: m.index + word.length };
  }).filter((t) => t.word.length > 0);
}

const isStop = (w: string): boolean => STOP.has(w.toLowerCase());
/** Punctuation between two tokens ends a value ("size 110, made of"). */
const broken = (text: string, a: Token, b: Token): boolean => /[,;!?()]|\.\s/.test(text.slice(a.end, b.start));

/** Up to `max` words right after `from`, stopping at a function word or punctuation. */
export function wordsAfter(text: string, tokens: Token[], from: number, max: number): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  for (const t of tokens) {
    if (t.start < from) continue;
    if (out.length >= max || isStop(t.word) || (prev && broken(text, prev, t)) || (!prev && /[,;!?()]|\.\s/.test(text.slice(from, t.start)))) break;
    out.push(t);
    prev = t;
  }
  return out;
}

/** Up to `max` words right before `to`, stopping at a function word or punctuation. */
export function wordsBefore(text: string, tokens: Token[], to: number, max: number): Token[] {
  const out: Token[] = [];
  let next: Token | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > to) continue;
    if (out.length >= max || isStop(t.word) || (next && broken(text, t, next)) || (!next && /[,;!?()]|\.\s/.test(text.slice(t.end, to)))) break;
    out.unshift(t);
    next = t;
  }
  return out;
}

/** The text covered by a run of tokens, and its start. */
export function span(text: string, run: Token[]): { text: string; index: number } {
  return { text: text.slice(run[0]!.start, run[run.length - 1]!.end), index: run[0]!.start };
}

/** "xl", "a7", "eu:30", "04", "type 1": short codes a shop uses as option values. */
export const codeLike = (w: string): boolean => /\d/.test(w) || w.length <= 2;
