/**
 * What makes parts fit each other, from general PC knowledge: a CPU, its cooler and its motherboard
 * share a socket ("AM5", Intel's "1700"); memory and its motherboard share a DDR generation, and a
 * desktop board takes full-size DIMMs, not laptop SO-DIMMs. A compatible product must name the quoted
 * one's key, and the key is searched on its own, since shops title CPUs "AMD Ryzen 7 7700X (AM5)".
 */
import type { ChecklistItem } from '../checklist/types';
import { stripTags, tokens } from '../checklist/text';
import type { ProductRecord } from '../page/types';
import { connectorEnds, connectorSpellings, connectorsIn, VIDEO_CONNECTORS } from './connectors';
import { madeForKinds } from './made-for';
import { subjectKind, titleKinds } from './product-kind';
import { BOARD_SIZES, boardSizesWritten, LARGEST_SIZE_OF, socketSpellings, STANDARDS } from './standards';
import type { TitleWish } from './title-wishes';
import { withoutUrls } from '../intents/quoted-urls';
import { REQUESTED } from './spec-items';

/** AMD and Intel desktop and workstation sockets as shops write them; Intel's often as the bare number. */
// Not the WRX80 chipset: its socket is sWRX8, which processors are titled with as "WRX8".
const SOCKET = /\b(AM[2-5]\+?|sTRX?[45]|s?WRX8|TR4|LGA ?\d{3,4}|1150|1151|1155|1200|1700|1851|2011|2066)\b/i;
const DDR = /\bDDR([2-5])\b/i;

export function socketOf(name: string): string | undefined {
  const m = SOCKET.exec(name);
  return m ? m[1]!.toUpperCase().replace(/^LGA ?/, '').replace(/^SWRX8$/, 'WRX8') : undefined;
}

/** A page's statement of the memory its slots take: "two DDR4 SODIMM (2666MHz) memory slots", "2x DDR5 SO-DIMM slots". */
const MEMORY_SLOTS_SAID = /\b(DDR[2-5])L?\s*(?:-\s*\d{3,4}\s*)?(?:SO-?DIMM|DIMM|UDIMM)?(?:\s*\([^)]{0,20}\))?\s+(?:memory\s+|RAM\s+)?(?:slots?|sockets?)\b/i;

/** Sockets every board of which takes one memory generation (general knowledge): AM4 boards DDR4, AM5 boards DDR5. */
const SOCKETS_OF_ONE_GENERATION: Record<string, string[]> = { DDR4: ['AM4'], DDR5: ['AM5'] };

/** Parts that mount on a CPU socket, so a socket the request names decides whether they fit. */
const SOCKET_BOUND = new Set(['cpu', 'cooler', 'motherboard']);

/** "an Intel computer", "my AMD build": the platform a socket-mounted part must be of. */
const PLATFORM_SAID = /\b(?:an?|my|our|the|new)\s+(?:[a-z]+\s+){0,2}?(intel|amd)\s+(?:[a-z]+\s+)?(?:computer|pc|build|system|rig|machine|platform|desktop|workstation)\b/i;

/** Desktop chipsets and the socket each takes (general knowledge): "my old Intel X299 workstation" has an LGA2066. */
const CHIPSET_SOCKETS: Record<string, string> = {
  X299: 'LGA2066', X99: 'LGA2011', Z890: 'LGA1851', B860: 'LGA1851', H810: 'LGA1851', Z790: 'LGA1700', B760: 'LGA1700', H770: 'LGA1700', H610: 'LGA1700', Z690: 'LGA1700', B660: 'LGA1700', H670: 'LGA1700',
  Z590: 'LGA1200', B560: 'LGA1200', H510: 'LGA1200', Z490: 'LGA1200', B460: 'LGA1200', H410: 'LGA1200',
  X670: 'AM5', B650: 'AM5', A620: 'AM5', X870: 'AM5', B850: 'AM5', X570: 'AM4', B550: 'AM4', A520: 'AM4', B450: 'AM4', X470: 'AM4', A320: 'AM4',
  TRX40: 'sTRX4', WRX80: 'sWRX8',
};
// The sentence may hold a dot between digits ("H510M-H2/M.2 SE motherboard").
const CHIPSET_SAID = new RegExp(`\\b(${Object.keys(CHIPSET_SOCKETS).join('|')})[EM]?\\b(?=(?:[^.]|\\.(?=\\d))*\\b(?:workstation|computer|pc|build|system|rig|machine|board|motherboard)\\b)`, 'i');

