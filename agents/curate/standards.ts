/**
 * Names of standards (general product knowledge, not any shop's data): memory generations ("DDR5"),
 * form factors ("Micro ATX"), buses and slots ("PCIe4", "M.2"), sockets ("LGA1700", "AM5") and
 * lighting ("ARGB"). Many makers build to each, so such a name is never a maker, and though it is
 * written with capitals and digits it is never a model: "a DDR4 memory kit" is any kit of a kind.
 */
import { measureFromText } from '../checklist/build-shopping';
import { measures } from '../checklist/text';
import type { ChecklistItem } from '../checklist/types';
import { isConnectorWord } from './connectors';

const STANDARD = new RegExp(String.raw`\b(?:(?:lp)?ddr\d[a-z]?|gddr\d[a-z]?x?|(?:micro|mini|e|flex)[- ]?atx|atx|[me]atx|(?:mini|micro|nano)[- ]?(?:itx|dtx)|m?itx|sfx(?:-l)?|tfx|pcie?(?:\s?(?:gen\s?)?\d(?:\.\d)?)?|pci[- ]express(?:\s\d(?:\.\d)?)?|m\.2|nvme|sata(?:\s?(?:iii|3|6gb\/s))?|u\.2|lga\s?\d{3,4}|am\d|fm\d|s?trx\d|a?rgb|wi-?fi(?:\s?\d[e]?)?|bluetooth(?:\s?\d(?:\.\d)?)?|thunderbolt(?:\s?\d)?|usb(?:[- ]?[abc]|\s?\d(?:\.\d)?)?|poe\+?)(?![\w.])`, 'gi');

/** The text without the names of standards in it. */
export function withoutStandardNames(text: string): string {
  return text.replace(STANDARD, ' ').replace(/\s+/g, ' ').trim();
}

/** Words that are only names of standards ("DDR5", "Micro ATX", "USB-C"): never a maker. */
export function namesOnlyStandards(words: string): boolean {
  const left = withoutStandardNames(words);
  return words.trim().length > 0 && left.split(/\s+/).filter(Boolean).every((w) => isConnectorWord(w));
}

/**
 * "32GB DDR4 memory kit": capitalised words before the kind that name no maker, only standards and
 * figures. Each is then required as what it is: the standard as a spec the page states, the figure
 * as a measure in its unit (a "16GB Kit (2 x 8GB)" states no 32 GB). Undefined when a word may be a
 * maker's.
 */
export function standardsAndFigureItems(words: string): ChecklistItem[] | undefined {
  const all = words.trim().split(/\s+/).filter(Boolean);
  const figures = all.filter((w) => measures(w).length > 0);
  const rest = all.filter((w) => !figures.includes(w)).join(' ');
  if (!all.length || (rest && !namesOnlyStandards(rest))) return undefined;
  const items: ChecklistItem[] = figures.flatMap((w) => {
    const m = measureFromText(w, true, 'request');
    return m ? [{ ...m, label: w }] : [];
  });
  if (rest) items.push({ kind: 'attribute-present', id: `present:${rest.toLowerCase()}`, label: rest, text: rest, hard: true, origin: 'request' });
  return items;
}
