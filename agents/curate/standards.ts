/**
 * Names of standards (general product knowledge, not any shop's data): memory generations ("DDR5"),
 * form factors ("Micro ATX"), buses and drive interfaces ("PCIe4", "M.2"), sockets ("LGA1700",
 * "AM5"), lighting ("ARGB") and wireless ("Wi-Fi 6"); connectors are in connectors.ts. Many makers
 * build to each, so such a name is never a maker, and though it is written with capitals and digits
 * it is never a model: "a DDR4 memory kit" is any kit of a kind. This is the one list of them.
 */
import { measureFromText } from '../checklist/build-shopping';
import { measures } from '../checklist/text';
import type { ChecklistItem } from '../checklist/types';
import { CONNECTOR_NAME_SOURCES, isConnectorWord } from './connectors';

/** Names of standards as regex sources, by what they standardise (connectors are in connectors.ts). */
export const STANDARDS = {
  memory: [String.raw`(?:lp)?ddr\d[a-z]?`, String.raw`gddr\d[a-z]?x?`, '(?:so-?|r|u|lr)?dimm', 'ecc'],
  formFactor: [String.raw`(?:micro|mini|e|flex)[- ]?atx`, 'atx', '[me]atx', String.raw`(?:mini|micro|nano)[- ]?(?:itx|dtx|stx)`, 'm?itx', 'dtx', 'stx', 'sfx(?:-l)?', 'tfx'],
  bus: [String.raw`pcie?(?:\s?(?:gen\s?)?\d(?:\.\d)?)?`, String.raw`pci[- ]express(?:\s\d(?:\.\d)?)?`],
  drive: [String.raw`m\.2`, 'nvme', String.raw`sata(?:\s?(?:iii|3|6gb\/s))?`, String.raw`u\.2`],
  socket: [String.raw`lga\s?\d{3,4}`, String.raw`am\d`, String.raw`fm\d`, String.raw`s?trx\d`],
  lighting: ['a?rgb'],
  wireless: [String.raw`wi-?fi(?:\s?\d[e]?)?`, String.raw`bluetooth(?:\s?\d(?:\.\d)?)?`, String.raw`poe\+?`],
} as const;

/**
 * Board makers name a Micro ATX board by its chipset with an "M" ("B760M GAMING X"), often without
 * the size's own words: the desktop chipsets of the last generations, so written.
 */
const MICRO_ATX_CHIPSETS = ['H510M', 'B560M', 'H610M', 'B660M', 'H670M', 'B760M', 'H770M', 'Z690M', 'Z790M', 'A320M', 'B450M', 'A520M', 'B550M', 'A620M', 'B650M', 'X670M'];
/** The chipsets a Mini ITX board is named by, as the Micro ATX ones are by an "M" ("B760I", "B760-I", "B650E-I"). */
const MINI_ITX_CHIPSETS = MICRO_ATX_CHIPSETS.flatMap((c) => [c.replace(/M$/, 'I'), c.replace(/M$/, '-I'), c.replace(/M$/, 'E-I')]);

export interface BoardSize {
  name: string;
  /** How a title or a request writes it, whole: "Micro ATX" is no plain "ATX". */
  written: RegExp;
  /** The other ways pages write it, for checklist items. */
  also: readonly string[];
}

/**
 * Motherboard form factors, smallest first, and the ways shops write each (general knowledge). The
 * one table of them: a size a request names is required (need-kinds.ts), and a case takes boards of
 * its own size and smaller (compatibility-keys.ts).
 */
