/**
 * Refusals that turn down the very product the request names. "Not the newer iCUE LINK H170i" beside the Corsair iCUE
 * H170i ELITE CAPELLIX XT may be read as "not the H170i"; "not the Pop Mini Silent" beside the Pop Mini Air RGB as "not the
 * Pop Mini": each would rule out every offer of the product asked for, so the reading of which edition is turned down has
 * lost the words that tell it apart. Such a refusal is dropped; the named product's own match (its model and edition words)
 * still keeps the other editions out.
 */
import { modelNumbers } from '../checklist/text';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import { isKindOnly, kindOfWord } from './product-kind';
import { withoutStandardNames } from './standards';
import type { TitleWish } from './title-wishes';

/** Whether a subject names one product by maker and model ("Corsair iCUE H170i ELITE CAPELLIX XT"), not a kind of product. */
export function namesOneProduct(subject: string): boolean {
  // ("Fractal Design PC Gaming Cases": any of a maker's things of a kind.)
  if (isKindOnly(subject) || subject.trim().split(/\s+/).some((w) => /s$/i.test(w) && kindOfWord(w) !== undefined)) return false;
  // A model code, or three capitalised words ("Fractal Design Define 7" has both; "ADATA XPG Lancer Blade" the words).
  return modelNumbers(withoutStandardNames(subject)).length > 0 || (subject.match(/(?:^|\s)[A-Z][\w!+-]*/g) ?? []).length >= 3;
}

/** A refusal, as the checklist and the title wishes write one. */
const isRefusalWish = (wish: TitleWish) => /^not-/.test(wish.id);

/** The checklist and title wishes without the refusals the named product's own title would fail, and what was dropped. */
export function withoutSelfRefusals(names: readonly string[], checklist: ChecklistItem[], wishes: TitleWish[]): { checklist: ChecklistItem[]; wishes: TitleWish[]; dropped: string[] } {
  const named = names.filter(namesOneProduct);
  if (!named.length || named.length !== names.length) return { checklist, wishes, dropped: [] };
  // The name as the only thing known of a product: a refusal it fails is said of the product itself.
  const failsEveryName = (item: ChecklistItem) => named.every((name) => verifyChecklist([item], { url: '', name, images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 1 })[0]!.status === 'fail');
  const selfRefused = checklist.filter((i) => i.kind === 'attribute-absent' && i.origin === 'request' && failsEveryName(i));
  const selfWishes = wishes.filter((w) => isRefusalWish(w) && named.every((name) => !w.met(name)));
  return {
    checklist: checklist.filter((i) => !selfRefused.includes(i)),
    wishes: wishes.filter((w) => !selfWishes.includes(w)),
    dropped: [...selfRefused.map((i) => i.label), ...selfWishes.map((w) => w.label)],
  };
}
