/**
 * Genre spellings people write that the beets list lacks (abbreviations, joined words, adjectival
 * forms), and beets entries that are ordinary English words far more often than genre names.
 */
export const EXTRA_GENRE_TERMS: Readonly<Record<string, string>> = {
  hiphop: 'hip hop', 'hip hop': 'hip hop', rnb: 'r&b', 'r and b': 'r&b', dnb: 'drum and bass', 'd&b': 'drum and bass',
  edm: 'electronic dance music', alt: 'alternative', 'alt rock': 'alternative rock', jazzy: 'jazz', bluesy: 'blues',
  rapper: 'rap', rappers: 'rap', ballad: 'ballad', kpop: 'k pop', 'k pop': 'k pop', jpop: 'j pop', 'j pop': 'j pop',
  prog: 'progressive rock', 'prog rock': 'progressive rock', 'prog metal': 'progressive metal', phonk: 'phonk',
  hyperpop: 'hyperpop', drill: 'drill', 'bedroom pop': 'bedroom pop', 'city pop': 'city pop', vaporwave: 'vaporwave',
  chillhop: 'chillhop', 'dream pop': 'dream pop', 'math rock': 'math rock', 'midwest emo': 'midwest emo',
  soundtrack: 'soundtrack', soundtracks: 'soundtrack', ost: 'soundtrack', 'film score': 'soundtrack',
  'video game music': 'video game music', showtunes: 'show tunes', musicals: 'musical', dance: 'dance',
  'lo fi hip hop': 'lo fi hip hop', emo: 'emo', lounge: 'lounge', celtic: 'celtic', cyberpunk: 'cyberpunk',
  darkwave: 'darkwave', 'post punk': 'post punk', 'post rock': 'post rock', 'nu metal': 'nu metal', 'trip hop': 'trip hop',
  'synth pop': 'synthpop', synthpop: 'synthpop', 'synth rock': 'synth rock', 'alt metal': 'alternative metal',
  grunge: 'grunge', 'classic rock': 'classic rock', 'soft rock': 'soft rock', 'yacht rock': 'yacht rock',
  electronica: 'electronica', 'mashup': 'mashup', mashups: 'mashup', remix: 'remix', remixes: 'remix',
  // A style (minimal techno, minimal house), not a mood; "minimal vocals" is a quantity (rules/music.ts).
  minimal: 'minimal', minimalist: 'minimal',
  // Common one-word names the beets list only has inside longer ones ("punk rock", "trap metal").
  punk: 'punk', trap: 'trap', hardcore: 'hardcore', garage: 'garage', afrobeats: 'afrobeats', goth: 'goth',
  'boom bap': 'boom bap', 'lofi hip hop': 'lo fi hip hop',
  // Lo-fi is a style the sites file music under (and the labelled requests call it a genre), not a feel.
  lofi: 'lo-fi',
  // Established genre names missing from the beets list, which otherwise read as a place or a mood
  // plus a genre ("tropical" + "house", "urban" + "contemporary").
  'tropical house': 'tropical house', 'urban contemporary': 'urban contemporary', 'album rock': 'album rock',
  'gangster rap': 'gangsta rap', 'gangsta rap': 'gangsta rap', 'hip pop': 'hip pop', 'big room': 'big room house',
};

export const GENRE_STOPWORDS: ReadonlySet<string> = new Set([
  'beat', 'breaks', 'canon', 'classic', 'dementia', 'drag', 'hard', 'humor', 'island', 'jig', 'karma', 'mango', 'mass',
  'nota', 'polo', 'rada', 'reel', 'saya', 'slide', 'son', 'stride', 'string', 'suite', 'tech', 'twist',
  'weld', 'wood', 'situational', 'cadence', 'carol', 'congo', 'venezuela', 'mozambique', 'highlands', 'gar', 'euro',
  'kaba', 'seis', 'squee', 'sica', 'tala', 'tumba', 'marga', 'shange', 'medh', 'falak', 'oi', 'noh', 'baggy',
  'caveman', 'multicultural', 'jingle', 'tinga', 'fuji', 'goa', 'vocal', 'meditation', 'uplifting', 'chill',
  'orchestra', 'orchestral', 'african', 'western', 'marimba', 'yodeling', 'chant', 'symphony', 'symphonic',
  'religious', 'patriotic', 'isolationist', 'improvisational', 'naturalismo', 'lowercase', 'disney',
  'trad', 'dhun', 'date', 'ondo', 'sawt', 'khap', 'rai', 'rumba', 'pols', 'hula', 'concerto', 'ballet',
]);
