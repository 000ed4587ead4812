/**
 * What a listing sells, from its title: the head noun of the product's name, not any word in it.
 * "Spire Tower PC, Fractal Core 1100 Case, ..." is a PC (its case is a part of it), "Barebone PC -
 * No RAM" is no RAM, "Wired Keyboard and Mouse Kit" is both a keyboard and a mouse. Shops put the
 * kind in the name (the text before the first comma) or, when the name is a bare model, in a later
 * segment that ends with it ("ADATA Premier, DDR5, 4800MHz, SODIMM Memory"). A title naming no known
 * kind is read from specs only one kind has (a chipset and a socket: a motherboard), else left to the
 * shop's search (some shops never write "motherboard" in a board's title).
 */
import type { ChecklistItem } from '../checklist/types';
import { measureFromText } from '../checklist/build-shopping';
import { measures, modelNumbers, singular, tokens } from '../checklist/text';
import { CONNECTOR_NAME_SOURCES, VIDEO_CONNECTORS, connectorEnds } from './connectors';
import { spacedModels, subjectTerms } from './product-match';
import { STANDARDS } from './standards';

/** Kinds of product, each with the words shops and shoppers use for it (general knowledge, not any shop's data). */
const KINDS: Record<string, string[]> = {
  memory: ['memory', 'ram', 'dimm', 'sodimm'],
  phone: ['smartphone', 'phone', 'mobile', 'cellphone'],
  pc: ['pc', 'computer', 'desktop', 'barebone'],
  laptop: ['laptop', 'notebook', 'chromebook'],
  case: ['case', 'chassis', 'tower'],
  fan: ['fan'],
  cooler: ['cooler', 'aio', 'heatsink'],
  motherboard: ['motherboard', 'mainboard', 'mobo'],
  ssd: ['ssd'],
  hdd: ['hdd'],
  // A storage drive of any make (see NARROWER_KINDS); "hard", "solid state" and "flash" drives are read as their own kinds.
  drive: ['drive'],
  enclosure: ['enclosure', 'caddy', 'dock', 'docking'],
  // Not "display": phones and watches name their display in the title.
  monitor: ['monitor'],
  keyboard: ['keyboard'],
  mouse: ['mouse', 'mice'],
  headset: ['headset', 'headphone', 'earphone', 'earbud', 'earset'],
  cable: ['cable', 'cord'],
  adapter: ['adapter', 'adaptor', 'converter', 'splitter', 'dongle'],
  tablet: ['tablet'],
  console: ['console'],
  controller: ['controller', 'gamepad'],
  charger: ['charger'],
  psu: ['psu'],
  gpu: ['gpu'],
  cpu: ['cpu', 'processor'],
  strap: ['strap', 'band', 'watchband'],
  watch: ['watch', 'smartwatch'],
  speaker: ['speaker', 'soundbar'],
  webcam: ['webcam'],
  camera: ['camera'],
  // Shops importing from France or Germany keep the maker's word ("Lentille", "Objektiv").
  lens: ['lens', 'lentille', 'objectif', 'objektiv'],
  microphone: ['microphone', 'mic'],
  router: ['router'],
  // A network switch; a console named Switch is read as a console (COMPOUNDS).
  switch: ['switch'],
  receiver: ['receiver'],
  reader: ['reader'],
  printer: ['printer'],
  // Accessories named after what they serve: a "monitor arm" is no monitor, a "laptop bag" no laptop.
  mount: ['mount', 'stand', 'arm', 'bracket'],
  bag: ['bag', 'sleeve', 'backpack'],
  pad: ['pad', 'mousepad', 'mat'],
  flashcard: ['flashcard'],
  flashdrive: ['flashdrive'],
  accesspoint: ['accesspoint'],
  cabletie: ['cabletie'],
  // A custom loop's block: no cooler on its own, and no CPU for the "CPU" in its name.
  waterblock: ['waterblock'],
  paste: ['paste'],
  opticaldrive: ['opticaldrive'],
  capture: ['capture'],
  // A console's or laptop's cover film: shops title it a (vinyl) wrap or a decal as often as a skin.
  skin: ['wrap', 'skin', 'decal'],
};

