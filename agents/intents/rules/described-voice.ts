/**
 * "not sad lyrics" rejects sadness, not lyrics: when a rejected mood or genre word directly
 * describes a voice noun ("sad lyrics", "cheesy vocals", "screamo vocals"), the noun is what is
 * being described and stays out of the rejection. Rejecting it would ask for instrumental music,
 * which empties playlists for people who only wanted happier words.
 */
import type { IntentRole, MusicCategory } from '../types';
import type { Token } from './tokens';

const VOICE_NOUNS = new Set(['lyrics', 'lyric', 'vocals', 'vocal', 'singing', 'voice', 'voices', 'words']);
const DESCRIBING = new Set<MusicCategory>(['mood', 'genre']);

export interface RoleSpan {
  from: number;
  to: number;
  category: MusicCategory;
  role: IntentRole;
}

/** The spans without rejected voice nouns that a rejected describing word right before them covers. */
export function dropDescribedVoiceNouns<T extends RoleSpan>(tokens: Token[], spans: T[]): T[] {
  return spans.filter((s) => {
    if (s.category !== 'instrument' || s.role !== 'rejected' || s.to - s.from !== 1 || !VOICE_NOUNS.has(tokens[s.from]!.norm)) return true;
    return !spans.some((d) => d !== s && d.to === s.from && d.role === 'rejected' && DESCRIBING.has(d.category));
  });
}
