/**
 * The model-free engine: always available, fast, and the base every model answer is merged onto.
 */
import type { Intent, ParsedRequest } from './types';
import { extractMusicIntents } from './rules/music';
import { extractShoppingIntents } from './shopping/extract';
import { requestKind } from './kind';

export interface ExtractOptions {
  /** Skip kind detection when the caller knows the domain (a music site, the shopping tab). */
  domain?: 'music' | 'shopping';
}

export function extractIntents(text: string, opts: ExtractOptions = {}): ParsedRequest {
  const music = opts.domain === 'shopping' ? [] : extractMusicIntents(text);
  const shopping = opts.domain === 'music' ? [] : extractShoppingIntents(text);
  let kind = opts.domain ?? requestKind(text, [...music, ...shopping]);
  if (!opts.domain && kind === 'unknown' && (music.length || shopping.length)) kind = shopping.length > music.length ? 'shopping' : 'music';
  const intents: Intent[] = kind === 'music' ? music : kind === 'shopping' ? shopping : kind === 'both' ? [...music, ...shopping] : [];
  return { text, kind, intents, engine: 'rules', notes: [] };
}
