/**
 * What the shopper's build around a part asks of it, said anywhere in the request (general PC
 * knowledge): the memory generation of the sticks a board must take, and Wi-Fi where no network
 * cable reaches. The processor's socket is read with the other sockets (compatibility-keys.ts).
 */
import type { ChecklistItem } from '../checklist/types';
import { subjectKind } from './product-kind';
import { present, REQUESTED } from './spec-items';

/** "its DDR4 memory", "the DDR4 sticks from my old one": memory the shopper keeps, of that generation. */
const KEPT_MEMORY = /\b(DDR[345])\s+(?:memory|ram|sticks?|modules?|kits?|dimms?)\b/i;
/** Words before a generation that turn it down or compare against it ("not DDR4", "instead of DDR4"). */
const NOT_KEPT = /\b(?:not|no|without|instead of|rather than|than|replace|replacing|upgrade from)\s+(?:the\s+|my\s+|its\s+)?$/i;

/** "the spare room, which no network cable reaches", "I cannot run a network cable there": the connection is wireless. */
const NO_CABLE = /\b(?:no|without\s+(?:a|any))\s+(?:network|ethernet|lan)\s+(?:cable|lead|wire)s?\b|\b(?:can(?:no|')t|could(?:n't| not)|unable to)\s+run\s+(?:a|an)\s+(?:network|ethernet|lan)\s+(?:cable|lead|wire)\b|\bno\s+(?:ethernet|lan|network)\s+(?:socket|port|point|connection)s?\b/i;

const WIFI_ITEM: ChecklistItem = { ...REQUESTED, kind: 'attribute-present', id: 'present:wi-fi', label: 'No network cable there: Wi-Fi', text: 'Wi-Fi', anyOf: ['WiFi', 'Wi Fi', 'WLAN', 'Wireless LAN', '802.11'] };

/** Kinds that connect the computer to a network: a board, or the computer itself. */
const CONNECTING = new Set(['motherboard', 'pc', 'laptop']);

export function buildContextItems(text: string, subjects: readonly string[]): ChecklistItem[] {
  const kinds = subjects.map((s) => subjectKind(s));
  const items: ChecklistItem[] = [];
  const memory = KEPT_MEMORY.exec(text);
  if (memory && kinds.includes('motherboard') && !NOT_KEPT.test(text.slice(Math.max(0, memory.index - 30), memory.index))) items.push(present(memory[1]!.toUpperCase()));
  if (NO_CABLE.test(text) && kinds.some((k) => CONNECTING.has(k ?? ''))) items.push(WIFI_ITEM);
  return items;
}
