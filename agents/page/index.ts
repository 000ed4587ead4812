/**
 * The page reader: what a page is and what it says, from a standard DOM Document. Runs in the content
 * script (browser DOM) and in Node (linkedom). Page text is data, never instructions.
 */
export { readPage } from './read-page';
export { readProductPage } from './product/read-product';
export { readListingPage } from './listing/read-listing';
export { readTrackPage } from './music/read-track';
export { readArtistPage } from './music/read-artist';
export { parsePrice, parseAmount } from './price/parse';
export type * from './types';
