import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProfileFormText } from '../../agents/store/profile-form';
import type { PersonalScenario, ProductCheck } from './types';

const KINDS: ProductCheck['kind'][] = ['product-type', 'brand-is', 'brand-is-not', 'price-at-most', 'attribute-present', 'attribute-absent', 'in-stock'];
const PARTS = ['brandPreferences', 'priceSensitivity', 'ratingSensitivity', 'functionalNeeds', 'look', 'purchasePreferences'] as const;

/** Loads and validates eval/personal/scenarios.json, naming the scenario and field that is wrong. */
export function loadPersonalScenarios(path = fileURLToPath(new URL('./scenarios.json', import.meta.url))): PersonalScenario[] {
  const list = JSON.parse(readFileSync(path, 'utf8')) as PersonalScenario[];
  const ids = new Set<string>();
  for (const s of list) {
    const where = `personal scenario ${s.id ?? '(no id)'} in ${path}`;
    if (!s.id || ids.has(s.id)) throw new Error(`${where}: missing or duplicate id.`);
    ids.add(s.id);
    if (!s.request || !s.category || !s.checklist?.length) throw new Error(`${where}: needs request, category and a checklist.`);
    const missing = PARTS.filter((p) => s.profile?.[p] === undefined);
    if (missing.length) throw new Error(`${where}: the profile lacks ${missing.join(', ')}.`);
    for (const c of s.checklist) if (!KINDS.includes(c.kind)) throw new Error(`${where}: unknown check kind "${c.kind}"; known: ${KINDS.join(', ')}.`);
  }
  return list;
}

/** The profile as the Options page's profile form takes it (field name -> text typed). */
export function profileFormValues(profile: PersonalScenario['profile']): ProfileFormText {
  return {
    likes: [...profile.functionalNeeds, ...profile.look.likes, ...profile.purchasePreferences.likes].join(', '),
    dislikes: profile.look.dislikes.join(', '),
    brandsLiked: profile.brandPreferences.liked.join(', '),
    brandsAvoided: profile.brandPreferences.avoided.join(', '),
    budgetMax: profile.priceSensitivity.budgetMax === undefined ? '' : String(profile.priceSensitivity.budgetMax),
    sizes: Object.entries(profile.purchasePreferences.sizes ?? {}).map(([k, v]) => `${k}: ${v}`).join(', '),
  };
}