export const BOARD_SIZES: readonly BoardSize[] = [
  { name: 'Thin Mini ITX', written: /\bthin[\s-]?mini[\s-]?itx\b/i, also: ['Thin ITX', 'Thin-ITX'] },
  { name: 'Mini ITX', written: /\b(?:mini[\s-]?itx|m-?itx)\b/i, also: ['Mini-ITX', 'MiniITX', 'mITX', 'ITX', ...MINI_ITX_CHIPSETS] },
  { name: 'Micro ATX', written: /\b(?:micro[\s-]?atx|m-?atx|u-?atx)\b/i, also: ['Micro-ATX', 'MicroATX', 'mATX', 'M-ATX', 'uATX', ...MICRO_ATX_CHIPSETS] },
  { name: 'ATX', written: /\batx\b/i, also: [] },
  { name: 'E-ATX', written: /\b(?:e-?atx|extended[\s-]atx)\b/i, also: ['EATX', 'E ATX', 'Extended ATX'] },
  // Bigger than E-ATX: workstation boards ("XL-ATX/E-ATX" cases hold both).
  { name: 'XL-ATX', written: /\bxl[\s-]?atx\b/i, also: ['XLATX', 'XL ATX'] },
  // Workstation and dual-socket boards: wider than E-ATX and with their own mounting holes.
  { name: 'EEB', written: /\b(?:ssi[\s-]?)?eeb\b/i, also: ['SSI-EEB', 'SSI EEB'] },
];


/** Every way pages write a board size other than plain ATX ("Micro ATX", "mATX", "B760M", "Mini-ITX", "B650E-I", "E-ATX"). */
export const BOARD_SIZE_WORDS_BUT_ATX: readonly string[] = [...BOARD_SIZES.filter((b) => b.name !== 'ATX').flatMap((b) => [b.name, ...b.also]), ...MINI_ITX_CHIPSETS];

/** "the largest size of motherboard it holds": the largest board a case takes, asked for as a size (request-shape.ts, compatibility-keys.ts). */
export const LARGEST_SIZE_OF = /\b(?:largest|biggest)\s+(?:size|form\s+factor|format)\s+of\b/i;

/** Whether the board size written at `at` is turned down ("but is not an E-ATX case", "no Mini ITX"). */
export function boardSizeRefused(text: string, at: number): boolean {
  // "so the E-ATX XTREME X is out": a board named by its size, turned down after its name.
  // ("not the B550M micro ATX": a model turned down by its name and size.)
  return /\b(?:not|no|never)\s+(?:an?\s+|the\s+)?(?:[A-Z0-9][\w-]*\d[\w-]*\s+)?$/i.test(text.slice(Math.max(0, at - 24), at))
    // "not Micro ATX or Mini ITX", "not the B550M micro ATX or the B550I mini ITX": the refusal reaches every size of the list it opens.
    || /\b(?:not|no|never)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}?(?:or|nor)\s+(?:an?\s+|the\s+)?(?:[A-Z0-9][\w-]*\d[\w-]*\s+)?$/i.test(text.slice(Math.max(0, at - 60), at))
    // "(Micro ATX and Mini ITX won't do)", "Mini ITX is no good": each size of a list turned down after it (the sizes read
    // already are blanked, so the list may end in blanks).
    // ("The big E-ATX towers are too much for my desk", "the Micro ATX cases are too small": so too, with the kind's word.)
    || /^[\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}(?:\s+(?:and|or)(?:\s+[\w-]+(?:\s+[A-Z0-9][\w-]*){0,3})?)?(?:\s+(?:towers?|cases?|boards?|ones?))?\s+(?:(?:is|are)\s+(?:out|ruled\s+out|not\s+it|no\s+good|not\s+an\s+option|(?:far\s+|much\s+|way\s+)?too\s+(?:much|big|large|small|tiny|bulky|tall|cramped))|(?:won't|will\s+not|wouldn't|would\s+not)\s+do)\b/.test(text.slice(at));
}

