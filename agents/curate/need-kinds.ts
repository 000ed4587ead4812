/**
 * A request that names only a generic thing ("a device that lets me play music from my phone on my
 * old stereo without cables") says what it is for, not what it is: "device" is no search word and no
 * shop titles a product with it. From general product knowledge, a need is turned into the kind that
 * meets it ("music receiver"), the words its title shows (music, audio, stereo), and a wireless wish
 * for "without cables" (Bluetooth).
 */
import type { ChecklistItem } from '../checklist/types';
import type { TitleWish } from './title-wishes';
import { singular } from '../checklist/text';
import { connectorSaid, namesConnector } from './connectors';
import { kindOfWord, mentionsKind } from './product-kind';

const GENERIC = /^(?:device|gadget|thing|something|product|item|accessory|tool|solution|equipment|unit|appliance)s?$/i;

/** "something", "a device": a word that names no kind of product, only that one is needed. */
export function isGenericThing(subject: string): boolean {
  return GENERIC.test(subject.trim());
}

interface Need { when: RegExp; kind: string; shows: string[] }

/** Needs and the kinds of product that meet them (general knowledge, not any shop's data). */
const NEEDS: Need[] = [
  // A cable that does not reach is lengthened by an extension of the same cable, not replaced.
  { when: /\b(?:reach(?:es|ing)?|extend(?:s|ing)?|lengthen(?:s|ing)?|too short|too far|not long enough)\b.*\b(?:cables?|leads?|wires?|cords?|plugs?|connectors?|headers?|sockets?)\b|\b(?:cables?|leads?|wires?|cords?)\b.*\b(?:reach(?:es|ing)?|extend(?:s|ing)?|lengthen(?:s|ing)?|too short|too far|not long enough)\b/i, kind: 'extension cable', shows: ['extension', 'extender', 'extend'] },
  // Loose cables are bundled with ties ("Cable Ties", "cable management"), not with more cable.
  { when: /\b(?:bundle|tie|tidy|organi[sz]e|manage|route|neaten|secure|hold together)\b.*\b(?:cables?|wires?|cords?|leads?)\b/i, kind: 'cable ties', shows: ['cable ties', 'cable tie', 'zip ties', 'cable management', 'velcro'] },
  { when: /\b(?:play|stream|send|listen to|hear)\b.*\b(?:stereo|hi-?fi|amplifier|amp|speakers?|sound system|receiver)\b/i, kind: 'music receiver', shows: ['music', 'audio', 'stereo', 'hi-fi', 'hifi'] },
  { when: /\b(?:charge|charging|power up)\b/i, kind: 'charger', shows: ['charger', 'charging'] },
  { when: /\b(?:record|recording)\b.*\b(?:voice|speech|podcast|vocals?)\b/i, kind: 'microphone', shows: ['microphone', 'mic'] },
  { when: /\b(?:more|extra|additional|spare)\s+usb\b|\busb (?:ports?|sockets?|devices?)\b.*\b(?:more|extra|at once|several|all)\b/i, kind: 'usb hub', shows: ['hub', 'dock', 'docking'] },
  { when: /\b(?:back ?up|backups?)\b.*\b(?:files?|photos?|pictures?|data|documents?|videos?|laptop|pc|computer)\b/i, kind: 'external hard drive', shows: ['external', 'portable'] },
  { when: /\b(?:extend|boost|improve|strengthen|stretch|better)\b.*\b(?:wi-?fi|wlan|wireless network|internet)\b|\b(?:wi-?fi|wlan|wireless network|internet)\b.*\b(?:every room|whole (?:house|home|flat)|dead spots?|upstairs|garden)\b/i, kind: 'wifi extender', shows: ['extender', 'repeater', 'mesh', 'access point', 'booster'] },
];
const CABLE_FREE = /\b(?:without (?:any |the )?(?:cables?|wires?|cords?)|wireless(?:ly)?|cordless|cable-?free|no (?:cables?|wires?|cords?))\b/i;

export interface NeedReading {
  subject: string;
  items: ChecklistItem[];
  wishes: TitleWish[];
}

/** The kind a generic subject's need asks for, or undefined when the subject names a kind or no need is known. */
export function readNeed(subject: string, requirements: string): NeedReading | undefined {
  const split = genericWithNeed(subject);
  if (!split && !GENERIC.test(subject.trim())) return undefined;
  if (split) requirements = `${split} ${requirements}`.trim();
  const need = NEEDS.find((n) => n.when.test(requirements));
  if (!need) return undefined;
  const items: ChecklistItem[] = CABLE_FREE.test(requirements)
    ? [{ kind: 'attribute-present', id: 'present:bluetooth', label: 'Wireless (Bluetooth), as "without cables" asks', text: 'Bluetooth', anyOf: ['wireless', 'Wi-Fi', 'WiFi'], hard: true, origin: 'request' }]
    : [];
  const shows = new RegExp(`\\b(?:${need.shows.join('|')})\\b`, 'i');
  const wishes: TitleWish[] = [{ id: `need:${need.kind}`, label: `Made for it: its title says ${need.shows.slice(0, 3).join(', ')}`, met: (title) => shows.test(title) }];
  const owner = cableOwner(requirements);
  if (need.kind === 'extension cable' && owner) {
    wishes.push({ id: `need:for ${owner}`, label: `Made for a ${owner}: its title says so`, met: (title) => mentionsKind(title, kindOfWord(owner)!) });
    return { subject: `${owner} ${need.kind}`, items, wishes };
  }
  return { subject: need.kind, items, wishes };
}

/**
 * "my case fan's cable", "the cable of my monitor": the kind of device whose cable is meant, so the
 * extension is that device's (a fan extension is no USB one); undefined for a device no kind names.
 */
function cableOwner(requirements: string): string | undefined {
  const m = /\b([a-z]+)['’]s\s+(?:cables?|leads?|wires?|cords?|plugs?|connectors?)\b/i.exec(requirements)
    ?? /\b(?:cables?|leads?|wires?|cords?|plugs?|connectors?)\s+(?:of|from|on)\s+(?:my|the|our|this)\s+(?:[a-z]+\s+)?([a-z]+)\b/i.exec(requirements);
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
  const m = /\b(?:connects?|connecting|links?|plugs?|goes|go|runs?|hooks? up)\b(.*?)\bto\b(.*)$/i.exec(requirements);
  if (!m) return undefined;
  const [target, rest = ''] = m[2]!.split(FURTHER_CLAUSE, 2);
  const from = connectorSaid(m[1]!);
  const to = connectorSaid(target!);
  if (!from || !to || from === to) return undefined;
  const wishes = [from, to].map(({ name }) => ({ id: `end:${name}`, label: `One end is a ${name} plug`, met: (title: string) => namesConnector(title, name) }));
  return { wishes, rest: rest.trim() };
}

/** Where a further requirement starts after a connecting clause: ", and is at least 2 m long", "with gold plugs". */
const FURTHER_CLAUSE = /\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:is|are|has|have|costs?|at|under|over|no|not|shorter|longer|with)\b)|\s+(?=with\b)/i;
