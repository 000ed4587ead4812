/**
 * Music intents from the tagger's spans, with the rules engine's normalised values (decade years,
 * canonical genre names, entity kinds) carried over where both found the same words, and computed
 * from the lexicons where only the tagger did.
 */
import { canonicalGenre, musicPhraseTable } from '../lexicon/index';
import { findDecades } from '../rules/decades';
import { normalizeTerm } from '../rules/normalize-text';
import { dropDescribedVoiceNouns } from '../rules/described-voice';
import { isActivityObject } from '../rules/activity-clause';
import { spanText } from '../rules/tokens';
import type { MusicIntent } from '../types';
import { bioToSpans } from './bio';
import type { RequestContext } from './context';
import { tagRequest, type IntentTagger } from './intent-tagger';
import type { LabelledSpan } from './types';
import { reconcileSpans } from './reconcile';

function normalisedValues(ctx: RequestContext, span: LabelledSpan, text: string): Partial<MusicIntent> {
  const same = ctx.rulesIntents.find((r) => r.category === span.category && r.text.toLowerCase() === text.toLowerCase());
  if (same) {
    const { normalized, years, entityKind, byArtist } = same;
    return { ...(normalized ? { normalized } : {}), ...(years ? { years } : {}), ...(entityKind ? { entityKind } : {}), ...(byArtist ? { byArtist } : {}) };
  }
  if (span.category === 'decade') {
    const d = findDecades(ctx.tokens.slice(span.from, span.to))[0];
    return d ? { normalized: d.normalized, years: d.years } : {};
  }
  if (span.category === 'named_entity') {
    // The entity tagger tells artists from works; "T by A" makes the first a song.
    const kind = ctx.entities[span.from]?.endsWith('-artist') ? 'artist' : ctx.entities[span.from]?.endsWith('-work') ? (ctx.tokens[span.to]?.norm === 'by' ? 'song' : undefined) : undefined;
    return kind ? { entityKind: kind } : {};
  }
  const term = normalizeTerm(text);
  if (span.category === 'genre') return { normalized: canonicalGenre(term) };
  const entry = musicPhraseTable().get(term);
  return entry && entry.category === span.category ? { normalized: entry.normalized } : {};
}

/**
 * The tagger decides which words are intents; the rules' negation scopes decide rejection. Rejections
 * are rare in the training data (27 of 2,206 labels), so the tagger alone misses plain cases such as
 * "no vocals or guitar"; the cue grammar is reliable there, so its rejected spans are also kept
 * where the tagger found nothing ("anything but country"). A span that holds the cue itself is a
 * title ("never let me go", "no sleep till brooklyn"), not a rejection.
 */
function role(ctx: RequestContext, span: LabelledSpan): LabelledSpan['role'] {
  let holdsCue = false, rejectedByRules = false;
  for (let k = span.from; k < span.to; k++) {
    if (ctx.inCue[k] === 'rej') holdsCue = true;
    if (ctx.rules[k]?.endsWith('-rejected')) rejectedByRules = true;
  }
  if (rejectedByRules && !holdsCue) return 'rejected';
  // The tagger's own "rejected" (learnt from 27 examples) needs a rejection cue whose scope is still
  // open here: "not sure what to call it but upbeat pop" rejects nothing.
  if (span.role === 'rejected' && !ctx.inRejectionScope[span.from]) return 'wanted';
  // Names take the cue grammar's role: after a reference cue a reference point, otherwise wanted
  // ("solitude is bliss by tame impala" asks for that song).
  if (span.category === 'named_entity') {
    const r = bioToSpans(ctx.rules).find((x) => x.category === 'named_entity' && x.from < span.to && x.to > span.from);
    // A name right after a rejection cue is rejected, whatever the tagger learnt ("nothing by drake"),
    // unless the rules read the cue as a word of the same name ("like i dont want to be by ...").
    if (span.from > 0 && ctx.inCue[span.from - 1] === 'rej' && !(r && r.role !== 'rejected' && r.from < span.from)) return 'rejected';
    const named = r && r.role !== 'rejected' ? r.role : span.role;
    // "brown skin girl by beyonce, any music with a similar sound": a reference cue after the name
    // makes it a reference point too (in the dev data 25 such names of 30 are).
    return named === 'wanted' && ctx.inCue.slice(span.to).includes('ref') ? 'referential' : named;
  }
  // A genre or mood after "i love" is a wish ("i love ambient"): descriptors are reference points
  // in under 2 % of the labelled requests, too few for the tagger to learn when.
  return span.role === 'referential' ? 'wanted' : span.role;
}

