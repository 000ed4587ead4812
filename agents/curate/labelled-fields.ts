/**
 * A request written as a form of labelled fields ("Item: all-in-one liquid CPU cooler. Maker: Corsair. Radiator: 360 mm."),
 * or a kind labelled with its maker ("RAM: Corsair, DDR5, 32GB ..."), said again as the one sentence the readings of
 * request-shape.ts expect ("I need a Corsair all-in-one liquid CPU cooler with a 360 mm radiator."). Wording only: what
 * each field asks is read later, as if the shopper had written the sentence.
 */
import { isKindOnly, subjectKind } from './product-kind';
import { withoutStandardNames } from './standards';

/** "Item: ...", "Maker: ...": a field of one or two words, a colon, its value, up to the end of its sentence. */
const FIELD = /(?<=^|[.!?;]\s+)([A-Z][a-z]+(?:\s+[a-z]+)?):\s+([^.!?;:]+?)(?:[.;](?=\s|$)|$)/g;
/** The field that names the thing wanted. */
const ITEM_LABEL = /^(?:item|product|part|type|category|kind|component|article|need(?:ed)?|request(?:ed)?\s+item)$/i;
/** The field that names its maker. */
const MAKER_LABEL = /^(?:maker|brand|manufacturer|make|vendor|producer)$/i;
/** Fields that say something other than what the thing is (who asks, why, where to buy). */
const NOTE_LABEL = /\b(?:note|notes|reason|comment|comments|remark|context|budget|deadline|contact|supplier|shop|request|action|qty|quantity)\b/i;

/** "Radiator: 360 mm" as "a 360 mm radiator"; "Colour: white" as "white". */
function fieldSaid(label: string, value: string): string {
  return /^\d/.test(value.trim()) ? `a ${value.trim()} ${label.toLowerCase()}` : value.trim();
}

/** A maker's name alone: one capitalised word with no figure that names no standard ("Corsair", not "DDR5"). */
export function isMakerWord(word: string): boolean {
  return /^[A-Z][\w!-]*$/.test(word) && !/\d/.test(word) && withoutStandardNames(word).trim() !== '';
}

/** "Acme case" and "must take an E-ATX board; ..." as "I need an Acme case that must take an E-ATX board; ...": what follows is a clause on it. */
function neededWith(thing: string, rest: string): string {
  const said = rest.trim();
  const joiner = /^(?:must|should|has\s+to|needs?\s+to|takes?|holds?|fits?|supports?|comes?)\b/i.test(said) ? 'that' : 'with';
  return `I need ${/^[aeiou]/i.test(thing) ? 'an' : 'a'} ${thing} ${joiner} ${said}`;
}

/** The request with a form of labelled fields said as one sentence; any other request unchanged. */
export function fieldsAsSentence(text: string): string {
  // "RAM: Corsair, DDR5, ...", "Case: Corsair; must take ...": a kind labelled with its maker is that maker's kind, and the
  // list after the maker is what it must have ("Memory: Corsair, DDR4, 32GB as two 16GB sticks" is Corsair memory with those).
  const labelledKind = /^([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}):\s+([A-Z][\w!-]*)\s*([,;])/.exec(text);
  // ("Phone requirements: Samsung; black; ..." is a heading over a list of wishes, read as such by request-shape.ts.)
  if (labelledKind && isKindOnly(labelledKind[1]!) && subjectKind(labelledKind[1]!) && isMakerWord(labelledKind[2]!) && !/\b(?:spec|specs|specification|requirements?|checklist|criteria|shopping|list)$/i.test(labelledKind[1]!)) {
    return neededWith(`${labelledKind[2]} ${labelledKind[1]}`, text.slice(labelledKind[0].length));
  }
  // "Spec: Be Quiet case; must take an E-ATX board; ...": a heading of no kind, then the thing and what it must do.
  const headed = /^(?:spec|specs|specification|requirements?|checklist|criteria|wanted|wish\s*list|shopping\s+list)\s*:\s*([^;,.:]+?)\s*([;,])\s*/i.exec(text);
  if (headed && subjectKind(headed[1]!) && headed[1]!.trim().split(/\s+/).length <= 4) {
    return neededWith(headed[1]!.trim(), text.slice(headed[0].length));
  }
  const fields = [...text.matchAll(FIELD)];
  const item = fields.find((f) => ITEM_LABEL.test(f[1]!));
  if (!item || fields.length < 2) return text;
  const maker = fields.find((f) => MAKER_LABEL.test(f[1]!) && isMakerWord(f[2]!.trim().split(/\s+/)[0]!));
  const specs = fields.filter((f) => f !== item && f !== maker && !NOTE_LABEL.test(f[1]!) && f[2]!.trim().split(/\s+/).length <= 4);
  const said = [maker ? `${maker[2]!.trim()} ${item[2]!.trim()}` : item[2]!.trim(), ...specs.map((f) => `with ${fieldSaid(f[1]!, f[2]!)}`)].join(' ');
  // The fields read are said once, where the item was; the others (notes, who asks) stay as written.
  const used = new Set([item, maker, ...specs].filter(Boolean));
  let out = '';
  let from = 0;
  for (const f of fields) {
    if (!used.has(f)) continue;
    out += text.slice(from, f.index!) + (f === item ? `I need ${/^[aeiou]/i.test(said) ? 'an' : 'a'} ${said}.` : '');
    from = f.index! + f[0].length;
  }
  return (out + text.slice(from)).replace(/\s{2,}/g, ' ').trim();
}
