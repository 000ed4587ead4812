/**
 * Words for voices and instrumentation that the instrument taxonomies lack (they name instruments,
 * while people write "vocals", "instrumental", "no lyrics", "female singer").
 */
export const EXTRA_INSTRUMENT_TERMS: readonly string[] = [
  'instrumental', 'instrumentals', 'instruments', 'instrument', 'vocals', 'vocal', 'vocalist', 'vocalists', 'voice',
  'voices', 'singer', 'singers', 'singing', 'sung', 'lyrics', 'lyric', 'lyricless', 'female vocals', 'female vocal',
  'male vocals', 'male vocal', 'female vocalist', 'male vocalist', 'female singer', 'male singer', 'female', 'male',
  'acoustic', 'acoustic guitar', 'electric guitar', 'guitar solo', 'guitar solos', 'riffs', 'riff',
  'bass', 'bassline', 'basslines', 'bass line', 'drums', 'drum', 'drumming', 'percussion', 'strings',
  'orchestral', 'orchestra', 'symphonic', 'brass', 'horns', 'synth', 'synths', 'synthesizers', 'keys', 'piano',
  'screaming', 'screams', 'growls', 'growling', 'falsetto', 'autotune', 'auto tune', 'autotuned', 'vocoder', 'rapping',
  'choir', 'choral', 'chants', 'whistling', 'accordian', 'sax', 'uilleann pipes', 'bagpipes', 'ocarina', 'kalimba',
  'koto', 'shamisen', 'reverb', 'distortion', 'steel drums', 'handpan', '808', '808s',
  'bongos', 'congas', 'djembe', 'cajon', 'taiko', 'shakuhachi', 'celesta', 'moog', 'turntables', 'pedal steel', 'arpeggio',
  'arpeggios', 'organ', 'keyboard', 'bells', 'spoken word', 'raspy',
];
