/**
 * Availability from the page text: stock notes near the product ("Auf Lager", "Currently unavailable")
 * and the state of the buy button. Undefined when the page says nothing: no guess.
 */
import { availabilityFromText } from '../availability';
import type { Availability } from '../types';
import { all, isMarkupHidden, textOf } from '../text';
import { closeness, inOtherZone, type PageLayout } from './layout';

const STOCK_ATTR = /stock|availab|inventory|lager|dispo|verfueg|verfüg|lieferbar|delivery-status|soldout|sold-out/i;

export interface DomStock {
  availability?: Availability;
  confidence: number;
}

export function readDomStock(doc: Document, layout: PageLayout): DomStock {
  let best: { availability: Availability; score: number } | undefined;
  const candidates = all(doc, '[class*=stock i], [id*=stock i], [class*=availab i], [id*=availab i], [class*=inventory i], [class*=lager i], [class*=dispo i], [class*=sold i], [itemprop=availability]');
  for (const el of candidates.slice(0, 400)) {
    if (isMarkupHidden(el) || inOtherZone(el, layout)) continue;
    const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!STOCK_ATTR.test(attrs) && el.getAttribute('itemprop') !== 'availability') continue;
    const text = textOf(el, 300);
    if (!text || text.length > 250) continue;
    const availability = availabilityFromText(text);
    if (!availability) continue;
    const score = closeness(layout, el);
    if (!best || score > best.score) best = { availability, score };
  }
  const button = layout.buyButton;
  if (button) {
    const said = availabilityFromText(`${textOf(button, 80)} ${button.getAttribute('value') ?? ''}`);
    const disabled = button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
    if (said === 'OutOfStock' || disabled) return { availability: 'OutOfStock', confidence: 0.6 };
  }
  if (best && best.score >= 1) return { availability: best.availability, confidence: 0.4 + best.score * 0.1 };
  if (button) return { availability: 'InStock', confidence: 0.4 };
  return { confidence: 0 };
}
