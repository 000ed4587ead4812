/**
 * A request that names only a generic thing ("a device that lets me play music from my phone on my
 * old stereo without cables") says what it is for, not what it is: "device" is no search word and no
 * shop titles a product with it. From general product knowledge, a need is turned into the kind that
 * meets it ("music receiver"), the words its title shows (music, audio, stereo), and a wireless wish
 * for "without cables" (Bluetooth). Qualities said the same way, by what they do ("stays silent
 * under full load", "muffles the noise"), are read in said-qualities.ts.
 */
import type { ChecklistItem } from '../checklist/types';
import type { TitleWish } from './title-wishes';
import { singular } from '../checklist/text';
import { connectorSaid, connectorsIn, connectorsMeant, namesConnector, namesSocket, showsEnds, showsPlugAtBothEnds, socketEndAsked, type Connector } from './connectors';
import { kindOfWord, mentionsKind, subjectKind } from './product-kind';
import { CABLE_FREE_ITEM, CABLE_FREE_SAID } from './standards';
import { withoutUrls } from '../intents/quoted-urls';
import { lastNameIn } from './lead-in';

const GENERIC = /^(?:device|gadget|thing|something|product|item|accessory|tool|solution|equipment|unit|appliance|part|component)s?$/i;

/** "something", "a device": a word that names no kind of product, only that one is needed. */
export function isGenericThing(subject: string): boolean {
  return GENERIC.test(subject.trim());
}

/**
 * `searched`: other names shops title the kind by, searched too ("Earset" for a headset).
 * `features`: what the need's words say about the product besides its kind, each a checked item.
 */
/**
 * `forNamedDevice`: made for the one device the need names ("My Asrock DeskMini has no ..."), checked on the page.
 * `narrowsWhen`: what the request must also say for the need to narrow a named kind (`narrows`).
 */
interface Need { when: RegExp; kind: string; shows: string[]; searched?: string[]; features?: { said: RegExp; item: ChecklistItem }[]; narrows?: string[]; narrowsWhen?: RegExp; forNamedDevice?: boolean }

/**
 * A laptop's optical drive is a slim one, which takes a slimline (mini) SATA plug that no desktop
 * board or power supply has; a laptop's hard drive takes ordinary SATA.
 */
const SLIM_DRIVE = /\bslim(?:line)?\b|\b(?:laptop|notebook)\b.*\b(?:dvd|blu-?ray|cd|optical)\b|\b(?:dvd|blu-?ray|cd|optical)\b.*\b(?:laptop|notebook)\b/i;

/**
 * A lead inside a computer (a part's plug on a board header) is lengthened by an extension; a charging
 * lead that does not reach is replaced by a longer one.
 */
const INSIDE_THE_PC = /\b(?:headers?|motherboard|mainboard)\b/i;

