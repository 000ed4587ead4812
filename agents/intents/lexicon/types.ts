import type { MusicCategory } from '../types';

export interface LexiconEntry {
  category: MusicCategory;
  /** Canonical form: "hip-hop" and "hiphop" both -> "hip hop". */
  normalized: string;
}

/** Normalised phrase (words joined by one space) -> entry; maxWords bounds the matcher's look-ahead. */
export type PhraseTable = Map<string, LexiconEntry> & { maxWords?: number };
