/**
 * "Label: value" pairs as pages show them: definition lists, two-cell table rows, "SKU: 123" lines and
 * a label element followed by its value. Used for identifiers, brand, specs and music details.
 */
import { all, cleanText, isMarkupHidden, textOf } from '../text';
import { followingText, shortTextElements } from './text-nodes';

export interface LabelledValue {
  label: string;
  value: string;
  el: Element;
}

const INLINE = /^([^:：]{1,40}?)\s*([:：#])\s*(.{1,200})$/u;

function normalizeLabel(label: string): string {
  return cleanText(label).replace(/[:：]\s*$/, '').trim();
}

export function labelledValues(doc: Document | Element, limit = 4000): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const dt of all(doc, 'dt').slice(0, 500)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName.toLowerCase() === 'dd') found.push({ label: normalizeLabel(textOf(dt, 60)), value: textOf(dd, 300), el: dd });
  }
  for (const row of all(doc, 'tr').slice(0, 1000)) {
    const cells = Array.from(row.children).filter((c) => /^t[hd]$/i.test(c.tagName));
    // "Energy | 0.637 | high": a header cell labels the first value; plain rows need exactly two cells.
    const labelled = cells.length === 2 || (cells.length === 3 && cells[0]?.tagName.toLowerCase() === 'th');
    if (labelled && cells[0] && cells[1]) {
      found.push({ label: normalizeLabel(textOf(cells[0], 60)), value: textOf(cells[1], 300), el: cells[1] });
    }
  }
  const owner = 'ownerDocument' in doc && doc.ownerDocument ? doc.ownerDocument : (doc as Document);
  const labelled = shortTextElements(owner, (text) => /[:：#]/.test(text), 250, limit);
  for (const el of labelled) {
    if (el.children.length > 4) continue;
    const text = textOf(el, 260);
    if (text.length > 250) continue;
    const inline = INLINE.exec(text);
    if (inline?.[1] && inline[3]) {
      // "Item # 418295": the hash is part of the label ("Item #"), not only a separator.
      const label = inline[2] === '#' ? `${normalizeLabel(inline[1])} #` : normalizeLabel(inline[1]);
      found.push({ label, value: cleanText(inline[3]), el });
      continue;
    }
    // "<b>SKU:</b> <span>123</span>": the value follows the label.
    if (/[:：]$/.test(text) && text.length < 42) {
      const value = cleanText(followingText(el)).slice(0, 300);
      if (value) found.push({ label: normalizeLabel(text), value, el });
    }
  }
  return found.filter((f) => f.label && f.value && !isMarkupHidden(f.el));
}
