/**
 * Wishes a listing's title decides, read out of the request's subject and clauses before searching:
 * a pack size ("a single fan": no "x3", no "3 Pack"), a part sold together with the product ("the
 * R50 sold as a kit together with a lens": a lens or its focal length in the title), and parts that
 * must come installed ("with memory and storage already installed": no barebone, no "No RAM").
 * Such words name no product, so they are never searched nor required as title words themselves.
 */
import { kindOfWord, mentionsKind, subjectKind } from './product-kind';
import { connectionEnds } from './need-kinds';

export interface TitleWish {
  id: string;
  /** What the user reads: "One item, not a multi-pack". */
  label: string;
  met(title: string): boolean;
}

export interface RefinedSubject {
  subject: string;
  requirements: string;
  wishes: TitleWish[];
}

/** Reads pack size, included parts and installed parts out of a subject and its clause. */
export function refineSubject(subject: string, requirements: string): RefinedSubject {
  // The sockets a connecting clause names are the product's ends; its other words (the sockets'
  // colours, the devices they belong to) describe those devices, not the product.
  const ends = connectionEnds(requirements);
  if (ends) {
    const rest = refineSubject(subject, ends.rest);
    return { ...rest, wishes: [...ends.wishes, ...rest.wishes] };
  }
  const pack = packSize(subject);
  const installed = installedParts(requirements);
  const included = includedParts(pack.subject, installed.rest);
  return { subject: included.subject, requirements: included.rest, wishes: [...pack.wishes, ...installed.wishes, ...included.wishes] };
}

const PACK_WORDS: [RegExp, number][] = [
  [/^(?:a\s+)?(?:single|one|individual|lone)\s+/i, 1],
  [/^(?:a\s+)?(?:pair of|couple of|twin|two)\s+/i, 2],
  [/^(?:three|triple|a set of three)\s+/i, 3],
];
/** A title selling several at once: "x3", "(3 Pack)", "3-Pack", "Pack of 3", "Twin Pack"; or a part of a set ("Expansion Kit", which needs its starter kit). */
const MULTI = /\bx\s?([2-9]|1\d)\b|\b([2-9]|1\d)\s?-?\s?(?:pack|pk|pcs|pieces)\b|\bpack of ([2-9]|1\d)\b|\b(twin|dual|triple|quad) pack\b|\b(?:expansion|starter|add-on) kit\b/i;
const COUNT_WORDS: Record<string, number> = { twin: 2, dual: 2, triple: 3, quad: 4 };

/** How many a title sells in one offer: 1 unless it says a multi-pack; 0 for a part of a set. */
export function packCount(title: string): number {
  // Lanes ("PCIe 4.0 x4") are no pack size.
  const m = MULTI.exec(title.replace(/\b(?:pcie|gen)\s?[\d.]*\s?x\d+\b/gi, ' '));
  if (!m) return 1;
  if (m[4]) return COUNT_WORDS[m[4].toLowerCase()]!;
  const n = m[1] ?? m[2] ?? m[3];
  return n ? Number(n) : 0;
}

/** "single 12cm ARGB case fan" -> "12cm ARGB case fan" and a wish for one fan, not a multi-pack. */
function packSize(subject: string): { subject: string; wishes: TitleWish[] } {
  for (const [re, count] of PACK_WORDS) {
    const rest = subject.replace(re, '');
    if (rest === subject || !subjectKind(rest)) continue;
    const label = count === 1 ? 'One item, not a multi-pack or an expansion kit' : `A pack of ${count}`;
    return { subject: rest, wishes: [{ id: `pack:${count}`, label, met: (title) => packCount(title) === count || (count === 2 && /\bpair\b/i.test(title)) }] };
  }
  return { subject, wishes: [] };
}

/**
 * Signs in a title that a part comes with the product without naming its kind: for a lens, a focal
 * range ("18-45mm") or an aperture ("f/4.5"); not a lone "35mm", which is also a sensor size.
 */
const PART_SIGNS: Record<string, RegExp> = { lens: /\b\d{2,3}\s?-\s?\d{2,3}\s?mm\b|\bf\s?\/\s?\d/i };
/** "sold as a kit together", "bundled", "kit" at the end of a subject: how it is sold, not what. */
const SOLD_AS = /\s+(?:(?:sold|offered|available|bought)\s+)?(?:(?:as|in)\s+)?(?:an?\s+)?(?:kit|bundle|package|set|combo)?\s*(?:together|bundled|packaged)?\s*$/i;
const WITH_PART = /^(?:together\s+|bundled\s+|packaged\s+)?(?:with|w\/|including|incl\.?)\s+(?:an?\s+|the\s+|its\s+)?([a-z][\w-]*)\b\s*(?:(?:and|,)\s+)?/i;

