/**
 * A request that names only a generic thing ("a device that lets me play music from my phone on my
 * old stereo without cables") says what it is for, not what it is: "device" is no search word and no
 * shop titles a product with it. From general product knowledge, a need is turned into the kind that
 * meets it ("music receiver"), the words its title shows (music, audio, stereo), and a wireless wish
 * for "without cables" (Bluetooth).
 */
import type { ChecklistItem } from '../checklist/types';
import type { TitleWish } from './title-wishes';

const GENERIC = /^(?:device|gadget|thing|something|product|item|accessory|tool|solution|equipment|unit|appliance)s?$/i;

interface Need { when: RegExp; kind: string; shows: string[] }

/** Needs and the kinds of product that meet them (general knowledge, not any shop's data). */
const NEEDS: Need[] = [
  { when: /\b(?:play|stream|send|listen to|hear)\b.*\b(?:stereo|hi-?fi|amplifier|amp|speakers?|sound system|receiver)\b/i, kind: 'music receiver', shows: ['music', 'audio', 'stereo', 'hi-fi', 'hifi'] },
  { when: /\b(?:charge|charging|power up)\b/i, kind: 'charger', shows: ['charger', 'charging'] },
  { when: /\b(?:record|recording)\b.*\b(?:voice|speech|podcast|vocals?)\b/i, kind: 'microphone', shows: ['microphone', 'mic'] },
];
const CABLE_FREE = /\b(?:without (?:any |the )?(?:cables?|wires?|cords?)|wireless(?:ly)?|cordless|cable-?free|no (?:cables?|wires?|cords?))\b/i;

export interface NeedReading {
  subject: string;
  items: ChecklistItem[];
  wishes: TitleWish[];
}

/** The kind a generic subject's need asks for, or undefined when the subject names a kind or no need is known. */
export function readNeed(subject: string, requirements: string): NeedReading | undefined {
  if (!GENERIC.test(subject.trim())) return undefined;
  const need = NEEDS.find((n) => n.when.test(requirements));
  if (!need) return undefined;
  const items: ChecklistItem[] = CABLE_FREE.test(requirements)
    ? [{ kind: 'attribute-present', id: 'present:bluetooth', label: 'Wireless (Bluetooth), as "without cables" asks', text: 'Bluetooth', anyOf: ['wireless', 'Wi-Fi', 'WiFi'], hard: true, origin: 'request' }]
    : [];
  const shows = new RegExp(`\\b(?:${need.shows.join('|')})\\b`, 'i');
  const wishes: TitleWish[] = [{ id: `need:${need.kind}`, label: `Made for it: its title says ${need.shows.slice(0, 3).join(', ')}`, met: (title) => shows.test(title) }];
  return { subject: need.kind, items, wishes };
}
