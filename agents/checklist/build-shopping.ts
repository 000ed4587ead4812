import type { ShoppingIntent } from '../intents/types';
import type { ChecklistItem, Comparison } from './types';
import { normalizeText } from './text';

const COMPARATORS: [RegExp, Comparison][] = [
  [/\b(at least|min(imum)?|or more|no less than)\b/, '>='],
  [/\b(longer|more|greater|larger|bigger|over|above|higher|faster)\b/, '>'],
  [/\b(at most|max(imum)?|up to|or less|no more than)\b/, '<='],
  [/\b(shorter|less|smaller|under|below|lower)\b/, '<'],
];

/** "longer than 3 metres" -> measure item; undefined when the text holds no quantity. */
export function measureFromText(text: string, hard: boolean, origin: 'request' | 'profile'): ChecklistItem | undefined {
  const norm = normalizeText(text);
  const m = /\b(\d+(?:\.\d+)?)(m|cm|mm|tb|gb|in|hz|mhz|ghz|w|mah|rpm|core|hr)\b/.exec(norm);
  if (!m) return undefined;
  const op = COMPARATORS.find(([re]) => re.test(norm))?.[1] ?? '=';
  const value = Number(m[1]);
  const unit = m[2]!;
  return { kind: 'measure', id: `measure:${unit}${op}${value}`, label: measureLabel(unit, op, value), unit, op, value, hard, origin };
}

/** Units as pages and people write them ("GB", "MHz"); the checklist keys stay lower-case. */
const UNIT_SHOWN: Record<string, [one: string, many: string]> = {
  tb: ['TB', 'TB'], gb: ['GB', 'GB'], hz: ['Hz', 'Hz'], mhz: ['MHz', 'MHz'], ghz: ['GHz', 'GHz'], w: ['W', 'W'], mah: ['mAh', 'mAh'],
  in: ['inch', 'inches'], core: ['core', 'cores'], hr: ['hour', 'hours'],
};
const OP_SHOWN: Record<Comparison, string> = { '=': '', '>=': 'At least ', '>': 'More than ', '<=': 'At most ', '<': 'Less than ', '!=': 'Not ' };

/** "At least 250 GB", "1 TB", "More than 3 m": how a measure item reads on a result card (not "gb >= 250"). */
export function measureLabel(unit: string, op: Comparison, value: number): string {
  const [one, many] = UNIT_SHOWN[unit] ?? [unit, unit];
  return `${OP_SHOWN[op]}${value} ${value === 1 ? one : many}`;
}

/**
 * A floor on a family of versioned standards: "CAT6 or higher", "at least Bluetooth 5.0", "USB 3.2 or
 * newer". The family is glued to its number ("CAT6", "DDR5") or capitalised ("Bluetooth 5.0"), so
 * plain quantities ("16GB or more") stay measures.
 */
export const VERSION_FLOOR = /\b(?:at least|min(?:imum)?\.?)\s+([A-Za-z][A-Za-z-]*?[A-Za-z])([\s.]?)(\d{1,2}(?:\.\d+)*[a-z]?)\b|\b([A-Za-z][A-Za-z-]*?[A-Za-z])([\s.]?)(\d{1,2}(?:\.\d+)*[a-z]?)\s+or\s+(?:higher|better|above|newer|later|greater|up)\b/i;

/** The version-floor item of a VERSION_FLOOR match, or undefined for a plain word before a number ("size 10 or above"). */
export function versionFloorItem(match: RegExpExecArray): ChecklistItem | undefined {
  const family = match[1] ?? match[4]!;
  const gap = match[2] ?? match[5] ?? '';
  const min = (match[3] ?? match[6]!).toLowerCase();
  if (gap === ' ' && !/^[A-Z]/.test(family)) return undefined;
  const written = `${family}${gap}${min}`;
  return { kind: 'version-at-least', id: `version:${family.toLowerCase()}>=${min}`, label: `${written} or higher`, family, min, hard: true, origin: 'request' };
}

const word = (i: ShoppingIntent) => (i.normalized ?? i.value ?? i.text).trim();