const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
/** Words that, just before a kind word, say the product lacks it ("No RAM", "without fans", "w/o cooler"); "RAM not included" after it. */
const NEGATION = new Set(['no', 'without', 'not', 'excl', 'excluding']);
/** Compound heads: "power supply", "graphics card", "memory card" (no RAM) read as one kind. */
const COMPOUNDS: [RegExp, string][] = [
  // One kind under the names shops and shoppers give it (general knowledge): a CPU air cooler is
  // sold as a "Heatsink & Fan", an SSD spelled out as a "Solid State Drive".
  [/\bheat ?sinks? ?(?:&amp;|&|and|\/|\+) ?fans?\b/, 'cooler'], [/\b(?:(?:cpu|processor) )?air coolers?\b/, 'cooler'],
  [/\bsolid[\s-]state (?:drives?|disks?)\b/, 'ssd'],
  // A drive named by its make first ("SSD Drive", "NVMe Drive") is that make, not any drive.
  [/\b(?:ssd|(?:nvme|m\.2)(?: ssd)?) (?:drives?|disks?)\b/, 'ssd'], [/\bhdd (?:drives?|disks?)\b/, 'hdd'],
  // An extension lengthens a cable and is one ("PWM Fan Extension Cable" is a cable for a fan).
  [/\bextension (?:cables?|leads?|cords?)\b/, 'cable'],
  // A power supply made for a laptop is its charger ("Universal 90W Laptop PSU").
  [/\b(?:laptop|notebook) (?:psu|power suppl(?:y|ies)|power adapt[eo]rs?|ac adapt[eo]rs?|power bricks?)s?\b/, 'charger'],
  // Radio bands are no watch strap ("Dual Band Wireless Access Point", "2.4GHz band").
  [/\b(?:single|dual|tri|triple|quad|multi)[\s-]?bands?\b|\b\d+(?:\.\d+)?\s?ghz bands?\b/, 'radioband'],
  [/\b(?:wireless |wi-?fi |wlan )?access points?\b/, 'accesspoint'], [/\b(?:cable|zip) ties?\b/, 'cabletie'],
  // Thermal paste, DVD writers and capture boxes are kinds of their own, no cable, drive or box of another kind.
  [/\b(?:(?:cpu|gpu) )?water ?blocks?\b/, 'waterblock'],
  [/\bthermal (?:paste|compound|grease)\b|\bheat paste\b/, 'paste'], [/\b(?:dvd|blu-?ray|cd|optical)(?:[\s-]?(?:rw|r))? (?:writers?|drives?|burners?|rewriters?)\b/, 'opticaldrive'],
  [/\b(?:video |game |4k )?capture (?:box|boxes|cards?|devices?)\b/, 'capture'],
  // A "desktop tower" is the computer itself; a "tower case" or "desktop tower case" still ends in its kind.
  [/\bdesktop towers?\b(?!\s+(?:cases?|chassis))/, 'pc'],
  [/\bpower suppl(y|ies)\b/, 'psu'], [/\bgraphics cards?\b/, 'gpu'], [/\bvideo cards?\b/, 'gpu'],
  // A mechanical or spinning drive is a hard drive, never an SSD.
  [/\b(?:(?:mechanical|spinning)(?: hard)?|hard) (?:disk|drive)s?\b/, 'hdd'],
  [/\b(memory|sd|microsd|micro sd|cf) cards?\b/, 'flashcard'], [/\b(usb )?(flash|thumb|pen) drives?\b/, 'flashdrive'],
  // "an 8GB DDR4 stick", "a RAM module", "a DDR4 desktop module", "a DDR4 desktop memory stick": a memory
  // module named by what it is (read before the flash drive's "memory stick").
  [/\b(?:(?:ddr\d|ram|so-?dimm|dimm) (?:(?:desktop|laptop|notebook|pc) )?(?:memory |ram )?|(?:desktop|laptop|notebook|pc) (?:memory|ram) )(?:sticks?|modules?)\b/, 'memory'],
  // A "Memory Pen" or "USB stick" is a flash drive, no RAM.
  [/\b(?:usb|memory) (?:pen|stick)s?\b/, 'flashdrive'], [/\bnintendo switch\b/, 'console']];

export function kindOfWord(word: string): string | undefined {
  const w = word.toLowerCase();
  // singular() keeps "-us" endings ("bus"), so plural codes ("CPUs", "GPUs") are cut here.
  return KIND_OF.get(singular(w)) ?? KIND_OF.get(w.replace(/s$/, ''));
}

const compoundsRead = (text: string) => COMPOUNDS.reduce((t, [re, k]) => t.replace(re, k), text.toLowerCase().replace(/\bw\/o\b/g, 'without'));

/** A segment without a note after its name ("SODIMM Memory *Low Voltage 1.35V*"). */
const withoutNote = (segment: string) => segment.replace(/\s*\*[^*]*\*?\s*$/, '');

/** A segment whose last word (a compound read as one: "Blue Mobile Hard Drive") is a kind. */
function endsInKind(segment: string): boolean {
  return kindOfWord(tokens(compoundsRead(segment)).pop() ?? '') !== undefined;
}

/**
 * "mechanical hard drives" -> "hard drives", "storage drives" -> "drives": a describing word the kind
 * itself implies is no word a title must carry (shops write "Hard Drive", not "Mechanical", and every
 * drive stores); the kind check still tells an SSD.
 */
