/**
 * Requests that quote a product ("alternative for this item: URL", "HDMI cable for this GPU: URL"):
 * what to search for and what to require, derived from the product page that was read first.
 */
import type { ChecklistItem, Comparison, Verdict } from '../checklist/types';
import { measureLabel } from '../checklist/build-shopping';
import { decodeEntities, measures, measuresBeside, modelNumbers, normalizeText, stripTags, tokens } from '../checklist/text';
import type { ProductRecord } from '../page/types';
import { chipsetOpening, makerItem, makerWords, subjectMakerItem } from './card-match';
import { COLOUR_NAMES, coloursIn } from './colour-words';
import { compatibilityKeys } from './compatibility-keys';
import { connectorSpellings, connectorsIn, videoConnectorsIn } from './connectors';
import { madeForItems, madeForStatement, namesQuoted } from './made-for';
import { kindModifierItems, kindOfWord, subjectKind, titleKinds } from './product-kind';
import type { RequestShape, Superlative } from './request-shape';
import { measureFor } from './product-match';
import { withoutStandardNames } from './standards';
import { present } from './spec-items';
import { withoutUrls } from '../intents/quoted-urls';


/** "Arctic Liquid Freezer III 360mm Liquid CPU Cooler, P12 ..." -> "Arctic Liquid Freezer III 360mm Liquid CPU Cooler". */
export function leadingTitle(name: string): string {
  return titleSegments(name)[0]!.trim();
}

/** A title's name and the spec segments after it ("..., Intel/AMD, 2x AF140 ELITE PWM Fans, 270W TDP"). */
function titleSegments(name: string): string[] {
  return decodeEntities(name).split(/,| - | w\/ /);
}

/** The kind of thing, without brand, models and quantities: "Liquid CPU Cooler". */
export function kindWords(name: string): string {
  const named = kindPhrase(name);
  if (named) return named;
  const lead = leadingTitle(name).split(/\s+/);
  // The kind usually closes the name, after the last model number or size: "... M.2 NVMe SSD", "... 360mm Liquid CPU Cooler".
  const lastCoded = lead.map((w) => /\d/.test(w) || /^(I{1,3}|IV|V)$/.test(w)).lastIndexOf(true);
  const tail = lead.slice(Math.max(1, lastCoded + 1));
  if (lastCoded >= 1 && tail.length >= 1) return tail.slice(-3).join(' ');
  const models = new Set(modelNumbers(name));
  const plain = lead.slice(1).filter((w) => !models.has(normalizeText(w)) && !/\d/.test(w) && !/^(I{1,3}|IV|V)$/.test(w));
  return plain.slice(-3).join(' ');
}

/**
 * The kind as the title words it: the kind word and the plain describing words just before it,
 * stopping at sizes, codes and capitalised line names ("Gaming Monitor" of 'Asus 27" TUF Gaming
 * Monitor (VG279Q3A)', "Liquid CPU Cooler", "DIMM Memory" from a later segment).
 */
function kindPhrase(name: string): string | undefined {
  for (const segment of decodeEntities(name).split(/,| - /)) {
    // "CPU with Wraith Stealth Cooler" sells a CPU: what comes after "with" is included, not sold.
    const sold = segment.split(/\s+(?:with|w\/|incl\.?|including|for)\s+/i)[0]!.trim();
    // "Heatsink & Fan" sells a heatsink that carries its fan: the first of two joined kinds is the product.
    const first = sold.split(/\s+(?:&|&amp;|and|\+)\s+/i)[0]!.split(/\s+/);
    const words = first.some(isKindWord) ? first : sold.split(/\s+/);
    const at = words.map(isKindWord).lastIndexOf(true);
    if (at < 0) continue;
    let from = at;
    while (from > 0 && from > at - 2 && isDescribing(words[from - 1]!)) from--;
    return words.slice(from, at + 1).join(' ');
  }
  return undefined;
}

const isKindWord = (w: string) => kindOfWord(w.replace(/[^\w-]/g, '')) !== undefined;

