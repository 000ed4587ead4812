/**
 * Words that cannot start or end a name in a request (pronouns, request verbs, generic music nouns).
 * Used to tell "like daft punk" (a reference) from "like this" or "like i said".
 */
export const NOT_A_NAME_START = new Set([
  'this', 'that', 'these', 'those', 'what', 'how', 'when', 'if', 'to', 'it', 'its', 'i', 'im', 'ive', 'id', 'you', 'me',
  'a', 'an', 'some', 'something', 'anything', 'everything', 'nothing', 'more', 'other', 'others', 'them', 'him', 'her',
  'his', 'their', 'my', 'your', 'our', 'we', 'they', 'he', 'she', 'there', 'here', 'in', 'on', 'at', 'with', 'for',
  'about', 'be', 'being', 'so', 'really', 'very', 'just', 'kinda', 'kind', 'sort', 'type', 'one', 'ones', 'stuff',
  'music', 'songs', 'song', 'artists', 'artist', 'bands', 'band', 'tracks', 'track', 'albums', 'album', 'genre',
  'genres', 'similar', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'do', 'does', 'did', 'dont', 'not', 'no', 'any',
  'all', 'much', 'many', 'most', 'too', 'also', 'even', 'maybe', 'and', 'or', 'but', 'of', 'from', 'by', 'as', 'than',
  'then', 'well', 'good', 'great', 'new', 'old', 'older', 'newer', 'same', 'different', 'those', 'who', 'where', 'which',
  'why', 'would', 'could', 'should', 'can', 'cant', 'will', 'wont', 'get', 'got', 'make', 'made', 'makes', 'feel',
  'feels', 'sound', 'sounds', 'vibe', 'vibes', 'style', 'way', 'ways', 'whole', 'lot', 'bit', 'little', 'literally',
  'actually', 'basically', 'mostly', 'pretty', 'quite', 'either', 'each', 'every', 'someone', 'somebody', 'anyone',
  'people', 'person', 'playlist', 'playlists', 'recommendations', 'suggestions', 'please', 'thanks', 'etc', 'idk',
  'lol', 'yes', 'yeah', 'oh', 'um', 'uh', 'hey', 'hi', 'hello', 'let', 'lets', 'listen', 'listening', 'find', 'looking',
  'want', 'need', 'know', 'think', 'mean', 'say', 'said', 'used', 'use', 'go', 'going', 'gonna', 'wanna', 'am', 'been',
  'either', 'because', 'since', 'while', 'though', 'into', 'out', 'up', 'down', 'off', 'over', 'after', 'before',
  'during', 'through', 'between', 'under', 'around', 'well', 'now', 'yet', 'still', 'always', 'never', 'ever', 'often',
  'sometimes', 'usually', 'only', 'mainly', 'especially', 'particularly', 'specifically', 'exactly', 'like', 'likes',
  'first', 'last', 'second', 'intro', 'beginning', 'end', 'part', 'parts', 'bits', 'remix', 'cover', 'covers', 'version',
  'live', 'acoustic', 'recommend', 'suggest', 'help', 'tell', 'show', 'give', 'thing', 'things', 'we', 'us',
]);

/** Generic words trimmed from the edges of a name span ("daft punk songs", "songs by ..."). */
export const NAME_EDGE_TRIM = new Set([
  'songs', 'song', 'music', 'stuff', 'artists', 'artist', 'bands', 'band', 'tracks', 'track', 'albums', 'album', 'etc',
  'style', 'vibes', 'vibe', 'type', 'sound', 'sounds', 'kind', 'genre', 'discography', 'early', 'some',
  'any', 'other', 'more', 'later', 'recent', 'latest', 'classic', 'work', 'records', 'record', 'ep',
  'lp', 'also', 'maybe', 'even', 'or', 'and', 'of', 'the song', 'a', 'an', 'esque', 'ish', 'type', 'related', 'stuffs',
  'tunes', 'beats', 'vibe', 'similar', 'too', 'as', 'well', 'mixes', 'mix', 'guys', 'producers', 'producer', 'rappers',
  'singers', 'covers', 'cover', 'remixes', 'remix', 'playlist', 'soundtrack', 'ost', 'theme', 'from', 'to', 'by', 'all',
]);

/** Words that end a name span after a reference cue: a new clause or a description begins. */
export const NAME_SPAN_STOP = new Set([
  'but', 'because', 'cause', 'cuz', 'since', 'with', 'which', 'who', 'that', 'where', 'when', 'i', 'im', 'ive', 'id',
  'it', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'for', 'so', 'etc', 'any', 'anything', 'something', 'please',
  'thanks', 'idk', 'maybe', 'also', 'too', 'kinda', 'except', 'not', 'just', 'though', 'although', 'if', 'would', 'could',
  'can', 'cant', 'dont', 'in', 'on', 'at', 'but', 'than', 'more', 'less', 'very', 'really', 'what', 'how', 'why',
  'you', 'they', 'he', 'she', 'we', 'my', 'your', 'some', 'there', 'without', 'no', 'other', 'else', 'lately',
  'recently', 'alot', 'do', 'did', 'does', 'as', 'only', 'especially', 'where', 'whose', 'this', 'these', 'those',
  'stuff', 'music', 'songs', 'tracks', 'artists', 'bands', 'vibes', 'sound', 'sounds', 'style', 'type', 'kind', 'genre',
  'thats', 'theres', 'whats', 'to', 'into', 'about', 'yet', 'still', 'while', 'though', 'even', 'lol', 'haha', 'please',
  'era', 'phase', 'days', 'again', 'yesterday', 'today', 'tonight', 'ago', 'last', 'live', 'however', 'instead', 'right', 'now', 'well', 'sort', 'or something',
]);