/** Intel Core generations and the desktop socket each takes (general knowledge). */
const INTEL_GENERATION_SOCKETS: Record<number, string> = { 2: 'LGA1155', 3: 'LGA1155', 4: 'LGA1150', 5: 'LGA1150', 6: 'LGA1151', 7: 'LGA1151', 8: 'LGA1151', 9: 'LGA1151', 10: 'LGA1200', 11: 'LGA1200', 12: 'LGA1700', 13: 'LGA1700', 14: 'LGA1700' };
/** "Core i5-8400", "i7-12700K": the generation is the model number's first digit, or first two of five. */
const INTEL_CORE = /\b(?:core\s+)?i[3579][-\s]?(\d{4,5})([a-z]{0,2})\b/i;
/** "Core Ultra 7 265K": the 200 series with a desktop suffix (none, K, KF, F, T) sits on LGA1851; the rest are laptop chips. */
const INTEL_CORE_ULTRA_DESKTOP = /\bcore\s+ultra\s+[3579]\s+2\d{2}(?:k|kf|f|t)?\b/i;
/** Intel's desktop generations by code name (general knowledge), and their sockets. */
const INTEL_CODENAME_SOCKETS: Readonly<Record<string, string>> = { arrow: 'LGA1851', raptor: 'LGA1700', alder: 'LGA1700', rocket: 'LGA1200', comet: 'LGA1200', coffee: 'LGA1151' };
const INTEL_CODENAME = new RegExp(String.raw`\b(${Object.keys(INTEL_CODENAME_SOCKETS).join('|')})\s+lake\b`, 'i');

/** "12th-gen Intel processors", "10th generation Intel Core". */
const INTEL_GENERATION_SAID = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]gen(?:eration)?\s+(?:intel|core)\b/i;
/** "Ryzen 5 5600X": the series is the first digit (1000 to 5000 on AM4, 7000 and later on AM5). */
const RYZEN = /\bryzen\s+[3579]\s+(\d)\d{3}([a-z0-9]{0,3})\b/i;
/** Suffixes of laptop processors, which sit on no socket: "i5-1235U", "Ryzen 7 7840HS". */
const MOBILE_SUFFIX = /^(?:u|h|hs|hx|hk|p|y)$/i;

/** The socket of a desktop processor the text names by its model, if any. */
export function namedProcessorSocket(text: string): string | undefined {
  if (INTEL_CORE_ULTRA_DESKTOP.test(text)) return 'LGA1851';
  // "Intel's coming Arrow Lake processors": a desktop generation named by its code name.
  const codename = INTEL_CODENAME.exec(text)?.[1]?.toLowerCase();
  if (codename) return INTEL_CODENAME_SOCKETS[codename];
  // "12th-gen Intel processors": desktop ones of that generation (laptops' own are named with the laptop).
  const generation = INTEL_GENERATION_SAID.exec(text);
  if (generation && !/\b(?:laptop|notebook)s?\b/i.test(text)) return INTEL_GENERATION_SOCKETS[Number(generation[1])];
  const intel = INTEL_CORE.exec(text);
  if (intel && !MOBILE_SUFFIX.test(intel[2]!)) {
    const digits = intel[1]!;
    return INTEL_GENERATION_SOCKETS[Number(digits.length === 5 ? digits.slice(0, 2) : digits[0])];
  }
  const ryzen = RYZEN.exec(text);
  if (!ryzen || MOBILE_SUFFIX.test(ryzen[2]!)) return undefined;
  const series = Number(ryzen[1]);
  return series >= 1 && series <= 5 ? 'AM4' : series >= 7 ? 'AM5' : undefined;
}

/** A socket named in a request: "AM5", "LGA775", "Socket 1700"; never a bare number ("1700 RPM"). */
const SOCKET_SAID = new RegExp(String.raw`\b(?:${STANDARDS.socket.join('|')}|socket\s?\d{3,4})\b`, 'gi');

/** Words before a socket that turn it down or compare against it. */
const SOCKET_NOT_ASKED = /\b(?:than|before|after|not|no|without|except|but|instead of|other than)\s+(?:an?\s+|the\s+)?(?:amd\s+|intel\s+)?$/i;

/**
 * "an old PC with an LGA775 socket ... Find all offers for a cooler that will fit it", "I am building an
 * AMD AM5 computer around this memory ... motherboards that can take it": a socket the request names,
 * in any sentence, binds a part that mounts on it. Hard, and met by any spelling of it ("Intel
 * 1200/115X/775"); none for other kinds, and none from a quoted product's address.
 */
