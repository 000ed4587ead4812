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
  [/^(hz|mhz|ghz|w|mah)$/, ''],
  [/^cores?$/, 'core'],
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
  let t = decodeEntities(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  t = t.replace(/(\w)\+(?=\s|$|[,)])/g, '$1 plus');
  t = t.replace(/(\d)\s*"/g, '$1 in ');
  t = t.replace(/[^a-z0-9.\s/-]+/g, ' ').replace(/[/]/g, ' / ');
  // Keep dots only inside numbers and names like "m.2"; drop hyphens between letters and digits ("b650-a" stays searchable as "b650 a").
  t = t.replace(/(?<![a-z0-9])\.|\.(?![a-z0-9])/g, ' ').replace(/-/g, ' ');
  t = t.replace(/\b(single|dual|quad|hexa|six|octa|eight) core\b/g, (_m, w: string) => `${CORE_WORDS[w]} core`);
  t = t.replace(/\b(\d+(?:\.\d+)?)\s*(metres?|meters?|mtrs?|m|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|terabytes?|tb|gigabytes?|gb|inch(?:es)?|in|mhz|ghz|hz|w|mah|cores?)\b/g,
    (_m, n: string, u: string) => `${n}${canonicalUnit(u)}`);
  return t.replace(/\s+/g, ' ').trim();
}

export function tokens(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/** Naive singular, enough for "straps"/"strap", "cases"/"case", "ssds"/"ssd" and "headphones"/"headphone". */
export function singular(token: string): string {
  if (token.length > 3 && /[a-z]s$/.test(token) && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** True when every token of `phrase` occurs in `text` as a whole word (plural-insensitive), in order-free fashion. */
export function containsAllTokens(text: string, phrase: string): boolean {
  const have = new Set(tokens(text).map(singular));
  return tokens(phrase).every((t) => have.has(singular(t)));
}

/** Finds `phrase` as a run of whole words; returns a short snippet around it, or undefined. */
export function findPhrase(text: string, phrase: string): string | undefined {
  const raw = tokens(text);
  const hay = raw.map(singular);
  const needle = tokens(phrase).map(singular);
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
export function findNear(text: string, phrase: string): string | undefined {
  const needle = [...new Set(tokens(phrase).map(singular))];
  if (needle.length < 2 || needle.length > 3) return undefined;
  const raw = tokens(text);
  const hay = raw.map(singular);
  const span = needle.length + NEAR_GAP;
  for (let i = 0; i < hay.length; i++) {
    if (!needle.includes(hay[i]!)) continue;
    const window = hay.slice(i, i + span);
    if (needle.every((t) => window.includes(t))) return raw.slice(Math.max(0, i - 2), i + span + 2).join(' ');
  }
  return undefined;
}

/** Strips HTML tags from descriptions so evidence snippets are readable. */
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

const UNIT_TOKEN = /^(\d+(?:\.\d+)?)(m|cm|mm|tb|gb|in|hz|mhz|ghz|w|mah|core)$/;

/** Quantities written in the text, normalised: "2TB" -> {value: 2, unit: 'tb'}; tb and gb both also as gb. */
export function measures(text: string): { value: number; unit: string }[] {
  const out: { value: number; unit: string }[] = [];
  for (const tok of tokens(text)) {
    const m = UNIT_TOKEN.exec(tok);
    if (!m) continue;
    const value = Number(m[1]);
    const unit = m[2]!;
    out.push({ value, unit });
    if (unit === 'tb') out.push({ value: value * 1000, unit: 'gb' });
    if (unit === 'cm') out.push({ value: value / 100, unit: 'm' });
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