/**
 * "Canon EOS R50 sold as a kit together" + "with a lens": the product is the R50, and the title must
 * show the lens (its kind word, or a sign like a focal length after the name). Only a part of
 * another kind than the product's counts ("a laptop with 16GB" is a spec, not a part).
 */
function includedParts(subject: string, requirements: string): { subject: string; rest: string; wishes: TitleWish[] } {
  const m = WITH_PART.exec(requirements.trim());
  const part = m ? kindOfWord(m[1]!) : undefined;
  if (!m || !part || part === subjectKind(subject)) return { subject, rest: requirements, wishes: [] };
  const name = subject.replace(SOLD_AS, '').trim() || subject;
  return {
    subject: name,
    rest: requirements.trim().slice(m[0].length).trim(),
    wishes: [{ id: `includes:${part}`, label: `Comes with a ${m[1]!.toLowerCase()}`, met: (title) => includesPart(title, part) }],
  };
}

/** The title names the part (not as "No lens" or "Body Only") or shows a sign of it after the product's name. */
export function includesPart(title: string, part: string): boolean {
  if (/\bbody[\s/-]*only\b/i.test(title)) return false;
  const afterName = title.split(/\s+(?:with|w\/|incl\.?|including|\+|&)\s+/i).slice(1).join(' ');
  return mentionsKind(title, part) || Boolean(PART_SIGNS[part]?.test(afterName || title));
}

const READY = /\b(?:ready to use|ready-to-use|out of the box|plug and play|plug-and-play|(?:fully|pre-?)\s?(?:built|assembled|configured))\b/gi;
const INSTALLED = /\bwith\s+((?:[a-z]+\s*(?:,|and)?\s*){1,4}?)\s*(?:already\s+|pre-?)?(?:installed|included|fitted)\b/i;
/** Parts a complete system comes with, as shops name them; an operating system only counts for "ready to use". */
const PARTS: Record<string, string> = { memory: 'ram|memory', storage: 'storage|ssd|hdd|drive', cpu: 'cpu|processor', os: 'os|o/s|operating system|windows' };
const PART_OF_WORD: [RegExp, string][] = [[/\b(?:ram|memory)\b/i, 'memory'], [/\b(?:storage|ssd|hdd|drive|disk)\b/i, 'storage'], [/\b(?:cpu|processor)\b/i, 'cpu'], [/\b(?:os|operating system|windows)\b/i, 'os']];

/**
 * "ready to use out of the box, with memory and storage already installed": a complete system, so
 * a barebone, or a title saying it comes without memory or storage, fails.
 */
function installedParts(requirements: string): { rest: string; wishes: TitleWish[] } {
  const installed = INSTALLED.exec(requirements);
  const named = installed ? PART_OF_WORD.filter(([re]) => re.test(installed[1]!)).map(([, part]) => part) : [];
  const ready = requirements.match(READY);
  if (!named.length && !ready) return { rest: requirements, wishes: [] };
  const parts = ready ? Object.keys(PARTS) : named;
  let rest = requirements;
  for (const phrase of [named.length ? installed![0] : '', ...(ready ?? [])]) if (phrase) rest = rest.replace(phrase, ' ');
  // What is left of "that is ..., with ..." once both phrases are out says nothing.
  rest = rest.replace(/\s+/g, ' ').replace(/^(?:(?:that|which|is|are|comes?|and|,)\s*)+$/i, '').trim();
  const label = ready ? `Ready to use: ${named.length ? `${named.join(' and ')} installed, ` : ''}not a barebone` : `Comes with ${named.join(' and ')} installed`;
  return { rest, wishes: [{ id: 'complete-system', label, met: (title) => !lacksParts(title, parts) }] };
}

/** "Barebone", "No CPU, RAM, Storage or O/S", "without RAM", "RAM not included": sold without one of `parts`. */
export function lacksParts(title: string, parts: readonly string[]): boolean {
  if (/\bbare-?bones?\b|\bdiy kit\b/i.test(title)) return true;
  const words = new RegExp(`^(?:${parts.map((p) => PARTS[p]).join('|')})$`, 'i');
  // A negation reaches over a list of part words: "No CPU, RAM, Storage or O/S".
  for (const m of title.matchAll(/\b(?:no|without|w\/o|excl\.?|excluding)\s+((?:[a-z/]+(?:\s*,\s*|\s+(?:or|and|&)\s+|\s+)?){1,6})/gi)) {
    const listed = m[1]!.split(/\s*,\s*|\s+(?:or|and|&)\s+/).map((w) => w.trim());
    if (listed.some((w) => words.test(w))) return true;
  }
  return new RegExp(`\\b(?:${parts.map((p) => PARTS[p]).join('|')})\\s+(?:not included|sold separately|required)\\b`, 'i').test(title);
}