export function statedSocketItems(text: string, subjects: string[]): ChecklistItem[] {
  // A barebone PC is sold with its board, so it takes the socket too ("a Ryzen processor from an AM4 machine").
  if (!subjects.some((s) => SOCKET_BOUND.has(subjectKind(s) ?? '') || /\bbarebones?\b/i.test(s))) return [];
  const plain = withoutUrls(text);
  // "sockets older than AM5", "not AM4": a socket turned down or compared against is no socket asked for.
  const said = [...plain.matchAll(SOCKET_SAID)].filter((m) => !SOCKET_NOT_ASKED.test(plain.slice(Math.max(0, m.index - 40), m.index))).map((m) => m[0]);
  // "my old Intel X299 workstation": a chipset named for the computer says its socket.
  // A board named by its chipset is that board, not a computer it goes in.
  const chipset = subjects.some((s) => subjectKind(s) === 'motherboard') ? undefined : CHIPSET_SAID.exec(plain)?.[1]?.toUpperCase();
  if (chipset && !said.length) said.push(CHIPSET_SOCKETS[chipset]!);
  // "its Intel Core i5-8400 ... a board he can move them onto": a desktop processor named by model says its socket.
  const processor = said.length || subjects.every((s) => subjectKind(s) === 'cpu') ? undefined : namedProcessorSocket(plain);
  if (processor) said.push(processor);
  const sockets = [...new Set(said.map((w) => socketOf(w.replace(/^socket\s?/i, 'LGA'))).filter((w): w is string => Boolean(w)))];
  // "I am moving to an Intel computer ... boards that take this memory": boards and CPUs name their maker's platform.
  const platformWord = PLATFORM_SAID.exec(plain)?.[1];
  // A board titled by its socket and chipset ("ASUS 1700 TUF GAMING B760M-PLUS") is of that maker's platform, named or not.
  const platformItems: ChecklistItem[] = platformWord && !sockets.length ? [platformItem(platformWord)] : [];
  return [...platformItems, ...sockets.map((named): ChecklistItem => {
    const socket = /^\d+$/.test(named) ? `LGA${named}` : named;
    // Pages promise a generation named by its code name ("Arrow Lake ready") as often as its socket, so it is searched by that name.
    const codename = INTEL_CODENAME.exec(plain);
    const byCodename = codename && INTEL_CODENAME_SOCKETS[codename[1]!.toLowerCase()] === socket ? codename[0] : undefined;
    const [text, ...spellings] = socketSpellings(socket);
    const anyOf = [...spellings, ...(byCodename ? [byCodename] : [])];
    return { kind: 'attribute-present', id: `socket:${socket.toLowerCase()}`, label: `Fits socket ${socket}`, text: text!, hard: true, origin: 'request', ...(anyOf.length ? { anyOf } : {}), ...(byCodename ? { searchedBy: byCodename.toLowerCase() } : {}) };
  })];
}

/** Parts that mount on or around the processor: what is said of the processor describes the build, not them. */
export const SOCKET_MOUNTED: ReadonlySet<string> = new Set(['motherboard', 'cooler']);

/** A part for an AMD or Intel computer ("amd", "Intel" as said): the page names the maker, or a socket or chipset of its platform. */
export function platformItem(maker: string): ChecklistItem {
  const platform = /^amd$/i.test(maker) ? 'AMD' : 'Intel';
  return { kind: 'attribute-present', id: `platform:${platform.toLowerCase()}`, label: `For an ${platform} computer`, text: platform, anyOf: platformWords(platform), hard: true, origin: 'request' };
}

/** Intel's desktop sockets are its LGA ones; the others here are AMD's (general knowledge). */
const isIntelSocket = (socket: string) => /^LGA/i.test(socket);
/** A socket named in a text, as labels and titles write it ("Fits socket LGA1700", "AM5", "sTRX4"). */
const SOCKET_NAMED = /\b(LGA)\s?\d{3,4}\b|\b(?:AM[2-5]\+?|sTRX?4|sWRX8|TR4)\b/gi;

/** The platforms whose sockets the texts name: an LGA socket says Intel, an AM one AMD ("intel" of "intel lga1700 socket" is said by it). */
export function platformsOfSocketsIn(texts: readonly string[]): Array<'Intel' | 'AMD'> {
  const named = texts.flatMap((t) => [...t.matchAll(SOCKET_NAMED)].map((m) => m[0]));
  return (['Intel', 'AMD'] as const).filter((platform) => named.some((socket) => isIntelSocket(socket) === (platform === 'Intel')));
}

/** The sockets and chipsets of a maker's platform (CHIPSET_SOCKETS), as board titles write them ("LGA1700", "B760M"). */
function platformWords(platform: 'AMD' | 'Intel'): string[] {
  const ofPlatform = (socket: string) => (platform === 'Intel') === isIntelSocket(socket);
  const chipsets = Object.entries(CHIPSET_SOCKETS).filter(([, socket]) => ofPlatform(socket)).map(([chipset]) => chipset);
  const sockets = [...new Set(Object.values(CHIPSET_SOCKETS).filter(ofPlatform))];
  return [...sockets, ...chipsets.flatMap((c) => [c, `${c}M`, `${c}I`])];
}

export interface CompatibilityKeys {
  items: ChecklistItem[];
  /** Searched besides the subject: the key alone finds parts whose titles omit the kind word. */
  queries: string[];
  /** What a listing's title must show before its page is worth reading. */
  wishes?: TitleWish[];
}


