/**
 * The model-free engine: always available, fast, and the base every model answer is merged onto.
 * Music requests go through the trained tagger (which reads the rules engine's answer as one of its
 * features); shopping requests are parsed by rules only.
 */
import type { Intent, MusicIntent, ParsedRequest } from './types';
import { extractMusicIntents } from './rules/music';
import { extractShoppingIntents } from './shopping/extract';
import { requestKind } from './kind';
import { combineBothKinds } from './shopping/both';
import { shippedTagger, tagMusicIntents, type IntentTagger } from './tagger/index';

export interface ExtractOptions {
  /** Skip kind detection when the caller knows the domain (a music site, the shopping tab). */
  domain?: 'music' | 'shopping';
  /** The music tagger to use: the shipped one by default, `null` for the rules alone. */
  tagger?: IntentTagger | null;
}

function musicIntents(text: string, tagger: IntentTagger | null): MusicIntent[] {
  return tagger ? tagMusicIntents(text, tagger) : extractMusicIntents(text);
}

export function extractIntents(text: string, opts: ExtractOptions = {}): ParsedRequest {
  const music = opts.domain === 'shopping' ? [] : musicIntents(text, opts.tagger === undefined ? shippedTagger() : opts.tagger);
  const shopping = opts.domain === 'music' ? [] : extractShoppingIntents(text);
  let kind = opts.domain ?? requestKind(text, [...music, ...shopping]);
  if (!opts.domain && kind === 'unknown' && (music.length || shopping.length)) kind = shopping.length > music.length ? 'shopping' : 'music';
  const intents: Intent[] = kind === 'music' ? music : kind === 'shopping' ? shopping : kind === 'both' ? combineBothKinds(text, music, shopping) : [];
  return { text, kind, intents, engine: 'rules', notes: [] };
}
