/**
 * MusicRecoNER's BIO files ("word TAB tag", a blank line between requests; tags B-/I-Artist and
 * B-/I-WoA) as entity-tagger training requests. Tags are renamed to the project's BIO scheme.
 */
export interface EntityRequest {
  /** The request as its words joined by one space (the form used to match it to other data). */
  query: string;
  tags: string[];
}

const KIND: Record<string, string> = { Artist: 'named_entity-artist', WoA: 'named_entity-work' };

export function parseEntityBio(text: string): EntityRequest[] {
  const requests: EntityRequest[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const lines = block.split(/\r?\n/).filter((l) => l.trim());
    if (!lines.length) continue;
    const words: string[] = [], tags: string[] = [];
    for (const line of lines) {
      const [word = '', tag = 'O'] = line.split('\t');
      const m = /^([BI])-(\w+)$/.exec(tag.trim());
      words.push(word.trim());
      tags.push(m && KIND[m[2]!] ? `${m[1]}-${KIND[m[2]!]}` : 'O');
    }
    requests.push({ query: words.join(' '), tags });
  }
  return requests;
}

/** The form two data sets' requests are compared in ("  A  b " and "a b" are the same request). */
export const requestKey = (query: string): string => query.toLowerCase().replace(/\s+/g, ' ').trim();
