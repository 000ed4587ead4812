/** Fixture records for the checklist tests, shaped like what the page reader returns. */
import type { ProductRecord, TrackRecord } from '../page/types';

export function product(over: Partial<ProductRecord>): ProductRecord {
  return { url: 'http://shop.test/product/x/', images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 1, ...over };
}

export function track(over: Partial<TrackRecord>): TrackRecord {
  return { url: 'http://tunes.test/track/1', title: 'Untitled', artist: 'Nobody', genres: [], styles: [], moods: [], features: {}, ...over };
}

export const hdmiCable = product({
  name: 'Hama High Speed HDMI Cable, Ultra-HD 4K, Ethernet, Gold-Plated, 5 Metre',
  price: 15.99, availability: 'InStock', brand: 'Hama',
  description: '<p>Gold-plated connectors for a loss-free signal.</p>',
});

export const strap = product({
  name: 'UAG Apple Watch 44mm/42mm Civilian Strap-Slate/Orange', price: 45,
  options: { colour: ['Slate/Orange', 'Black'] },
});

export const listingOnlyCard = product({ name: 'Samsung Galaxy Tab S9 11 5G 12GB 256GB Gray', price: 349 });

export const calmTrack = track({
  title: 'Slow Tide', artist: 'Harbour Lights', year: 1997, genres: ['Electronic'], styles: ['Ambient', 'Downtempo'],
  moods: [], features: { energy: 0.21, valence: 0.3, instrumentalness: 0.91 }, activity: 1,
});