/** The board sizes a text writes, each by its most specific name: "Micro ATX" and "E-ATX" are no "ATX" too. */
export function boardSizesWritten(text: string): string[] {
  const spans = BOARD_SIZES.flatMap(({ name, written, also }) => {
    const forms = new RegExp(`${written.source}|${also.map((a) => String.raw`\b${a.replace(/[-\s]/g, '[-\\s]?')}\b`).join('|') || '(?!)'}`, 'gi');
    return [...text.matchAll(forms)].map((m) => ({ name, from: m.index!, to: m.index! + m[0].length }));
  });
  const inside = (s: typeof spans[number]) => spans.some((o) => o.from <= s.from && o.to >= s.to && o.to - o.from > s.to - s.from);
  return [...new Set(spans.filter((s) => !inside(s)).map((s) => s.name))];
}


/** Every standard's name and every connector's, so none is read as a maker or a model. */
const NAMES = [...Object.values(STANDARDS).flat(), ...CONNECTOR_NAME_SOURCES].join('|');
const STANDARD = new RegExp(String.raw`\b(?:${NAMES})(?![\w.])`, 'gi');
const WHOLE_NAME = new RegExp(`^(?:${NAMES})$`, 'i');
/** Words that standards' names are made of ("Thin Mini ITX"): alone, they name no product either. */
const NAME_PARTS = /^(?:thin|mini|micro)$/i;

/** A word that is a standard's or connector's name, or part of one ("Mini" of "Mini ITX"): never a product's name. */
export function isStandardWord(word: string): boolean {
  return NAME_PARTS.test(word) || WHOLE_NAME.test(word) || isConnectorWord(word);
}

/** The text without the names of standards in it. */
export function withoutStandardNames(text: string): string {
  return text.replace(STANDARD, ' ').replace(/\s+/g, ' ').trim();
}

/** Words that are only names of standards ("DDR5", "Micro ATX", "USB-C"): never a maker. */
export function namesOnlyStandards(words: string): boolean {
  const left = withoutStandardNames(words);
  // What is left between names ("HDMI, DP,") is punctuation, no word.
  return /\w/.test(words) && left.split(/\s+/).filter((w) => /\w/.test(w)).every((w) => isConnectorWord(w));
}

/**
 * "with built-in Wi-Fi", "that has Bluetooth": a wireless standard named without a version ("Wi-Fi 6"
 * is a floor, requirements.ts), which any version meets. Pages write it "Wi-Fi", "WiFi", "WIFI" or
 * "wifi 6", and Wi-Fi as "WLAN" too.
 */
export const UNVERSIONED_WIRELESS = /\b(Wi-?Fi|WLAN|Bluetooth)\b(?!\s?\d)/i;

/** "without a cable", "no wires", "cordless", "works wirelessly": the product connects wirelessly, however the request puts it. */
export const CABLE_FREE_SAID = /\b(?:without (?:an? |any |the )?(?:cables?|wires?|cords?)|no (?:cables?|wires?|cords?)|cable-?free|cordless|wirelessly)\b/i;

/** What a cable-free request asks of a page: it says wireless, Bluetooth or Wi-Fi. */
export const CABLE_FREE_ITEM: ChecklistItem = { kind: 'attribute-present', id: 'present:bluetooth', label: 'Wireless: Bluetooth or Wi-Fi, no cable', text: 'Bluetooth', anyOf: ['wireless', 'Wi-Fi', 'WiFi'], hard: true, origin: 'request' };

/** How pages write a wireless standard named without a version: the word, then its other spellings. */
export function wirelessSpellings(name: string): [text: string, ...anyOf: string[]] {
  // "WiFi" is one word, so a page's "Wi-Fi" or "Wi Fi" is the same word split (word-forms.ts).
  // "GAMING X AX", "AX Wi-Fi": boards named for Wi-Fi 6 by its standard's letters (802.11ax) have Wi-Fi.
  // (A refusal checked on the title alone matches spellings as written: "Wi-Fi 6E" needs its hyphen.)
  return /^bluetooth$/i.test(name) ? ['Bluetooth'] : ['WiFi', 'Wi-Fi', 'WLAN', 'wireless LAN', 'AX', '802.11ax'];
}