/** "Gaming", "Liquid", "CPU", "NVMe", "DIMM" describe a kind; "TUF", "27\"", "MP600" name a product. */
function isDescribing(word: string): boolean {
  if (/\d|["(]/.test(word)) return false;
  return kindOfWord(word) !== undefined || /^[A-Z][a-z]+$/.test(word) || /^[a-z]/.test(word) || /^(CPU|GPU|SSD|HDD|USB|RGB|ARGB|DIMM|SODIMM|NVMe|LED|OLED|IPS)$/.test(word);
}

export function substituteSubjects(ref: ProductRecord): string[] {
  const name = ref.name ?? '';
  // The same model line from the same maker ("Asus RTX4060" for an "Asus DUAL RTX4060 Ti EVO OC"):
  // its lower and higher tiers are the closest alternatives.
  const brand = leadingTitle(name).split(/\s+/)[0] ?? '';
  const model = modelNumbers(leadingTitle(name))[0];
  const line = model ? `${brand} ${model}` : '';
  // The kind's words describe, they name no product ("Care Gaming Monitor"): searched as a kind, they
  // relax from the front ("gaming monitor", "monitor"), never down to a lone "Care".
  // The kind noun alone too: a shop stops at the first query that finds anything, and "gaming monitor"
  // finding the original itself would hide every plain "monitor" that is just as good.
  // A title naming no kind word ("Asrock X570 TAICHI RAZER, AMD X570, AM4, ATX, ...") is searched by the kind its specs show.
  const words = kindWords(name);
  const kind = (kindOfWord(words.split(/\s+/).pop() ?? '') ? words : titleKinds(name)[0] ?? words).toLowerCase();
  const noun = kind.split(/\s+/).pop() ?? '';
  // "Fractal Design Pop Air (Black Solid) Gaming Case": the model without its edition finds the other editions.
  const allEditions = leadingTitle(name).replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return [...new Set([leadingTitle(name), allEditions, line, kind, kindOfWord(noun) ? noun : ''].filter(Boolean))];
}

/** The words a request uses for the figure each unit measures ("at least the same capacity": GB). */
const NAMED_BY: Record<string, RegExp> = {
  gb: /\b(capacity|storage|space|memory|size|gb|tb)\b/i,
  tb: /\b(capacity|storage|space|size|gb|tb)\b/i,
  mm: /\b(size|radiator|length|mm)\b/i,
  cm: /\b(size|length|cm)\b/i,
  m: /\b(length|long|metres?|meters?)\b/i,
  in: /\b(size|screen|inch(es)?|diagonal)\b/i,
};

/** Metric lengths are one figure however written ("12cm" and "120mm" are one fan size); so are GB and TB of storage. */
const SAME_FIGURE: Record<string, string> = { mm: 'length', cm: 'length', m: 'length', gb: 'capacity', tb: 'capacity' };

/** A size the alternative must share with the original, compared as a number in any unit ("12cm" = "120mm"). */
function sameSizeItem(m: { value: number; unit: string }): ChecklistItem {
  return { kind: 'measure', id: `measure:${m.unit}=${m.value}`, label: `${measureLabel(m.unit, '=', m.value)}, like the original`, unit: m.unit, op: '=', value: m.value, hard: true, origin: 'request' };
}

/** "2.5GB LAN", "10Gb Ethernet", "2.5G LAN": a network port's speed as titles write it. */
const NETWORK_SPEED = /\b\d+(?:\.\d+)?\s?(?:G|GB|Gb|Gbe|GbE)\s+(?:LAN|Ethernet)\b/gi;
/** A drive's random speed ("1.2M/950K IOPS"): no length in metres. */
const IOPS = /\b[\d.]+[KM]?(?:\s*\/\s*[\d.]+[KM]?)?\s*IOPS\b/gi;
/** A kit lens's focal range ("RF 24-105mm"): no size of the camera. */
const FOCAL_RANGE = /\b\d{1,3}\s?-\s?\d{1,3}\s?mm\b/gi;

/** "whatever its storage", "in any capacity", "whichever size": that figure is free. */
// "storage size doesn't matter": so is a figure that does not matter.
const ANY_FIGURE = /\b(?:whatever|whichever|any|every)\s+(?:its\s+|their\s+|the\s+)?(\w+)|\b(\w+)(?:\s+size)?\s+(?:doesn't|does\s+not|don't|do\s+not)\s+matter\b/gi;

/** "A smaller radiator is fine": the original's size becomes a bound in the direction allowed. */
const SIZE_ALLOWED = /\b(?:an?\s+)?(smaller|bigger|larger|shorter|longer|lower|higher)\s+(\w+)\s+(?:is|are|would be|will do)\s*(?:fine|ok|okay|acceptable|allowed|too|as well|no problem)?\b/i;

function allowedDirection(text: string, unit: string): '<=' | '>=' | undefined {
  const m = SIZE_ALLOWED.exec(text);
  if (!m || !NAMED_BY[unit]?.test(m[2]!)) return undefined;
  return /^(?:smaller|shorter|lower)$/i.test(m[1]!) ? '<=' : '>=';
}

/** "a longer antenna cable", "a bigger SSD": a comparative said of the alternative, and the units it compares. */
const WANTED_COMPARATIVE: [RegExp, string[], '>' | '<'][] = [
  [/^longer$/i, ['m', 'cm'], '>'],
  [/^shorter$/i, ['m', 'cm'], '<'],
  [/^(?:bigger|larger)$/i, ['in', 'gb', 'tb'], '>'],
  [/^smaller$/i, ['in', 'gb', 'tb'], '<'],
];
const COMPARATIVE_BEFORE_KIND = /\b(longer|shorter|bigger|larger|smaller)((?:\s+[\w-]+){1,3})/gi;

/**
 * The direction an alternative's figure must move from the original's, where the request asks for a longer
 * (bigger...) one of the original's own kind: "the same laptop with the smaller SSD" is about a part, not the laptop.
 */
function wantedDirection(text: string, unit: string, kind: string | undefined): '>' | '<' | undefined {
  for (const m of text.matchAll(COMPARATIVE_BEFORE_KIND)) {
    const after = m[2]!.trim().split(/\s+/);
    if (!after.some((w) => w.toLowerCase() === 'one' || (kind !== undefined && kindOfWord(w) === kind))) continue;
    const found = WANTED_COMPARATIVE.find(([said, units]) => units.includes(unit) && said.test(m[1]!));
    if (found) return found[2];
  }
  return undefined;
}

/**
 * Figures a title gives for another kind of part ("315mm GPU Support" of a case, as "value+unit"):
 * room for that part, not the product's own size, which an alternative need not share.
 */
function partFigures(title: string, kind: string | undefined): Set<string> {
  const words = tokens(title);
  return new Set(words.filter((w, i) => {
    const next = kindOfWord(words[i + 1] ?? '');
    return measures(w).length > 0 && next !== undefined && next !== kind;
  }).map((w) => `${measures(w)[0]!.value}${measures(w)[0]!.unit}`));
}

/** "open to Intel as well as AMD", "AMD or Intel": either platform will do. */
const EITHER_PLATFORM = /\bopen\s+to\s+(?:both\s+)?(?:Intel|AMD)\s+(?:as\s+well\s+as|and|or)\s+(?:Intel|AMD)\b|\b(?:Intel|AMD)\s+or\s+(?:Intel|AMD)\b/i;

/** Kinds whose size is their screen's. */
const SCREEN_DEVICES = new Set(['monitor', 'tv', 'laptop', 'tablet', 'phone']);
/** A screen a product carries as a part, named with its size: '3.5" LCD', '2.1 inch display'. */
const SCREEN_PART = /\d(?:\.\d+)?\s*(?:"|''|inch(?:es)?|in\b)\s*(?:[\w-]+\s+){0,2}?(?:LCD|OLED|IPS|screen|display)\b/i;

export function substituteItems(ref: ProductRecord, shape: RequestShape, text = shape.requirements): ChecklistItem[] {
  const atLeast = /\bat least\b|\bor (more|better)\b/i.test(shape.requirements);
  // An alternative fits where the original fits: the same socket, the same memory generation.
  const kind = titleKinds(ref.name ?? '')[0];
  // ("... is moving to an AMD Ryzen, and this cooler only fits Intel sockets ... it fits AMD sockets": a platform the
  // alternative must fit instead of the original's is asked, not the original's socket.)
  const otherPlatform = /\b(?:fits?|for|supports?|takes?)\s+(?:an?\s+)?(AMD|Intel)\b/i.exec(shape.requirements)?.[1];
  // ("I'm open to Intel as well as AMD": either platform will do, so the original's socket binds nothing.)
  const eitherPlatform = EITHER_PLATFORM.test(withoutUrls(text));
  const keys = kind ? compatibilityKeys(ref, [kind]).items : [];
  const platformOf = (i: ChecklistItem) => (i.kind !== 'attribute-present' ? undefined : /^present:am\d$/.test(i.id) ? 'amd' : /^present:\d{3,4}$/.test(i.id) ? 'intel' : undefined);
  const out: ChecklistItem[] = keys.filter((i) => !platformOf(i) || (!eitherPlatform && (!otherPlatform || platformOf(i) === otherPlatform.toLowerCase())));
  const units = new Set<string>();
  const ofParts = partFigures(ref.name ?? '', kind);
  // "the same cooler with a 360mm radiator", "whatever its storage": the request says that figure itself, or frees it.
  const said = withoutUrls(text);
  const saidUnits = new Set(measures(said).map((m) => SAME_FIGURE[m.unit] ?? m.unit));
  const freed = [...said.matchAll(ANY_FIGURE)].map((m) => (m[1] ?? m[2])!);
  // A network port's speed ("2.5GB LAN") is no capacity of the original's, a drive's IOPS no length, a kit lens's range no size.
  for (const m of measures((ref.name ?? '').replace(NETWORK_SPEED, ' ').replace(IOPS, ' ').replace(FOCAL_RANGE, ' '))) {
    if (ofParts.has(`${m.value}${m.unit}`)) continue;
    // "Full-Colour 3.5\" LCD Customisable Screen" on a cooler: the size of a screen it carries, no size of the product itself.
    if (m.unit === 'in' && kind && !SCREEN_DEVICES.has(kind) && SCREEN_PART.test(ref.name ?? '')) continue;
    const figure = SAME_FIGURE[m.unit] ?? m.unit;
    // "This lead is only 1.5 metres ... a longer antenna cable": the figure said is the original's, to be beaten.
    const wanted = units.has(figure) ? undefined : wantedDirection(said, m.unit, kind);
    if (wanted) {
      units.add(figure);
      out.push(comparedToOriginal(m, wanted, 'unlike'));
      continue;
    }
    if (saidUnits.has(figure) || freed.some((word) => NAMED_BY[m.unit]?.test(word))) continue;
    // The first quantity of each unit is the product's own; "2 x 16GB" inside a 32GB kit is not.
    if (m.derived || !NAMED_BY[m.unit] || units.has(figure) || (m.unit === 'gb' && units.has('tb'))) continue;
    // "At least the same resolution and refresh rate" keeps those figures (substituteFloors), not the screen's size.
    if (atLeast && !NAMED_BY[m.unit]!.test(shape.requirements)) continue;
    units.add(figure);
    const allowed = allowedDirection(text, m.unit) ?? (atLeast ? '>=' : undefined);
    out.push(allowed ? comparedToOriginal(m, allowed, 'like') : sameSizeItem(m));
  }
  // ("the same RTX 3050 chip, just with 8GB": a figure the request says itself is not the original's.)
  for (const spec of namedSpecItems(ref, shape.requirements)) {
    if (!out.some((i) => i.kind === 'measure' && i.unit === spec.unit) && !saidUnits.has(SAME_FIGURE[spec.unit] ?? spec.unit)) out.push(spec);
  }
  return [...out, ...samePlugItems(ref, kind, said), ...sameMakerItems(ref, shape.requirements)];
}

/** A figure of the original as a bound on the alternative's ("At least 32 GB, like the original", "More than 1.5 m, unlike the original"). */
function comparedToOriginal(m: { unit: string; value: number }, op: Comparison, how: 'like' | 'unlike'): ChecklistItem {
  return { kind: 'measure', id: `measure:${m.unit}${op}${m.value}`, label: `${measureLabel(m.unit, op, m.value)}, ${how} the original`, unit: m.unit, op, value: m.value, hard: true, origin: 'request' };
}

/**
 * "a longer antenna cable instead" of a "Coax Male to Coax Female" one: an alternative cable plugs into
 * what the original did, so it has the same plugs, unless the request names plugs of its own.
 */
function samePlugItems(ref: ProductRecord, kind: string | undefined, said: string): ChecklistItem[] {
  if (kind !== 'cable' || connectorsIn(said).length) return [];
  return connectorsIn(ref.name ?? '').map((plug): ChecklistItem => {
    const anyOf = connectorSpellings(plug);
    return { kind: 'attribute-present', id: `present:${plug.toLowerCase()}`, label: `${plug} plug, like the original`, text: plug, ...(anyOf.length ? { anyOf } : {}), hard: true, origin: 'request' };
  });
}

/**
 * "I want another Asus 360mm cooler", "an Asus one": the original's maker named as the kind's maker
 * keeps the alternative to it; another maker's cooler is no answer, however cheap. Only an article
 * before the maker counts: a refusal ("not from Asus") reaches the requirements without its "not".
 */
function sameMakerItems(ref: ProductRecord, requirements: string): ChecklistItem[] {
  const maker = leadingTitle(ref.name ?? '').split(/\s+/)[0] ?? '';
  if (!/^[a-z][a-z-]+$/i.test(maker) || kindOfWord(maker) !== undefined) return [];
  if (!new RegExp(`\\b(?:another|an?|other)\\s+${maker}\\b`, 'i').test(requirements)) return [];
  return [makerItem(maker)];
}

/** Specs the title's sizes and substituteFloors already keep, by the words that name them. */
const KEPT_ELSEWHERE = /^(capacity|storage|space|memory|size|length|screen|speed|refresh|resolution|colou?r|quality|performance|price)$/i;

/**
 * A spec the request keeps relative to the quoted product, each phrase naming one: as a floor ("at
 * least the same TDP rating", "at least as many cores", "at least as much cache") or as it is ("the
 * same wattage").
 */
const RELATIVE_SPEC = /\b(at least as (?:many|much)|(?:(?:at least|no less than|minimum(?: of)?)\s+(?:the\s+)?|the\s+)same)\s+([a-z][\w-]*)/gi;

/**
 * "at least the same TDP rating", "at least as many cores", "the same wattage": the figure the
 * quoted page writes beside each named spec ("185W TDP", "a TDP of up to 185W"), or in the unit the
 * spec names ("6-Core", "Quad Core"), becomes a floor (or the figure itself) candidates must show,
 * read beside the same spec on theirs.
 */
export function namedSpecItems(ref: ProductRecord, requirements: string): Extract<ChecklistItem, { kind: 'measure' }>[] {
  // "in the same Cobalt Violet": a capitalised name is an edition to keep, no spec with a figure ("TDP" is one).
  // "the same WD My Passport": a capitalised word after it makes it a name, no spec.
  const named = [...requirements.matchAll(RELATIVE_SPEC)].filter((m) => !/^[A-Z][a-z]/.test(m[2]!) && !/^\s+[A-Z]/.test(requirements.slice(m.index! + m[0].length)))
    .map((m) => ({ spec: m[2]!.toLowerCase(), op: /^the\s/i.test(m[1]!) ? '=' as const : '>=' as const }))
    .filter(({ spec }) => !KEPT_ELSEWHERE.test(spec));
  return named.flatMap(({ spec, op }) => {
    const item = specItem(ref, spec, op);
    return item ? [item] : [];
  });
}

function specItem(ref: ProductRecord, spec: string, op: '>=' | '='): Extract<ChecklistItem, { kind: 'measure' }> | undefined {
  const texts = [ref.name ?? '', ...Object.entries(ref.specs).map(([k, v]) => `${k} ${v}`), stripTags(ref.description ?? '')];
  const beside = texts.map((t) => measuresBeside(t, spec).find((m) => !m.derived)).find(Boolean);
  // A spec that names its unit ("wattage", "cores") is the title's own figure in that unit ("1200W PSU", "6-Core") when no figure stands beside the word.
  const unit = SPEC_UNITS[spec];
  const figure = beside ?? (unit ? measures(ref.name ?? '').find((m) => m.unit === unit) : undefined);
  if (!figure) return undefined;
  // Short spec names are acronyms ("tdp" is written "TDP"), but for words that name a unit ("core").
  const name = spec.length <= 4 && !unit ? spec.toUpperCase() : spec;
  // "At least 6 cores" says its spec by the unit; "TDP at least 185 W" names it.
  const figureSaid = measureLabel(figure.unit, op, figure.value);
  const label = `${unit ? figureSaid : `${name} ${figureSaid.charAt(0).toLowerCase()}${figureSaid.slice(1)}`}, like the original`;
  return { kind: 'measure', id: `measure:${spec}:${figure.unit}${op}${figure.value}`, label, unit: figure.unit, op, value: figure.value, near: beside ? spec : undefined, hard: true, origin: 'request' };
}

/** Specs named by what their unit measures: "the same wattage" is the watts, wherever the title writes them. */
const SPEC_UNITS: Record<string, string> = { wattage: 'w', watts: 'w', power: 'w', battery: 'mah', cores: 'core', core: 'core' };

/** The quoted device's port a cable must bridge from, when the device lacks the connector asked for. */
function bridgedPort(ref: ProductRecord, subjects: string[]): string | undefined {
  const wanted = subjects.flatMap(videoConnectorsIn)[0];
  const ports = videoConnectorsIn(ref.name ?? '');
  if (!wanted || !subjects.some((s) => /\b(cable|adapter|converter)s?\b/i.test(s)) || !ports.length || ports.includes(wanted)) return undefined;
  return ports[0];
}

/** Extra things to search for a compatible product: an adapter cable is often called a "converter". */
export function compatibleSubjects(ref: ProductRecord, subjects: string[]): string[] {
  const port = bridgedPort(ref, subjects);
  const wanted = subjects.flatMap(videoConnectorsIn)[0];
  return port && wanted ? [...subjects, `${port} ${wanted}`] : subjects;
}

/** More offers than this, none checked against the quoted product, is the whole kind, not an answer. */
const MAX_UNCHECKED_FITS = 10;

/**
 * Compatible offers when nothing checks them against the quoted product (no socket, size, connector
 * or "made for" statement, nor any wish of the request): up to MAX_UNCHECKED_FITS are listed as they
 * are; more is every offer of the kind, which says nothing about fit, so none is listed and a note
 * asks the shopper to say what the part must match.
 */
export function withoutUncheckedFits<C>(picks: C[], checklist: readonly ChecklistItem[], titleWishes: number, quoted: ProductRecord): { picks: C[]; note?: string } {
  if (picks.length <= MAX_UNCHECKED_FITS || titleWishes > 0 || checklist.some((i) => i.hard)) return { picks };
  return { picks: [], note: `Nothing on the page of ${leadingTitle(quoted.name ?? quoted.url)} says what fits it (no socket, size, connector or product it is made for), so the ${picks.length} offers of the kind asked for were not listed: add what it must match to your request.` };
}

/**
 * "cables that give this case a front USB-C port": where no key says what fits the quoted product (a
 * socket, a size, a device name; the caller knows) and some picks say they are made for it ("...
 * Cable for Fractal Pop & Focus 2 Cases Only" of a "Fractal Design Pop Air" case), those are the
 * answer; the others say nothing of fitting it (any USB-C cable).
 */
export function statedFitsFirst<C extends { offer: { record: ProductRecord } }>(picks: C[], quoted: ProductRecord): C[] {
  const quotedName = quoted.name ?? '';
  const stated = picks.filter((c) => {
    const statement = madeForStatement(c.offer.record.name ?? '');
    return statement !== undefined && namesQuoted(statement, quotedName);
  });
  return stated.length ? stated : picks;
}

/**
 * "cases that this cable adds a front USB-C port to": a clause whose subject is the quoted product
 * says what that product does for the one asked for, so none of its words is asked of the latter
 * (the case need not have the USB-C port the cable brings).
 */
export function withoutQuotedProductClause(shape: RequestShape): RequestShape {
  if (shape.mode !== 'compatible') return shape;
  const requirements = shape.requirements.replace(/^\s*(?:that|which)\s+(?:this|these)\s[^,;]*[,;]?\s*/i, '');
  return requirements === shape.requirements ? shape : { ...shape, requirements };
}

/**
 * What a product must have to go with the quoted one: its colour (hard when the request asks for the
 * same colour), for storage at least its capacity, and for a cable the quoted device's own port on
 * one end when the device lacks the connector asked for ("HDMI cable" for a card with only miniDP
 * outputs: a miniDP-to-HDMI cable), with a plug, not a socket, on the end that goes into the other device.
 */
export function compatibleItems(ref: ProductRecord, subjects: string[], requestText = ''): ChecklistItem[] {
  const name = ref.name ?? '';
  const out: ChecklistItem[] = [];
  const sameColour = /\bsame colou?r|matching colou?r|colou?r match/i.test(requestText);
  for (const c of coloursIn(name)) {
    out.push({ kind: 'attribute-present', id: `present:${c}`, label: `${c} like ${leadingTitle(name)}`, text: c, hard: sameColour, origin: 'request' });
  }
  const capacity = measures(name).find((m) => m.unit === 'tb') ?? measures(name).find((m) => m.unit === 'gb');
  if (capacity && subjects.some((s) => /\b(ssd|drive|disk|storage|hdd)/i.test(s))) {
    out.push({ kind: 'measure', id: `measure:${capacity.unit}>=${capacity.value}`, label: `Holds at least ${measureLabel(capacity.unit, '=', capacity.value)}`, unit: capacity.unit, op: '>=', value: capacity.value, hard: true, origin: 'request' });
  }
  // A band, strap or case fits a watch of its case size: a 41mm watch takes 41mm bands, not 45mm ones.
  const caseSize = measures(name).find((m) => m.unit === 'mm');
  if (caseSize && titleKinds(name).includes('watch') && subjects.some((s) => subjectKind(s) !== undefined && subjectKind(s) !== 'watch')) {
    out.push({ kind: 'attribute-present', id: `present:${caseSize.value}mm`, label: `For a ${caseSize.value}mm case, like ${leadingTitle(name)}`, text: `${caseSize.value}mm`, anyOf: [`${caseSize.value} mm`], hard: true, origin: 'request' });
  }
  out.push(...subjects.flatMap(lackedPartItems), ...subjectMakerItems(name, subjects), ...portsAskedItems(requestText, subjects), ...includedModelItems(name, subjects, requestText), ...coolableItems(name, subjects, requestText), ...heatRatedItems(ref, subjects, requestText), ...sameFanSizeItems(ref, subjects, requestText));
  // A socket, a memory generation or a connector says what fits; where none does, the part's own word does.
  const keys = compatibilityKeys(ref, subjects, requestText);
  // A size the part is asked in ("12cm fans" for a case) is what fits, as a standard is.
  // ("The extra fans should be the 140mm size": said in the request's words too.)
  const sizeSaid = measures(withoutUrls(requestText)).some((m) => m.unit === 'mm' || m.unit === 'cm');
  if (!keys.items.length && !keys.wishes?.length && !sizeSaid && !subjects.some((s) => videoConnectorsIn(s).length || measures(s).length)) out.push(...madeForItems(name, subjects));
  const port = bridgedPort(ref, subjects);
  const wanted = subjects.flatMap(videoConnectorsIn)[0];
  if (port && wanted) {
    out.push({ kind: 'attribute-present', id: `present:${port.toLowerCase()}`, label: `${port} on one end, like ${leadingTitle(name)}`, text: port, hard: true, origin: 'request' });
    out.push({ kind: 'attribute-absent', id: `absent:${wanted.toLowerCase()} female`, label: `A ${wanted} plug, not a socket`, text: `${wanted} female`, hard: true, origin: 'request' });
  }
  return out;
}

/** "180 mm front fans", "2x 14cm fans": a fan size the quoted product's texts state, with where the fans sit. */
const FAN_SIZE_STATED = /\b(\d{2,3})\s?(mm|cm)\s+(?:(front|rear|top|side|bottom)\s+)?(?:pwm\s+|argb\s+|rgb\s+)?fans?\b/gi;

/**
 * "replace them with fans of the same size": the fan size the quoted case or cooler states for its
 * fans (those at the place the request names, "front", when it names one) is the size asked.
 */
function sameFanSizeItems(ref: ProductRecord, subjects: readonly string[], requestText: string): ChecklistItem[] {
  if (!subjects.some((s) => subjectKind(s) === 'fan') || !/\bsame\s+(?:fan\s+)?size\b|\bsame-sized\b/i.test(requestText)) return [];
  const place = /\b(front|rear|top|side|bottom)\s+fans?\b/i.exec(requestText)?.[1]?.toLowerCase();
  const stated = [...`${ref.name ?? ''} ${stripTags(ref.description ?? '')}`.matchAll(FAN_SIZE_STATED)]
    .map((m) => ({ mm: Number(m[1]) * (m[2]!.toLowerCase() === 'cm' ? 10 : 1), place: m[3]?.toLowerCase() }));
  const size = (stated.find((f) => place && f.place === place) ?? stated[0])?.mm;
  return size ? [{ kind: 'measure', id: `measure:mm=${size}`, label: `${size} mm fans, the size of ${leadingTitle(ref.name ?? '')}'s`, unit: 'mm', op: '=', value: size, hard: true, origin: 'request' }] : [];
}

/** A cooler's rated heat ("95W TDP"): the watts its title gives beside TDP. */
const RATED_TDP = /\b(\d{2,3})\s?W\s+TDP\b|\bTDP\s*:?\s*(\d{2,3})\s?W\b/i;

/**
 * "processors it can cool, with a TDP no higher than it is rated for": a quoted cooler's rated TDP is
 * the most a processor may give off, and processors are titled by their watts ("Quad Core, 60W").
 * Only where the request speaks of what the cooler can cool or of TDP: a socket alone decides the fit.
 */
function coolableItems(name: string, subjects: readonly string[], requestText: string): ChecklistItem[] {
  const tdp = RATED_TDP.exec(name);
  const watts = tdp ? Number(tdp[1] ?? tdp[2]) : undefined;
  if (!watts || !titleKinds(name).includes('cooler') || !subjects.some((s) => subjectKind(s) === 'cpu') || !/\b(?:tdp|can cool|cool(?:s|ing)? (?:it|them))\b/i.test(requestText)) return [];
  return [{ kind: 'measure', id: `measure:w<=${watts}`, label: `Gives off at most ${watts} W, the TDP the cooler is rated for`, unit: 'w', op: '<=', value: watts, hard: true, origin: 'request' }];
}

/** A spec table's "TDP 105W", run together in some exports ("TDPn105Wnnn": the line breaks left as "n"). */
const SPEC_TABLE_TDP = /TDP(?:n|\s|:)*(\d{2,3})\s?W(?!\d)/;

/** "rated for at least as much heat as this processor puts out", "a cooler that can handle its TDP": the quoted processor's heat. */
const AS_MUCH_HEAT = /\b(?:at\s+least\s+)?as\s+much\s+heat\s+as\b|\b(?:handles?|copes?\s+with|rated\s+for|deal\s+with|cool)\s+(?:its|the\s+(?:processor's|cpu's|chip's))\s+(?:full\s+)?(?:tdp|heat)\b/i;

/**
 * A cooler for a quoted processor, rated for at least the heat the processor gives off: its TDP, from the title or the
 * page's spec table ("TDP 105W"), against the watts a cooler's title gives beside TDP ("130W TDP").
 */
function heatRatedItems(ref: ProductRecord, subjects: readonly string[], requestText: string): ChecklistItem[] {
  const name = ref.name ?? '';
  if (!titleKinds(name).includes('cpu') || !subjects.some((s) => subjectKind(s) === 'cooler') || !AS_MUCH_HEAT.test(requestText)) return [];
  const description = stripTags(ref.description ?? '');
  const tdp = RATED_TDP.exec(name) ?? RATED_TDP.exec(description) ?? SPEC_TABLE_TDP.exec(description);
  const watts = tdp ? Number(tdp[1] ?? tdp[2]) : undefined;
  return watts ? [{ kind: 'measure', id: `measure:tdp>=${watts}`, label: `Cools at least ${watts} W, the TDP of ${leadingTitle(name)}`, unit: 'w', op: '>=', value: watts, near: 'tdp', hard: true, origin: 'request' }] : [];
}

/** "a second fan of the same model that it comes with": the part the quoted product includes. */
const SAME_AS_INCLUDED = /\bsame\s+(?:model|one|kind|type)\b[^.]*\b(?:comes?|came|ships?|shipped)\s+with\b|\b(?:the\s+)?(?:model|one)\s+(?:it|that)\s+(?:comes?|came|ships?)\s+with\b/i;

/**
 * "Find all offers for a second fan of the same model that it comes with": the quoted title names
 * the included part ("1x Pure Wings 3 PWM Fans"); its model words, without the count and the kind,
 * are what the answer's title must carry.
 */
function includedModelItems(quotedName: string, subjects: string[], requestText: string): ChecklistItem[] {
  const kind = subjectKind(subjects[0] ?? '');
  if (!kind || !SAME_AS_INCLUDED.test(requestText)) return [];
  const segment = quotedName.split(/,| - | w\/ /).slice(1).find((s) => titleKinds(s).includes(kind));
  const model = segment?.trim().split(/\s+/).filter((w) => !/^\d+x$/i.test(w) && kindOfWord(w.toLowerCase().replace(/[^\w-]/g, '')) === undefined).join(' ');
  if (!model || !/[A-Za-z]{3,}/.test(model)) return [];
  return [{ kind: 'attribute-present', id: `present:${model.toLowerCase()}`, label: `${model}, the ${kind} it comes with`, text: model, hard: true, origin: 'request' }];
}

/**
 * "Asrock ATX motherboards that this processor fits": a maker named before the kind makes the part, so
 * another maker's board is no answer. Standards are no maker ("ATX"), and words the quoted product's
 * own name carries ("Apple Watch bands" for an Apple Watch) name the device the part goes with.
 */
function subjectMakerItems(quotedName: string, subjects: string[]): ChecklistItem[] {
  if (subjects.length !== 1) return [];
  // "H670 boards": the chipset the subject opens with is required as such, no maker.
  const chipset = chipsetOpening(subjects[0]!);
  if (chipset) return [present(chipset)];
  const named = makerWords(subjects[0]!) ?? '';
  // "Corsair Vengeance RGB memory kits": a line's lighting edition is its name ("Vengeance RGB" is not the plain Vengeance).
  const maker = /\s(?:A-?)?RGB$/i.test(named) && /\s/.test(withoutStandardNames(named).trim()) ? named : withoutStandardNames(named);
  if (!/[a-z]/i.test(maker) || normalizeText(quotedName).includes(normalizeText(maker))) return [];
  return [subjectMakerItem(maker, subjects[0]!)];
}


/** "with DisplayPort", "needs a DisplayPort output": a port named after such words, within two words. */
const PORT_ASKED = /\b(?:with|needs?|has|have|having|offers?)\s+(?:an?\s+|one\s+|at least one\s+)?([\w.+-]+(?:\s+[\w.+-]+)?)/gi;

/**
 * "Asrock boards with DisplayPort that this processor fits": a port the request names for the part is
 * one its page must show (a board whose outputs are "HDMI" only has none). A cable's or adapter's
 * connectors are its ends, which bridgedPort reads, so a part named by a connector is left alone.
 */
function portsAskedItems(requestText: string, subjects: string[]): ChecklistItem[] {
  if (subjects.some((s) => connectorsIn(s).length || /\b(cable|adapter|converter|hub|dock)s?\b/i.test(s))) return [];
  const said = withoutUrls(requestText);
  const ports = new Set([...said.matchAll(PORT_ASKED)].flatMap((m) => connectorsIn(m[1]!).slice(0, 1)));
  return [...ports].map((port) => ({ kind: 'attribute-present', id: `present:${port.toLowerCase()}`, label: `Has ${port}`, text: port, anyOf: connectorSpellings(port), hard: true, origin: 'request' }));
}

/**
 * "fanless cases", "cordless drills": a describing word saying the product goes without a part is a
 * spec it must state, not a taste to rank by: a case with fans is no fanless case.
 */
function lackedPartItems(subject: string): ChecklistItem[] {
  return kindModifierItems(subject).filter((i) => i.kind === 'attribute-present' && /^[a-z]{3,}less$/.test(i.text)).map((i) => ({ ...i, hard: true }));
}

/**
 * The same product as the quoted one, listed by another shop: the same name before its first comma,
 * and the same sizes and colours anywhere in the title ("HDMI Cable, 3 Metres" is not "HDMI Cable, 1.5 Metres").
 */
export function isSameProduct(a: ProductRecord, b: ProductRecord): boolean {
  // "Case Fans (2 Pack)" and "Case Fans x2": one pack, however a shop writes its count.
  const lead = (r: ProductRecord) => normalizeText(leadingTitle(r.name ?? '').replace(/\(?\b(\d{1,2})[\s-]?(?:pack|pk)\b\)?|\bx\s?(\d{1,2})\b/gi, (_m, a?: string, b?: string) => `x${a ?? b}`));
  const colours = (r: ProductRecord) => coloursIn(decodeEntities(r.name ?? '')).sort().join(' ');
  const sizes = (r: ProductRecord) => [...new Set(measures(r.name ?? '').map((m) => `${m.value}${m.unit}`))].sort().join(' ');
  return lead(a) !== '' && (lead(a) === lead(b) || sameModelOtherName(a.name ?? '', b.name ?? '')) && colours(a) === colours(b) && sizes(a) === sizes(b);
}

/**
 * "Corsair A115 High-Performance Heatsink & Fan, Intel/AMD, 2x AF140 ELITE PWM Fans, 270W TDP" and
 * "Corsair A115 Twin Tower Heatsink & Fan, ..." (the same specs after the name): one model a shop
 * names in its own words. The maker, the model numbers and at least two spec segments must agree.
 */
function sameModelOtherName(a: string, b: string): boolean {
  const parts = (name: string) => titleSegments(name).map((p) => normalizeText(p)).filter(Boolean);
  const [pa, pb] = [parts(a), parts(b)];
  if (pa.length < 3 || pa.length !== pb.length || pa.slice(1).join('|') !== pb.slice(1).join('|')) return false;
  const [ma, mb] = [modelNumbers(pa[0]!), modelNumbers(pb[0]!)];
  return ma.length > 0 && ma.join(' ') === mb.join(' ') && tokens(pa[0]!)[0] === tokens(pb[0]!)[0];
}

/**
 * The same product at two shops fits the same things: what one shop's page states (a case's "SSI-EEB"
 * support) holds for another shop's listing of it that leaves it out, so a stated spec one listing
 * passes, the other passes too.
 */
export function withSameProductStatements<C extends { offer: { record: ProductRecord }; verdicts: Verdict[] }>(candidates: C[]): C[] {
  return candidates.map((c) => {
    const twins = candidates.filter((o) => o.offer.record.url !== c.offer.record.url && isSameProduct(o.offer.record, c.offer.record));
    if (!twins.length) return c;
    const verdicts = c.verdicts.map((v) => {
      // (A size said on one shop's page, "2.5-inch", is the same product's size at the shop whose page leaves it out.)
      if (v.status === 'pass' || (v.kind !== 'attribute-present' && v.kind !== 'option')) return v;
      // (Not what the other's title says and this title does not: "..., XMP 3.0, PMIC" and "..., AMD Optimised, PMIC" under one
      // name are two kits, each titled by what it is.)
      const stated = twins.map((t) => t.verdicts.find((x) => x.itemId === v.itemId && x.status === 'pass' && x.evidence?.field !== 'name')).find((x) => x !== undefined);
      return stated ? { ...stated, reason: `${stated.reason}, as the same product's page at another shop states` } : v;
    });
    return { ...c, verdicts };
  });
}

/**
 * A substitute request that names nothing the alternative may do differently: no clause at all, one
 * that only keeps what the quoted product is ("in the same white finish"), or "this is the one I
 * want, only for less money".
 */
export function asksOnlyLessMoney(requirements: string, said: string): boolean {
  const clause = requirements.trim();
  // "I want exactly this pack again ... from a shop that asks less": the very product, for less.
  const again = /^(?:exactly|precisely|just)\s+(?:this|that|the\s+same)\s+[\w-]+(?:\s+again)?$/i;
  return !clause || /^(?:in|with|of)?\s*the\s+same\s+(?:[\w-]+\s+)?(?:finish|colou?r|look|style|design)$/i.test(clause) || again.test(clause)
    || (/\b(?:is|'s)\s+the\s+one\s+(?:i|we)\s+want\b|\bexactly\s+(?:this|that)\s+one\b/i.test(said) && /^(?:in|with|of)?\s*the\s+same\b/i.test(clause));
}

/**
 * "The cheapest alternative for this item", with no criteria the alternative must meet: only the
 * same product is surely as good in every respect, so when another shop sells it for less, those
 * offers are the answer; other models are compared only when none does (or when the request says
 * what may change: "at least the same capacity", "a slight loss in performance").
 */
export function sameProductCheaper<C extends { offer: { record: ProductRecord } }>(ref: ProductRecord, candidates: C[], requestText = ''): C[] {
  const refPrice = ref.price ?? Number.POSITIVE_INFINITY;
  // "Black would honestly be fine too": the same product in that colour is as good.
  const inColours = [ref, ...otherColoursFine(requestText).map((colour) => recoloured(ref, colour))];
  return candidates.filter((c) => inColours.some((r) => isSameProduct(r, c.offer.record)) && (c.offer.record.price ?? Number.POSITIVE_INFINITY) < refPrice);
}

/**
 * "The very same Antec C8 in black would do", "I'd like this Asus Prime AP201 ... in white instead of black": the quoted
 * product itself in another colour is the alternative; its offers in that colour, whatever their price.
 */
export function sameProductInColour<C extends { offer: { record: ProductRecord } }>(ref: ProductRecord, candidates: C[], requestText: string): C[] {
  const own = coloursIn(ref.name ?? '');
  // A title naming no colour cannot be said in another one (its white edition is titled apart: "LC III 240 ARGB White").
  if (!own.length) return [];
  // ("the very same Corsair iCUE 5000D RGB AIRFLOW in black or in white": either colour, its own among them.)
  const named = [...requestText.matchAll(COLOUR_INSTEAD)].flatMap((m) => [m[1], m[2], m[3]]).filter((c): c is string => c !== undefined).map((c) => c.toLowerCase());
  const wanted = named.find((c) => !own.includes(c));
  if (!wanted) return [];
  // The whole title, recoloured, first: "AP201 Gaming Case, ..., Quasi-Filter Mesh" shares the leading name of the glass edition.
  const whole = (r: ProductRecord) => normalizeText(decodeEntities(r.name ?? ''));
  const editionOf = (edition: ProductRecord) => {
    const exact = candidates.filter((c) => whole(c.offer.record) === whole(edition));
    return exact.length ? exact : candidates.filter((c) => isSameProduct(edition, c.offer.record));
  };
  return [...editionOf(recoloured(ref, wanted)), ...(named.some((c) => own.includes(c)) ? editionOf(ref) : [])];
}

const COLOUR_INSTEAD = new RegExp(String.raw`\bin\s+(${COLOUR_NAMES.join('|')})\s+(?:instead\b|would\s+do\b|will\s+do\b|this\s+time\b|please\b)|\b(?:the\s+)?(?:very\s+)?same\s+[^.;:]{0,60}?\s+in\s+(${COLOUR_NAMES.join('|')})\b(?:\s+or\s+(?:in\s+)?(${COLOUR_NAMES.join('|')})\b)?`, 'gi');

/** "Black would honestly be fine too", "white works too": colours the shopper takes besides the quoted one. */
const COLOUR_FINE_TOO = new RegExp(String.raw`\b(${COLOUR_NAMES.join('|')})\s+(?:(?:would|will)\s+)?(?:honestly\s+|also\s+|really\s+|totally\s+)?(?:be\s+|is\s+)?(?:fine|ok|okay|good|acceptable|works?)\s+(?:too|as\s+well)\b`, 'gi');

function otherColoursFine(text: string): string[] {
  return [...text.matchAll(COLOUR_FINE_TOO)].map((m) => m[1]!.toLowerCase());
}

/** The quoted product's name in another colour, its own colour words replaced. */
function recoloured(ref: ProductRecord, colour: string): ProductRecord {
  const name = coloursIn(ref.name ?? '').reduce((n, own) => n.replace(new RegExp(`\\b${own}\\b`, 'gi'), colour[0]!.toUpperCase() + colour.slice(1)), ref.name ?? '');
  return { ...ref, name };
}

/**
 * Figures an alternative must reach: the ones the request says to keep ("at least the same speed"),
 * and, when it names no criteria at all, every performance figure the original's title shows (an
 * alternative that is slower or has a lower refresh rate is a downgrade, not an alternative). "A
 * slight loss in performance" names a criterion that allows less, so nothing is kept there.
 */
/**
 * "The cooler's rated TDP has to cover the processor's turbo power figure": a floor on the part's rated watts, the quoted
 * processor's turbo figure ("125W (190W Turbo)") where the request names turbo, boost or peak power, else its base figure.
 */
export function coveredPower(ref: ProductRecord, text: string): NonNullable<RequestShape['floors']> {
  const said = /\b(?:tdp|rated\s+(?:power|wattage|watts)|cooling\s+capacity)\b[^.]*?\b(?:covers?|handles?|matches|match|meets?|exceeds?|at\s+least|copes?\s+with)\b[^.]*?\b(?:processor|cpu|chip)(?:['’]s)?\b([^.]*)/i.exec(text);
  if (!said) return [];
  const name = ref.name ?? '';
  const turbo = /\b(\d{2,3})\s?W\s*(?:Turbo|Boost|max(?:imum)?|peak|PL2)\b/i.exec(name)?.[1];
  const base = /\b(\d{2,3})\s?W\b/i.exec(name)?.[1];
  const value = /\b(?:turbo|boost|max(?:imum)?|peak)\b/i.test(said[1]!) && !/\bnot\s+(?:just\s+)?(?:its\s+|the\s+)?(?:turbo|boost)/i.test(said[1]!) ? turbo ?? base : base;
  return value ? [{ measure: 'power', value: Number(value) }] : [];
}

export function substituteFloors(ref: ProductRecord, requirements: string): NonNullable<RequestShape['floors']> {
  const name = ref.name ?? '';
  const keep: Superlative['measure'][] = [];
  const atLeast = /\b(at least|or (more|better|faster|higher))\b/i.test(requirements);
  // Speed is the clock for memory (MHz) and the read speed for drives: 'speed' reads whichever the title gives.
  // A drive's write speed is its own figure: "at least the same write speed" is not its read speed.
  if (atLeast && /\bwrit(e|es|ing)\b/i.test(requirements)) keep.push('write-speed');
  const otherSpeed = requirements.replace(/\bwrit(?:e|es|ing)\s+speeds?\b/gi, ' ');
  // ("as long as it's still rated at 6000MHz or faster": a speed the shopper states is the floor, not the original's.)
  const statesSpeed = /\b\d+(?:[.,]\d+)?\s?(?:mhz|mt\/s|mb\/s|gb\/s)\b/i.test(otherSpeed);
  if (!requirements.trim() || (atLeast && !statesSpeed && /\b(speed|fast|read\b)/i.test(otherSpeed))) keep.push('speed');
  if (!requirements.trim() || (atLeast && /\b(refresh|hz)\b/i.test(requirements))) keep.push('refresh-rate');
  if (!requirements.trim() || (atLeast && /\bresolution\b/i.test(requirements))) keep.push('resolution');
  return keep.flatMap((measure) => {
    const value = measureFor(name, measure);
    return value === undefined ? [] : [{ measure, value }];
  });
}
