/**
 * Where the tagger and the rules disagree on span edges, the side that knows better wins:
 * - a tagger span made of two or more whole rules descriptors ("upbeat pop", "dance party", "late
 *   night driving") is those descriptors: the lexicons know where one phrase ends and the next
 *   begins, and each is a wish of its own (an instrument keeps its modifiers: "distorted guitar");
 * - a decade takes the rules' edges ("early 2000s", "late 70s"): the decade grammar reads modifiers
 *   the tagger has seen too rarely to learn;
 * - a name does not end in a time word or a filler ("by kraftwerk yesterday"), unless the rules read
 *   it as a whole title before "by" ("dont stop me now by queen");
 * - a known artist the rules reject takes their edges ("no eminem" is the cue and "eminem");
 * - a span cut short inside a hyphenated lexicon word takes the word's edges ("lo" of "lo-fi").
 */
import { bioToSpans } from './bio';
import type { RequestContext } from './context';
import type { LabelledSpan } from './types';

const covers = (outer: LabelledSpan, inner: LabelledSpan): boolean => inner.from >= outer.from && inner.to <= outer.to;

function splitAtLexiconEdges(span: LabelledSpan, rules: LabelledSpan[]): LabelledSpan[] {
  const inside = rules.filter((r) => covers(span, r) && r.category !== 'named_entity');
  if (inside.length < 2) return [span];
  let at = span.from;
  for (const r of inside) { if (r.from !== at) return [span]; at = r.to; }
  if (at !== span.to) return [span];
  // An instrument noun keeps its modifiers ("distorted guitar", "breathy voice"): that is one wish.
  if (inside[inside.length - 1]!.category === 'instrument') return [span];
  return inside.map((r) => ({ ...r, role: span.role === 'rejected' || r.role === 'rejected' ? r.role : span.role }));
}

/**
 * A name the rules reject ("no eminem", "anything but drake") takes the rules' edges and category:
 * the cue grammar and the artist list know where the cue ends and the name begins.
 */
function rejectedNameEdges(span: LabelledSpan, rules: LabelledSpan[]): LabelledSpan {
  const r = rules.find((x) => x.category === 'named_entity' && x.role === 'rejected' && x.from < span.to && x.to > span.from);
  return r ? { ...span, from: r.from, to: r.to, category: 'named_entity' } : span;
}

function decadeEdges(span: LabelledSpan, rules: LabelledSpan[]): LabelledSpan {
  if (span.category !== 'decade') return span;
  const r = rules.find((x) => x.category === 'decade' && x.from < span.to && x.to > span.from);
  return r ? { ...span, from: r.from, to: r.to } : span;
}

/** Words that end a request or clause but never a name ("blue monday by kraftwerk yesterday"). */
const NOT_A_NAME_END = new Set(['yesterday', 'today', 'tonight', 'lately', 'recently', 'now', 'again', 'too', 'please',
  'etc', 'maybe', 'lol', 'thanks', 'also', 'anymore', 'here']);

function trimNameEnd(ctx: RequestContext, span: LabelledSpan, rules: LabelledSpan[]): LabelledSpan {
  if (span.category !== 'named_entity') return span;
  // A title the rules read whole before its "by" keeps its last word ("dont stop me now by queen").
  if (rules.some((r) => r.category === 'named_entity' && r.to === span.to && ctx.tokens[r.to]?.norm === 'by')) return span;
  let to = span.to;
  while (to - 1 > span.from && NOT_A_NAME_END.has(ctx.tokens[to - 1]!.norm)) to--;
  return to === span.to ? span : { ...span, to };
}

/**
 * Neighbouring tagger spans that one lexicon phrase covers exactly are that phrase: "post" + "rock"
 * is "post rock", a genre of its own, not two wishes (one of which would contradict "rock").
 */
function joinLexiconPhrases(spans: LabelledSpan[], rules: LabelledSpan[]): LabelledSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: LabelledSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const phrase = rules.find((r) => r.category !== 'named_entity' && r.from === sorted[i]!.from && r.to > sorted[i]!.to);
    let j = i;
    while (phrase && j + 1 < sorted.length && sorted[j + 1]!.from === sorted[j]!.to && sorted[j + 1]!.to <= phrase.to) j++;
    if (phrase && j > i && sorted[j]!.to === phrase.to) {
      const role = sorted.slice(i, j + 1).some((s) => s.role === 'rejected') || phrase.role === 'rejected' ? 'rejected' : sorted[i]!.role;
      out.push({ ...phrase, role });
      i = j;
    } else out.push(sorted[i]!);
  }
  return out;
}

/**
 * A tagger span that stops inside a hyphenated word of the lexicon ("lo" of "lo-fi", "hip" of
 * "hip-hop") is the whole word: half a word is no wish, and the tokenizer, not the writer, split it.
 */
function completeHyphenatedWord(ctx: RequestContext, span: LabelledSpan, rules: LabelledSpan[]): LabelledSpan {
  if (span.category === 'named_entity') return span;
  const r = rules.find((x) => x.category !== 'named_entity' && x.from === span.from && x.to > span.to);
  if (!r) return span;
  for (let k = span.to; k < r.to; k++) if (ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start) !== '-') return span;
  return { ...span, to: r.to };
}

export function reconcileSpans(ctx: RequestContext, spans: LabelledSpan[]): LabelledSpan[] {
  const rules = bioToSpans(ctx.rules);
  const out = joinLexiconPhrases(spans, rules).flatMap((s) => splitAtLexiconEdges(s, rules)).map((s) => completeHyphenatedWord(ctx, s, rules)).map((s) => decadeEdges(s, rules)).map((s) => rejectedNameEdges(s, rules)).map((s) => trimNameEnd(ctx, s, rules));
  // Edge changes can make two spans overlap; keep the first.
  const kept: LabelledSpan[] = [];
  for (const s of out.sort((a, b) => a.from - b.from)) if (!kept.some((k) => s.from < k.to && s.to > k.from)) kept.push(s);
  return kept;
}
