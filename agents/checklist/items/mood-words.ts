/**
 * Mood and listening-context words mapped to what the music sites show: mood words, audio features
 * (0..1, Spotify-style, plus tempo in BPM) and activity levels (1 passive .. 3 active). Hand-made from
 * the catalogues' fields; the feature ranges follow Spotify's published meaning of each feature
 * (energy above 0.7 is energetic, valence above 0.65 positive, below 0.35 negative, and so on).
 */
export interface MoodProfile {
  /** Words a site may show for this feel; the first is the feel's own name. */
  words: string[];
  /** Feature name -> the open range the value must fall in: above `above`, below `below`. */
  features?: Record<string, { above?: number; below?: number }>;
  activity?: number[];
  /**
   * Genre or style names that suggest this feel ("ambient" is calm). Weaker than a feel word or a
   * feature, so only used when the site shows neither.
   */
  styleWords?: string[];
}

const CALM: MoodProfile = { words: ['calm', 'chill', 'relaxing', 'relaxed', 'mellow', 'peaceful', 'soothing', 'quiet', 'soft', 'passive'], features: { energy: { below: 0.35 } }, activity: [1], styleWords: ['ambient', 'chillout', 'lounge'] };
const ENERGETIC: MoodProfile = { words: ['energetic', 'intense', 'powerful', 'hype', 'driving', 'active'], features: { energy: { above: 0.7 } }, activity: [3] };
// "Upbeat" is cheerful and optimistic (dictionary sense), so it sits with happy, not with energetic.
const HAPPY: MoodProfile = { words: ['happy', 'upbeat', 'cheerful', 'joyful', 'uplifting', 'feel good', 'sunny', 'bright'], features: { valence: { above: 0.65 } } };
const SAD: MoodProfile = { words: ['sad', 'melancholic', 'melancholy', 'depressing', 'lonely', 'somber', 'gloomy', 'bittersweet'], features: { valence: { below: 0.35 } }, styleWords: ['dark'] };
const DANCE: MoodProfile = { words: ['danceable', 'dance', 'groovy', 'party'], features: { danceability: { above: 0.7 } }, activity: [3] };
const FOCUS: MoodProfile = { words: ['focus', 'focused', 'study', 'concentration', 'instrumental'], features: { instrumentalness: { above: 0.5 }, energy: { below: 0.6 } }, activity: [1, 2] };
const ACOUSTIC: MoodProfile = { words: ['acoustic', 'unplugged'], features: { acousticness: { above: 0.6 } } };
const FAST: MoodProfile = { words: ['fast'], features: { tempo: { above: 139.99 } }, activity: [3] };
const SLOW: MoodProfile = { words: ['slow'], features: { tempo: { below: 80 } }, activity: [1] };

const TABLE: Record<string, MoodProfile> = {};
for (const p of [CALM, ENERGETIC, HAPPY, SAD, DANCE, FOCUS, ACOUSTIC, FAST, SLOW]) for (const w of p.words) TABLE[w] = p;
// Listening contexts lean on the same profiles.
Object.assign(TABLE, {
  sleep: CALM, sleeping: CALM, relax: CALM, relaxation: CALM, meditation: CALM, reading: FOCUS, studying: FOCUS, work: FOCUS, working: FOCUS, coding: FOCUS,
  workout: ENERGETIC, gym: ENERGETIC, running: ENERGETIC, exercise: ENERGETIC, training: ENERGETIC,
  dancing: DANCE, club: DANCE, driving: { words: ['driving', 'road trip'], features: { energy: { above: 0.5 } }, activity: [2, 3] },
});

export function moodProfile(mood: string): MoodProfile | undefined {
  const key = mood.toLowerCase().trim();
  return TABLE[key] ?? TABLE[key.replace(/(ing|y)$/, '')] ?? Object.entries(TABLE).find(([w]) => new RegExp(`\\b${w}\\b`).test(key))?.[1];
}

/** True when the mood word names a feel the sites show, not a listening context mapped onto one ("gym"). */
export function isFeelWord(mood: string): boolean {
  const profile = moodProfile(mood);
  return Boolean(profile?.words.includes(mood.toLowerCase().trim()));
}
