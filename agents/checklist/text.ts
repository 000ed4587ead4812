/**
 * Text normalisation shared by the item kinds and the curation agents: shops write the same thing
 * many ways ("3 Metres", "3m", "S24+", "S24 Plus", "&amp;"), so everything is compared normalised.
 */

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#039': "'" };

const UNIT_ALIASES: [RegExp, string][] = [
  [/^(metres?|meters?|mtrs?|m)$/, 'm'],
  [/^(centimetres?|centimeters?|cm)$/, 'cm'],
  [/^(millimetres?|millimeters?|mm)$/, 'mm'],
  [/^(terabytes?|tb)$/, 'tb'],
  [/^(gigabytes?|gb)$/, 'gb'],
  [/^(inch(es)?|in|")$/, 'in'],
  [/^(hz|mhz|ghz|w|mah|rpm)$/, ''],
  [/^cores?$/, 'core'],
  // Battery life ("Up to 19 Hours Run Time"); not "h", which ends processor models ("i5-13420H").
  [/^(hours?|hrs?)$/, 'hr'],
];

/** Processor core counts written as words ("Quad Core"), so "at least 4 cores" can be checked. */
const CORE_WORDS: Record<string, number> = { single: 1, dual: 2, quad: 4, hexa: 6, six: 6, octa: 8, eight: 8 };

export function decodeEntities(text: string): string {
  // Shop exports double-encode ("&amp;amp;"), so decode until nothing changes.
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
    if (next === out) break;
    out = next;
  }
  return out;
}

function canonicalUnit(unit: string): string {
  for (const [re, canon] of UNIT_ALIASES) if (re.test(unit)) return canon || unit;
  return unit;
}

/** Lower-case, entities decoded, accents stripped, "+" spelled out, numbers glued to their unit. */
export function normalizeText(text: string): string {
  // Trademark signs glued to a word ("Purple™") would become letters under NFKD ("purpletm").
  let t = decodeEntities(text).replace(/[\u2122\u00ae\u00a9\u2120]/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  t = t.replace(/(\w)\+(?=\s|$|[,)])/g, '$1 plus');
  // "SO-DIMM", "SO DIMM", "SODIMM": one word, however a title spells it.
  t = t.replace(/\bso[\s-]?dimm/g, 'sodimm');
  t = t.replace(/(\d)\s*"/g, '$1 in ');
  // "270°" and "270-degree" are one figure.
  t = t.replace(/(\d)\s*\u00b0(?![cf]\b)/g, '$1 degree ').replace(/(\d)[\s-]*degrees?\b/g, '$1 degree');
  // A phone's memory and storage written as one figure ("8/256GB"): both are gigabytes.
  t = t.replace(/\b(\d{1,2})\s*\/\s*(\d{2,4})\s*(gb|tb)\b/g, '$1gb / $2$3');
  t = t.replace(/[^a-z0-9.\s/-]+/g, ' ').replace(/[/]/g, ' / ');
  // Keep dots only inside numbers and names like "m.2"; drop hyphens between letters and digits ("b650-a" stays searchable as "b650 a").
  // A figure hyphenated onto letters is a model code ("IB-1817M" is no 1817 metres): kept as one word.
  t = t.replace(/\b([a-z]{1,4})-(\d{3,}[a-z]+)\b/g, '$1$2');
  t = t.replace(/(?<![a-z0-9])\.|\.(?![a-z0-9])/g, ' ').replace(/-/g, ' ');
  t = t.replace(/\b(single|dual|quad|hexa|six|octa|eight) core\b/g, (_m, w: string) => `${CORE_WORDS[w]} core`);
  // "8C/16T": eight cores, sixteen threads.
  t = t.replace(/\b(\d{1,2})c \/ \d{1,3}t\b/g, '$1 core');
  // "930 x 400 mm": the unit after a dimension's last figure is every figure's. Counts stay counts
  // ("2 x 120mm fans"): a dimension's figures have two digits or more.
  t = t.replace(/\b(\d{2,}(?:\.\d+)?)\s*x\s*(\d{2,}(?:\.\d+)?)(?:\s*x\s*(\d{2,}(?:\.\d+)?))?\s*(mm|cm|millimetres?|millimeters?|centimetres?|centimeters?)\b/g,
    (_m, a: string, b: string, c: string | undefined, u: string) => [a, b, c].filter(Boolean).map((n) => `${n}${canonicalUnit(u)}`).join(' x '));
  // A figure and its unit are one word ("120 mm" -> "120mm"); not a slot's name after a model number ("Legend 800 M.2").
  t = t.replace(/\b(\d+(?:\.\d+)?)\s*(metres?|meters?|mtrs?|m|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|terabytes?|tb|gigabytes?|gb|inch(?:es)?|in|mhz|ghz|hz|w|mah|rpm|cores?|hours?|hrs?)\b(?!\.\d)/g,
    (_m, n: string, u: string) => `${n}${canonicalUnit(u)}`);
  return t.replace(/\s+/g, ' ').trim();
}

export function tokens(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/** Words whose singular ends in "s": never cut ("lens", not "len"; "lenses" -> "lens"). */
const S_SINGULARS = new Set(['lens', 'bus', 'gas', 'chassis', 'series', 'news', 'plus', 'canvas', 'atlas', 'alias', 'status', 'apparatus', 'species', 'mattress']);

/**
 * Naive singular, enough for "straps"/"strap", "cases"/"case", "ssds"/"ssd", "headphones"/"headphone",
 * and the "-es" plurals of words ending in s, x, ch, sh or z ("lenses", "boxes", "switches", "glasses").
 */
export function singular(token: string): string {
  if (S_SINGULARS.has(token)) return token;
  if (token.endsWith('es') && S_SINGULARS.has(token.slice(0, -2))) return token.slice(0, -2);
  if (token.length > 4 && /(sses|xes|ches|shes|zzes)$/.test(token)) return token.slice(0, -2);
  if (token.length > 3 && /[a-z]s$/.test(token) && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** True when every token of `phrase` occurs in `text` as a whole word (plural-insensitive), in order-free fashion. */
export function containsAllTokens(text: string, phrase: string): boolean {
  const have = new Set(tokens(text).map(singular));
  return tokens(phrase).every((t) => have.has(singular(t)));
}

/** British and American spellings of one word, read as one: shops write "Aluminum Case" where a request says "aluminium". */
const ONE_SPELLING: Readonly<Record<string, string>> = {
  aluminium: 'aluminum', grey: 'gray', colour: 'color', coloured: 'colored', metre: 'meter', centre: 'center',
  fibre: 'fiber', litre: 'liter', moulded: 'molded', mould: 'mold', favourite: 'favorite',
};
const spelled = (word: string): string => ONE_SPELLING[word] ?? word;

/** Finds `phrase` as a run of whole words, either spelling of a word counting as one; returns a short snippet around it, or undefined. */
export function findPhrase(text: string, phrase: string): string | undefined {
  const raw = tokens(text);
  const hay = raw.map((w) => spelled(singular(w)));
  const needle = tokens(phrase).map((w) => spelled(singular(w)));
  if (!needle.length) return undefined;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((t, j) => hay[i + j] === t)) {
      return raw.slice(Math.max(0, i - 3), i + needle.length + 3).join(' ');
    }
  }
  return undefined;
}

/**
 * A short phrase's words close together, in any order: shops write "ARGB fans" as "7 x ARGB PWM
 * fans" or "5 x Fans (3 Front ARGB)". Two or three words, at most NEAR_GAP others between them.
 */
const NEAR_GAP = 2;
/**
 * Words that set one model of a line apart from another ("RTX 4070 Ti", "RX 7900 XTX", "iPhone 15 Pro",
 * "S24 FE"), lower-case: the one list of them (findNear here, modelKey and requirements.ts read it).
 */
export const MODEL_TIERS: ReadonlySet<string> = new Set(['ti', 'super', 'xt', 'xtx', 'gre', 'pro', 'max', 'plus', 'ultra', 'lite', 'mini', 'fe']);
const NEGATIONS = new Set(['not', 'no', 'without', 'excluding', 'excl', 'non', 'never']);

export function findNear(text: string, phrase: string): string | undefined {
  const words = tokens(phrase).map(singular);
  const needle = [...new Set(words)];
  // A word said twice ("USB-C to USB-C") needs both: close-together words cannot tell.
  if (needle.length < 2 || needle.length > 3 || needle.length < words.length) return undefined;
  const raw = tokens(text);
  const hay = raw.map(singular);
  const span = needle.length + NEAR_GAP;
  for (let i = 0; i < hay.length; i++) {
    if (!needle.includes(hay[i]!)) continue;
    const window = hay.slice(i, i + span);
    if (!needle.every((t) => window.includes(t))) continue;
    // A tier word among them names another model: "4070 Ti SUPER" is no "4070 SUPER". (It qualifies a model number: between
    // a maker and its line, "Palit RTX4070 SUPER DUAL", it is the model's own, and the card is of the Palit Dual line.)
    const between = window.slice(0, Math.max(...needle.map((t) => window.indexOf(t))) + 1);
    if (needle.some((t) => /\d/.test(t)) && between.some((t) => MODEL_TIERS.has(t) && !needle.includes(t))) continue;
    // A negation among them says the opposite: "PSU not included" is no "PSU included".
    if (between.some((t) => NEGATIONS.has(t) && !needle.includes(t))) continue;
    return raw.slice(Math.max(0, i - 2), i + span + 2).join(' ');
  }
  return undefined;
}

/** Strips HTML tags from descriptions so evidence snippets are readable. */
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

const UNIT_TOKEN = /^(\d+(?:\.\d+)?)(m|cm|mm|tb|gb|in|hz|mhz|ghz|w|mah|rpm|core|hr)$/;

/**
 * Quantities written in the text, normalised: "2TB" -> {value: 2, unit: 'tb'}; tb and gb both also as
 * gb, cm also as m (those copies `derived`, right after the figure as written).
 */
export function measures(text: string): { value: number; unit: string; derived?: true }[] {
  const out: { value: number; unit: string; derived?: true }[] = [];
  for (const tok of tokens(text)) {
    const m = UNIT_TOKEN.exec(tok);
    if (!m) continue;
    const value = Number(m[1]);
    const unit = m[2]!;
    out.push({ value, unit });
    if (unit === 'tb') out.push({ value: value * 1000, unit: 'gb', derived: true });
    if (unit === 'cm') out.push({ value: value / 100, unit: 'm', derived: true });
  }
  return out;
}

/** Tokens that look like model numbers: letters and digits mixed ("5900x", "nv2", "a25", "rtx4070"), not plain quantities. */
export function modelNumbers(text: string): string[] {
  const out: string[] = [];
  for (const tok of tokens(text)) {
    if (UNIT_TOKEN.test(tok) || /^\d+(g|k|p|th|st|nd|rd)$/.test(tok)) continue;
    if (/\d/.test(tok) && /[a-z]/.test(tok) && tok.length >= 2 && !tok.includes('.')) out.push(tok);
  }
  return [...new Set(out)];
}

/** Millimetres per unit of the metric lengths: shops write one fan as "12cm" and another as "120mm". */
const METRIC_LENGTH: Record<string, number> = { mm: 1, cm: 10, m: 1000 };

/** A quantity in another unit of the same kind ("12cm" in mm is 120), or undefined when the kinds differ. */
export function convertMeasure(m: { value: number; unit: string }, unit: string): number | undefined {
  if (m.unit === unit) return m.value;
  const from = METRIC_LENGTH[m.unit];
  const to = METRIC_LENGTH[unit];
  if (from !== undefined && to !== undefined) return Math.round((m.value * from) / to * 1e6) / 1e6;
  if (m.unit === 'tb' && unit === 'gb') return m.value * 1000;
  if (m.unit === 'gb' && unit === 'tb') return m.value / 1000;
  return undefined;
}

/** A version within a family of standards: "CAT6a" -> {family 'cat', parts [6], suffix 'a'}. */
export interface Version {
  family: string;
  parts: number[];
  /** A letter after the number: an enhanced grade of it ("5e", "6a", "6E"), ranked just above it. */
  suffix: string;
}

/**
 * Families shops write under more than one name, from general product knowledge: cable categories
 * ("CAT6", "Category 6"), Bluetooth ("BT 5.0"), Wi-Fi ("WiFi 6", "Wi-Fi 6").
 */
const FAMILY_FORMS: Record<string, string[]> = {
  cat: ['cat', 'category'],
  category: ['cat', 'category'],
  bluetooth: ['bluetooth', 'bt'],
  bt: ['bluetooth', 'bt'],
  wifi: ['wifi', 'wi fi'],
};

function familyForms(family: string): string[] {
  const key = normalizeText(family).replace(/\s+/g, '');
  return FAMILY_FORMS[key] ?? [normalizeText(family)];
}

/** The text as a regular expression that matches it literally. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wi-Fi generations written by their IEEE name or speed class: "802.11ax" and "AX3000" are Wi-Fi 6,
 * "802.11ac" and "AC1750" Wi-Fi 5, "802.11n" Wi-Fi 4, "802.11be" and "BE9300" Wi-Fi 7.
 */
// Speed classes start at 600 Mbps: "AC100-240V" is a mains rating, no Wi-Fi class.
const WIFI_GENERATIONS: [RegExp, number][] = [[/\b(?:802\.11be|be\d{4,5})\b/g, 7], [/\b(?:802\.11ax|ax(?:\d{4,5}|[6-9]\d{2}))\b/g, 6], [/\b(?:802\.11ac|ac(?:\d{4,5}|[6-9]\d{2}))\b/g, 5], [/\b802\.11n\b/g, 4]];

function wifiGenerations(norm: string): Version[] {
  return WIFI_GENERATIONS.flatMap(([re, gen]) => [...norm.matchAll(re)].map((): Version => ({ family: 'wifi', parts: [gen], suffix: '' })));
}

export function parseVersion(family: string, written: string): Version | undefined {
  if (isIpFamily(family)) return ipCode(written.trim().toLowerCase());
  const m = /^(\d{1,2}(?:\.\d+)*)([a-z]?)$/i.exec(written.trim());
  return m ? { family: familyForms(family)[0]!, parts: m[1]!.split('.').map(Number), suffix: m[2]!.toLowerCase() } : undefined;
}

/**
 * Versions of a family written in the text: "CAT6a", "Cat 6a", "Cat.7", "Category 6", "Bluetooth 5.3",
 * "BT v5.0". One or two digits before the dot, so a model code ("USB-BT500") is no version.
 */
export function versionsIn(text: string, family: string): Version[] {
  const norm = normalizeText(text);
  if (isIpFamily(family)) return [...norm.matchAll(/\bip([0-6x][0-9x])\b/g)].map((m) => ipCode(m[1]!)!);
  const out: Version[] = [];
  for (const form of familyForms(family)) {
    const re = new RegExp(`\\b${escapeRe(form)}[\\s.]?v?\\.?\\s?(\\d{1,2}(?:\\.\\d+)*)([a-z]?)\\b`, 'g');
    for (const m of norm.matchAll(re)) out.push({ family: familyForms(family)[0]!, parts: m[1]!.split('.').map(Number), suffix: m[2]! });
  }
  if (familyForms(family)[0] === 'wifi') out.push(...wifiGenerations(norm));
  return out;
}

/** Orders versions of one family: by number part by part ("5.3" > "5.0"), then a lettered grade above the plain one ("6a" > "6"). */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d) return d;
  }
  return (a.suffix ? 1 : 0) - (b.suffix ? 1 : 0);
}

