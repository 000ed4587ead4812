import type { ItemKind } from '../types';
import { textFields } from '../fields';
import { highestVersion, meetsVersion, parseVersion, versionLabel } from '../text';
import { readInFull } from './attribute';

/**
 * "CAT6 or higher", "Bluetooth 5.0 or newer": the family's versions form an ordered scale, so a
 * higher grade ("CAT6a", "Cat 7") meets the wish that its literal word ("CAT6") would miss. The
 * first field naming a version decides, by the highest it names ("5.0, backward compatible with 4.x").
 */
export const versionAtLeast: ItemKind<'version-at-least'> = {
  kind: 'version-at-least',
  appliesTo: 'product',
  verify(item, record) {
    const min = parseVersion(item.family, item.min);
    if (!min) return { status: 'unknown', reason: `"${item.min}" is no version` };
    for (const [field, text] of textFields(record)) {
      const best = highestVersion(text, item.family);
      if (!best) continue;
      const written = `${item.family} ${versionLabel(best)}`;
      const evidence = { field, value: written };
      return meetsVersion(best, min)
        ? { status: 'pass', evidence, reason: `${written} is ${item.family} ${item.min} or higher` }
        : { status: 'fail', evidence, reason: `${written} is below ${item.family} ${item.min}` };
    }
    return readInFull(record)
      ? { status: 'fail', reason: `no ${item.family} version is mentioned anywhere on the page` }
      : { status: 'unknown', reason: `no ${item.family} version in the listing; the product page was not read` };
  },
};
