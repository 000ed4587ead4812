/**
 * "a pack of three 14cm fans", "a 3-pack of fans", "a pair of headphones": the package named before
 * what it holds. What is sold is the contents, so the request is read as "three 14cm fans", whose
 * count title-wishes.ts turns into a pack-size wish on the title ("3 Pack", "x3", "Triple Pack").
 * Left as written, a clause cut at "of" would make "pack" the product searched for.
 * Memory kits are not packages here: "a kit of two 8GB modules" is one product with its module count.
 * The title side, how many one offer sells ("x3", "3 Pack", "Twin Pack"), is the pack-size item's packCount.
 */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, twin: 2, dual: 2, triple: 3 };
/** The counts title-wishes.ts reads at the head of a subject. */
const SAID: Record<number, string> = { 2: 'two', 3: 'three' };

const COUNT = String.raw`(\d{1,2}|two|three|twin|dual|triple)`;
const PACKAGE_OF = new RegExp(String.raw`^(?:${COUNT}[\s-]?)?(?:pack|multipack|set|bundle)\s+of\s+(?:${COUNT}\s+)?(?=\S)`, 'i');
const PAIR_OF = /^(?:pair|couple)\s+of\s+(?=\S)/i;
const PACK_AFTER = new RegExp(String.raw`\s+${COUNT}[\s-]?packs?\b`, 'i');

function countOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()];
}

/** The subject with a leading package phrase read as its count ("pack of three X" -> "three X"); unchanged otherwise. */
export function withPackageAsCount(subject: string): string {
  // "a pair of headphones" is one product: a pair names no pack, so only the package word goes.
  if (PAIR_OF.test(subject)) return subject.replace(PAIR_OF, '');
  // "Corsair RGB 12cm fan three-packs": the package named after what it holds.
  const after = PACK_AFTER.exec(subject);
  const afterCount = after ? SAID[countOf(after[1]) ?? 0] : undefined;
  if (after && afterCount) return `${afterCount} ${subject.slice(0, after.index).trim()}${subject.slice(after.index + after[0].length)}`;
  const m = PACKAGE_OF.exec(subject);
  const count = m ? countOf(m[1]) ?? countOf(m[2]) : undefined;
  const said = count === undefined ? undefined : SAID[count];
  return m && said ? `${said} ${subject.slice(m[0].length)}` : subject;
}

/** "sold one fan at a time", "sold singly": one item per offer, said after the name. */
const SOLD_SINGLY = /\s*,?\s*\b(?:sold|bought|offered)\s+(?:one\s+(?:[a-z]+\s+)?at\s+a\s+time|singly|individually|one\s+by\s+one|on\s+(?:its|their)\s+own|as\s+(?:a\s+)?single(?:-|\s+)(?:units?|items?|fans?)(?:\s+(?:packs?|boxes|kits?))?)\b\s*,?\s*/i;

/** "in the pack of three", "as a 3-pack", "in the twin pack": the package a clause after the name chooses. */
const PACK_CLAUSE = new RegExp(String.raw`^\s*(?:in|as)\s+(?:the|a)\s+(?:(?:pack|set|multipack)\s+of\s+${COUNT}|${COUNT}[\s-]?(?:pack|set|multipack))\b\s*,?\s*`, 'i');

/**
 * "the Prisma AL-14 fans in the pack of three", "sold one fan at a time": the clause says how many one
 * offer sells; read as the count before the name ("three Prisma AL-14 fans", "single ... fans"), which
 * the pack-size wish reads. Undefined where the clause names no package of one, two or three.
 */
export function packClause(subject: string, requirements: string): { subject: string; requirements: string } | undefined {
  const single = SOLD_SINGLY.exec(requirements);
  if (single) {
    // "with sold singly, compatible with ...", "with sold singly and DDR4": the list's "with" stays only for what else it lists.
    const before = requirements.slice(0, single.index).replace(/\bwith\s*$/i, (w) => (/^\s*and\s/i.test(requirements.slice(single.index + single[0].length)) ? w : ''));
    const after = requirements.slice(single.index + single[0].length).replace(/^\s*and\s+/i, ' ');
    return { subject: `single ${subject}`, requirements: `${before} ${after}`.replace(/\s+/g, ' ').trim() };
  }
  const m = PACK_CLAUSE.exec(requirements);
  const said = m ? SAID[countOf(m[1] ?? m[2]) ?? 0] : undefined;
  return m && said ? { subject: `${said} ${subject}`, requirements: requirements.slice(m[0].length).trim() } : undefined;
}

/** How many a title sells in one offer (the pack-size item reads titles the same way). */
export { packCount } from '../checklist/items/pack-size';
