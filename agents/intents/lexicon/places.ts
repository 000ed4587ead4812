/** Hand-written countries, nationalities, regions and languages music is described by. */

/** Countries and regions by name ("brazil", "uk"): a card says "From Brazil". */
export const PLACE_NAMES: readonly string[] = [
  'africa', 'america', 'usa', 'us', 'argentina', 'asia', 'australia', 'brazil', 'uk', 'england', 'canada', 'china',
  'europe', 'finland', 'france', 'germany', 'iceland', 'india', 'ireland', 'italy', 'japan', 'korea', 'mexico',
  'norway', 'poland', 'portugal', 'russia', 'scotland', 'spain', 'sweden', 'turkey',
];

/** Words of a people, a language or a direction ("brazilian", "english", "western"): a card says "English music". */
export const PLACE_ADJECTIVES: readonly string[] = [
  'african', 'american', 'arabic', 'arab', 'argentinian', 'argentine', 'asian', 'australian', 'austrian', 'balkan',
  'belgian', 'brazilian', 'british', 'english', 'canadian', 'caribbean', 'chilean', 'chinese', 'colombian', 'cuban',
  'czech', 'danish', 'dutch', 'egyptian', 'eastern', 'european', 'finnish', 'french', 'german', 'greek', 'hawaiian',
  'hindi', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'persian', 'irish', 'israeli', 'italian',
  'jamaican', 'japanese', 'korean', 'latin', 'latino', 'latina', 'lebanese', 'mexican', 'middle eastern',
  'mongolian', 'moroccan', 'nigerian', 'nordic', 'norwegian', 'pakistani', 'peruvian', 'filipino', 'polish',
  'portuguese', 'puerto rican', 'romanian', 'russian', 'scandinavian', 'scottish', 'serbian', 'south african',
  'spanish', 'swedish', 'swiss', 'thai', 'turkish', 'ukrainian', 'vietnamese', 'welsh', 'west african', 'western',
  'southern', 'northern', 'tropical', 'hispanic', 'slavic', 'soviet', 'tuareg',
];

export const PLACE_TERMS: readonly string[] = [...PLACE_NAMES, ...PLACE_ADJECTIVES];
