/** Intent understanding: the schema, the model-free engine, validation of model output, and merging. */
export type * from './types';
export { MUSIC_CATEGORIES, SHOPPING_CATEGORIES } from './types';
export { extractIntents, type ExtractOptions } from './extract';
export { mergeIntents } from './merge';
export { intentJsonSchema } from './schema';
export { validateIntents } from './validate';