export function compatibilityKeys(ref: ProductRecord, subjects: string[], requestText = ''): CompatibilityKeys {
  const name = ref.name ?? '';
  const wanted = new Set(subjects.map(subjectKind).filter(Boolean));
  const refKinds = new Set(titleKinds(name));
  const items: ChecklistItem[] = [];
  const queries: string[] = [];
  const socket = socketOf(name);
  if (socket && ['cpu', 'cooler', 'motherboard'].some((k) => wanted.has(k)) && !refKinds.has('memory')) {
    const intel = /^\d{3,4}$/.test(socket);
    // A cooler titled "Intel & AMD Sockets" mounts on AMD's current sockets (its kit carries the brackets), naming none.
    // (Not Intel's: its sockets change mounting with each generation, and titles list them, "Intel 115x & 1200 Sockets".)
    // (Intel's current sockets, 1700 and 1851, are what a page saying "supports Intel and AMD sockets" with no numbers means.)
    const coolerOnly = wanted.has('cooler') && !wanted.has('cpu') && !wanted.has('motherboard');
    const platformWide = coolerOnly && /^AM[45]$/i.test(socket) ? ['AMD Sockets'] : coolerOnly && /^(?:1700|1851)$/.test(socket) ? ['Intel and AMD', 'Intel & AMD'] : [];
    items.push({ ...REQUESTED, kind: 'attribute-present', id: `present:${socket.toLowerCase()}`, label: `Socket ${socket}, like ${leading(name)}`, text: socket, anyOf: [...socketSpellings(intel ? `LGA${socket}` : socket).filter((w) => w !== socket), ...platformWide], ...(platformWide.length ? { asPhrase: true } : {}) });
    queries.push(intel ? `LGA${socket}` : socket, ...(intel ? [socket] : []));
  }
  // "MSI AM5 PRO B650M-P M-ATX": a board or processor for a socket of one memory generation takes that one, its name saying so or not.
  const bySocketOnly = socket && (refKinds.has('motherboard') || refKinds.has('cpu')) && wanted.has('memory')
    ? Object.keys(SOCKETS_OF_ONE_GENERATION).find((g) => SOCKETS_OF_ONE_GENERATION[g]!.includes(socket)) : undefined;
  // "up to two DDR4 SODIMM (2666MHz) memory slots": a computer's page saying which modules its slots take, its title naming none.
  const slotsSaid = !DDR.test(name) && wanted.has('memory') && (refKinds.has('pc') || refKinds.has('laptop')) ? MEMORY_SLOTS_SAID.exec(ref.description ?? '') : null;
  const ddr = DDR.exec(name)?.[0]?.toUpperCase() ?? bySocketOnly ?? slotsSaid?.[1]?.toUpperCase();
  if (ddr && (wanted.has('memory') || (wanted.has('motherboard') && refKinds.has('memory')))) {
    // Low-voltage DDR3 ("DDR3L") runs at DDR3's voltage too, so DDR3 slots take it.
    // A board for a socket whose boards all take one generation takes it, said or not ("AORUS AM4 B550I ... M-ITX").
    const bySocket = wanted.has('motherboard') ? SOCKETS_OF_ONE_GENERATION[ddr] ?? [] : [];
    items.push({ ...REQUESTED, kind: 'attribute-present', id: `present:${ddr.toLowerCase()}`, label: `${ddr}, like ${leading(name)}`, text: ddr, anyOf: [`${ddr}L`, ...bySocket] });
    // A laptop or mini PC takes SO-DIMMs; a desktop board takes full-size DIMMs.
    const small = tokens(name).includes('sodimm') || /\bso-?dimm\b/i.test(name) || /\bso-?dimm\b/i.test(slotsSaid?.[0] ?? '');
    if (wanted.has('memory')) {
      items.push(small
        ? { ...REQUESTED, kind: 'attribute-present', id: 'present:sodimm', label: 'SO-DIMM, like the quoted device', text: 'SODIMM', anyOf: ['SO-DIMM', 'SO DIMM'] }
        : { ...REQUESTED, kind: 'attribute-absent', id: 'absent:sodimm', label: 'Full-size DIMM, not a laptop SO-DIMM', text: 'SODIMM' });
      // Registered server memory fits only workstation and server boards; a board whose page says it
      // takes registered modules takes no desktop kit ("ECC" in one's name is DDR5's on-die ECC).
      if (takesRegisteredOnly(ref)) items.push({ ...REQUESTED, kind: 'attribute-present', id: 'present:rdimm', label: `Registered memory (RDIMM), as ${leading(name)} takes`, text: 'RDIMM', anyOf: ['R-DIMM', 'Registered', 'LRDIMM'] });
      else if (!/\b(workstation|server|rdimm|registered)\b/i.test(name)) items.push({ ...REQUESTED, kind: 'attribute-absent', id: 'absent:rdimm', label: 'Unbuffered memory, not server RDIMMs', text: 'RDIMM' });
    }
    queries.push(ddr);
  }
  // A device powered over its network cable (PoE) needs a switch that sends power down the cable.
  if (/\bPoE\+?\b|\bpower over ethernet\b/i.test(name) && wanted.has('switch') && !refKinds.has('switch')) {
    items.push({ ...REQUESTED, kind: 'attribute-present', id: 'present:poe', label: `Powers it over the network cable (PoE), as ${leading(name)} needs`, text: 'PoE', anyOf: ['Power over Ethernet', 'PoE+'] });
    queries.push('PoE switch');
  }
  // Cables for a network switch or router wire computers to its ports: network (Ethernet) cables, as
  // pages name them by category ("CAT6 UTP Patch Cable"); an HDMI cable "with Ethernet" is none.
  if (NETWORK_GEAR.test(name) && wanted.has('cable')) {
    items.push({ ...REQUESTED, kind: 'attribute-present', id: 'present:network-cable', label: `A network (Ethernet) cable, for the ports of ${leading(name)}`, text: 'patch cable', anyOf: NETWORK_CABLE_WORDS });
    queries.push('patch cable', 'network cable', 'ethernet cable');
  }
  // "single fans that plug into it" beside a cooler with an "iCUE LINK Hub": such a hub takes the fans of its own system,
  // whose titles carry the system's name ("iCUE LINK RX120").
  const hub = HUB_SYSTEM.exec(name)?.[1];
  if (hub && wanted.has('fan') && /\b(?:plug|plugs|connect|connects|hub|ports?)\b/i.test(requestText)) {
    items.push({ ...REQUESTED, kind: 'attribute-present', id: `present:${hub.toLowerCase()}`, label: `Plugs into the ${hub} hub of ${leading(name)}`, text: hub });
  }
  const charging = phoneCableKeys(name, wanted, refKinds, requestText);
  items.push(...charging.items);
  queries.push(...charging.queries);
  // A charging cable fits by its plugs, not by naming the phone (a case or a screen protector must).
  if (!charging.items.length) items.push(...deviceNameItems(name, wanted, refKinds));
  items.push(...boardSizeItems(name, wanted, refKinds, LARGEST_SIZE_OF.test(requestText)), ...caseSizeItems(name, wanted, refKinds));
  const drive = driveKeys(ref, wanted, refKinds);
  // A subject naming its connector ("HDMI cable") is bridged by compatibleItems (reference.ts).
  const video = subjects.some((s) => connectorsIn(s).length) ? { items: [], queries: [] } : videoBridgeKeys(name, wanted, requestText);
  const plug = video.items.length ? { items: [], queries: [] } : plugBridgeKeys(name, wanted, requestText);
  const display = displayInputKeys(name, wanted, refKinds);
  const madeFor = madeForKinds(name, [...wanted].filter((k): k is string => k !== undefined), requestText);
  return {
    items: [...items, ...drive, ...video.items, ...plug.items, ...display.items],
    queries: [...queries, ...video.queries, ...plug.queries, ...display.queries, ...(madeFor?.queries ?? [])],
    wishes: [...caseSizeWishes(name, wanted, refKinds), ...ownBoardSizeWishes(subjects, refKinds), ...(madeFor ? [madeFor.wish] : [])],
  };
}