export function withoutImpliedWords(subject: string): string {
  return withoutPurposeWords(withoutAllInOne(subject.replace(/\b(?:mechanical|spinning)\s+(?:hard\s+)?(disks?|drives?)\b/i, 'hard $1').replace(/\b(?:data\s+)?storage\s+(drives?)\b/i, '$1')));
}

/**
 * "all-in-one liquid CPU coolers" -> "liquid CPU coolers": a liquid cooler sold as one product is an
 * all-in-one (custom-loop parts are blocks, pumps, radiators), and many shops title them "Liquid CPU
 * Cooler" without "AIO", which a word search for "all-in-one" misses; the kind check still tells a block.
 */
function withoutAllInOne(subject: string): string {
  // "an all-in-one cooler": a liquid one, as shops title it.
  return subject.replace(/\b(?:all[\s-]in[\s-]one|aio)\s+(?=(?:liquid|water)\s+(?:\w+\s+)?coolers?\b)/i, '')
    .replace(/\b(?:all[\s-]in[\s-]one|aio)\s+(?=(?:cpu\s+)?coolers?\b)/i, 'liquid ');
}

/**
 * "a memory upgrade": why the product is bought, after the kind that names it; no title says
 * "upgrade", so the kind alone is searched and checked. Kept where no kind is left ("an upgrade"),
 * and only at the end: "memory expansion card" names another kind.
 */
function withoutPurposeWords(subject: string): string {
  const cut = subject.replace(/\s+(?:upgrades?|replacements?)\s*$/i, '').trim();
  return cut !== subject && subjectKind(cut) ? cut : subject;
}

/** A kind word at the end of a negated list of parts: "No Heatsink/Fan", "without CPU or cooler". */
function negatedList(words: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (LIST_JOINS.has(words[j]!) || kindOfWord(words[j]!) !== undefined)) j--;
  return j < i - 1 && j >= 0 && NEGATION.has(words[j]!);
}
const LIST_JOINS = new Set(['/', 'or', 'and', '&']);

/** Kinds named in a run of words, the head last; a kind right after a negation is not counted. */
function kindsIn(text: string): string[] {
  const words = tokens(compoundsRead(text));
  const out: string[] = [];
  words.forEach((w, i) => {
    const kind = kindOfWord(w);
    const after = words.slice(i + 1, i + 3).join(' ');
    const negated = NEGATION.has(words[i - 1] ?? '') || NEGATION.has(words[i - 2] ?? '') || negatedList(words, i) || /^(not included|sold separately|excluded|required)\b/.test(after);
    if (kind && !negated) out.push(kind);
  });
  return out;
}

/** Whether a text names a kind anywhere, not as a part it lacks ("No RAM", "lens not included"). */
export function mentionsKind(text: string, kind: string): boolean {
  return kindsIn(text).includes(kind);
}

/**
 * The kinds a title sells: the head kind of its name (before "with"/"w/"), together with kinds joined
 * to it by "and"/"&"; else the head kind of a later segment that ends in a kind; empty when the title names none.
 */
export function titleKinds(title: string): string[] {
  // A decimal comma ("2,5 SSD") splits no segment.
  const segments = title.split(/,(?!\d)|(?<!\d),| - | – /).map((s) => s.trim()).filter(Boolean);
  // Later segments list specs and included parts ("2 x Fans"); one that ends in a kind names the product.
  const tail = segments.slice(1).reverse().find((seg) => !/^\d+\s*x?\s/i.test(seg) && endsInKind(withoutNote(seg)))
    // A name in brackets that says what the listing is ("Xbox One - Ebb and Flow (Vinyl Wrap for Xbox One)").
    ?? (segments.length > 1 ? /\(([^()]+)\s+for\s+[^()]+\)/.exec(title)?.[1] : undefined);
  for (const [i, segment] of [segments[0] ?? '', tail ?? ''].entries()) {
    // A board titled by its specs lists the parts it comes with or takes ("..., 12cm Carrara Fan", "DDR3 SODIMM").
    if (i === 1 && (BOARD_SPECS.test(title) || BOARD_WITH_SLOTS.test(title))) return ['motherboard'];
    const name = servedDeviceCut(segment.split(/\s+(?:with|w\/|incl\.?|including|for)\s+/i)[0]!);
    const kinds = kindsIn(name);
    if (!kinds.length) continue;
    const head = kinds[kinds.length - 1]!;
    const joined = /\b(and|&)\b/i.test(name) ? kinds : [head];
    return [...new Set([...joined, ...alsoSold(name, kinds, title)])];
  }
  // A device line names the product only in a title naming no kind at all: a "Vinyl Wrap for Xbox One" is a wrap.
  const line = DEVICE_LINES.find(([re]) => re.test(title));
  if (line && !kindsIn(title).length) return [line[1]];
  return SPEC_KINDS.filter(([re]) => re.test(title)).map(([, kind]) => kind).slice(0, 1);
}

