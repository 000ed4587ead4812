/**
 * What a product is meant for: a season ("perfect for summer"), an occasion ("suitable for casual
 * wear"), an age group ("for adults", "suitable for kids"), a theme ("related to sleeping beauty"),
 * a year ("for a 2011 Toyota"), or a named part ("with jadeite as the main stone"). Seasons,
 * occasions and age groups are only read after "for", so a "summer dress" or "kids t-shirt" stays
 * part of what the product is.
 */
import type { Push } from './types';
import { AGE_GROUPS, OCCASIONS, SEASONS } from './vocabulary';

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const FOR = '\\b(?:(?:suitable|perfect|ideal|great|made|designed|meant)\\s+)?for\\s+(?:the\\s+|any\\s+|all\\s+)?';
const SEASON_RE = new RegExp(`${FOR}(${alt(SEASONS)})\\b`, 'gi');
const OCCASION_RE = new RegExp(`${FOR}(${alt(OCCASIONS)})\\s+(?:wear|use|occasions?|events?|outings?|activities)\\b`, 'gi');
/** "with glycolic acid as the main ingredient", "with jadeite as the main stone": the noun names the slot. */
const AS_THE_RE = /\bwith\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+as\s+(?:the|a|an|its)\s+(?:(?:main|preferred|primary|key|only)\s+)?([a-z]+)\b/gi;
const THEME_RE = /\b(?:related to|inspired by|themed (?:on|around)|with a theme of)\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)(?=\s*(?:[,.;]|$|\s(?:that|which|and|with|for|priced|costing|available)\b))/gi;
/** A year a product is from or made for: "books from 2023", "for a 2011 Toyota". */
const YEAR_RE = /(?<![\w.-])((?:19[5-9]|20[0-3])\d)(?![\w.-]|\s*(?:to|-|and)\s*\d)/g;
const AGE_GROUP_RE = new RegExp(`${FOR}(${alt(AGE_GROUPS)})\\b(?!\\s+aged?\\b)`, 'gi');

export function findPurposes(text: string, push: Push): void {
  for (const m of text.matchAll(SEASON_RE)) push({ category: 'attribute', name: 'season', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(OCCASION_RE)) push({ category: 'attribute', name: 'occasion', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(AS_THE_RE)) push({ category: 'attribute', name: m[2]!.toLowerCase(), value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(THEME_RE)) push({ category: 'attribute', name: 'theme', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  for (const m of text.matchAll(YEAR_RE)) push({ category: 'attribute', name: 'year', value: m[1]!, text: m[0], index: m.index });
  for (const m of text.matchAll(AGE_GROUP_RE)) push({ category: 'attribute', name: 'age', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
}