/** "iCUE LINK Hub": a hub named by its system, a mixed-case word and one in capitals. */
const HUB_SYSTEM = /\b((?:[a-z]+[A-Z]\w*|[A-Z]\w*)\s+[A-Z]{3,})\s+Hub\b/;

/**
 * Whether a board's page says it takes registered memory ("Supports up to 2TB of ECC R-DIMM DDR5")
 * and names no unbuffered kind beside it: such boards (Xeon, Threadripper Pro) do not run desktop kits.
 */
export function takesRegisteredOnly(board: ProductRecord): boolean {
  const text = [board.name ?? '', ...Object.values(board.specs), stripTags(board.description ?? '')].join(' ');
  return /\b(?:L?R-?DIMMs?|registered)\b/i.test(text) && !/\b(?:U-?DIMMs?|unbuffered|non-?ECC)\b/i.test(text);
}

/**
 * A drive goes into an enclosure of its form factor and interface: an M.2 NVMe SSD needs an M.2
 * NVMe enclosure, not a 2.5" SATA caddy.
 */
function driveKeys(ref: ProductRecord, wanted: Set<string | undefined>, refKinds: Set<string>): ChecklistItem[] {
  if (!wanted.has('enclosure') || !(refKinds.has('ssd') || refKinds.has('hdd'))) return [];
  const name = ref.name ?? '';
  // "500GB Crucial MX500 SSD": a title naming neither form nor bus leaves them to its page's specs ("2.5in (7mm) sata").
  const said = /\b(?:M\.2|NVMe|SATA)\b/i.test(name) ? name : [name, ...Object.values(ref.specs), stripTags(ref.description ?? '')].join(' ');
  const out: ChecklistItem[] = [];
  if (/\bM\.2\b/i.test(said)) out.push({ ...REQUESTED, kind: 'attribute-present', id: 'present:m.2', label: `Takes an M.2 drive, like ${leading(name)}`, text: 'M.2' });
  const bus = /\bNVMe\b/i.test(said) ? 'NVMe' : /\bSATA\b/i.test(said) ? 'SATA' : undefined;
  if (bus) out.push({ ...REQUESTED, kind: 'attribute-present', id: `present:${bus.toLowerCase()}`, label: `Takes a ${bus} drive, like ${leading(name)}`, text: bus });
  return out;
}

/** Devices whose cases, straps and skins are made for them by name: a watch case says "for Apple Watch". */
const NAMED_BY_ACCESSORIES = ['watch', 'phone', 'tablet', 'console'];

/**
 * An accessory for such a device names it: its maker and kind words ("Apple Watch" of "Apple Watch
 * Series 8 GPS 45mm ..."), so a PC case or a board's case is no case for the watch.
 */
function deviceNameItems(name: string, wanted: Set<string | undefined>, refKinds: Set<string>): ChecklistItem[] {
  const named = accessoryDeviceName(name, [...wanted].filter((k): k is string => k !== undefined), [...refKinds]);
  return named ? [{ ...REQUESTED, kind: 'attribute-present', id: `present:${named.toLowerCase()}`, label: `Made for ${named}`, text: named }] : [];
}

