/**
 * The profile as the Options page's form writes it: comma lists, a budget with either decimal mark,
 * sizes as "shoe: 44, shirt: M". One parser, so the form and the benchmarks read it alike.
 */
import type { Profile } from '../checklist/types';

export type ProfileFormText = Record<'likes' | 'dislikes' | 'brandsLiked' | 'brandsAvoided' | 'budgetMax' | 'sizes', string>;

const toList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

export function profileFromForm(text: ProfileFormText): Profile {
  const budget = Number(text.budgetMax.replace(',', '.'));
  const sizes = Object.fromEntries(toList(text.sizes).map((pair) => pair.split(':').map((s) => s.trim())).filter((p) => p.length === 2 && p[0] && p[1]));
  return {
    likes: toList(text.likes),
    dislikes: toList(text.dislikes),
    brandsLiked: toList(text.brandsLiked),
    brandsAvoided: toList(text.brandsAvoided),
    budget: Number.isFinite(budget) && budget > 0 ? { max: budget } : undefined,
    sizes,
  };
}