/** Devices shops title by their line alone (general knowledge): "Microsoft Xbox Series S - Starter Bundle". */
const DEVICE_LINES: [RegExp, string][] = [
  [/\b(?:xbox (?:one|series [xs])|playstation ?[2-5]|ps[2-5](?! compatible)|nintendo switch)\b/i, 'console'],
  [/\b(?:iphone|galaxy [asz]\d{1,2}|pixel \d)\b/i, 'phone'],
  [/\b(?:ipad|galaxy tab)\b/i, 'tablet'],
  [/\b(?:macbook|thinkpad|chromebook)\b/i, 'laptop'],
];

/**
 * Kinds a title sells besides its head: a "Converter Cable", or a cable between two different video
 * plugs, is an adapter as much as a cable; and a kind the title names and then restates as its last word ("Rugged Armor Pro Black Case Band
 * Compatible With Apple Watch ... (45mm/44mm) Case") is the product too, not a part of it. A last
 * word after a capitalised name ("... for Apple Watch") is the device served, not restated.
 */
function alsoSold(name: string, kinds: string[], title: string): string[] {
  const out: string[] = [];
  if (/\b(?:converter|adapter|adaptor)\s+cables?\b/i.test(name) || (kinds.includes('cable') && (betweenVideoPlugs(name) || plugToOtherSocket(name)))) out.push('adapter');
  const words = title.trim().split(/\s+/);
  const last = kindOfWord((words[words.length - 1] ?? '').replace(/[^\w-]/g, ''));
  const before = words[words.length - 2] ?? '';
  if (last && kinds.includes(last) && !/^[A-Z][a-z]/.test(before) && !NEGATION.has(before.toLowerCase())) out.push(last);
  return out;
}

/**
 * "HDMI Male to HDMI Type-C (Mini) Male Cable", "USB-C Male to HDMI Male Cable": a cable from one
 * video plug to another carries the picture from one kind of port into another, which is what an
 * adapter does, and shops sell it as either. A charging cable (USB-A to Lightning) or one with the
 * same plug at both ends (HDMI Male to Male) adapts nothing.
 */
function betweenVideoPlugs(name: string): boolean {
  const ends = connectorEnds(name);
  return Boolean(ends && ends.every((end) => VIDEO_CONNECTORS.includes(end)));
}

/**
 * "Lightning Male to 3.5mm Jack Female Cable": a plug of one kind into a socket of another takes in
 * what another device plugs into it, which is what an adapter does, whatever the shop calls it.
 */
function plugToOtherSocket(name: string): boolean {
  return connectorEnds(name) !== undefined && /\bmale\b.*\bto\b.*\bfemale\b/i.test(name);
}

// Desktop chipsets (B650, Z790, W790) and workstation ones (WRX80, TRX40, C621).
/**
 * "Leather Watch Strap Apple Watch Series 9": a kind word followed straight by a capitalised name
 * that ends in another kind is the product, made for that device (the "for" left out). Not at the
 * start of a title, where a kind word may be the maker's name ("Cooler Master").
 */
/** Kind words shops also put before another kind to say where it goes ("Desktop LiteWave Switch", "Mobile Hard Drive"). */
const USED_AS_ADJECTIVE = new Set(['desktop', 'mobile', 'tower']);

function servedDeviceCut(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length - 2; i++) {
    const next = words[i + 1]!;
    const word = words[i]!.replace(/[^\w-]/g, '');
    // "Fan Extension Cable": a kind word before a compound kind names what that serves, no device's name.
    if (!kindOfWord(word) || partOfCompound(words, i) || partOfCompound(words, i + 1) || afterFigure(words, i) || USED_AS_ADJECTIVE.has(word.toLowerCase()) || !/^[A-Z][a-z]/.test(next) || kindOfWord(next)) continue;
    if (words.slice(i + 2).some((w) => kindOfWord(w.replace(/[^\w-]/g, '')))) return words.slice(0, i + 1).join(' ');
  }
  return name;
}

/** A kind word after a figure is a spec of the product, not the product ("Series S 512 GB SSD Gaming Console"). */
function afterFigure(words: string[], i: number): boolean {
  return /(?:^|\s)\d+(?:\.\d+)?\s?(?:gb|tb|mb)?$/i.test(words.slice(Math.max(0, i - 2), i).join(' '));
}

/** Whether the word at i is read as part of a compound with a neighbour ("Dual Band", "Memory Pen"), not as a kind of its own. */
function partOfCompound(words: string[], i: number): boolean {
  const word = singular(words[i]!.replace(/[^\w-]/g, '').toLowerCase());
  return !tokens(compoundsRead(words.slice(Math.max(0, i - 1), i + 2).join(' '))).map(singular).includes(word);
}

