/**
 * Wishes a listing's title decides, read out of the request's subject and clauses before searching:
 * a pack size ("a single fan": no "x3", no "3 Pack"), a part sold together with the product ("the
 * R50 sold as a kit together with a lens": a lens or its focal length in the title), and parts that
 * must come installed ("with memory and storage already installed": no barebone, no "No RAM").
 * Such words name no product, so they are never searched nor required as title words themselves.
 */
import type { ChecklistItem } from '../checklist/types';
import { escapeRe, measures, singular } from '../checklist/text';
import { makerWords } from './card-match';
import { BOARD_SIZES, boardSizeRefused, boardSizesWritten, socketSpellings } from './standards';
import { VERSION_FLOOR, versionFloorItem } from '../checklist/build-shopping';
import { isKindOnly, kindOfWord, mentionsKind, subjectKind } from './product-kind';
import { joinModelParts } from './product-match';
import { article, connectionEnds } from './need-kinds';
import { connectorsIn } from './connectors';
import { saidQualities } from './said-qualities';
import { packClause, packCount } from './pack-phrase';
import { bracketedAside, chosenVariant, clauseVariant, letterSeries, namedEdition, plainEditionNamed, plainOverVariant, rejectedModel, rejectedVariant, sizeBeforeName } from './variant-readings';

export interface TitleWish {
  id: string;
  /** What the user reads: "One item, not a multi-pack". */
  label: string;
  met(title: string): boolean;
  /** Met all the same beside the quoted product, whose title brings what the wish guards against lacking (a fan hub). */
  metBesideQuoted?(title: string, quoted: string): boolean;
}

export interface RefinedSubject {
  subject: string;
  requirements: string;
  wishes: TitleWish[];
  /** Wishes the page's text decides (a look its description may state). */
  items: ChecklistItem[];
  /** Words to search besides the subject: a quality shops title products by ("fanless"). */
  queries?: string[];
}

/**
 * What one reading of the subject or the clause takes out: the subject and clause left (unchanged where
 * absent) and the title wishes it found. The first reading that applies is taken, then the rest read again.
 */
type SubjectReading = { subject?: string; requirements?: string; wishes?: TitleWish[] };

/** The readings, in the order they are tried: an earlier one may leave text a later one reads. */
const SUBJECT_READINGS: ((subject: string, requirements: string) => SubjectReading | undefined)[] = [
  // "Corsair DDR4 desktop kits": desktop memory is full-size DIMM, which titles say ("DIMM Memory") and no title calls "desktop".
  (subject, requirements) => (DESKTOP_MEMORY.test(subject)
    ? { subject: subject.replace(/\s*\bdesktop\b/i, ''), requirements: [requirements, 'full-size DIMM'].filter(Boolean).join(', ') } : undefined),
  // The sockets a connecting clause names are the product's ends; its other words (the sockets'
  // colours, the devices they belong to) describe those devices, not the product.
  (_, requirements) => { const ends = connectionEnds(requirements); return ends && { requirements: ends.rest, wishes: ends.wishes }; },
  (subject, requirements) => {
    const participle = PURPOSE_OPENING.exec(subject);
    return participle && /^(?:for|to)\b/i.test(requirements.trim())
      ? { subject: subject.slice(0, participle.index).trim(), requirements: `${participle[1]} ${requirements.trim()}` } : undefined;
  },
  (subject) => rejectedVariant(subject),
  (subject) => { const chosen = chosenVariant(subject); return chosen && { subject: chosen.subject, wishes: [chosen.wish] }; },
  (_, requirements) => clauseVariant(requirements),
  (subject, requirements) => packClause(subject, requirements),
  (subject, requirements) => severalInOneBox(subject, requirements),
  (_, requirements) => plainOverVariant(requirements),
  (subject) => bracketedAside(subject),
  (subject) => { const line = letterSeries(subject); return line && { subject: line.subject, wishes: [line.wish] }; },
  (subject) => { const plain = plainEditionNamed(subject); return plain ? { subject: plain } : undefined; },
  (subject) => { const size = sizeBeforeName(subject); return size ? { subject: size } : undefined; },
  (subject) => restatedKind(subject),
  (subject, requirements) => { const edition = namedEdition(subject, requirements); return edition && { subject: edition.subject, requirements: edition.requirements, wishes: [edition.wish] }; },
  (subject) => { const capacity = namedCapacity(subject); return capacity && { subject: capacity.subject, wishes: [capacity.wish] }; },
  (_, requirements) => { const model = rejectedModel(requirements); return model && { requirements: model.rest, wishes: [model.wish] }; },
  (_, requirements) => { const part = soldWithout(requirements); return part && { requirements: part.rest, wishes: [part.wish] }; },
  (_, requirements) => sameEachEnd(requirements),
];

