/**
 * Mood and listening-context words mapped to what the music sites show: mood words, audio features
 * (0..1, Spotify-style) and activity levels (1 passive .. 3 active). Hand-made from the catalogues'
 * fields; there is no licensed mood list to reuse.
 */
export interface MoodProfile {
  words: string[];
  /** Feature name -> [min, max] the value must fall in. */
  features?: Record<string, [number, number]>;
  activity?: number[];
}

const CALM: MoodProfile = { words: ['calm', 'chill', 'relaxing', 'relaxed', 'mellow', 'peaceful', 'soothing', 'ambient', 'quiet', 'soft'], features: { energy: [0, 0.45] }, activity: [1] };
const ENERGETIC: MoodProfile = { words: ['energetic', 'upbeat', 'intense', 'powerful', 'hype', 'driving', 'fast'], features: { energy: [0.7, 1] }, activity: [3] };
const HAPPY: MoodProfile = { words: ['happy', 'cheerful', 'joyful', 'uplifting', 'feel good', 'sunny', 'bright'], features: { valence: [0.6, 1] } };
const SAD: MoodProfile = { words: ['sad', 'melancholic', 'melancholy', 'depressing', 'lonely', 'dark', 'somber', 'gloomy'], features: { valence: [0, 0.35] } };
const DANCE: MoodProfile = { words: ['danceable', 'dance', 'groovy', 'party'], features: { danceability: [0.7, 1] }, activity: [3] };
const FOCUS: MoodProfile = { words: ['focus', 'focused', 'study', 'concentration', 'instrumental'], features: { energy: [0, 0.6], instrumentalness: [0.5, 1] }, activity: [1, 2] };

const TABLE: Record<string, MoodProfile> = {};
for (const p of [CALM, ENERGETIC, HAPPY, SAD, DANCE, FOCUS]) for (const w of p.words) TABLE[w] = p;
// Listening contexts lean on the same profiles.
Object.assign(TABLE, {
  sleep: CALM, sleeping: CALM, relax: CALM, relaxation: CALM, meditation: CALM, reading: FOCUS, studying: FOCUS, work: FOCUS, working: FOCUS, coding: FOCUS,
  workout: ENERGETIC, gym: ENERGETIC, running: ENERGETIC, exercise: ENERGETIC, training: ENERGETIC,
  dancing: DANCE, club: DANCE, driving: { words: ['driving', 'road trip'], features: { energy: [0.5, 1] }, activity: [2, 3] },
});

export function moodProfile(mood: string): MoodProfile | undefined {
  const key = mood.toLowerCase().trim();
  return TABLE[key] ?? TABLE[key.replace(/(ing|y)$/, '')] ?? Object.entries(TABLE).find(([w]) => key.includes(w))?.[1];
}
