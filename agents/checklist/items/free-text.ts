import type { ItemKind } from '../types';

/** A wish no rule can check. It stays unknown, labelled as such, unless a model judges it later. */
export const freeText: ItemKind<'free-text'> = {
  kind: 'free-text',
  appliesTo: 'any',
  verify(item) {
    return { status: 'unknown', reason: `no rule can check "${item.text}"; only a model could judge it` };
  },
};
