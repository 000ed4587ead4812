import type { FeatureName } from '../data/spotify';

/**
 * Words a streaming site shows for a track's feel, from its audio features. The thresholds follow
 * Spotify's own descriptions of the features (e.g. instrumentalness above 0.5 means "likely no vocals").
 */
export function moodWords(features: Record<FeatureName, number>, tempo: number): string[] {
  const words: string[] = [];
  if (features.energy > 0.7) words.push('energetic');
  else if (features.energy < 0.35) words.push('calm');
  if (features.valence > 0.65) words.push('happy', 'upbeat');
  else if (features.valence < 0.35) words.push('sad', 'melancholic');
  if (features.danceability > 0.7) words.push('danceable');
  if (features.acousticness > 0.6) words.push('acoustic');
  if (features.instrumentalness > 0.5) words.push('instrumental');
  if (features.speechiness > 0.66) words.push('spoken word');
  if (features.liveness > 0.8) words.push('live');
  if (tempo >= 140) words.push('fast');
  else if (tempo > 0 && tempo < 80) words.push('slow');
  return words;
}

/** One word for a 0..1 feature value, shown beside the number. */
export function levelWord(value: number): 'very high' | 'high' | 'medium' | 'low' | 'very low' {
  if (value >= 0.85) return 'very high';
  if (value >= 0.6) return 'high';
  if (value >= 0.35) return 'medium';
  if (value >= 0.15) return 'low';
  return 'very low';
}

export const ACTIVITY_WORDS: Record<number, string> = { 0: 'not rated', 1: 'passive', 2: 'medium', 3: 'active' };

/** Activity of a release (an average 1..3) as the nearest word. */
export function activityWord(activity: number): string {
  if (!activity) return ACTIVITY_WORDS[0]!;
  return ACTIVITY_WORDS[Math.min(3, Math.max(1, Math.round(activity)))]!;
}
