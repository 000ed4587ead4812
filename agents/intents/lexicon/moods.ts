/**
 * Hand-written mood and character words (no licensed mood list exists in the sources). Adjectives
 * people use for how music feels; grouped by sense so the list stays reviewable.
 */
export const MOOD_TERMS: readonly string[] = [
  // sad / dark
  'sad', 'sadder', 'sadness', 'melancholic', 'melancholy', 'depressing', 'depressed', 'gloomy', 'somber', 'sombre',
  'bittersweet', 'heartbreaking', 'heartbroken', 'lonely', 'dark', 'darker', 'haunting', 'eerie', 'creepy', 'spooky',
  'scary', 'sinister', 'ominous', 'mournful', 'tragic', 'emotional', 'moody', 'angsty', 'nostalgic', 'wistful',
  // happy / bright
  'happy', 'cheerful', 'joyful', 'uplifting', 'upbeat', 'feel good', 'feelgood', 'positive', 'hopeful', 'euphoric',
  'triumphant', 'fun', 'funny', 'silly', 'playful', 'cute', 'wholesome', 'sweet', 'romantic', 'sexy', 'sensual', 'love',
  'cheesy', 'catchy', 'anthemic',
  // calm
  'chill', 'chilled', 'chilly', 'calm', 'calming', 'relaxing', 'relaxed', 'relax', 'peaceful', 'soothing', 'mellow', 'soft',
  'gentle', 'quiet', 'dreamy', 'ethereal', 'atmospheric', 'hypnotic', 'meditative', 'laid back', 'laidback', 'lazy',
  'serene', 'tranquil', 'cozy', 'cosy', 'warm', 'slow', 'slowed', 'downtempo',
  // energy
  'energetic', 'energy', 'high energy', 'hype', 'hyped', 'intense', 'aggressive', 'angry', 'heavy', 'hard hitting',
  'powerful', 'epic', 'dramatic', 'cinematic', 'fast', 'fast paced', 'loud', 'raw', 'gritty', 'hectic', 'frantic',
  'badass', 'banger', 'bangers',
  // texture / character
  'groovy', 'funky', 'smooth', 'soulful', 'melodic', 'melodious', 'psychedelic', 'trippy', 'spacey',
  'spacy', 'weird', 'quirky', 'strange', 'experimental', 'mysterious', 'magical', 'whimsical', 'futuristic', 'retro',
  'vintage', 'aesthetic', 'obscure', 'underground', 'catchy', 'lush', 'dense', 'haunted',
  'bouncy', 'danceable', 'hard', 'harsh', 'noisy', 'grungy', 'edgy', 'sassy', 'confident', 'empowering',
  'motivational', 'motivating', 'inspiring', 'inspirational', 'vibey',
  // more character words from general usage
  'sentimental', 'sultry', 'brutal', 'evil', 'introspective', 'reflective', 'thoughtful', 'chaotic', 'pumped', 'cosmic',
  'celestial', 'otherworldly', 'surreal', 'sunny', 'sparse', 'fuzzy', 'crunchy', 'jangly', 'twangy', 'sleepy',
  'nocturnal', 'vibrant', 'corny', 'theatrical', 'majestic', 'heroic', 'adventurous', 'dreamlike',
];