/** The name an accessory of another kind must carry for the quoted device ("Apple Watch"), if any. */
export function accessoryDeviceName(name: string, askedKinds: readonly string[], refKinds: readonly string[] = titleKinds(name)): string | undefined {
  const device = NAMED_BY_ACCESSORIES.find((k) => refKinds.includes(k));
  if (!device || !askedKinds.length || askedKinds.includes(device)) return undefined;
  const words = leading(name).split(/\s+/);
  const at = words.findIndex((w) => subjectKind(w) === device);
  return at >= 1 ? words.slice(0, at + 1).join(' ') : undefined;
}

/**
 * The port a phone charges by (general knowledge, as pages seldom say): iPhones before the 15 take
 * Lightning, later ones and other smartphones USB-C.
 */
function phonePort(name: string): string {
  const iphone = /\biphone\s?(\d{1,2})\b/i.exec(name);
  return iphone && Number(iphone[1]) < 15 ? 'Lightning' : 'USB-C';
}

/**
 * A phone charges through a standard port, so a cable or charger for it fits by its plug and need not
 * name the phone (a watch's magnetic charger must name its watch).
 */
export function chargesByStandardPort(quotedKinds: readonly string[], asked: readonly (string | undefined)[]): boolean {
  return quotedKinds.includes('phone') && asked.some((k) => k === 'cable' || k === 'charger');
}

/**
 * "cables that charge this phone from my USB-C charger": one end is the phone's port, the other the
 * charger's the request names; both the same, the cable is that plug at both ends ("USB-C to USB-C").
 */
function phoneCableKeys(name: string, wanted: Set<string | undefined>, refKinds: Set<string>, requestText: string): CompatibilityKeys {
  if (!chargesByStandardPort([...refKinds], [...wanted])) return { items: [], queries: [] };
  const port = phonePort(name);
  const other = connectorsIn(withoutUrls(requestText)).find((c) => c !== 'USB');
  if (!other) return { items: [{ ...REQUESTED, kind: 'attribute-present', id: `present:${port.toLowerCase()}`, label: `${port}, the phone's port`, text: port }], queries: [`${port} cable`] };
  const ends = other === port ? [port, port] : [other, port];
  const spelled = (c: string) => [c, ...connectorSpellings(c)];
  const phrases = spelled(ends[0]!).flatMap((a) => spelled(ends[1]!).flatMap((b) => [`${a} to ${b}`, `${b} to ${a}`]));
  const [text, ...anyOf] = [...new Set(phrases)];
  return { items: [{ ...REQUESTED, kind: 'attribute-present', id: `present:${text!.toLowerCase()}`, label: `${ends[0]} to ${ends[1]}: the charger's plug and the phone's port`, text: text!, anyOf }], queries: [`${ends[0]} to ${ends[1]}`] };
}

/**
 * A device's video outputs, USB-C among them (DisplayPort over USB-C: a laptop with only USB-C takes a
 * USB-C to HDMI cable).
 */
const VIDEO_OUTPUTS = VIDEO_CONNECTORS;
/** The display inputs an adapter bridges to: a "USB-C" in the request is as likely the device's own port. */
const VIDEO = VIDEO_CONNECTORS.filter((c) => c !== 'USB-C');

/**
 * "adapters that connect this graphics card to a monitor that only has a VGA input": one end is one
 * of the quoted device's outputs, the other the port the request names; an adapter from a port the
 * device lacks ("DisplayPort to VGA" for a DVI and HDMI card) does not fit it.
 */
function videoBridgeKeys(name: string, wanted: Set<string | undefined>, requestText: string): CompatibilityKeys {
  const outputs = connectorsIn(name).filter((c) => VIDEO_OUTPUTS.includes(c));
  const target = connectorsIn(withoutUrls(requestText)).find((c) => VIDEO.includes(c) && !outputs.includes(c));
  if (!outputs.length || !target || !(wanted.has('adapter') || wanted.has('cable'))) return { items: [], queries: [] };
  const items: ChecklistItem[] = [
    { ...REQUESTED, kind: 'attribute-present', id: `present:${target.toLowerCase()}`, label: `${target} on one end, for the ${target} input`, text: target },
    { ...REQUESTED, kind: 'attribute-present', id: `present:${outputs[0]!.toLowerCase()}`, label: `${outputs.join(' or ')} on the other end, like ${leading(name)}`, text: outputs[0]!, anyOf: outputs.slice(1) },
    // Not a plain "DisplayPort" beside a "Mini DisplayPort" output: one name holds the other.
    ...VIDEO.filter((c) => c !== target && !outputs.some((o) => o.includes(c) || c.includes(o))).map((c): ChecklistItem =>
      ({ ...REQUESTED, kind: 'attribute-absent', id: `absent:${c.toLowerCase()}`, label: `No ${c} end: ${leading(name)} has none`, text: c })),
  ];
  return { items, queries: outputs.map((o) => `${o} to ${target}`) };
}

/** Network gear with Ethernet ports (general knowledge): switches, routers, access points, NAS boxes. */
const NETWORK_GEAR = /\b(?:switch|router|access point|modem|nas|powerline)\b/i;
/** How pages name a network cable: its category, its plug, or the words for it. */
const NETWORK_CABLE_WORDS = ['Cat5', 'Cat5e', 'Cat6', 'Cat6a', 'Cat7', 'Cat8', 'RJ45', 'RJ-45', 'Ethernet Cable', 'Network Cable', 'LAN Cable', 'Patch Lead'];