const CHIPSET = String.raw`\b(?:[ABHQWXZ][3-9]\d0|WRX[89]0|TRX[45]0|C[246]\d{2})[A-Z]?\b`;
const BOARD_CONTEXT = String.raw`\b(?:E-?ATX|EEB|Micro[- ]?ATX|M-?ATX|Mini[- ]?ITX|ATX|AM[45]|LGA ?\d{4}|1700|1200|1851)\b`;
/**
 * Titles that name no kind but whose specs only one kind has (general PC knowledge): a chipset code
 * next to a form factor or socket is a motherboard ("MSI AM5 PRO B650M-B M-ATX"); a graphics chip
 * is a graphics card ("Sapphire PULSE RX550, 4GB DDR5"); a processor line is a CPU ("AMD Ryzen 9 5900X - 3.7 GHz - 12 Cores"). PCs and laptops name their kind, so they
 * never get here.
 */
/** A chipset next to a socket or form factor ("Intel Z790, 1700, EATX"): a board named by its specs. */
const BOARD_SPECS = new RegExp(`${CHIPSET}.*${BOARD_CONTEXT}|${BOARD_CONTEXT}.*${CHIPSET}`, 'i');

/**
 * A board's size beside the memory slots it takes ("Mini ITX, DDR3 SODIMM"): a board with its
 * processor built in has no chipset code to go by, and no memory module names a board size.
 */
const BOARD_WITH_SLOTS = /\b(?:E-?ATX|Micro[- ]?ATX|M-?ATX|Mini[- ]?ITX)\b.*\bDDR\d\w?\s+(?:SO-?)?DIMMs?\b/i;

const SPEC_KINDS: [RegExp, string][] = [
  [BOARD_SPECS, 'motherboard'],
  [/\b(?:[RG]TX ?\d{3,4}|GT ?\d{4}|RX ?\d{3,4}|GeForce|Radeon RX|Quadro|Arc A\d{3})\b/i, 'gpu'],
  // A memory kit titled by its modules and speed grade ("16GB Kit (2 x 8GB), DDR4, 3600MHz (PC4-28800),
  // Ryzen Optimised"): memory, whatever processor it is tuned for.
  [/\bPC[345]-\d{4,5}\b|\(\d+\s?x\s?\d+\s?GB\)/i, 'memory'],
  [/\b(?:ryzen|threadripper|athlon|xeon|core i[3579]|core ultra|pentium|celeron)\b/i, 'cpu'],
  // Flash memory chips and drive interfaces are what drives are made of ("870 EVO 2.5\" 4 TB Serial ATA III V-NAND").
  [/\b(?:v-?nand|3d (?:tlc |qlc )?nand|nvme)\b/i, 'ssd'],
];


/** The kind a run of words names as a whole ("cpu air cooler", "usb flash drive"), or undefined when other words remain. */
export function wholeKind(text: string): string | undefined {
  const words = tokens(compoundsRead(text));
  return words.length === 1 ? kindOfWord(words[0]!) : undefined;
}

/** The other words shops title a kind with ("aio", "heatsink" for a cooler), beside its usual one. */
export function otherKindWords(kind: string): string[] {
  return KINDS[kind]?.slice(1) ?? [];
}

/**
 * Kinds shops title by their chip's line, not by the kind's word ("Sapphire PULSE RX550, 4GB DDR5, DVI,
 * HDMI, DP"), so a search for the kind misses them: the lines are searched too (general knowledge).
 */
// (A motherboard is titled by its chipset, socket and size, "Asrock Z790 STEEL LEGEND WIFI, Intel Z790, 1700, ATX": the sizes
// are searched.)
const TITLED_BY_LINE: Record<string, string[]> = { gpu: ['RTX', 'GTX', 'RX', 'Radeon', 'GeForce'], cpu: ['Ryzen', 'Core i5', 'Core i7', 'Core i3'], motherboard: ['ATX', 'ITX'] };

/** For a kind named alone or by its maker ("a graphics card", "an Intel processor"), searches by the lines its products are titled by. */
export function lineQueries(subjects: readonly string[]): string[][] {
  const alone = (s: string) => isKindOnly(s) || (s.trim().split(/\s+/).length <= 3 && !/\d/.test(s));
  return [...new Set(subjects.filter(alone).flatMap((s) => TITLED_BY_LINE[subjectKind(s) ?? ''] ?? []))].map((line) => [line]);
}

/** The word shops most often title a kind with ("ssd"), or undefined for an unknown kind. */
export function kindWord(kind: string): string | undefined {
  return KINDS[kind]?.[0];
}

/** The kind a request's subject asks for: its last kind word ("pc case" -> case, "case fans" -> fan). */
export function subjectKind(subject: string): string | undefined {
  const kinds = kindsIn(subject);
  return kinds[kinds.length - 1];
}