/**
 * Whether a version meets a floor. An IP rating is two grades in one code, dust then water: "IP55 or
 * better" asks both to be at least 5, so IP68 meets it and IP64 does not, though 64 > 55.
 */
export function meetsVersion(v: Version, min: Version): boolean {
  if (v.family === 'ip') return min.parts.every((p, i) => (v.parts[i] ?? 0) >= p);
  return compareVersions(v, min) >= 0;
}

const isIpFamily = (family: string) => normalizeText(family).replace(/\s+/g, '') === 'ip';

/** "55" of "IP55" -> dust 5, water 5; an "X" (not tested) counts as no protection. */
function ipCode(code: string): Version | undefined {
  const m = /^([0-6x])([0-9x])$/.exec(code);
  return m ? { family: 'ip', parts: [m[1]!, m[2]!].map((d) => (d === 'x' ? 0 : Number(d))), suffix: '' } : undefined;
}

export function versionLabel(v: Version): string {
  if (v.family === 'ip') return v.parts.join('');
  return `${v.parts.join('.')}${v.suffix}`;
}

/** The highest version of the family the text names, or undefined. */
export function highestVersion(text: string, family: string): Version | undefined {
  return versionsIn(text, family).reduce<Version | undefined>((best, v) => (!best || compareVersions(v, best) > 0 ? v : best), undefined);
}