/** Kinds that show a computer's picture through a video input. */
const DISPLAYS = ['monitor', 'tv', 'projector', 'display'];

/**
 * "monitors I can connect to my computer through this adapter": a "DisplayPort to VGA" adapter or
 * cable goes from the computer's output (the first end) to the screen's input (the second), so a
 * screen it serves has that input; a screen's page lists its inputs ("VGA, HDMI, DP").
 */
function displayInputKeys(name: string, wanted: Set<string | undefined>, refKinds: Set<string>): CompatibilityKeys {
  const ends = connectorEnds(name.split(/,| - /)[0]!);
  const kinds = DISPLAYS.filter((k) => wanted.has(k));
  if (!ends || !kinds.length || !(refKinds.has('adapter') || refKinds.has('cable')) || !VIDEO_CONNECTORS.includes(ends[1])) return { items: [], queries: [] };
  const input = ends[1];
  return {
    items: [{ ...REQUESTED, kind: 'attribute-present', id: `present:${input.toLowerCase()}`, label: `A ${input} input, for the ${input} end of ${leading(name)}`, text: input, anyOf: connectorSpellings(input) }],
    queries: kinds.map((k) => `${input} ${k}`),
  };
}

/** Plugs a device's title names that an adapter may take in: audio and data plugs, not the video outputs bridged above, nor a bare "USB" or a power plug. */
const BRIDGED_PLUGS = new Set(['3.5mm', 'Jack', 'RCA', 'Toslink', 'XLR', 'Micro USB', 'USB-A', 'USB-B', 'Lightning', 'Ethernet', 'Coax']);

/**
 * "adapters that let me plug this headset into my iPhone's Lightning port": one end takes the quoted
 * device's plug (a headset's 3.5mm jack), the other goes into the port the request names.
 */
function plugBridgeKeys(name: string, wanted: Set<string | undefined>, requestText: string): CompatibilityKeys {
  const plugs = connectorsIn(name).filter((c) => BRIDGED_PLUGS.has(c));
  const target = connectorsIn(withoutUrls(requestText)).find((c) => c !== 'USB' && !plugs.includes(c) && !VIDEO.includes(c));
  if (!plugs.length || !target || !(wanted.has('adapter') || wanted.has('cable'))) return { items: [], queries: [] };
  const items: ChecklistItem[] = [
    { ...REQUESTED, kind: 'attribute-present', id: `present:${target.toLowerCase()}`, label: `${target} on one end, for the ${target} port`, text: target },
    { ...REQUESTED, kind: 'attribute-present', id: `present:${plugs[0]!.toLowerCase()}`, label: `${plugs.join(' or ')} on the other end, for ${leading(name)}`, text: plugs[0]!, anyOf: plugs.slice(1) },
  ];
  return { items, queries: [target, ...plugs.map((p) => `${target} ${p}`)] };
}

/**
 * A case takes boards of its own form factor and smaller ones (standards.ts lists them smallest
 * first), but a Thin Mini ITX case is too low for a standard Mini ITX board (its cooler and ATX power
 * plug), so it takes Thin Mini ITX boards only.
 */
/** The largest board form factor a title names ("Thin Mini ITX" is not read as a "Mini ITX" too). */
export function boardSizeOf(title: string): number | undefined {
  let rest = title;
  let largest: number | undefined;
  for (const size of [...BOARD_SIZES.keys()].sort((a, b) => BOARD_SIZES[b]!.name.length - BOARD_SIZES[a]!.name.length)) {
    const g = new RegExp(BOARD_SIZES[size]!.written.source, 'gi');
    if (g.test(rest)) largest = Math.max(largest ?? -1, size);
    rest = rest.replace(g, (s) => ' '.repeat(s.length));
  }
  return largest;
}

/**
 * A motherboard for a case must be of a form factor the case takes; only for cases below ATX, since
 * nearly every board fits an ATX case and a board page may not name its own size.
 */
function boardSizeItems(name: string, wanted: Set<string | undefined>, refKinds: Set<string>, largest = false): ChecklistItem[] {
  if (!wanted.has('motherboard') || !refKinds.has('case') || refKinds.has('motherboard')) return [];
  const size = boardSizeOf(name);
  if (size === undefined || (size >= ATX_SIZE && !largest)) return [];
  const fitting = BOARD_SIZES[size]!.name === 'Thin Mini ITX' || largest ? [BOARD_SIZES[size]!] : BOARD_SIZES.slice(0, size + 1);
  const names = fitting.flatMap((f) => [f.name, ...f.also]);
  return [{ ...REQUESTED, kind: 'attribute-present', id: `present:${names[0]!.toLowerCase()}`, label: `A ${fitting.map((f) => f.name).join(' or ')} board, like ${leading(name)} takes`, text: names[0]!, anyOf: names.slice(1) }];
}

const ATX_SIZE = BOARD_SIZES.findIndex((b) => b.name === 'ATX');

/**
 * A board larger than ATX (E-ATX, EEB) fits only a case that states its size or a larger one: most
 * cases stop at ATX, and a case that does not say it takes the board may lack its mounting holes.
 * Boards of ATX size and smaller fit nearly every case, so they ask nothing.
 */
