/**
 * Feature names for one token: the word and its neighbours (+-2), affixes and shape, the
 * neighbours' word clusters (entity tagger), and the context tags (lexicons, decades, known artists
 * and titles, cues, the rules engine's answer). The rules tag is
 * the strongest single feature (stacking); the tagger learns where to trust and where to correct it.
 */
import type { RequestContext } from './context';
import { CLUSTER_LEVELS, wordClusterIds } from './word-clusters';

function shape(word: string): string {
  return word.replace(/\p{L}+/gu, 'x').replace(/\d+/g, 'd');
}

/** Distance buckets, so "right after the cue" and "a few words later" are separate features. */
function bucket(d: number): string {
  return d < 0 ? 'none' : d === 0 ? '0' : d <= 2 ? '1-2' : d <= 5 ? '3-5' : 'far';
}

/**
 * The word's and its neighbours' cluster ids at each granularity ("c128@-1=42"): a coarse id
 * generalises across a whole family of words, a fine one nearly as sharply as the word itself.
 * Only the entity tagger reads them: names in bare lists are what it misses most, and 1,683
 * MusicRecoNER requests teach it which word families start or continue a name. Read by the intent
 * tagger too, they made names of everyday words ("climbing shoes", "sandals") and dropped lexicon
 * words the rules had right, for no better cross-validated F1.
 */
function clusterFeatures(word: (k: number) => string): string[] {
  const f: string[] = [];
  for (const k of [-1, 0, 1]) {
    const ids = wordClusterIds(word(k));
    CLUSTER_LEVELS.forEach((level, l) => f.push(`c${level}@${k}=${ids ? ids[l] : '-'}`));
  }
  return f;
}

/** Which tagger the features are for: the entity tagger runs first and cannot read its own answer. */
export type FeatureStage = 'entities' | 'intents';

export function tokenFeatures(ctx: RequestContext, i: number, stage: FeatureStage): string[] {
  const word = (k: number): string => {
    const t = ctx.tokens[i + k];
    return t ? t.norm : k < 0 ? '<s>' : '</s>';
  };
  const w = word(0);
  const rules = ctx.rules[i]!;
  const rulesAt = (k: number): string => ctx.rules[i + k] ?? '-';
  const rej = bucket(ctx.sinceRejection[i]!);
  const ref = bucket(ctx.sinceReference[i]!);
  const f = [
    'bias', `w=${w}`, `shape=${shape(w)}`, `p3=${w.slice(0, 3)}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`,
    `w-1=${word(-1)}`, `w-2=${word(-2)}`, `w+1=${word(1)}`, `w+2=${word(2)}`,
    `w-1|w=${word(-1)}|${w}`, `w|w+1=${w}|${word(1)}`, `w-2|w-1=${word(-2)}|${word(-1)}`,
    `lex=${ctx.lexicon[i]}`, `lex-1=${ctx.lexicon[i - 1] ?? '-'}`, `lex+1=${ctx.lexicon[i + 1] ?? '-'}`,
    `dec=${ctx.decade[i]}`, `art=${ctx.artist[i]}`, `art-1=${ctx.artist[i - 1] ?? '-'}`, `art+1=${ctx.artist[i + 1] ?? '-'}`,
    `cue=${ctx.inCue[i]}`, `rej=${rej}`, `ref=${ref}`, `rej|ref=${rej}|${ref}`,
    `rules=${rules}`, `rules-1=${rulesAt(-1)}`, `rules+1=${rulesAt(1)}`,
    `rules|rej=${rules}|${rej}`, `rules|ref=${rules}|${ref}`, `rules|w=${rules}|${w}`,
    `ttl=${ctx.title[i]}`, `ttl-1=${ctx.title[i - 1] ?? '-'}`, `ttl+1=${ctx.title[i + 1] ?? '-'}`, `ttl|ref=${ctx.title[i]}|${ref}`, `ttl|lex=${ctx.title[i]}|${ctx.lexicon[i]}`,
    `lex|ref=${ctx.lexicon[i]}|${ref}`, `lex|rej=${ctx.lexicon[i]}|${rej}`,
  ];
  if (stage === 'entities') f.push(...clusterFeatures(word));
  if (w === 'by' || word(-1) === 'by' || word(1) === 'by' || word(-2) === 'by' || word(2) === 'by') f.push(`by@${['-2', '-1', '0', '1', '2'].find((_, k) => word(k - 2) === 'by')}`);
  if (stage === 'intents') {
    const e = ctx.entities[i]!;
    f.push(`ent=${e}`, `ent-1=${ctx.entities[i - 1] ?? '-'}`, `ent+1=${ctx.entities[i + 1] ?? '-'}`, `ent|ref=${e}|${ref}`, `ent|rules=${e}|${rules}`);
  }
  const prev = ctx.tokens[i - 1];
  if (!prev || (prev.boundary && prev.norm !== ',')) f.push('sentence-start');
  return f;
}

export function requestFeatures(ctx: RequestContext, stage: FeatureStage): string[][] {
  return ctx.tokens.map((_, i) => tokenFeatures(ctx, i, stage));
}
