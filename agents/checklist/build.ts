import type { ParsedRequest } from '../intents/types';
import type { ChecklistItem, Profile } from './types';
import { musicItems } from './build-music';
import { profileLikeItem, shoppingItems } from './build-shopping';
import { mergeAdjacentDecades, repairMusicNegations } from './music-negation';

/**
 * Turns the request's intents into typed items (hard: what the request demands), then adds the
 * profile's preferences as soft items. Duplicates (same id) keep the first, request before profile.
 */
export function buildChecklist(parsed: ParsedRequest, profile?: Profile): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const intent of parsed.intents) items.push(...(intent.domain === 'music' ? musicItems(intent) : shoppingItems(intent)));
  if (parsed.kind === 'music') items.splice(0, items.length, ...mergeAdjacentDecades(repairMusicNegations(parsed.text, items)));
  if (profile) items.push(...profileItems(profile, parsed.kind === 'music'));
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

function profileItems(p: Profile, music: boolean): ChecklistItem[] {
  const origin = 'profile' as const;
  const hard = false;
  const out: ChecklistItem[] = [];
  for (const like of p.likes) {
    out.push(music
      ? { kind: 'genre', id: `genre:${like}`, label: `You like ${like}`, genre: like, wanted: true, hard, origin }
      : profileLikeItem(like));
  }
  for (const dislike of p.dislikes) {
    out.push(music
      ? { kind: 'genre', id: `genre:!${dislike}`, label: `You dislike ${dislike}`, genre: dislike, wanted: false, hard, origin }
      : { kind: 'attribute-absent', id: `absent:${dislike}`, label: `You dislike ${dislike}`, text: dislike, hard, origin });
  }
  if (music) return out;
  for (const brand of p.brandsLiked) out.push({ kind: 'brand-is', id: `brand=${brand}`, label: `You like ${brand}`, brand, hard, origin });
  for (const brand of p.brandsAvoided) out.push({ kind: 'brand-is-not', id: `brand!=${brand}`, label: `You avoid ${brand}`, brand, hard, origin });
  if (p.budget?.max !== undefined) out.push({ kind: 'price-at-most', id: `price<=${p.budget.max}`, label: `Within your budget ${p.budget.max}`, max: p.budget.max, hard, origin });
  if (p.budget?.min !== undefined) out.push({ kind: 'price-at-least', id: `price>=${p.budget.min}`, label: `Your budget from ${p.budget.min}`, min: p.budget.min, hard, origin });
  for (const [name, value] of Object.entries(p.sizes)) out.push({ kind: 'option', id: `option:${name}=${value}`, label: `Your ${name} size ${value}`, name, value, hard, origin });
  return out;
}