/**
 * Kinds a broader word covers (general knowledge): in shopping a "drive" is a storage drive, hard,
 * solid-state or flash, so "external drives" takes an "External SSD" as much as an "External Hard Drive".
 */
const NARROWER_KINDS: Record<string, readonly string[]> = { drive: ['hdd', 'ssd', 'flashdrive'] };

/**
 * Whether a product of kind `sold` is one of kind `asked`: the same kind, a narrower one ("ssd" for
 * "drive"), or a title's bare broader word ("Portable Drive" for an SSD), which does not say it is not.
 */
export function coversKind(asked: string, sold: string): boolean {
  return asked === sold || Boolean(NARROWER_KINDS[asked]?.includes(sold)) || Boolean(NARROWER_KINDS[sold]?.includes(asked));
}

/**
 * False when the title sells another kind than the subject asks for; true when it sells that kind or
 * names no kind at all (the shop's search found it, which is all we know).
 */
export function sellsKind(title: string, subject: string): boolean {
  const wanted = subjectKind(subject);
  if (!wanted) return true;
  const kinds = titleKinds(title);
  // "keyboard and mouse set": a package sells every kind it names; a mouse alone is none.
  const all = PACKAGE_OF_KINDS.test(subject) ? [...new Set(kindsIn(subject))] : [wanted];
  return kinds.length === 0 ? !servesKind(title, wanted) : all.every((w) => kinds.some((k) => coversKind(w, k)));
}

/**
 * "Spigen Rugged Armor Pro for Apple Watch": a title that names no kind of its own, only the device
 * it is made for, sells something for that kind, never the kind itself (no watch for "smartwatch").
 */
function servesKind(title: string, wanted: string): boolean {
  const served = /\s+for\s+(.+)$/i.exec(title.split(/,(?!\d)| - /)[0]!)?.[1];
  return served !== undefined && kindsIn(served).some((k) => coversKind(wanted, k));
}

/** "wired keyboard and mouse set": kinds joined and sold as one package. */
const PACKAGE_OF_KINDS = /\s(?:and|&)\s.*\b(?:set|kit|bundle|combo)s?\s*$/i;

/**
 * A subject that names only a kind of product ("motherboard", "long hdmi cable", "ram"): no model
 * number and no capitalised name. Such a request asks for the best fits of that kind, not one product.
 */
export function isKindOnly(subject: string): boolean {
  // Connector and standard names are written with capitals but name no maker or model ("DisplayPort to HDMI adapter").
  const words = subject.replace(STANDARD_NAMES, ' ').trim().split(/\s+/);
  // "Motherboard" typed with a capital is still the kind; "Logitech mouse" names a maker.
  const first = words[0] && kindOfWord(words[0]) ? words[0].toLowerCase() : words[0] ?? '';
  const text = [first, ...words.slice(1)].join(' ');
  return text.length > 0 && modelNumbers(text).length === 0 && !/\b[A-Z][a-z]/.test(text);
}

/**
 * Connectors, drive interfaces and wireless standards (general knowledge): "DisplayPort", "USB-C",
 * "NVMe", "Wi-Fi 6", "PoE". Memory generations, form factors and sockets are not among them: a
 * subject naming one ("DDR5 memory") is read by its standard (standardsAndFigureItems), not as a kind.
 */
const STANDARD_NAMES = new RegExp(String.raw`\b(?:${[...CONNECTOR_NAME_SOURCES, ...STANDARDS.drive, ...STANDARDS.wireless].join('|')})(?![\w.-])`, 'gi');

const LAPTOP_CHARGER = /\b(laptop|notebook) chargers?\b/i;

/** The other name shops title a two-word kind by (general knowledge of British shops). */
const OTHER_SHOP_NAME: Record<string, string> = { flashdrive: 'memory pen' };

/**
 * For a kind-only subject, the same subject with the kind's usual shop word ("ram" -> "memory",
 * "phone" -> "smartphone"): shops title products with one word and shoppers ask with another.
 */
export function withKindWord(subject: string): string | undefined {
  if (!isKindOnly(subject)) return undefined;
  // A laptop's charger is titled as its power supply ("Universal 90W Laptop PSU"): the texts say so.
  if (LAPTOP_CHARGER.test(subject)) return subject.replace(LAPTOP_CHARGER, '$1 power supply');
  // A two-word kind ("power supply") is titled by its short word ("PSU").
  const compound = COMPOUNDS.find(([re]) => re.test(subject.toLowerCase()));
  if (compound && ['psu', 'gpu', 'hdd', 'pc'].includes(compound[1])) return subject.toLowerCase().replace(compound[0], KINDS[compound[1]]![0]!);
  // Shops title a kind by another name of it ("Memory Pen" for a USB flash drive).
  if (compound && OTHER_SHOP_NAME[compound[1]]) return subject.toLowerCase().replace(compound[0], OTHER_SHOP_NAME[compound[1]]!);
  const words = subject.trim().split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = kindOfWord(words[i]!);
    if (!kind) continue;
    const usual = KINDS[kind]![0]!;
    // Already the usual word, singular or plural ("CPUs": singular() keeps "-us" endings).
    if ([singular(words[i]!.toLowerCase()), words[i]!.toLowerCase().replace(/s$/, '')].includes(usual)) return undefined;
    return [...words.slice(0, i), usual, ...words.slice(i + 1)].join(' ');
  }
  return undefined;
}