/** "with an ordinary HDMI plug at each end", "USB-C connectors on both ends": one connector, plugs at both ends. */
const EACH_END = /\b(?:with\s+)?(?:an?\s+)?(?:ordinary|standard|normal|regular|full[\s-]size(?:d)?\s+)?\s*([A-Za-z0-9.-]+(?:\s+[A-Za-z0-9.-]+)?)\s+(?:plugs?|connectors?)\s+(?:at|on)\s+(?:each|both)\s+ends?\b/i;

/**
 * "a Hama HDMI cable with an ordinary HDMI plug at each end": its title names that connector and no other
 * (no Mini HDMI, no USB-C end) and no socket (female) end.
 */
function sameEachEnd(requirements: string): SubjectReading | undefined {
  const m = EACH_END.exec(requirements);
  const name = m ? connectorsIn(m[1]!).at(-1) : undefined;
  if (!m || !name) return undefined;
  const met = (title: string) => connectorsIn(title).every((c) => c === name) && !/\bfemale\b/i.test(title);
  return { requirements: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim(), wishes: [{ id: `each-end:${name}`, label: `${article(name)[0]!.toUpperCase()}${article(name).slice(1)} ${name} plug at each end`, met }] };
}

/** "DDR4 desktop kits", "desktop memory", "a desktop stick": memory for a desktop. */
const DESKTOP_MEMORY = /\bdesktop\s+(?:(?:memory|ram)\s+)?(?:kits?|memory|ram|sticks?|modules?|dimms?)\b/i;