/** A span that is exactly one lexicon phrase takes the lexicon's category ("party" is an occasion). */
function category(ctx: RequestContext, span: LabelledSpan): LabelledSpan['category'] {
  if (span.category === 'named_entity') return span.category;
  const first = ctx.lexicon[span.from] ?? 'O';
  if (!first.startsWith('B-')) return span.category;
  const lex = first.slice(2);
  for (let k = span.from + 1; k < span.to; k++) if (ctx.lexicon[k] !== `I-${lex}`) return span.category;
  if (ctx.lexicon[span.to]?.startsWith('I-')) return span.category;
  return lex as LabelledSpan['category'];
}

/**
 * "upbeat pop": a lexicon mood right before a genre the tagger kept describes that genre. The tagger
 * sometimes drops such a mood because annotators left the same word unlabelled elsewhere; in the
 * dev data a mood before a genre is labelled two times in three. The genre is judged by its settled
 * category: a kept "pop" the tagger called an occasion is still the genre pop.
 */
function moodsBeforeGenres(ctx: RequestContext, spans: LabelledSpan[], covered: Set<number>): LabelledSpan[] {
  // "upbeat 80s pop": a decade between the mood and the genre leaves the mood describing the genre.
  const genreAt = (at: number) => spans.some((s) => category(ctx, s) === 'genre' && s.from === at);
  const decadeThenGenre = (at: number) => spans.some((d) => category(ctx, d) === 'decade' && d.from === at && genreAt(d.to));
  return bioToSpans(ctx.rules).filter((r) => r.category === 'mood' && r.role === 'wanted'
    && !Array.from({ length: r.to - r.from }, (_, k) => r.from + k).some((k) => covered.has(k))
    && (genreAt(r.to) || decadeThenGenre(r.to)));
}

/** Words that ask for a quality as the request's predicate: "keep it upbeat", "make it dark", "should be chill". */
const PREDICATE_ASKS = [['keep', 'it'], ['make', 'it'], ['keep', 'things'], ['should', 'be'], ['has', 'to', 'be'], ['needs', 'to', 'be'], ['must', 'be']];

/**
 * "and keep it upbeat": a lexicon mood asked for as a predicate is a wish even where the tagger,
 * trained on labels that leave many lone moods out, dropped it.
 */
function askedQualities(ctx: RequestContext, covered: Set<number>): LabelledSpan[] {
  return bioToSpans(ctx.rules).filter((r) => r.category === 'mood' && r.role === 'wanted' && !covered.has(r.from)
    && PREDICATE_ASKS.some((ask) => ask.every((w, k) => ctx.tokens[r.from - ask.length + k]?.norm === w)));
}

export function tagMusicIntents(text: string, tagger: IntentTagger): MusicIntent[] {
  const tagged = tagRequest(text, tagger);
  const ctx = tagged.ctx;
  const spans = reconcileSpans(ctx, tagged.spans);
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.from; k < s.to; k++) covered.add(k);
  const keptFromRules = bioToSpans(ctx.rules).filter((r) => (r.role === 'rejected' || r.category === 'decade') && !Array.from({ length: r.to - r.from }, (_, k) => r.from + k).some((k) => covered.has(k)));
  const final = [...spans, ...keptFromRules, ...moodsBeforeGenres(ctx, [...spans, ...keptFromRules], covered), ...askedQualities(ctx, covered)].sort((a, b) => a.from - b.from).map((s) => ({ ...s, category: category(ctx, s), role: role(ctx, s) }));
  // A "name" that ends in a rejection cue is the words before the cue ("slow jams but nothing by drake").
  // "to clean the house to": the activity's object is no wish about the music, whatever the tagger read.
  const names = final.filter((s) => !(s.category === 'named_entity' && ctx.inCue[s.to - 1] === 'rej'))
    .filter((s) => s.category === 'named_entity' || s.category === 'listening_context' || !isActivityObject(ctx.tokens, s.from, s.to));
  return dropDescribedVoiceNouns(ctx.tokens, names).map((s): MusicIntent => {
    const quoted = spanText(text, ctx.tokens, s.from, s.to);
    return { domain: 'music', category: s.category, role: s.role, text: quoted, ...normalisedValues(ctx, s, quoted), source: 'rules' };
  });
}
