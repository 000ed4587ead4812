import type { ItemKind } from '../types';
import { textFields } from '../fields';
import { findPhrase, tokens } from '../text';

/**
 * Compatible with a device: the page names it (pass, with where), or names its family without the
 * generation ("Apple Watch" for "Apple Watch Series 6", weaker but still shown). Silence is unknown,
 * not fail: shops rarely list every device a thing fits.
 */
export const compatibleWith: ItemKind<'compatible-with'> = {
  kind: 'compatible-with',
  appliesTo: 'product',
  verify(item, record) {
    const family = tokens(item.target).filter((t) => !/\d/.test(t) && !['series', 'gen', 'generation', 'model'].includes(t)).join(' ');
    for (const [field, text] of textFields(record)) {
      const exact = findPhrase(text, item.target);
      if (exact) return { status: 'pass', evidence: { field, value: exact }, reason: `names ${item.target}` };
    }
    if (family) {
      for (const [field, text] of textFields(record)) {
        const near = findPhrase(text, family);
        if (near) return { status: 'pass', evidence: { field, value: near }, reason: `made for ${family} (generation not stated)` };
      }
    }
    // "Asrock Rear Audio Cable for DeskMini": the maker and the line named apart, in one field.
    const words = family.split(' ').filter(Boolean);
    if (words.length > 1) {
      for (const [field, text] of textFields(record)) {
        if (words.every((w) => findPhrase(text, w))) return { status: 'pass', evidence: { field, value: findPhrase(text, words[words.length - 1]!)! }, reason: `names ${words.join(' and ')}` };
      }
    }
    return { status: 'unknown', reason: `does not say whether it fits ${item.target}` };
  },
};
