/** Every item kind, by name. Adding a kind = one file in items/ and one line here. */
import type { ItemKind, ItemKindName } from '../types';
import { attributeAbsent, attributePresent } from './attribute';
import { notArtist, similarToArtist } from './artist';
import { brandIs, brandIsNot } from './brand';
import { compatibleWith } from './compatible-with';
import { countryItem } from './country';
import { decadeItem } from './decade';
import { freeText } from './free-text';
import { genreItem } from './genre';
import { inStock } from './in-stock';
import { instrumentalItem, instrumentItem } from './instrument';
import { measure } from './measure';
import { moodItem } from './mood';
import { option } from './option';
import { packSize } from './pack-size';
import { partCount } from './part-count';
import { priceAtLeast, priceAtMost } from './price';
import { ratingAtLeast } from './rating';
import { sameProduct } from './same-product';
import { versionAtLeast } from './version';

export const ITEM_KINDS: { [K in ItemKindName]: ItemKind<K> } = {
  'price-at-most': priceAtMost,
  'price-at-least': priceAtLeast,
  'brand-is': brandIs,
  'brand-is-not': brandIsNot,
  'attribute-present': attributePresent,
  'attribute-absent': attributeAbsent,
  measure,
  'part-count': partCount,
  'pack-size': packSize,
  'version-at-least': versionAtLeast,
  option,
  'rating-at-least': ratingAtLeast,
  'in-stock': inStock,
  'same-product': sameProduct,
  'compatible-with': compatibleWith,
  genre: genreItem,
  mood: moodItem,
  instrument: instrumentItem,
  instrumental: instrumentalItem,
  decade: decadeItem,
  country: countryItem,
  'similar-to-artist': similarToArtist,
  'not-artist': notArtist,
  'free-text': freeText,
};