/** Needs and the kinds of product that meet them (general knowledge, not any shop's data). */
const NEEDS: Need[] = [
  // A cable that does not reach is lengthened by an extension of the same cable, not replaced.
  // "its lead ends a hand's width short of the header", "a cable that bridges the gap": so is one asked for the gap a lead leaves.
  { when: /\b(?:reach(?:es|ing)?|extend(?:s|ing)?|lengthen(?:s|ing)?|too short|too far|not long enough|short of)\b.*\b(?:cables?|leads?|wires?|cords?|plugs?|connectors?|headers?|sockets?)\b|\b(?:cables?|leads?|wires?|cords?)\b.*\b(?:reach(?:es|ing)?|extend(?:s|ing)?|lengthen(?:s|ing)?|too short|too far|not long enough|short of)\b|\b(?:bridges?|bridging|closes?|closing)\s+the\s+gap\b/i,
    kind: 'extension cable', shows: ['extension', 'extender', 'extend'], narrows: ['cable'], narrowsWhen: INSIDE_THE_PC },
  // Loose cables are bundled with ties ("Cable Ties", "cable management"), not with more cable.
  { when: /\b(?:bundle|tie|tidy|organi[sz]e|manage|route|neaten|secure|hold together)\b.*\b(?:cables?|wires?|cords?|leads?)\b/i, kind: 'cable ties', shows: ['cable ties', 'cable tie', 'zip ties', 'cable management', 'velcro'] },
  // A car's radio is reached by a receiver made for cars (12 V, a hands-free microphone), no home one.
  { when: /\b(?:play|stream|send|listen to|hear|calls?)\b.*\b(?:car|vehicle)(?:['’]s)?\s+(?:radio|stereo|audio|sound system|speakers?|head ?unit)\b|\b(?:car|vehicle)\b[^.]*\b(?:aux|auxiliary|radio)\b[^.]*\b(?:play|stream|listen to|hear|calls?)\b/i, kind: 'car receiver', shows: ['car', 'cars', 'vehicle', 'vehicles', 'in-car'] },
  { when: /\b(?:play|stream|send|listen to|hear)\b.*\b(?:stereo|hi-?fi|amplifier|amp|speakers?|sound system|receiver)\b/i, kind: 'music receiver', shows: ['music', 'audio', 'stereo', 'hi-fi', 'hifi'] },
  // Hearing a call and answering it takes a headset: earphones with a microphone.
  { when: /\b(?:hear|listen)\b.*\b(?:answer|take|make)\s+(?:phone\s+)?calls\b|\b(?:answer|take|make)\s+(?:phone\s+)?calls\b.*\b(?:headphone|earphone|audio)\s+jack\b|\b(?:headphone|earphone|audio)\s+jack\b.*\b(?:calls?|talk)\b/i, kind: 'headset', shows: ['headset', 'headphone', 'headphones', 'earphones', 'earbuds', 'earset', 'in-ear'], searched: ['earphones', 'earbuds', 'earset'] },
  // Being seen on a video call takes a camera on the computer.
  { when: /\b(?:video (?:calls?|chats?|conferenc\w*|meetings?)|see me\b|show my face|stream myself|on camera)\b/i, kind: 'webcam', shows: ['webcam', 'web cam', 'web camera'] },
  // Recording or streaming a console's or PC's game picture needs a capture card between them.
  { when: /\b(?:record|capture|stream)\w*\b.*\b(?:gameplay|game ?play|console|playstation|ps[45]|xbox|switch)\b/i, kind: 'capture card', shows: ['capture'] },
  // Raising a screen or freeing the desk under it is a mount or arm.
  { when: /\b(?:raise|lift|hold|mount|hang|clamp)\w*\b.*\b(?:monitors?|screens?|displays?)\b|\b(?:monitors?|screens?)\b.*\b(?:off the desk|desk space|eye level|on the wall)\b/i, kind: 'monitor mount', shows: ['mount', 'arm', 'stand', 'bracket'] },
  { when: /\b(?:carry|carrying|transport|protect|take)\w*\b.*\b(?:laptop|notebook)\b.*\b(?:around|commut\w*|travel\w*|trips?|bag|on the go)\b|\b(?:laptop|notebook)\b.*\b(?:to work|to school|on trips|on the go)\b/i, kind: 'laptop bag', shows: ['bag', 'backpack', 'sleeve'] },
  // More photos in a camera, or storage in a phone's or console's card slot, is a memory card.
  { when: /\b(?:more|extra)\s+(?:photos?|pictures?|videos?|storage|space)\b.*\b(?:camera|card slot|drone|dashcam|nintendo switch)\b|\b(?:camera|drone|dashcam)\b.*\b(?:more|extra)\s+(?:photos?|pictures?|videos?|storage|space)\b|\b(?:camera|drone|dashcam)['’]?s?\s+(?:card slot|storage)\b/i, kind: 'memory card', shows: ['sd', 'microsd', 'sdxc', 'sdhc', 'memory card', 'flash card'] },
  // What cools a processor inside a custom water-cooling loop is the loop's water block, no processor or all-in-one cooler.
  { when: /\b(?:cool|cools|cooling)\b[^.]*\b(?:cpu|processor)\b[^.]*\b(?:custom|water[\s-]?cooling|water)\s+loop\b/i, kind: 'water block', shows: ['water block', 'waterblock'] },
  // Pasted between a processor and its cooler: thermal paste.
  { when: /\bbetween\b.*\b(?:cpu|processor)\b.*\b(?:cooler|heatsink)\b|\b(?:cpu|processor)\b.*\b(?:overheat\w*|runs? hot|too hot)\b.*\b(?:re-?apply|repaste|paste)\b/i, kind: 'thermal paste', shows: ['paste', 'thermal compound', 'thermal grease'] },
  { when: /\b(?:play|playing)\b.*\bgames?\b.*\b(?:couch|sofa|with (?:a )?friends?|without (?:a )?keyboard)\b/i, kind: 'controller', shows: ['controller', 'gamepad'] },
  // A drive is joined to a desktop's board and power supply by SATA cables.
  { when: /\b(?:connects?|connecting|hooks? up|attach(?:es|ing)?|wires? up|links?)\b.*\b(?:drives?|dvd|blu-?ray|burner|writer|ssd|hdd|hard disk)\b.*\bto\b.*\b(?:motherboard|mainboard|power supply|psu)\b/i, kind: 'sata cable', shows: ['sata'],
    features: [{ said: SLIM_DRIVE, item: { kind: 'attribute-present', id: 'present:slimline', label: 'Made for a slim (laptop) drive: slimline SATA', text: 'slimline', anyOf: ['slim sata', 'slim-line', 'mini sata'], hard: true, origin: 'request' } }] },
  // Reading a camera's cards on a computer without a slot for them takes a card reader.
  { when: /\b(?:read|reads|reading|open|copy|transfer|get)\b.*\b(?:memory cards?|sd cards?|micro ?sd|cf cards?|cards)\b|\b(?:memory cards?|sd cards?)\b.*\b(?:read|reads|reading|open)\b/i, kind: 'card reader', shows: ['card reader', 'reader'] },
  // Burning or playing discs takes an optical drive, an external one where the computer has none.
  { when: /\b(?:burn|burns|burning|write|writing|play|playing|watch|rip|ripping)\b.*\b(?:dvds?|cds?|blu-?rays?|discs?)\b/i, kind: 'dvd writer', shows: ['dvd', 'blu-ray', 'optical', 'cd-rw'], narrows: ['drive'] },
  // Audio jacks a small computer lacks at its back are added by its maker's cable on the board's audio header ("Rear Audio Cable for DeskMini").
  { when: /\b(?:no|without|lacks?|lacking|missing)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:audio|headphone|speaker|line[\s-]out)\s+(?:jacks?|ports?|sockets?|outputs?|connectors?)\b/i, kind: 'audio cable', shows: ['audio'], forNamedDevice: true },
  // A case's front USB-C socket is wired to the board by a cable the case maker sells for it ("USB-C Cable for Meshify Lite Cases").
  { when: /\busb[\s-]?c\s+(?:socket|port|connector)s?\b[^.]*\b(?:never\s+worked|(?:does|did)(?:n't|\s+not)\s+work|nothing\s+connects|not\s+connected|no\s+(?:cable|lead))\b/i, kind: 'usb-c cable', shows: ['usb-c', 'type-c'], forNamedDevice: true },
  // A board without TPM takes it through a TPM module on its TPM header (what Windows 11 asks for).
  { when: /\b(?:no|without|missing|lacks?|empty)\s+(?:a\s+)?tpm\b|\btpm\s+(?:header|module|chip)\b/i, kind: 'tpm module', shows: ['tpm'] },
  // A case, a motherboard and a power supply sold together in one box is a barebone PC (the shopper adds
  // the processor, memory and drives).
  { when: /^(?=[\s\S]*\bcase\b)(?=[\s\S]*\b(?:motherboard|mainboard)\b)(?=[\s\S]*\b(?:power supply|psu)\b)(?=[\s\S]*\b(?:all three|in one (?:box|package|kit)))/i, kind: 'barebone pc', shows: ['barebone', 'barebones', 'bare bone'] },
  // What powers the whole computer is its power supply.
  { when: /\bpowers?\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:whole\s+|entire\s+)?(?:pc|computer|system|build|rig|desktop)\b|\bpower(?:s|ing)?\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:parts|components)\b/i, kind: 'power supply', shows: ['psu', 'power supply'] },
  // Power carried over a network cable (PoE) into a device that cannot take it directly: a PoE splitter
  // separates it into data and a DC plug.
  { when: /\bpower\b[^.]*\b(?:off|from|out of)\s+(?:the\s+|a\s+|my\s+)?(?:network|ethernet|lan|poe)\s+(?:cables?|leads?|lines?)\b|\bpoe\b[^.]*\b(?:cannot|can't|can not|doesn't|does not|won't|isn't|not)\s+(?:take|support|accept|use|powered)\b|\bsplit\w*\b[^.]*\bpoe\b/i, kind: 'poe splitter', shows: ['splitter'], searched: ['poe splitter'] },
  // Power sent down network cables to several devices (cameras, access points) from one box: a PoE switch.
  { when: /\b(?:send|sends|sending|carry|carries|put|puts|push|pushes|deliver|delivers|supply|supplies|feed|feeds|provide|provides)\s+power\s+(?:down|over|through|along|on)\s+(?:the\s+)?(?:same\s+)?(?:network|ethernet|lan)\s+(?:cables?|leads?|lines?)\b/i, kind: 'poe switch', shows: ['poe'], searched: ['poe switch'] },
  { when: /\b(?:charge|charging|power up)\b/i, kind: 'charger', shows: ['charger', 'charging'] },
  { when: /\b(?:record|recording)\b.*\b(?:voice|speech|podcast|vocals?)\b/i, kind: 'microphone', shows: ['microphone', 'mic'] },
  { when: /\b(?:more|extra|additional|spare)\s+usb\b|\busb (?:ports?|sockets?|devices?)\b.*\b(?:more|extra|at once|several|all)\b/i, kind: 'usb hub', shows: ['hub', 'dock', 'docking'] },
  { when: /\b(?:back ?up|backups?)\b.*\b(?:files?|photos?|pictures?|data|documents?|videos?|laptop|pc|computer)\b/i, kind: 'external hard drive', shows: ['external', 'portable'] },
  { when: /\b(?:extend|boost|improve|strengthen|stretch|better)\b.*\b(?:wi-?fi|wlan|wireless network|internet)\b|\b(?:wi-?fi|wlan|wireless network|internet)\b.*\b(?:every room|whole (?:house|home|flat)|dead spots?|upstairs|garden)\b/i, kind: 'wifi extender', shows: ['extender', 'repeater', 'mesh', 'access point', 'booster'] },
];
const CABLE_FREE = new RegExp(String.raw`${CABLE_FREE_SAID.source}|\bwireless(?:ly)?\b`, 'i');

export interface NeedReading {
  subject: string;
  /** The clause without the words the reading took ("that protects my Apple Watch"), when it took any. */
  requirements?: string;
  /** Other names of the kind, searched besides the subject. */
  queries?: string[];
  items: ChecklistItem[];
  wishes: TitleWish[];
}

/**
 * The kind a generic subject's need asks for; for a subject that names a kind, the form the device
 * it goes in decides (formForHost), named anywhere in the request's `text` ("My laptop has a free
 * memory slot. Find ... an 8GB DDR4 stick"); undefined when no need is known.
 */
export function readNeed(subject: string, requirements: string, text = ''): NeedReading | undefined {
  const split = genericWithNeed(subject);
  // "a drive that does it" of burning DVDs: a broad kind the need narrows ("dvd writer").
  // "an extension lead", "a cable" with no other word: the need the whole request says (a lead too short) decides which.
  const plain = PLAIN_CABLE.test(subject.trim());
  const narrowed = NEEDS.find((n) => n.narrows?.includes(subjectKind(subject) ?? '') && (!n.narrowsWhen || n.narrowsWhen.test(`${text} ${requirements}`))
    && (n.when.test(requirements) || (plain && n.when.test(`${text} ${requirements}`))));
  if (narrowed) return needReading(narrowed, requirements, plain ? text : '');
  if (!split && !GENERIC.test(subject.trim())) return protectedDevice(subject, requirements) ?? formForHost(subject, `${requirements} ${text}`);
  if (split) requirements = `${split} ${requirements}`.trim();
  const between = betweenPlugs(requirements);
  if (between) return { subject: between.subject, items: [], wishes: [], queries: between.queries };
  // "something that gives me all three in one box": the three are those the lead-in names.
  const need = NEEDS.find((n) => n.when.test(requirements)) ?? (POINTS_AT_LEAD.test(requirements) ? NEEDS.find((n) => n.when.test(`${text} ${requirements}`)) : undefined);
  return need && needReading(need, requirements);
}

/** A cable asked for by that word alone ("a cable", "an extension lead"): nothing but the need says which. */
const PLAIN_CABLE = /^(?:extension\s+)?(?:cable|lead|wire|cord)s?$/i;

/** "all three", "all of them", "both of them", "something that adds this": what the request said before. */
const POINTS_AT_LEAD = /\b(?:all three|all four|all of them|both of them|all of those)\b|\b(?:adds?|does|do|gives?|makes?|provides?|enables?|allows?|fixes|solves?)\s+(?:this|that|both)(?:\s+possible)?\s*$/i;

/** What a need asks: its kind searched, its words on the title, its features checked. */
function needReading(need: Need, requirements: string, text = ''): NeedReading {
  const items: ChecklistItem[] = [
    ...(CABLE_FREE.test(requirements) ? [CABLE_FREE_ITEM] : []),
    ...(need.features ?? []).filter((f) => f.said.test(requirements)).map((f) => f.item),
  ];
  const shows = new RegExp(`\\b(?:${need.shows.join('|')})\\b`, 'i');
  const wishes: TitleWish[] = [{ id: `need:${need.kind}`, label: `Made for it: its title says ${need.shows.slice(0, 3).join(', ')}`, met: (title) => shows.test(title) }];
  // "My Asrock DeskMini has no audio jacks at the back": the part is the one made for that device.
  const device = need.forNamedDevice ? lastNameIn(requirements) : undefined;
  if (device) items.push({ kind: 'compatible-with', id: `compatible:${device}`, label: `Made for ${device}`, target: device, hard: true, origin: 'request' });
  const owner = cableOwner(requirements) ?? (text ? cableOwner(text) : undefined);
  if (need.kind === 'extension cable' && owner) {
    wishes.push({ id: `need:for ${owner}`, label: `Made for a ${owner}: its title says so`, met: (title) => mentionsKind(title, kindOfWord(owner)!) });
    return { subject: `${owner} ${need.kind}`, items, wishes };
  }
  return { subject: need.kind, items, wishes, queries: need.searched ?? [] };
}

/**
 * Parts whose form the device they go in decides (general PC knowledge): laptops and mini PCs take
 * SO-DIMM memory modules, never a desktop's DIMMs. Only the form is told apart; the generation
 * (DDR4) is checked as any standard is.
 */
const HOSTED_FORMS: { kind: string; host: RegExp; item: ChecklistItem; searched: string }[] = [
  { kind: 'memory', host: /\b(?:laptops?|notebooks?|ultrabooks?|chromebooks?|mini[\s-]?pcs?|nucs?|all[\s-]in[\s-]one)\b/i,
    item: { kind: 'attribute-present', id: 'present:sodimm', label: 'SO-DIMM, the module laptops and mini PCs take', text: 'SODIMM', anyOf: ['SO-DIMM', 'SO DIMM'], hard: true, origin: 'request' }, searched: 'SODIMM' },
];

/**
 * "a memory upgrade for my laptop": a kind whose form the device it goes in decides, as a checked
 * item and a word to search; undefined when the request names no such device.
 */
function formForHost(subject: string, requirements: string): NeedReading | undefined {
  const kind = subjectKind(subject);
  // "a normal desktop DIMM, not a laptop SODIMM": a device named only to be turned down hosts nothing.
  // ("...; laptop SO-DIMMs don't": so does one named with the refusal after it.)
  const said = `${subject} ${requirements}`.replace(/\b(?:not|no|never|nor)\s+(?:an?\s+|the\s+|for\s+(?:an?\s+)?)?[\w-]*\s*(?:laptops?|notebooks?|mini[\s-]?pcs?)\b[^,;.]*/gi, ' ')
    .replace(/\b(?:laptops?|notebooks?|mini[\s-]?pcs?)\s+[\w-]+\s+(?:do(?:es)?n't|do(?:es)?\s+not|won't|will\s+not|are\s+out)\b/gi, ' ');
  const form = HOSTED_FORMS.find((f) => f.kind === kind && f.host.test(said));
  return form && { subject, items: [form.item], wishes: [], queries: [form.searched] };
}

/** Kinds whose purpose is to protect the device they are made for (general knowledge). */
const PROTECTIVE_KINDS = new Set(['case', 'cover', 'bag', 'sleeve', 'bumper', 'skin', 'screen protector', 'pouch']);
/** "that protects my Apple Watch Series 5 (44mm)": the device, named as its maker names it, and a size after it. */
const PROTECTS = /\s*\b(?:that|which|to)?\s*(?:protects?|protecting|shields?|shielding|guards?|guarding|covers?|covering)\s+(?:my|the|our|your|a|an)\s+((?:[A-Z][\w-]*|\d+[\w-]*)(?:\s+(?:[A-Z][\w-]*|\d+[\w-]*))*)(\s*\([^)]*\))?(?:\s+(?:from|against)\s+.*)?$/;

/**
 * "a rugged case that protects my Apple Watch Series 5 from bumps": a protective kind is made for the
 * device it protects. Shops title such parts by the device ("... for Apple Watch 44mm"), some without
 * the kind's word, so the device's line is searched with and without it; the device is a checked
 * item; what it protects from is its purpose, which no page names.
 */
function protectedDevice(subject: string, requirements: string): NeedReading | undefined {
  const kind = subjectKind(subject);
  const m = kind && PROTECTIVE_KINDS.has(kind) ? PROTECTS.exec(requirements) : null;
  if (!m) return undefined;
  const device = m[1]!.trim();
  const line = device.split(/\s+/).filter((w) => !/\d/.test(w) && !/^(?:series|gen|generation|model)$/i.test(w)).join(' ');
  if (!line) return undefined;
  const item: ChecklistItem = { kind: 'compatible-with', id: `compatible:${device}`, label: `Made for ${device}`, target: device, hard: true, origin: 'request' };
  const rest = `${requirements.slice(0, m.index)} ${m[2] ?? ''}`.replace(/\s+/g, ' ').trim();
  return { subject, requirements: rest, items: [item], wishes: [], queries: [`${line} ${kind}`, line] };
}

/**
 * "my case fan's cable", "the cable of my monitor": the kind of device whose cable is meant, so the
 * extension is that device's (a fan extension is no USB one); undefined for a device no kind names.
 */
function cableOwner(requirements: string): string | undefined {
  const m = /\b([a-z]+)['’]s\s+(?:cables?|leads?|wires?|cords?|plugs?|connectors?)\b/i.exec(requirements)
    ?? /\b(?:cables?|leads?|wires?|cords?|plugs?|connectors?)\s+(?:of|from|on)\s+(?:my|the|our|this)\s+(?:[a-z]+\s+)?([a-z]+)\b/i.exec(requirements)
    // "for its fan plug", "short of the fan header": the part the plug or header is named after.
    ?? /\b(?:its|my|the|this|our)\s+([a-z]+)\s+(?:plugs?|connectors?|headers?)\b/i.exec(requirements);
  const word = m?.[1]?.toLowerCase();
  return word && kindOfWord(word) ? singular(word) : undefined;
}

/**
 * "something to bundle the loose cables inside my PC case": a generic word with its need in the same
 * phrase ("to", "that", "for"); the need, or undefined when the subject does not start so.
 */
function genericWithNeed(subject: string): string | undefined {
  const words = subject.trim().split(/\s+/);
  if (words.length < 3 || !GENERIC.test(words[0]!) || !/^(?:to|that|which|for|i|we)$/i.test(words[1]!)) return undefined;
  return words.slice(1).join(' ');
}

/**
 * "that connects the headphone jack of my phone to the red and white audio inputs of my amplifier":
 * a connecting clause names its two ends by the sockets they plug into; each end becomes a wish the
 * title shows (3.5 mm, RCA), and the clause's other words (colours, the devices) describe those
 * devices, not the product. What follows it ("and is at least 2 m long") is kept as `rest`.
 * Undefined unless the clause connects one known socket to another.
 */
export function connectionEnds(requirements: string): { wishes: TitleWish[]; rest: string } | undefined {
  const ends = endsSaid(requirements);
  if (!ends) return oneEndSaid(requirements);
  const wishes = ends.names.map((name) => ({ id: `end:${name}`, label: `One end is ${article(name)} ${name} plug`, met: (title: string) => namesConnector(title, name) }));
  return { wishes, rest: ends.rest };
}

/** "an HDMI", "a USB-C": connector names are read out letter by letter or as words. */
export const article = (name: string): string => (/^(?:[aeio8]|hdmi|rca|xlr)/i.test(name) ? 'an' : 'a');

/**
 * "so it needs an HDMI socket on the other end", often said in a sentence of its own: a wish that the
 * title names that connector as a socket (female); undefined when the request asks for no such end.
 */
export function socketEndWish(text: string): TitleWish | undefined {
  const name = socketEndAsked(text);
  return name ? { id: `socket-end:${name}`, label: `One end is ${article(name)} ${name} socket (female)`, met: (title) => namesSocket(title, name) } : undefined;
}

/**
 * "My iPhone still has a Lightning socket, and the only free socket for my USB-C charger is three
 * metres from the sofa. ... a cable long enough to charge the phone from there": a cable named by its
 * kind alone goes between the two sockets the request names, so its title shows both ends.
 */
export function namedEndsWish(subjects: readonly string[], text: string): TitleWish | undefined {
  if (subjects.length !== 1 || subjectKind(subjects[0]!) !== 'cable' || connectorsIn(subjects[0]!).length) return undefined;
  // "a cable with USB-C at both ends": the same plug on each.
  const both = /\b([\w.-]+(?:\s+[\w.-]+)?)\s+(?:at|on)\s+(?:both|each|either)\s+end\b|\b([\w.-]+(?:\s+[\w.-]+)?)\s+(?:at|on)\s+both\s+ends\b/i.exec(withoutUrls(text));
  const same = both ? connectorsIn(both[1] ?? both[2]!) : [];
  if (same.length === 1) {
    const plug = same[0]!;
    return { id: `ends:${plug.toLowerCase()}-${plug.toLowerCase()}`, label: `${plug} at both ends, by its title`, met: (title) => showsPlugAtBothEnds(title, plug) };
  }
  const named = [...new Set(connectorsIn(withoutUrls(text)))];
  if (named.length !== 2) return undefined;
  const ends = named as [string, string];
  return { id: `ends:${ends.join('-').toLowerCase()}`, label: `A ${ends[0]} to ${ends[1]} cable, by its title`, met: (title) => showsEnds(title, ends) };
}

/**
 * The two plugs a clause names, from the socket or plug it starts at to the one it goes into: "connects
 * A to B" (the product joins A and B), or "lets A plug into B" (A goes into the product, which goes into
 * B). Undefined unless both are known and differ.
 */
function endsSaid(requirements: string): { names: [string, string]; rest: string; plugsInto: boolean } | undefined {
  const into = /\b(?:lets?|letting|allows?|makes?|so that|so|that|which)\s+(.*?)\b(?:plugs?|fits?|goes|go|connects?)\s+(?:in ?to|onto)\b(.*)$/i.exec(requirements);
  // "lets me plug a normal HDMI cable into the mini HDMI socket": the shopper's plug goes into the
  // product, which goes into the socket.
  const plugged = /\b(?:plug|put|insert|stick|fit)\s+(.*?)\s+(?:in ?to|onto)\b(.*)$/i.exec(requirements);
  // "an adapter from one of its DisplayPort outputs to HDMI": what it goes from, to what.
  const joins = /\b(?:connects?|connecting|links?|plugs?|goes|go|runs?|hooks? up|from)\b(.*?)\bto\b(.*)$/i.exec(requirements);
  // "charge my iPhone from the USB-A port of my old charger": power flows from the socket named after
  // "from" into the device charged, so that socket is the first end and the device's port the second.
  const fed = /\b(?:charges?|charging|powers?|powering|syncs?|syncing)\s+(.*?)\s+(?:from|off|via|through|using)\s+(.*)$/i.exec(requirements);
  if (fed) {
    const [source, rest = ''] = atFurtherClause(fed[2]!);
    const [from, to] = [connectorSaid(source!), connectorSaid(fed[1]!)];
    if (from && to && from !== to) return { names: [from.name, to.name], rest: rest.trim(), plugsInto: false };
  }
  // "a USB-A plug on one end and a Micro USB plug on the other": the cable's two ends, named in turn.
  const eachEnd = /^(.*?)\bon one (?:end|side)\b,?\s*(?:and\s+)?(.*?)\bon the other(?:\s+(?:end|side))?\b(.*)$/i.exec(requirements);
  if (eachEnd) {
    const [from, to] = [connectorSaid(eachEnd[1]!), connectorSaid(eachEnd[2]!)];
    if (from && to && from !== to) return { names: [from.name, to.name], rest: eachEnd[3]!.replace(/^\s*,?\s*(?:and\s+)?/, '').trim(), plugsInto: false };
  }
  for (const [m, plugsInto] of [[into, true], [plugged, true], [joins, false]] as const) {
    if (!m) continue;
    const [target, rest = ''] = atFurtherClause(m[2]!);
    const from = connectorSaid(m[1]!);
    const socket = connectorSaid(target!) ? undefined : socketOfDevice(rest);
    const to = connectorSaid(target!) ?? socket;
    if (from && to && from !== to) return { names: [from.name, to.name], rest: socket ? '' : rest.trim(), plugsInto };
  }
  return undefined;
}

/**
 * "into my camcorder, which only has a tiny micro HDMI socket": a device named by name, its socket
 * said in the clause after it; that socket is the end the product goes into.
 */
function socketOfDevice(clause: string): Connector | undefined {
  const m = /^(?:which|that|it)\s+(?:only\s+|just\s+)?(?:has|have|takes?|offers?)\s+(.*)$/i.exec(clause.trim());
  return m ? connectorSaid(m[1]!) : undefined;
}

const CABLE_PLUGGED_IN = /\bplug\w*\s+(?:this|the|that|my|its)\s+(?:cable|lead|cord|wire)\s+in(?:to)?\b/i;

/**
 * "a cable that connects my TV to the antenna socket in the wall": one end named by its socket, the
 * other by a device (whose plug the request leaves open). The named end is a wish the title shows.
 */
function oneEndSaid(requirements: string): { wishes: TitleWish[]; rest: string } | undefined {
  // "a wall charger that I can plug this cable into to charge my iPhone": the quoted cable goes into
  // the product and the device is the cable's other end, no end of the product's own.
  if (CABLE_PLUGGED_IN.test(requirements)) return undefined;
  const m = /\b(?:connects?|connecting|links?|hooks? up|plugs?|goes|go)\b(.*?)\b(?:to|in ?to)\b(.*)$/i.exec(requirements);
  if (!m) return undefined;
  const [target, afterTarget = ''] = atFurtherClause(m[2]!);
  // "earphones ... which plug into it: I've got this adapter for my iPhone": into the quoted product, whose own end decides
  // (compatibility-keys.ts); a device named after it is where that product goes, no end of this one.
  if (/^\s*(?:it|this|that|them)\b(?!\s+(?:[a-z]+\s+)?(?:port|socket|jack|slot|input|output))/i.test(target!)) return undefined;
  // "built to survive a fall, at least 1TB, and it has to plug into ...": what is said before the plug stays said.
  const rest = `${requirements.slice(0, m.index).replace(/(?:,?\s*(?:and|but)\s+)?(?:(?:it|that|which|I|we|you|they)\s+)?(?:(?:has|have|needs?|ought)\s+to|must|should|will|can|could)?\s*$/i, '')} ${afterTarget}`;
  // "plugs straight into USB-A and USB-C": a drive or stick that goes into either has both plugs.
  const each = /\band\b/i.test(target!) ? [...new Set(connectorsIn(target!))] : [];
  if (each.length >= 2) return { wishes: each.map((name) => ({ id: `end:${name}`, label: `Has a ${name} plug`, met: (title: string) => namesConnector(title, name) })), rest: rest.trim() };
  const end = connectorSaid(target!);
  if (!end) return startSaid(m[1]!, rest);
  // What follows the socket's words is kept ("... headphone jack to hear and answer calls").
  const named = end.said?.exec(target!) ?? end.written.exec(target!);
  const after = named ? target!.slice(named.index + named[0].length) : '';
  return { wishes: [{ id: `end:${end.name}`, label: `One end is a ${end.name} plug`, met: (title: string) => namesConnector(title, end.name) }], rest: `${after} ${rest}`.trim() };
}

/**
 * "connects the Mini USB port of my old camera to my computer": the end it starts at named by its
 * socket, the device it goes to by name only (a computer may have USB-A or USB-C ports). The named
 * end is a wish the title shows; the device's words describe nothing on the product.
 */
function startSaid(start: string, rest: string): { wishes: TitleWish[]; rest: string } | undefined {
  const end = connectorSaid(start);
  return end && { wishes: [{ id: `end:${end.name}`, label: `One end is a ${end.name} plug`, met: (title: string) => namesConnector(title, end.name) }], rest: rest.trim() };
}

/**
 * "something that lets the 4-pin cable of my power supply plug into the 8-pin socket of my board": a
 * generic thing between two different plugs is an adapter from one to the other (a plug goes into it),
 * and one that connects two sockets is a cable; named as shops title it ("4-pin to 8-pin adapter").
 */
function betweenPlugs(requirements: string): { subject: string; queries: string[] } | undefined {
  const ends = endsSaid(requirements) ?? twoSaidBefore(requirements);
  if (!ends) return undefined;
  const pair = `${ends.names[0]} to ${ends.names[1]}`;
  // Shops title many such adapters as a short cable, male at one end, female at the other
  // ("Micro HDMI Male to HDMI Female Cable, 10cm"), so the cable is searched too.
  return ends.plugsInto ? { subject: `${pair} adapter`, queries: [`${pair} cable`] } : { subject: `${pair} cable`, queries: [] };
}

/**
 * "My old graphics card only has a DVI output and my new monitor only has HDMI inputs ... something
 * that lets me connect the two": the two connectors the lead-in names, in the order said. Read as an
 * adapter, searched as a cable too: shops title what joins two devices' ports either way ("DVI-D Male
 * to HDMI Female Converter Dongle").
 */
function twoSaidBefore(requirements: string): { names: [string, string]; plugsInto: boolean } | undefined {
  if (!/\bconnect(?:s|ing)?\s+(?:the two|both|them)\b/i.test(requirements)) return undefined;
  const named = connectorsMeant(requirements);
  return named.length === 2 ? { names: [named[0]!, named[1]!], plugsInto: true } : undefined;
}

/** Where a further requirement starts after a connecting clause: ", and is at least 2 m long", "with gold plugs". */
/** The text before the first further clause, and all that follows it (a split with a limit would drop the third clause on). */
function atFurtherClause(text: string): [string, string] {
  const m = FURTHER_CLAUSE.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

const FURTHER_CLAUSE = /\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:is|are|has|have|costs?|at|under|over|no|not|shorter|longer|with)\b)|\s+(?=with\b)/i;
