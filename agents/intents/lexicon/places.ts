/** Hand-written countries, nationalities, regions and languages music is described by. */
export const PLACE_TERMS: readonly string[] = [
  'african', 'africa', 'american', 'america', 'usa', 'us', 'arabic', 'arab', 'argentinian', 'argentine', 'argentina',
  'asian', 'asia', 'australian', 'australia', 'austrian', 'balkan', 'belgian', 'brazilian', 'brazil', 'british', 'uk',
  'england', 'english', 'canadian', 'canada', 'caribbean', 'chilean', 'chinese', 'china', 'colombian',
  'cuban', 'czech', 'danish', 'dutch', 'egyptian', 'eastern', 'european', 'europe', 'finnish', 'finland', 'french',
  'france', 'german', 'germany', 'greek', 'hawaiian', 'hindi', 'hungarian', 'icelandic', 'iceland', 'indian', 'india',
  'indonesian', 'iranian', 'persian', 'irish', 'ireland', 'israeli', 'italian', 'italy', 'jamaican', 'japanese',
  'japan', 'korean', 'korea', 'latin', 'latino', 'latina', 'lebanese', 'mexican', 'mexico', 'middle eastern',
  'mongolian', 'moroccan', 'nigerian', 'nordic', 'norwegian', 'norway', 'pakistani', 'peruvian', 'filipino', 'polish',
  'poland', 'portuguese', 'portugal', 'puerto rican', 'romanian', 'russian', 'russia', 'scandinavian', 'scottish',
  'scotland', 'serbian', 'south african', 'spanish', 'spain', 'swedish', 'sweden', 'swiss', 'thai', 'turkish',
  'turkey', 'ukrainian', 'vietnamese', 'welsh', 'west african', 'western', 'southern', 'northern', 'tropical',
  'hispanic', 'slavic', 'soviet', 'tuareg',
];
