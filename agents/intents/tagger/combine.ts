/**
 * Music intents from the tagger's spans, with the rules engine's normalised values (decade years,
 * canonical genre names, entity kinds) carried over where both found the same words, and computed
 * from the lexicons where only the tagger did.
 */
import { canonicalGenre, musicPhraseTable } from '../lexicon/index';
import { findDecades } from '../rules/decades';
import { normalizeTerm } from '../rules/normalize-text';
import { spanText } from '../rules/tokens';
import type { MusicIntent } from '../types';
import { bioToSpans } from './bio';
import type { RequestContext } from './context';
import { tagRequest, type IntentTagger } from './intent-tagger';
import type { LabelledSpan } from './types';

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
 * where the tagger found nothing ("anything but country").
 */
function role(ctx: RequestContext, span: LabelledSpan): LabelledSpan['role'] {
  for (let k = span.from; k < span.to; k++) if (ctx.rules[k]?.endsWith('-rejected')) return 'rejected';
  return span.role;
}

export function tagMusicIntents(text: string, tagger: IntentTagger): MusicIntent[] {
  const { ctx, spans } = tagRequest(text, tagger);
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.from; k < s.to; k++) covered.add(k);
  const rejectedByRules = bioToSpans(ctx.rules).filter((r) => r.role === 'rejected' && !Array.from({ length: r.to - r.from }, (_, k) => r.from + k).some((k) => covered.has(k)));
  return [...spans, ...rejectedByRules].sort((a, b) => a.from - b.from).map((s): MusicIntent => {
    const quoted = spanText(text, ctx.tokens, s.from, s.to);
    return { domain: 'music', category: s.category, role: role(ctx, s), text: quoted, ...normalisedValues(ctx, s, quoted), source: 'rules' };
  });
}
