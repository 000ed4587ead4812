/**
 * What the shopper's build around a part asks of it, said anywhere in the request (general PC
 * knowledge): the memory generation of the sticks a board must take (or a computer takes, for memory
 * bought for it), Wi-Fi where no network cable reaches, and a board for two processors. The
 * processor's socket is read with the other sockets (compatibility-keys.ts).
 */
import type { ChecklistItem } from '../checklist/types';
import { subjectKind } from './product-kind';
import { present, REQUESTED } from './spec-items';
import { wirelessSpellings } from './standards';
import type { TitleWish } from './title-wishes';

/** "its DDR4 memory", "the DDR4 sticks from my old one": memory the shopper keeps, of that generation. */
const KEPT_MEMORY = /\b(DDR[345])\s+(?:memory|ram|sticks?|modules?|kits?|dimms?)\b/i;
/** "my DDR5 board", "its DDR4 slots": the memory generation a board or computer takes. */
const BOARD_GENERATION = /\b(DDR[345])\s+(?:board|motherboard|mainboard|slots?|laptop|pc|computer|system|platform)\b/i;
/** Words before a generation that turn it down or compare against it ("not DDR4", "instead of DDR4"). */
const NOT_KEPT = /\b(?:not|no|without|instead of|rather than|than|replace|replacing|upgrade from)\s+(?:the\s+|my\s+|its\s+)?$/i;

/** "the spare room, which no network cable reaches", "I cannot run a network cable there": the connection is wireless. */
// ("The desk is two floors away from the router and I won't run a cable": so too.)
const NO_CABLE = /\b(?:no|without\s+(?:a|any))\s+(?:network|ethernet|lan)\s+(?:cable|lead|wire)s?\b|\b(?:can(?:no|')t|could(?:n't| not)|unable to)\s+run\s+(?:a|an)\s+(?:network|ethernet|lan)\s+(?:cable|lead|wire)\b|\bno\s+(?:ethernet|lan|network)\s+(?:socket|port|point|connection)s?\b|\b(?:away|far)\s+from\s+the\s+router\b[^.;]*\b(?:won['’]t|will\s+not|can(?:no|')t|don['’]t\s+want\s+to)\s+run\s+(?:a|any)\s+(?:network\s+|ethernet\s+|lan\s+)?cable\b/i;

const LOW_VOLTAGE_DDR3: ChecklistItem = { ...REQUESTED, kind: 'attribute-present', id: 'present:ddr3l', label: 'Low-voltage DDR3 (DDR3L)', text: 'DDR3L', anyOf: ['DDR3 Low Voltage', 'Low Voltage DDR3', 'DDR3-L'] };

// (Wi-Fi as pages spell it, wirelessSpellings; "802.11" alone too, and "Wi Fi" written apart.)
const WIFI_ITEM: ChecklistItem = { ...REQUESTED, kind: 'attribute-present', id: 'present:wi-fi', label: 'No network cable there: Wi-Fi', text: 'Wi-Fi', anyOf: [...wirelessSpellings('Wi-Fi').filter((w) => w !== 'Wi-Fi'), 'Wi Fi', '802.11'] };

/** "two Intel Xeon Scalable processors", "both CPUs", "a pair of EPYC chips": a board with two sockets. */
const TWO_PROCESSORS = /\b(?:two|2|twin|dual|a\s+pair\s+of|both)\s+(?:(?:intel|amd|xeon|epyc|scalable|opteron|server|workstation)\s+){0,3}(?:processors|cpus|chips)\b/i;
/**
 * A board for two processors says so in its title ("Dual Scalable Xeon", "Dual Socket"); its page is no
 * guide, as one-socket boards write "dual-channel" and "dual M.2 sockets" close to "socket".
 */
const DUAL_SOCKET_TITLE = /\bdual[\s-]+(?:socket|cpu|processor|xeon|scalable|epyc|lga)\b|\b2-way\b/i;

/** "use the last one", "one free slot": memory for a single slot is one module, no kit. */
const ONE_SLOT = /\b(?:the\s+)?last\s+(?:one|slot)\b|\bone\s+(?:free|empty|spare|remaining|open)\s+slot\b|\bonly\s+one\s+(?:free\s+)?slot\b/i;
/** A kit's title: "Kit (2 x 16GB)", "(2x8GB)". */
const KIT_TITLE = /\bkit\b|\(\s*\d+\s?x\s?\d+/i;

/**
 * "will run two Intel Xeon Scalable processors ... a motherboard that can hold both": a dual-socket board;
 * "three of the four memory slots are taken, and I want to use the last one": a single module. Both by the title.
 */
export function buildContextWishes(text: string, subjects: readonly string[]): TitleWish[] {
  const kinds = subjects.map((s) => subjectKind(s));
  return [
    ...(TWO_PROCESSORS.test(text) && kinds.includes('motherboard') ? [{ id: 'dual-socket', label: 'Holds two processors: a dual-socket board', met: (title: string) => DUAL_SOCKET_TITLE.test(title) }] : []),
    ...(ONE_SLOT.test(text) && kinds.includes('memory') ? [{ id: 'one-module', label: 'One module for the one free slot, no kit', met: (title: string) => !KIT_TITLE.test(title) }] : []),
  ];
}

/** Kinds that connect the computer to a network: a board, or the computer itself. */
const CONNECTING = new Set(['motherboard', 'pc', 'laptop']);

/** The items the build around the subjects asks, from the whole request's text (without quoted addresses). */
export function buildContextItems(text: string, subjects: readonly string[]): ChecklistItem[] {
  const kinds = subjects.map((s) => subjectKind(s));
  const items: ChecklistItem[] = [];
  const memory = KEPT_MEMORY.exec(text);
  const before = memory ? text.slice(Math.max(0, memory.index - 30), memory.index) : '';
  if (memory && !NOT_KEPT.test(before)) {
    // "it takes the low-voltage DDR3 sticks": memory for it is that generation, and low-voltage DDR3 is DDR3L.
    if (kinds.includes('memory')) items.push(/low[\s-]?voltage\s+$/i.test(before) && /^DDR3$/i.test(memory[1]!) ? LOW_VOLTAGE_DDR3 : present(memory[1]!.toUpperCase()));
    else if (kinds.includes('motherboard')) items.push(present(memory[1]!.toUpperCase()));
  }
  // "the memory slots on my DDR5 board": memory for it is that generation.
  const board = memory ? undefined : BOARD_GENERATION.exec(text);
  if (board && kinds.includes('memory')) items.push(present(board[1]!.toUpperCase()));
  if (NO_CABLE.test(text) && kinds.some((k) => CONNECTING.has(k ?? ''))) items.push(WIFI_ITEM);
  return items;
}