/**
 * The words of a kind-only subject that describe it ("gaming" headset, "wired" keyboard, "long"
 * cable): wishes to rank by, not words every title must carry (a long cable is sold as "3 Metres").
 * Sizes in it ("27 inch") are hard.
 */
export function kindModifierItems(subject: string): ChecklistItem[] {
  if (!isKindOnly(subject) || !subjectKind(subject)) return [];
  // A connector typed with its capitals ("DisplayPort", "Lightning") is a spec as an acronym is.
  const typed = [...(subject.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []), ...(subject.match(STANDARD_NAMES) ?? []).filter((w) => /[A-Z]/.test(w)).flatMap((w) => subjectTerms(w)).filter((w) => w.length > 1)];
  const acronyms = new Set(typed.map((w) => w.toLowerCase()));
  // A size in the kind ("27 inch monitors", "1TB SSD") is what is asked for, not a wish to rank by;
  // so is a spec ("8-port", "gigabit", "ARGB"): a switch that is not gigabit is not what was asked.
  const specWords = { ...SPEC_WORDS, ...kindSpecWords(subjectKind(subject)!), ...kindCheckWords(subjectKind(subject)!) };
  // "RTX 4070 graphics cards": a series and its number are one model name, which titles often join ("RTX4070").
  const models = spacedModels(subject);
  const modelWords = new Set(models.flatMap((m) => [m.letters.toLowerCase(), m.digits.toLowerCase()]));
  const modelItems = models.map(({ letters, digits }): ChecklistItem => ({ kind: 'attribute-present', id: `present:${letters.toLowerCase()} ${digits.toLowerCase()}`, label: `${letters} ${digits}`, text: `${letters} ${digits}`, anyOf: [`${letters}${digits}`, `${letters}-${digits}`], hard: true, origin: 'request' }));
  const kind = subjectKind(subject)!;
  return [...servedDeviceItems(subject), ...bareboneItems(subject), ...modelItems, ...modifierWords(subject).filter((w) => !modelWords.has(w.toLowerCase())).map((w): ChecklistItem => measures(w).length
    ? measureFromText(w, true, 'request')!
    // "internal SSDs": no external or portable drive, which their titles say; an internal one's title seldom says "internal".
    : /^internal$/i.test(w) && DRIVE_KINDS.has(kind)
      ? { kind: 'attribute-absent', id: 'absent:external', label: 'Internal: no external or portable drive', text: 'external', anyOf: ['portable', 'pocket'], inTitle: true, hard: true, origin: 'request' }
      : { kind: 'attribute-present', id: `present:${w}`, label: w, text: w, hard: isSpecWord(w, acronyms) || w in specWords, origin: 'request', ...(specWords[w] ? { anyOf: specWords[w] } : {}) })];
}

/** Kinds of storage drive, built in or carried about. */
const DRIVE_KINDS = new Set(['ssd', 'hdd', 'drive']);

/**
 * "barebone mini PCs": a barebone is a PC sold without memory, storage or system, which its title says;
 * said before another word for a PC it narrows the kind, as a spec does.
 */
function bareboneItems(subject: string): ChecklistItem[] {
  const words = tokens(subject);
  const at = words.findIndex((w) => /^barebones?$/.test(w));
  return at >= 0 && words.slice(at + 1).some((w) => kindOfWord(w) === 'pc')
    ? [{ kind: 'attribute-present', id: 'present:barebone', label: 'A barebone (no memory, storage or system)', text: 'barebone', anyOf: ['barebones', 'bare bone'], hard: true, origin: 'request' }] : [];
}

/** Accessories made for one kind of device: a laptop charger, a laptop bag or a console skin fits no other. */
const SERVES_ONE_DEVICE = new Set(['charger', 'bag', 'skin']);

/**
 * "laptop charger": a kind word before an accessory's kind names the device it is made for, which
 * its page must name too (a 30 W phone charger is no laptop charger); the device's other words count.
 */
function servedDeviceItems(subject: string): ChecklistItem[] {
  const kinds = kindsIn(subject);
  const head = kinds[kinds.length - 1];
  const device = kinds[kinds.length - 2];
  if (!head || !device || device === head || !SERVES_ONE_DEVICE.has(head)) return [];
  const [word, ...others] = KINDS[device]!;
  return [{ kind: 'attribute-present', id: `present:${word}`, label: `Made for a ${word}`, text: word!, anyOf: others, hard: true, origin: 'request' }];
}