export function shoppingItems(intent: ShoppingIntent): ChecklistItem[] {
  const hard = intent.role === 'wanted' || intent.role === 'rejected';
  const origin = 'request' as const;
  const rejected = intent.role === 'rejected';
  const w = word(intent);
  switch (intent.category) {
    case 'price': {
      const out: ChecklistItem[] = [];
      const p = intent.price;
      if (p?.max !== undefined) out.push({ kind: 'price-at-most', id: `price${p.belowMax ? '<' : '<='}${p.max}`, label: `Price ${p.belowMax ? 'under' : 'at most'} ${p.max}`, max: p.max, ...(p.belowMax ? { below: true } : {}), currency: p.currency, hard, origin });
      if (p?.min !== undefined) out.push({ kind: 'price-at-least', id: `price>=${p.min}`, label: `Price at least ${p.min}`, min: p.min, currency: p.currency, hard, origin });
      return out.length ? out : [freeTextItem(intent.text, hard)];
    }
    case 'brand':
      return [rejected
        ? { kind: 'brand-is-not', id: `brand!=${w}`, label: `Not ${w}`, brand: w, hard, origin }
        : { kind: 'brand-is', id: `brand=${w}`, label: `Brand ${asWritten(intent, w)}`, brand: w, hard: intent.role === 'wanted', origin }];
    case 'attribute':
    case 'product_type': {
      const m = rejected ? undefined : measureFromText(intent.text, hard, origin);
      if (m) return [m];
      return [rejected
        ? { kind: 'attribute-absent', id: `absent:${w}`, label: `No ${w}`, text: w, name: intent.name, hard, origin }
        : { kind: 'attribute-present', id: `present:${w}`, label: w, text: w, name: intent.name, hard: intent.role === 'wanted', origin }];
    }
    case 'option': {
      const name = intent.name ?? 'option';
      const value = intent.value ?? w;
      // "the most recent Bluetooth version" ranks offers by the version (a superlative); no page says "recent".
      if (/^(?:most\s+)?(?:recent|latest|newest)\b/i.test(value)) return [];
      // "not the White one", "rather than the 2.5-inch one": that option must be absent, never wished for.
      if (rejected) return [{ kind: 'attribute-absent', id: `absent:${value.toLowerCase()}`, label: `No ${value}`, text: value, name, hard, origin }];
      return [{ kind: 'option', id: `option:${name}=${value}`, label: optionLabel(name, value), name, value, hard, origin }];
    }
    case 'rating':
      return intent.number !== undefined
        ? [{ kind: 'rating-at-least', id: `rating>=${intent.number}`, label: `Rated at least ${intent.number}`, min: intent.number, hard, origin }]
        : [freeTextItem(intent.text, hard)];
    case 'quantity': {
      // "a 3-pack", "sold as single", "a multipack": how many one offer sells, which titles state.
      const pack = packSizeOf(intent.value ?? '');
      if (!pack) return [freeTextItem(intent.text, hard)];
      // "not a three-pack", "two-packs are no good": any pack size but that one (a multi-pack turned down is one sold singly).
      if (rejected) return [pack.op === '=' && pack.count > 1 ? { kind: 'pack-size', id: `pack:!=${pack.count}`, label: `Not a pack of ${pack.count}`, op: '!=', count: pack.count, hard, origin }
        : pack.op === '>=' ? { kind: 'pack-size', id: 'pack:=1', label: 'Sold singly', op: '=', count: 1, hard, origin } : freeTextItem(intent.text, hard)];
      return [{ kind: 'pack-size', id: `pack:${pack.op}${pack.count}`, label: pack.label, op: pack.op, count: pack.count, hard, origin }];
    }
    case 'availability':
      return [{ kind: 'in-stock', id: 'in-stock', label: 'In stock', hard, origin }];
    case 'product_ref':
      if (/\b(compatib|fits?|for my|works? with|goes with)\b/i.test(intent.text)) {
        return [{ kind: 'compatible-with', id: `compatible:${w}`, label: `Fits ${w}`, target: w.replace(/^(compatible with|fits?|for my|works? with|goes with)\s+/i, ''), hard, origin }];
      }
      return [{ kind: 'same-product', id: `same:${w}`, label: intent.role === 'referential' ? `Like ${w}` : w, reference: w, hard: intent.role === 'wanted', origin }];
    default:
      return [freeTextItem(intent.text, false)];
  }
}

/** Option names as a card shows them: "Colour: white", "Version: black solid", "Fits: am5". */
const OPTION_SHOWN: Record<string, string> = { colour: 'Colour', color: 'Colour', size: 'Size', variation: 'Version', compatibility: 'Fits', speed: 'Speed', quantity: 'Quantity' };
const optionLabel = (name: string, value: string) => `${OPTION_SHOWN[name] ?? name.charAt(0).toUpperCase() + name.slice(1)}: ${value}`;
/** A name as the shopper wrote it ("Asus"), where the normalised value is only its lower case. */
const asWritten = (intent: ShoppingIntent, value: string) => (intent.text.trim().toLowerCase() === value.toLowerCase() ? intent.text.trim() : value);

/**
 * The pack a quantity value asks for: the rules' "3 pcs", "single", "multipack", or a model's "3-pack",
 * "pack of 3", "3"; undefined for counts of contents ("6 bottles") and a piece count of one ("1 pcs").
 */
function packSizeOf(value: string): { op: Comparison; count: number; label: string } | undefined {
  const v = value.trim().toLowerCase();
  if (/^(?:single|sold (?:as|by) (?:a |the )?single)$/.test(v)) return { op: '=', count: 1, label: 'Sold singly' };
  if (/^(?:multi-?pack|bundle(?: pack)?|value pack)$/.test(v)) return { op: '>=', count: 2, label: 'A multi-pack' };
  const n = /^(\d{1,2})(?:\s?-?\s?(?:pcs|pieces?|pack))?$|^pack of (\d{1,2})$/.exec(v);
  const count = n ? Number(n[1] ?? n[2]) : 0;
  return count > 1 ? { op: '=', count, label: `A pack of ${count}` } : undefined;
}

export function freeTextItem(text: string, hard: boolean): ChecklistItem {
  return { kind: 'free-text', id: `free:${text}`, label: `${text} (no rule can check this)`, text, hard, origin: 'request' };
}

/** A profile like for products: availability wishes ("in stock") are the in-stock check, the rest words to find. */
export function profileLikeItem(like: string): ChecklistItem {
  if (/^\s*(?:in[- ]stock|available(?: now)?|ready to ship|ships? (?:now|today|fast))\s*$/i.test(like)) {
    return { kind: 'in-stock', id: 'in-stock', label: `You want it ${like.trim()}`, hard: false, origin: 'profile' };
  }
  return { kind: 'attribute-present', id: `present:${like}`, label: `You like ${like}`, text: like, hard: false, origin: 'profile' };
}