/** "sold without fans"; not "versions sold without fans do not count", which turns that edition down. */
const SOLD_WITHOUT = /(?:\b(?:in\s+)?(?:the|a)\s+(?:version|edition|model|one)\s+(?:that|which)\s+)?\b(?:comes?|coming|is sold|sold|ships|shipped|supplied|delivered|arrives?|arriving)\s+without\s+(?:any\s+(?=[a-z]+s\b)|the\s+|an?\s+)?([a-z]+)\b(?!\s+(?:do(?:es)?\s+not|don't|doesn't|won't|will\s+not|are\s+not|aren't|is\s+not|isn't)\s+(?:count|do|wanted|it)\b)/i;

/** "a drawer full of good fans ... so the new case should arrive without any": the parts said before, left unsaid after "any". */
const PARTS_SAID = /\b(fans|cables|modules|sticks|drives|lights|speakers|batteries|lenses|controllers)\b/gi;

/**
 * "in the version that comes without fans": the edition sold without a part. Its title says so ("No
 * Fans inc.", "w/o Fans") or names no such part; an edition whose title names it ("6x ARGB Fans
 * inc.") comes with it. Cables are left to the wireless reading ("comes without cables").
 */
function soldWithout(requirements: string): { rest: string; wish: TitleWish } | undefined {
  const m = SOLD_WITHOUT.exec(requirements);
  // "not the 3500X that comes without fans": that edition is turned down (refusals.ts), not asked for.
  if (m && /\bnot\s+(?:the|an?)\s+[^,;.]*?(?:that|which)\s+$/i.test(requirements.slice(0, m.index))) return undefined;
  const elided = m && /^(?:any|them|one|those)$/i.test(m[1]!) ? [...requirements.slice(0, m.index).matchAll(PARTS_SAID)].at(-1)?.[1] : undefined;
  if (m && elided) m[1] = elided;
  const part = m && singular(m[1]!.toLowerCase());
  if (!m || !part || /^(?:cable|wire|cord)$/.test(part)) return undefined;
  const named = new RegExp(`\\b${escapeRe(part)}s?\\b`, 'i');
  const denied = new RegExp(`\\b(?:no|without|w/o|excl\\.?|excluding)\\s+(?:[\\w-]+\\s+){0,2}?${escapeRe(part)}s?\\b`, 'i');
  return { rest: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim(), wish: { id: `without:${part}`, label: `Sold without ${m[1]}: its title says so or names none`, met: (title) => denied.test(title) || !named.test(title) } };
}

/** Reads pack size, included parts and installed parts out of a subject and its clause. */
export function refineSubject(subject: string, requirements: string): RefinedSubject {
  for (const read of SUBJECT_READINGS) {
    const reading = read(subject, requirements);
    if (!reading) continue;
    const rest = refineSubject(reading.subject ?? subject, reading.requirements ?? requirements);
    return { ...rest, wishes: [...(reading.wishes ?? []), ...rest.wishes] };
  }
  const look = lookOf(requirements);
  if (look) {
    const rest = refineSubject(subject, look.rest);
    return { ...rest, items: [...(look.item ? [look.item] : []), ...rest.items] };
  }
  // "stays completely silent under full load": a quality said by its effect, which pages state in other words.
  const said = saidQualities(requirements, subjectKind(subject));
  requirements = said.rest;
  const pack = packSize(subject, requirements);
  // "sold together in one box": how a pack is sold, no word its title or page carries.
  if (pack.wishes.some((w) => w.id !== 'pack:1')) requirements = requirements.replace(ONE_BOX, ' ').trim();
  const installed = installedParts(requirements);
  const bundled = bundledKinds(pack.subject, installed.rest);
  const included = includedParts(pack.subject, bundled.rest);
  return { subject: included.subject, requirements: included.rest, wishes: [...pack.wishes, ...installed.wishes, ...bundled.wishes, ...included.wishes, ...boardSizeWishes(subject)], items: said.items, queries: [...(said.queries ?? []), ...floorFigureQueries(included.subject, requirements), ...codeQueries(included.subject, requirements)] };
}

/** A chipset or chip named by its code ("Z790", "B650M", "RTX4070"): letters then three or four digits. */
const CHIP_CODE = /\b[A-Z]{1,3}\d{3,4}[A-Z]?\b/g;

/**
 * "Asrock motherboards with the Z790 chipset": the maker with each chip code the clause names is
 * searched too ("Asrock Z790"), the code alone for a kind named without a maker. Shops title such
 * parts by maker, chipset and model ("Asrock Z790 PRO RS/D4, Intel Z790, 1700, ATX"), and a search
 * for the kind's word misses those whose texts never say it. What is found must still sell the kind
 * and state the code. Sockets are searched as such (query-plan.ts).
 */
function codeQueries(subject: string, requirements: string): string[] {
  // "the RTX 4070 Ti chip" is the code "RTX4070" however the request spaces it.
  const codes = [...new Set(joinModelParts(requirements).match(CHIP_CODE) ?? [])].filter((c) => socketSpellings(c).length === 1).slice(0, 2);
  const maker = isKindOnly(subject) ? undefined : makerWords(subject);
  return codes.map((code) => (maker ? `${maker} ${code}` : code));
}

const CAPACITY = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(gb|tb)\b/gi;

/**
 * "the 4TB Samsung 870 EVO SSD": a named product's one capacity is a wish on the title's capacity,
 * however it is written ("4TB", "4 TB", "4000 GB"), not a search word: a search for "4TB" misses the
 * shop that titles it "4000 GB". The title's first capacity counts ("32GB Kit (2 x 16GB)" is 32 GB).
 */
function namedCapacity(subject: string): { subject: string; wish: TitleWish } | undefined {
  const all = [...subject.matchAll(CAPACITY)];
  if (all.length !== 1 || isKindOnly(subject)) return undefined;
  const rest = subject.replace(all[0]![0], ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const asked = gigabytes(all[0]![0]);
  if (!rest || isKindOnly(rest) || asked === undefined) return undefined;
  const written = all[0]![0].replace(/\s+/g, '');
  return { subject: rest, wish: { id: `capacity:${asked}gb`, label: `${written} capacity`, met: (title) => gigabytes(title) === asked } };
}

/** The first capacity a text states, in GB. */
function gigabytes(text: string): number | undefined {
  return measures(text).find((m) => m.unit === 'gb')?.value;
}

/**
 * "a Mini ITX case": the product's own board size. An ATX case's page says it takes Mini ITX boards
 * too, so the page cannot tell; its title, which names the size it is built for, can. A title naming
 * no size is left to the page. Plain "ATX" is never asked this way: larger cases take ATX boards too.
 */
export function boardSizeWishes(subject: string): TitleWish[] {
  // A plain "ATX" is often loose talk for any board; "the standard ATX size" means ATX and no other.
  const plainAtx = STANDARD_ATX.test(subject);
  // "but is not an E-ATX case": a size turned down is no size asked (the checklist rules it out).
  const refused = (name: string) => {
    const at = BOARD_SIZES.find((b) => b.name === name)?.written.exec(subject)?.index;
    return at !== undefined && boardSizeRefused(subject, at);
  };
  const asked = boardSizesWritten(subject).filter((name) => (name !== 'ATX' || plainAtx) && !refused(name));
  return asked.map((name) => ({ id: `board-size:${name.toLowerCase()}`, label: `A ${name} product, by its title`, met: (title: string) => {
    const shown = boardSizesWritten(title);
    return !shown.length || shown.includes(name);
  } }));
}

/** "in the standard ATX size", "a full-size ATX board". */
const STANDARD_ATX = /\b(?:standard|full[\s-]?sized?|regular|normal|plain|ordinary)\s+ATX\b/i;

/** "at least 16GB", "16GB or more": a floor on a size that shops title products by. */
const SIZE_FLOOR = /\b(?:at least|minimum(?: of)?|no less than)\s+(\d+(?:[.,]\d+)?)\s?(gb|tb)\b|\b(\d+(?:[.,]\d+)?)\s?(gb|tb)\s+or\s+(?:more|larger|bigger|higher)\b/i;

/**
 * "a graphics card with at least 16GB of memory": the floor's figure as titles write it ("16GB") is
 * searched as well, for a kind named alone: shops title such products by model and size
 * ("Palit RTX4070 Ti SUPER, 16GB DDR6X"), and a page may never say the kind's words. Whatever the
 * figure finds must still sell the kind and meet the floor.
 */
function floorFigureQueries(subject: string, requirements: string): string[] {
  if (!isKindOnly(subject)) return [];
  const size = SIZE_FLOOR.exec(requirements);
  // A grade on a scale ("IP55 or better", "CAT6 or higher") is searched as written, the floor itself.
  const grade = VERSION_FLOOR.exec(requirements);
  const graded = grade && versionFloorItem(grade);
  return [
    ...(size ? [`${size[1] ?? size[3]}${(size[2] ?? size[4])!.toUpperCase()}`] : []),
    ...(graded && graded.kind === 'version-at-least' ? [`${graded.family}${grade[2] ?? grade[5] ?? ''}${graded.min.toUpperCase()}`] : []),
  ];
}

/**
 * "fanless cases made" + "for Intel NUC boards": the participle opens the purpose clause ("made for",
 * "designed to"), cut off the subject where the clause was split at "for". It names no product.
 */
const PURPOSE_OPENING = /\s+((?:(?:specifically|specially|purpose)[\s-]+)?(?:made|designed|built|meant|intended|sold|engineered))\s*$/i;

/** "Maker Model, the full-size ATX case", "Maker Explorer, the movable 31.5-inch 4K touchscreen": a named product, then its kind restated after a comma. */
const RESTATED_KIND = /^(.*?[A-Z].*?),\s+(?:the|an?)\s+((?:[\w.+-]+\s+){0,4}?([\w-]+))(?:\s*,|\s+and)?\s*$/;

/**
 * "the black Fractal Design Focus G, the full-size ATX case": what follows the comma says what the
 * named product is, in words its titles need not use ("full-size"), so it is neither searched nor
 * required; only a board size it names is checked on the title, as for a kind asked with one.
 */
function restatedKind(subject: string): { subject: string; wishes: TitleWish[] } | undefined {
  const m = RESTATED_KIND.exec(subject);
  if (!m || !kindOfWord(m[3]!) || isKindOnly(m[1]!)) return undefined;
  return { subject: m[1]!.trim(), wishes: boardSizeWishes(m[2]!) };
}

const LOOK = /\b(?:shaped like|looking like|styled like|(?:that |which )?looks? like|in the (?:shape|style) of)\s+(?:(an?|the)\s+)?((?:(?!(?:with|and|or|but|that|which|for|so|to|in|on|at|under|over|when|while|whenever|if|as|once)\b)[a-z][\w-]*\s*){1,3})/i;

/** Looks a page states by the material that gives them (general knowledge): a case that looks like furniture has a wooden front ("Oak Front"). */
const LOOK_SHOWN_BY: Readonly<Record<string, readonly string[]>> = { furniture: ['wood', 'wooden', 'oak', 'walnut'] };

/**
 * "shaped like a games console": a look, which a page states by naming the thing it looks like
 * ("Console-Type Case", "a console-style chassis"); its head noun must be on the page. The words
 * of the look are no search words.
 */
function lookOf(requirements: string): { item?: ChecklistItem; rest: string } | undefined {
  const m = LOOK.exec(requirements);
  if (!m) return undefined;
  // "so I do not look like I work in a call centre": a look the shopper does not want for themselves, no look of the product.
  if (/\b(?:not|n't|never)\s+$/i.test(requirements.slice(0, m.index)) || /^I\s/i.test(m[2]!.trim())) return { rest: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim() };
  const like = m[2]!.trim();
  const words = like.toLowerCase().split(/\s+/);
  // "look like office equipment": a head that names no thing of its own ("equipment", "gear") leaves the word before it
  // to say the look ("Office Case").
  const head = words.length > 1 && /^(?:equipment|gear|kit|stuff|things?|items?|hardware)$/.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
  const shownBy = LOOK_SHOWN_BY[head] ?? [];
  const item: ChecklistItem = { kind: 'attribute-present', id: `look:${head}`, label: `Looks like ${m[1] ? `${m[1].toLowerCase()} ` : ''}${like}: its page says "${head}"${shownBy.length ? ` or ${shownBy[0]}` : ''}`, text: head, ...(shownBy.length ? { anyOf: [...shownBy] } : {}), hard: true, origin: 'request' };
  return { item, rest: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim() };
}

/** "and a keyboard and mouse included", "with a stand in the box": products of other kinds sold with it. */
// (Not "with no fans in the box at all": none of them is in it.)
const BUNDLED = /\b(?:with|and|plus)\s+(?:an?\s+|the\s+)?(?!(?:no|zero|not|nothing)\b)((?:[a-z]+\s*(?:,|and|&)?\s*){1,4}?)\s*(?:included|bundled|in the box|thrown in|supplied)\b/i;

/**
 * Products of other kinds that must come in the box ("a desktop PC ... and a keyboard and mouse
 * included"): each is a wish on the title, which names it or its shop abbreviation ("KB & Mouse").
 */
function bundledKinds(subject: string, requirements: string): { rest: string; wishes: TitleWish[] } {
  const m = BUNDLED.exec(requirements);
  const own = subjectKind(subject);
  // "with a Lighting Node CORE controller in the box": a part named by its model is a named extra (requirements.ts), not any of its kind.
  if (m && /\b[A-Z][\w+-]*\s+[A-Z]/.test(m[1]!)) return { rest: requirements, wishes: [] };
  const kinds = m ? [...new Set(m[1]!.split(/[\s,&]+/).map((w) => kindOfWord(w)).filter((k): k is string => k !== undefined && k !== own))] : [];
  if (!kinds.length) return { rest: requirements, wishes: [] };
  const rest = requirements.replace(m![0], ' ').replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
  return { rest, wishes: kinds.map((kind) => includesWish(kind, kind)) };
}

/** "together in one multi-unit box", "as a multipack": several sold in one offer, however many. */
const SEVERAL_IN_ONE_BOX = /\s*\b(?:(?:together\s+)?in\s+(?:one|a\s+single|a)\s+multi[\s-]?(?:unit|pack)\s+(?:box|pack|package)|(?:as|in)\s+(?:a|one)\s+multi[\s-]?pack)\b(?:\s+(?:rather\s+)?than\s+one\s+at\s+a\s+time)?/i;

/**
 * "would rather buy the access points together in one multi-unit box than one at a time": an offer that sells
 * several ("3-Pack", "x2"), whatever their number; "together" is no word of the product's name.
 */
function severalInOneBox(subject: string, requirements: string): SubjectReading | undefined {
  const m = SEVERAL_IN_ONE_BOX.exec(requirements);
  if (!m) return undefined;
  return {
    subject: subject.replace(/\s+together$/i, ''),
    requirements: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim(),
    wishes: [{ id: 'pack:several', label: 'Several in one box: a multi-pack', met: (title) => packCount(title) >= 2 }],
  };
}

const PACK_WORDS: [RegExp, number][] = [
  [/^(?:a\s+)?(?:single|one|individual|lone)\s+/i, 1],
  // ("exactly two 140 mm case fans bought together": said exactly, the count is as much a pack's.)
  [/^(?:a\s+)?(?:(?:exactly|just)\s+)?(?:pair of|couple of|twin|two)\s+/i, 2],
  [/^(?:(?:exactly|just)\s+)?(?:three|triple|a set of three)\s+/i, 3],
];
/** "matching ... sold together", "in one box": words a pack of several is asked with, which its title never carries. */
const MATCHING = /^(?:matching|identical|same)\s+/i;
const SOLD_TOGETHER = /\s+(?:sold|packed|boxed|packaged|bundled|that come)\s+together$/i;
const ONE_BOX = /^\s*(?:in|as)\s+(?:one|a single|a|the same)\s+(?:box|pack|package|set)\b\s*,?/i;

const SINGLE_EXPANSION = /\bsingle[\s-]+[a-z]+\s+expansion\s+kit\b/i;
const HUB_INCLUDED = /\bhub\s+included\b|\bwith\s+(?:\w+\s+){0,2}hub\b|\bstarter\s+kit\b/i;

/** "single 12cm ARGB case fan" -> "12cm ARGB case fan" and a wish for one fan, not a multi-pack. */
function packSize(subject: string, requirements = ''): { subject: string; wishes: TitleWish[] } {
  // "bought one at a time as single-fan kits": the line's single fan sold as an "expansion kit" is what is asked.
  const kitAsked = /\bsingle[\s-]+fan\s+(?:expansion\s+)?kits?\b/i.test(`${subject} ${requirements}`);
  for (const [re, count] of PACK_WORDS) {
    const stripped = subject.replace(re, '');
    const rest = count > 1 && stripped !== subject ? stripped.replace(MATCHING, '').replace(SOLD_TOGETHER, '') : stripped;
    // "single 16GB Kingston Fury Beast modules": a named product's line counts as a kind here.
    // A pack of a name whose second word opens in lower case ("two Corsair iCUE LINK RX140"); "a single Corsair iCUE
    // LINK RX120" is left to the title (that line's single fan is sold as an "expansion kit").
    const secondWord = count > 1 ? '[a-z]*[A-Z]' : '[A-Z]';
    if (rest === subject || !(subjectKind(rest) || new RegExp(String.raw`^(?:\d+\s?[a-z]{1,2}\s+)?[A-Z][\w-]*\s+${secondWord}`).test(rest))) continue;
    const label = count === 1 ? 'One item, not a multi-pack or an expansion kit' : `A pack of ${count}`;
    // "Kingston Fury Beast modules": the line's name says what it is; "modules" is on few of its titles.
    const named = subjectKind(rest) ? rest : rest.replace(/\s+(?:modules?|sticks?|units?|pieces?)$/i, '');
    // A "Single Fan Expansion Kit" needs its starter kit's hub: one fan all the same beside a quoted product that brings the hub.
    const besideHub = count === 1 ? { metBesideQuoted: (title: string, quoted: string) => SINGLE_EXPANSION.test(title) && HUB_INCLUDED.test(quoted) } : {};
    return { subject: named, wishes: [{ id: `pack:${count}`, label, met: (title) => packCount(title) === count || (count === 2 && /\bpair\b/i.test(title)) || (count === 1 && kitAsked && SINGLE_EXPANSION.test(title)), ...besideHub }] };
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
  if (m && part && part !== subjectKind(subject)) {
    const wish = includesWish(part, m[1]!);
    return { subject: subject.replace(SOLD_AS, '').trim() || subject, rest: requirements.trim().slice(m[0].length).trim(), wishes: [wish] };
  }
  return namedPart(subject, requirements) ?? partNotBoughtSeparately(subject, requirements) ?? partComesWith(subject, requirements) ?? { subject, rest: requirements, wishes: [] };
}

/** "that comes with a CPU cooler (in the box)": a part of another kind the offer includes. */
const COMES_WITH = /\b(?:(?:that|which)\s+)?(?:comes?|ships?|is\s+sold|is\s+supplied)\s+with\s+(?:an?\s+|its\s+own\s+)?((?:[\w-]+\s+){0,2}?([a-z]+))(?:\s+(?:in\s+the\s+box|included))?(?=\s*(?:$|,|\.|\band\b))/i;

/** "a six-core AMD processor that comes with a CPU cooler": the title must show the cooler. */
function partComesWith(subject: string, requirements: string): { subject: string; rest: string; wishes: TitleWish[] } | undefined {
  const m = COMES_WITH.exec(requirements);
  const part = m ? kindOfWord(m[2]!) : undefined;
  // Only a part named by kind words alone: "six ARGB fans" says more than that it has fans, which the
  // requirement readings check.
  if (!m || !part || part === subjectKind(subject) || !m[1]!.trim().split(/\s+/).every((w) => kindOfWord(w) !== undefined)) return undefined;
  return { subject, rest: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim(), wishes: [includesWish(part, m[1]!)] };
}

/** "without buying a lens separately", "without having to get a charger as well": the part comes with it. */
const NOT_SEPARATELY = /,?\s*\bwithout\s+(?:having\s+to\s+)?(?:buying|buy|getting|purchasing|paying\s+for|needing)\s+(?:an?\s+|the\s+)?([a-z]+)\s+(?:separately|extra|as\s+well|too|on\s+top)\b/i;

/** "a Canon camera I can start shooting with, without buying a lens separately": the title must show the lens. */
function partNotBoughtSeparately(subject: string, requirements: string): { subject: string; rest: string; wishes: TitleWish[] } | undefined {
  const m = NOT_SEPARATELY.exec(requirements);
  const part = m ? kindOfWord(m[1]!) : undefined;
  if (!m || !part || part === subjectKind(subject)) return undefined;
  return { subject, rest: requirements.replace(m[0], ' ').replace(/\s+/g, ' ').trim(), wishes: [includesWish(part, m[1]!)] };
}

/** "with the RF 24-105mm f/4L lens": a part named by its model, then its kind word (up to four words in). */
const WITH_NAMED_PART = /^(?:together\s+|bundled\s+|packaged\s+)?(?:with|w\/|including|incl\.?)\s+(?:an?\s+|the\s+|its\s+)?/i;

/**
 * "the Canon EOS R5 sold as a kit with the RF 24-105mm f/4L lens": a kit named by how it is sold, its
 * part named by model and kind. The product is the R5; the title must show the part, and the part's
 * model words stay in the clause to be checked as any other.
 */
function namedPart(subject: string, requirements: string): { subject: string; rest: string; wishes: TitleWish[] } | undefined {
  const lead = WITH_NAMED_PART.exec(requirements.trim());
  if (!SOLD_AS_KIT.test(subject) || !lead) return undefined;
  const words = requirements.trim().slice(lead[0].length).split(/\s+/);
  const at = words.slice(0, 5).findIndex((w) => /^[a-z]/i.test(w) && kindOfWord(w) !== undefined);
  const part = at > 0 ? kindOfWord(words[at]!) : undefined;
  if (!part || part === subjectKind(subject)) return undefined;
  const rest = [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
  return { subject: subject.replace(SOLD_AS, '').trim() || subject, rest, wishes: [includesWish(part, words[at]!)] };
}

/** A subject that ends by saying how it is sold: "sold as a kit", "as a bundle", "in a set". */
const SOLD_AS_KIT = /\s(?:sold|offered|available|bought)?\s*(?:as|in)\s+(?:an?\s+)?(?:kit|bundle|package|set|combo)\s*$/i;

/** A wish that the title shows a part of that kind, named as the shopper said it ("Comes with a cpu cooler"). */
function includesWish(part: string, said: string): TitleWish {
  return { id: `includes:${part}`, label: `Comes with a ${said.toLowerCase()}`, met: (title) => includesPart(title, part) };
}

/** The title names the part (not as "No lens" or "Body Only") or shows a sign of it after the product's name. */
export function includesPart(title: string, part: string): boolean {
  if (/\bbody[\s/-]*only\b/i.test(title)) return false;
  const afterName = title.split(/\s+(?:with|w\/|incl\.?|including|\+|&)\s+/i).slice(1).join(' ');
  return mentionsKind(title, part) || Boolean(PART_SIGNS[part]?.test(afterName || title)) || Boolean(SHORT_NAMES[part]?.test(title));
}

/** Shop abbreviations of a kind in a bundle's title: "KB & Mouse" (not a "512 KB" size). */
const SHORT_NAMES: Record<string, RegExp> = { keyboard: /(?<![\d.]\s?)\bkb\b(?!\s*\/\s*s\b)/i };

const READY = /\b(?:ready to use|ready-to-use|(?:(?:straight|right|directly)\s+)?out of the box|plug and play|plug-and-play|(?:fully|pre-?)\s?(?:built|assembled|configured))\b/gi;
const ASSEMBLED = /^(?:fully|pre-?)\s?(?:built|assembled)$/i;
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
  // "fully built", "pre-assembled": the hardware put together; only "ready to use" promises a system on it too.
  const assembledOnly = ready?.every((phrase) => ASSEMBLED.test(phrase));
  const parts = ready ? Object.keys(PARTS).filter((part) => !(assembledOnly && part === 'os')) : named;
  let rest = requirements;
  for (const phrase of [named.length ? installed![0] : '', ...(ready ?? [])]) if (phrase) rest = rest.replace(phrase, ' ');
  // What is left of "that is ..., with ..." once both phrases are out says nothing.
  rest = rest.replace(/\s+/g, ' ').replace(/^(?:(?:that|which|is|are|comes?|and|,)\s*)+$/i, '').trim();
  const label = ready ? `Ready to use: ${named.length ? `${named.join(' and ')} installed, ` : ''}not a barebone` : `Comes with ${named.join(' and ')} installed`;
  return { rest, wishes: [{ id: 'complete-system', label, met: (title) => !lacksParts(title, parts) }] };
}

const ANY_PART = new RegExp(`^(?:${Object.values(PARTS).join('|')})$`, 'i');

/** "Barebone", "No CPU, RAM, Storage or O/S", "without RAM", "RAM not included": sold without one of `parts`. */
export function lacksParts(title: string, parts: readonly string[]): boolean {
  if (/\bbare-?bones?\b|\bdiy kit\b/i.test(title)) return true;
  const words = new RegExp(`^(?:${parts.map((p) => PARTS[p]).join('|')})$`, 'i');
  // A negation reaches over a list of part words: "No CPU, RAM, Storage or O/S".
  // A negation reaches over a list of part words: "No CPU, RAM, Storage or O/S". The list ends at
  // another negation or at a word that is no part: "No Optical, KB & Mouse, Windows 11 Pro" lacks only the drive.
  for (const m of title.matchAll(/\b(?:no|without|w\/o|excl\.?|excluding)\s+((?:(?!(?:no|without)\b)[a-z/]+(?:\s*,\s*|\s+(?:or|and|&)\s+|\s+)?){1,6})/gi)) {
    const listed = m[1]!.split(/\s*,\s*|\s+(?:or|and|&)\s+/).map((w) => w.trim()).filter(Boolean);
    const end = listed.findIndex((w) => !ANY_PART.test(w));
    if (listed.slice(0, end < 0 ? listed.length : end + 1).some((w) => words.test(w))) return true;
  }
  return new RegExp(`\\b(?:${parts.map((p) => PARTS[p]).join('|')})\\s+(?:not included|sold separately|required)\\b`, 'i').test(title);
}
