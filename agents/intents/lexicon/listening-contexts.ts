/** Hand-written activities, occasions, seasons and places people pick music for. */
export const LISTENING_CONTEXT_TERMS: readonly string[] = [
  'summer', 'winter', 'autumn', 'fall', 'spring', 'christmas', 'halloween', 'valentines day', 'new year', 'new years eve',
  'birthday', 'wedding', 'funeral', 'party', 'parties', 'house party', 'dinner', 'dinner party', 'barbecue', 'bbq',
  'road trip', 'roadtrip', 'trip', 'travel', 'travelling', 'traveling', 'drive', 'driving', 'night drive', 'commute',
  'workout', 'working out', 'work out', 'gym', 'lifting', 'running', 'jogging', 'jog', 'run', 'cycling', 'biking', 'hiking',
  'yoga', 'meditation', 'meditating', 'sleep', 'sleeping', 'falling asleep', 'nap', 'study', 'studying', 'homework',
  'reading', 'focus', 'focusing', 'concentration', 'concentrate', 'coding', 'programming', 'work', 'working', 'office',
  'cooking', 'cleaning', 'gaming', 'game', 'boss fight', 'breakup', 'break up', 'heartbreak', 'rainy day', 'rainy days',
  'rain', 'late night', 'late nights', 'night', 'nightly', 'midnight', 'morning', 'mornings', 'sunday morning', 'sunset',
  'sunrise', 'beach', 'pool', 'campfire', 'camping', 'dance floor', 'club', 'dancing', 'karaoke', 'sex', 'bedroom',
  'shower', 'background', 'relaxation', 'healing', 'therapy', 'crying', 'walking', 'walk', 'stroll', 'skating',
  'skateboarding', 'surfing', 'date', 'date night', 'graduation', 'prom', 'picnic', 'restaurant', 'cafe', 'coffee shop',
  'bar', 'festival', 'film', 'movie', 'video', 'podcast', 'stream', 'streaming', 'dnd', 'd&d', 'tabletop',
];
