/**
 * The words a wish holds, read from its own fields rather than its label: "3600MHz" of a clock,
 * "asus" of a maker, "lga1200" of "Fits socket LGA1200". Checks that compare a wish with the
 * request's other words (does this wish only repeat the product asked for?) read these, so rewording
 * what a result card shows ("At least 250 GB", "Brand Asus", "(no rule can check this)") changes no
 * behaviour. Each entry is one way to say the whole wish.
 */
import type { ChecklistItem } from './types';

export function saidWords(item: ChecklistItem): string[] {
  switch (item.kind) {
    case 'attribute-present': return [item.text, ...(item.anyOf ?? [])];
    case 'attribute-absent':
    case 'free-text': return [item.text];
    case 'brand-is':
    case 'brand-is-not': return [item.brand];
    case 'option': return [item.value];
    // A figure as titles write it, glued or spaced ("3600MHz", "3600 MHz").
    case 'measure': return [`${item.value}${item.unit}`, `${item.value} ${item.unit}`];
    case 'version-at-least': return [`${item.family}${item.min}`, `${item.family} ${item.min}`];
    case 'part-count': return [item.part];
    case 'compatible-with': return [item.target];
    case 'same-product': return [item.reference];
    case 'genre': return [item.genre];
    case 'mood': return [item.mood];
    case 'instrument': return [item.instrument];
    case 'country': return [item.country];
    case 'similar-to-artist':
    case 'not-artist': return [item.artist];
    // Prices, ratings, stock, pack sizes and decades are figures no product's name repeats.
    default: return [];
  }
}