/** The item a wireless standard named without a version asks: the product has it, however spelled. */
export function wirelessItem(named: RegExpExecArray): ChecklistItem {
  const [text, ...anyOf] = wirelessSpellings(named[1]!);
  const label = text === 'WiFi' ? 'Wi-Fi' : text;
  return { kind: 'attribute-present', id: `present:${text.toLowerCase()}`, label, text, anyOf, hard: true, origin: 'request' };
}

/**
 * Intel's desktop sockets are named by their pin count, which shops write every way: "LGA1700",
 * "LGA 1700", "LGA-1700", "Socket 1700" and, most often in titles, the bare "1700" ("Intel Z790, 1700,
 * ATX"). All are one socket. AMD's ("AM5", "Socket AM5") keep their letters and need no rewriting.
 */
// Three digits too: older boards and coolers name LGA775 and LGA771 the same ways ("Intel 1200/115X/775").
const INTEL_SOCKET = /\b(?:lga|socket)[\s-]?(\d{3,4})\b/gi;

/** The text with every spelling of an Intel socket written as its bare number, so spellings compare equal. */
export function withBareSocketNumbers(text: string): string {
  return text.replace(INTEL_SOCKET, '$1');
}

/** The text with every spelling of an Intel socket written "LGA1700", the one way requests are then read ("LGA 1700 boards" asks for no "LGA"). */
export function withJoinedSocketNames(text: string): string {
  return text.replace(/\b(?:socket\s+)?(?:lga|socket)[\s-]?(\d{3,4})\b/gi, 'LGA$1');
}

/** The bare number of a word or phrase that is an Intel socket's name alone ("LGA1700", "Socket 1700"); undefined otherwise. */
export function intelSocketNumber(name: string): string | undefined {
  return new RegExp(`^${INTEL_SOCKET.source}$`, 'i').exec(name.trim())?.[1];
}

/**
 * Every way pages write the socket a name names ("LGA1700" -> "LGA 1700", "Socket 1700", "1700"; "115X" for
 * LGA1150, 1151, 1155 and 1156), the name first; Threadripper Pro's "WRX8" (as socketOf reads it) as pages write it, "sWRX8", first; the
 * name alone for any other.
 */
export function socketSpellings(name: string): string[] {
  const n = intelSocketNumber(name);
  if (/^WRX8$/i.test(name.trim())) return ['sWRX8', 'WRX8'];
  // Coolers made for all four of LGA1150, 1151, 1155 and 1156 (one mount) say so as "115X" ("Intel 1200/115X/775").
  const family = n && /^115[0156]$/.test(n) ? ['115X'] : [];
  return n ? [...new Set([name, `LGA${n}`, `LGA ${n}`, `Socket ${n}`, n, ...family])] : [name];
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
  // "DDR4 SO-DIMM": each standard on its own, as titles write them apart ("DDR4, 3200MHz, ..., SODIMM Memory").
  const named = rest.match(STANDARD) ?? [];
  for (const part of named.length >= 2 ? named : rest ? [rest] : []) {
    // A socket is met by any spelling of it: boards titled "Intel Z790, 1700" are LGA1700 boards.
    const [text, ...spellings] = socketSpellings(part);
    items.push({ kind: 'attribute-present', id: `present:${part.toLowerCase()}`, label: part, text: text!, hard: true, origin: 'request', ...(spellings.length ? { anyOf: spellings } : {}) });
  }
  return items;
}

/** A board chipset's code as requests and titles write it: "B650", "Z790", "X670E", "H610". */
export const CHIPSET_CODE = /^[ABHQWXZ]\d{3}E?$/;

/** "b650m-p" of "MSI AM5 PRO B650M-P": a board model that adds its size's letter (M, I) to its chipset's code. */
export const SIZED_BOARD_MODEL = /^([ABHQWXZ]\d{3}E?)[MI](?:-|$)/i;