/** How many words may stand between a named spec and its figure ("a TDP of up to 185W"). */
const BESIDE_GAP = 4;

/**
 * Quantities written beside a named spec ("185W TDP", "TDP: 185 W", "a TDP of up to 185W"), one for
 * each mention: a cooler's other watt or size figures are not its TDP.
 */
export function measuresBeside(text: string, spec: string): ReturnType<typeof measures> {
  const words = tokens(text);
  const name = tokens(spec).map(singular);
  if (!name.length) return [];
  const out: ReturnType<typeof measures> = [];
  for (let i = 0; i + name.length <= words.length; i++) {
    if (!name.every((t, j) => singular(words[i + j]!) === t)) continue;
    const after = i + name.length;
    // The figure just before the name ("185W TDP"), else the first within a few words after it ("TDP of up to 185W").
    const nearby = [words[i - 1], ...words.slice(after, after + BESIDE_GAP)];
    for (const w of nearby) {
      const found = w ? measures(w) : [];
      if (found.length) {
        out.push(...found);
        break;
      }
    }
  }
  return out;
}

/**
 * The screen diagonal phones and tablets carry bare after their model ("Galaxy Tab A9+ 11 WiFi",
 * "Galaxy Tab S9 Ultra 14.6 5G"): the title's first plain number from 5 to 99, read as inches.
 */
export function bareScreenInches(title: string): number | undefined {
  const bare = title.split(/[\s,()]+/).find((w) => /^\d{1,2}(?:\.\d)?$/.test(w) && Number(w) >= 5);
  return bare ? Number(bare) : undefined;
}
