/**
 * What the page reader finds on a page. Pure data: produced in the content script (or in Node over
 * the same HTML), consumed by agents/checklist and agents/curate.
 */

export type Availability = 'InStock' | 'OutOfStock' | 'PreOrder' | 'BackOrder' | 'LimitedAvailability' | 'Discontinued';

/** Where a field was read from, most trusted first. */
export type FieldSource = 'json-ld' | 'microdata' | 'rdfa' | 'opengraph' | 'meta' | 'dom';

export interface ProductRecord {
  url: string;
  name?: string;
  /** Price the buyer pays now (the sale price when there is one). */
  price?: number;
  /** Price before a reduction, when the page shows one. */
  regularPrice?: number;
  currency?: string;
  availability?: Availability;
  sku?: string;
  brand?: string;
  mpn?: string;
  gtin?: string;
  rating?: number;
  reviewCount?: number;
  images: string[];
  description?: string;
  categories: string[];
  /** Specification table rows, name -> value, as shown. */
  specs: Record<string, string>;
  /** Selectable options: "size" -> ["S", "M"], "colour" -> [...]. */
  options: Record<string, string[]>;
  /** Field name -> where it was read, for evidence and debugging. */
  sources: Partial<Record<keyof ProductRecord, FieldSource>>;
  /** 0..1: how sure the reader is that this is a product page and the fields are right. */
  confidence: number;
}

export interface ListingCard {
  url: string;
  name: string;
  price?: number;
  regularPrice?: number;
  currency?: string;
  availability?: Availability;
  image?: string;
  /** Music rows (cards without a price): what the row itself shows about its track or release. */
  artist?: string;
  artistUrl?: string;
  year?: number;
  /** Genre, style or tag names the row shows; a row may show only some of them. */
  tags?: string[];
  /** Feel words the row shows. */
  moods?: string[];
  popularity?: number;
}

export interface ListingPage {
  url: string;
  cards: ListingCard[];
  /** True when the page says the search found nothing. */
  noResults: boolean;
  nextPageUrl?: string;
  totalResults?: number;
  /** Links into the site's genre / style / tag browse pages, where the page shows them. */
  browseLinks?: { text: string; url: string }[];
  /**
   * Set when the page showed neither results nor a "nothing found" message: what was wrong with it.
   * One such page is read as no results; a site whose search pages are all like this is reported.
   */
  unreadable?: string;
}

export interface TrackRecord {
  url: string;
  title: string;
  artist: string;
  artistUrl?: string;
  album?: string;
  year?: number;
  genres: string[];
  styles: string[];
  /** Words the site uses for the feel of the track: "calm", "energetic", "instrumental". */
  moods: string[];
  /** Numeric audio features 0..1 where the site shows them (energy, valence, acousticness, ...). */
  features: Record<string, number>;
  instrumental?: boolean;
  /** 1 passive .. 3 active where the site shows an activity level. */
  activity?: number;
  popularity?: number;
  /**
   * Read from a row of a list (search results, an artist's tracks), not from the track's own page:
   * only what the row shows is known, and a genre, style or feel missing from the row is not evidence
   * that the track lacks it.
   */
  fromListRow?: boolean;
}

export interface ArtistRecord {
  url: string;
  name: string;
  genres: string[];
  /** "Fans also like" and similar related-artist links. */
  related: { name: string; url: string }[];
  tracks: TrackRecord[];
}

export type PageReading =
  | { kind: 'product'; product: ProductRecord }
  | { kind: 'listing'; listing: ListingPage; tracks?: TrackRecord[] }
  | { kind: 'track'; track: TrackRecord }
  | { kind: 'artist'; artist: ArtistRecord }
  | { kind: 'unknown'; url: string; reason: string };