/** A count with its noun: "8-port", "4 bay". */
const COUNTED = /\b(\d+)[\s-]+(port|bay|slot|channel|core|blade|pin|way|piece)s?\b/gi;

/** Words that say how a product came about ("made of four modules"), describing nothing themselves. */
const MAKING = /^(?:made|built|designed|meant|intended|sold|used)$/i;

/** The subject's words but its kind, a count kept with its noun ("8-port" -> "8 port", not "8" and "port"). */
function modifierWords(subject: string): string[] {
  const counted = [...subject.matchAll(COUNTED)].map((m) => `${m[1]} ${m[2]!.toLowerCase()}`);
  // "full-frame": a camera's sensor format is one word, not "full" and "frame"; so is a case's "dual-chamber" layout.
  const formats = [...subject.matchAll(SENSOR_FORMAT)].map((m) => m[0].toLowerCase().replace(/\s+/, '-'));
  // A two-word kind ("access point", "memory pen") is the kind, not two describing words.
  // "(heatsink and fan, no liquid)": a word turned down in the subject describes nothing it must be.
  const kindless = COMPOUNDS.reduce((t, [re]) => t.replace(new RegExp(re.source, 'gi'), ' '), subject.replace(COUNTED, ' ').replace(SENSOR_FORMAT, ' ').replace(/\b(?:no|not|non|without)[\s-]+[\w-]+/gi, ' '));
  // "a memory kit made of four modules": how it is made is said by what follows, "made" describes nothing.
  return [...counted, ...formats, ...subjectTerms(kindless).filter((w) => !kindOfWord(w) && !MAKING.test(w))];
}

/**
 * Describing words that are specs, which titles state as such or by a known other name (general
 * product knowledge): a gigabit switch may say "10/100/1000", a mini PC "Tiny" or "SFF".
 */
const SPEC_WORDS: Record<string, string[]> = {
  gigabit: ['1000Mbps', '1000 Mbps', '10/100/1000', 'GbE', '1Gbps', '1 Gbps'],
  mini: ['tiny', 'micro', 'SFF', 'NUC', 'small form factor'],
  bluetooth: ['BT'],
};

/**
 * Describing words that are specs of some kinds only: a hard or solid-state drive is built in or
 * carried about, so "external drives" are external or portable ones ("Pocket Size External SSD",
 * "Portable Hard Drive"), and "pocket-size" ones say so; an "external" webcam or keyboard, or a "portable" USB stick, says nothing
 * its page needs to state.
 */
function kindSpecWords(kind: string): Record<string, string[]> {
  if (kind === 'camera') return { 'full-frame': ['full frame', 'fullframe'], 'aps-c': ['apsc', 'aps c'] };
  if (kind === 'case') return { 'dual-chamber': ['dual chamber'] };
  return ['drive', 'hdd', 'ssd'].includes(kind) ? { external: ['portable'], portable: ['external'], pocket: ['pocket-size', 'pocket-sized'] } : {};
}

/** A camera's sensor format, or a case's dual-chamber layout: one hyphenated word each. */
const SENSOR_FORMAT = /\b(?:full-frame|aps-c|dual[\s-]chamber)\b/gi;

/**
 * Spec words a page states in other words, checked but not searched: an "air" cooler is sold as a "Heatsink & Fan" (a liquid one
 * never says "air"); a "liquid" or "AIO" cooler is one of the two ways a cooler works, as its page says in one of these words.
 */
function kindCheckWords(kind: string): Record<string, string[]> {
  const liquid = ['liquid', 'AIO', 'all-in-one', 'all in one', 'water cooling', 'watercooling', 'water cooler'];
  return kind === 'cooler' ? { air: ['heatsink', 'heat sink', 'air cooler', 'air cooling'], liquid, aio: liquid, 'all-in-one': liquid } : {};
}

/**
 * A kind-only subject with such a spec word in the other words shops use for it ("portable drives" ->
 * "external drives"): searched too, as a shop's search needs the word its pages write.
 */
export function withOtherSpecWords(subject: string): string[] {
  const kind = isKindOnly(subject) ? subjectKind(subject) : undefined;
  const specs = kind ? kindSpecWords(kind) : {};
  return Object.entries(specs).filter(([w]) => new RegExp(`\\b${w}\\b`, 'i').test(subject))
    .flatMap(([w, others]) => others.map((o) => subject.replace(new RegExp(`\\b${w}\\b`, 'i'), o)));
}

/** A spec, not a taste: a figure ("8-port"), an acronym as typed ("ARGB", "HDMI"), or a known spec word. */
function isSpecWord(word: string, acronyms: ReadonlySet<string>): boolean {
  return /\d/.test(word) || acronyms.has(word) || word in SPEC_WORDS;
}