function caseSizeItems(name: string, wanted: Set<string | undefined>, refKinds: Set<string>): ChecklistItem[] {
  if (!wanted.has('case') || !refKinds.has('motherboard') || refKinds.has('case')) return [];
  const size = boardSizeOf(name);
  if (size === undefined || size <= ATX_SIZE) return [];
  const fitting = BOARD_SIZES.slice(size);
  const names = fitting.flatMap((f) => [f.name, ...f.also]);
  return [{ ...REQUESTED, kind: 'attribute-present', id: `present:${names[0]!.toLowerCase()}`, label: `Takes ${fitting.map((f) => f.name).join(' or ')} boards, like ${leading(name)}`, text: names[0]!, anyOf: names.slice(1) }];
}

/**
 * A case titled for boards below ATX ("Micro ATX Case") is smaller than an ATX board, so it cannot
 * hold a larger one: its page need not be read to know.
 */
function caseSizeWishes(name: string, wanted: Set<string | undefined>, refKinds: Set<string>): TitleWish[] {
  if (!caseSizeItems(name, wanted, refKinds).length) return [];
  return [{ id: 'case-size:atx', label: 'A case for ATX boards or larger', met: (title) => (boardSizeOf(title) ?? ATX_SIZE) >= ATX_SIZE }];
}

/** "for a full-size ATX motherboard", "that takes a Micro ATX board": the board a case must hold. */
// ("for an E-ATX workstation board": a word on what the board is for between.)
const FOR_BOARD = /\b(?:for|takes?|fits?|holds?|hold|supports?|room for)\s+(?:an?\s+|my\s+|the\s+)?(?:full[\s-]?size(?:d)?\s+|standard\s+|regular\s+)?((?:e-?|micro[\s-]?|mini[\s-]?)?atx|(?:mini|micro)[\s-]?itx)\s+(?:(?:workstation|gaming|server|new|old)\s+)?(?:mother)?boards?\b/i;

/** "whichever white case that takes E-ATX": the board size a case is said to take, with no board word after it. */
const CASE_TAKES_SIZE = /\bcases?\s+(?:that|which)\s+(?:takes?|holds?|fits?|supports?)\s+(?:an?\s+)?((?:e-?|micro[\s-]?|mini[\s-]?)?atx|(?:mini|micro)[\s-]?itx)\b/i;

/**
 * "a white case ... for a full-size ATX motherboard": a case titled for a smaller board ("Micro ATX")
 * cannot hold it; one naming no size is left to its page.
 */
/** "its E-ATX board is moving into a new case": the board a case is bought for, said of the shopper's build. */
const BOARD_GOES_INTO = /\b(?:my|its|our|his|her|their|the|an?)\s+((?:e-?|micro[\s-]?|mini[\s-]?)?atx|(?:mini|micro)[\s-]?itx)\s+(?:mother)?board\s+(?:is\s+|will\s+be\s+)?(?:moving|going|goes|moves|will\s+go|has\s+to\s+go|needs\s+to\s+go)\s+(?:into|in)\b/i;

export function caseForBoardWish(subject: string, requirements: string, text = ''): TitleWish | undefined {
  const m = subjectKind(subject) === 'case' ? FOR_BOARD.exec(requirements) ?? BOARD_GOES_INTO.exec(text) ?? CASE_TAKES_SIZE.exec(text) ?? FOR_BOARD.exec(text) : null;
  const asked = m ? boardSizeOf(m[1]!) : undefined;
  if (asked === undefined) return undefined;
  const name = BOARD_SIZES[asked]!.name;
  return { id: `case-size:${name.toLowerCase()}`, label: `A case for ${name} boards or larger`, met: (title) => (boardSizeOf(title) ?? asked) >= asked };
}

/** A chipset named with an "I" ("B550I", "Z790-I") is a Mini ITX board, as one with an "M" is Micro ATX (standards.ts). */
const MINI_ITX_CHIPSET = /\b[ABHQXZ]\d{3}E?-?I\b/;

/** The board sizes a board's title names, its chipset's size letter among them. */
function boardSizesTitled(title: string): string[] {
  const written = boardSizesWritten(title);
  return MINI_ITX_CHIPSET.test(title) && !written.includes('Mini ITX') ? [...written, 'Mini ITX'] : written;
}

/**
 * "ATX motherboards": a board is built in one form factor, so the size asked is the board's own, plain
 * ATX too (a case, unlike a board, takes smaller boards as well): a title naming another size ("Micro
 * ATX", "M-ITX", "EATX", a chipset with an "M" or "I") is out; one naming none is left to its page.
 */
function ownBoardSizeWishes(subjects: string[], refKinds: Set<string>): TitleWish[] {
  if (refKinds.has('motherboard')) return [];
  const asked = [...new Set(subjects.filter((s) => subjectKind(s) === 'motherboard').flatMap(boardSizesWritten))];
  return asked.map((size) => ({ id: `board-size:${size.toLowerCase()}`, label: `${/^[AEIOU]/.test(size) ? 'An' : 'A'} ${size} board, by its title`, met: (title: string) => {
    const shown = boardSizesTitled(title);
    return !shown.length || shown.includes(size);
  } }));
}

function leading(name: string): string {
  return name.split(/,| - /)[0]!.trim();
}
