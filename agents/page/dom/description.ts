/**
 * The product description a page shows without declaring it: the longest visible block whose class
 * or id names a description ("tt-description", "product-description", "#description"). Read only
 * when no structured source states one, since a shop's declared text is the one it stands behind.
 */
import { all, isMarkupHidden, textOf } from '../text';
import { inOtherZone, type PageLayout } from './layout';

const DESCRIPTION_BLOCK = '[class*=description i], [id*=description i]';
/** Shorter than this is a caption or a label, not a description. */
const MIN_LENGTH = 40;
const MAX_LENGTH = 4000;

export function readDomDescription(doc: Document, layout: PageLayout): string | undefined {
  let best = '';
  for (const el of all(doc, DESCRIPTION_BLOCK).slice(0, 50)) {
    if (el.tagName.toLowerCase() === 'meta' || isMarkupHidden(el) || inOtherZone(el, layout)) continue;
    const text = textOf(el, MAX_LENGTH);
    if (text.length > best.length) best = text;
  }
  return best.length >= MIN_LENGTH ? best : undefined;
}
