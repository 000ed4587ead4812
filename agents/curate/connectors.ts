/**
 * Connector and interface standards (general knowledge, not any shop's data): "USB-C", "Lightning",
 * "HDMI" name a plug or port, never a maker, and an "X to Y" cable or adapter is defined by its two
 * ends: a USB-C cable without a Lightning end is no "USB-C to Lightning cable". This is the one
 * table of connectors; standards.ts, product-kind.ts, need-kinds.ts, made-for.ts and reference.ts
 * read it.
 */

export interface Connector {
  /** The name shown to the user and compared between a request and a title. */
  name: string;
  /** How shops write it in a title. */
  written: RegExp;
  /** A generation written after the name ("USB 3.2", "Thunderbolt 4"): still the standard's name, no model. */
  generation?: string;
  /** How people describe the socket it plugs into, besides its name ("headphone jack", "red and white inputs"). */
  said?: RegExp;
  /**
   * For a video output, its rank when a cable must bridge from a device's ports: the device's
   * best-ranked port is bridged from, a mini or micro port before a full-size one (no full-size
   * cable fits it, so it is the end a request is likely missing).
   */
  videoRank?: number;
  /**
   * Devices whose own port it is, for a request that names the device instead of its port ("charge
   * my iPhone"): read only where the phrase names no port itself.
   */
  portOf?: RegExp;
}

/** iPhones up to the 14 charge over Lightning; the 15 and later over USB-C. */
const IPHONE_WITH_LIGHTNING = /\biphones?\b(?!\s?(?:1[5-9]|[2-9]\d)\b)/i;
const IPHONE_WITH_USB_C = /\biphones?\s?(?:1[5-9]|[2-9]\d)\b/i;

/**
 * Most specific first where one name holds another ("Mini DisplayPort" is no plain DisplayPort, a
 * "USB-C" no plain "USB"); where a phrase names two sockets ("red and white aux inputs"), the
 * earlier one is meant.
 */
export const CONNECTORS: readonly Connector[] = [
  // Colours first: "red and white audio inputs" are RCA (phono), whatever else the words say.
  { name: 'RCA', written: /\b(?:rca|phono)\b/i, said: /\bred (?:and|&) white\b|\bwhite (?:and|&) red\b/i },
  { name: '3.5mm', written: /\b3[.,]5\s?mm(?:\s?jack)?\b|\bmini[\s-]?jack\b/i, said: /\b(?:headphone|earphone|aux(?:iliary)?|mini)[\s-]?(?:jack|socket|port|output|out|input|in)\b|\baudio jack\b|\baux\b/i },
  // A jack of no size written: after "3.5mm", so "3.5mm Jack" is one connector.
  { name: 'Jack', written: /\bjack\b/i },
  // A laptop-style panel's internal link ("eDP" in board titles): no DisplayPort socket.
  { name: 'eDP', written: /\b(?:edp|embedded[\s-]displayport)\b/i },
  { name: 'Mini DisplayPort', written: /\bmini[\s-]?(?:dp|displayport)\b/i, videoRank: 0 },
  { name: 'DisplayPort', written: /\b(?:displayport|dp)\b/i, videoRank: 4 },
  // HDMI names its plugs by type: Type C is the mini plug, Type D the micro one (no USB-C).
  { name: 'Mini HDMI', written: /\bmini[\s-]?hdmi\b|\bhdmi\W{0,2}type[\s-]?c\b/i, videoRank: 1 },
  { name: 'Micro HDMI', written: /\bmicro[\s-]?hdmi\b|\bhdmi\W{0,2}type[\s-]?d\b/i, videoRank: 2 },
  { name: 'HDMI', written: /\bhdmi\b/i, videoRank: 3 },
  { name: 'VGA', written: /\bvga\b/i, videoRank: 7 },
  { name: 'DVI', written: /\bdvi(?:-[adi])?\b/i, videoRank: 6 },
  // A Thunderbolt port takes a USB-C plug.
  { name: 'USB-C', written: /\b(?:usb[\s-]?type[\s-]?c|usb[\s-]?c|type[\s-]?c)\b/i, said: /\bthunderbolt\b/i, videoRank: 5, portOf: IPHONE_WITH_USB_C },
  { name: 'Micro USB', written: /\bmicro[\s-]?usb\b/i },
  // Older cameras and players: "Mini USB", "USB Mini-B5" (after USB-C, so a "Mini USB-C Hub" stays USB-C).
  { name: 'Mini USB', written: /\bmini[\s-]?usb\b|\busb[\s-]?mini[\s-]?b\d?\b/i },
  { name: 'USB-B', written: /\b(?:usb[\s-]?type[\s-]?b|usb[\s-]?b|type[\s-]?b)\b/i },
  { name: 'USB-A', written: /\b(?:usb[\s-]?type[\s-]?a|usb[\s-]?a|type[\s-]?a)\b/i },
  { name: 'USB', written: /\busb\b/i, generation: String.raw`\s?\d(?:\.\d)?` },
  { name: 'Lightning', written: /\blightning\b/i, portOf: IPHONE_WITH_LIGHTNING },
  { name: 'Thunderbolt', written: /\bthunderbolt\b/i, generation: String.raw`\s?\d` },
  { name: 'Ethernet', written: /\b(?:ethernet|rj-?45)\b/i },
  // A TV's aerial socket takes a coaxial plug: "Antenna Cable, Coax Male to Coax Female".
  { name: 'Coax', written: /\bcoax(?:ial)?\b/i, said: /\b(?:antenna|aerial|tv|cable tv)\s+(?:socket|jack|port|input|outlet|connection)\b/i },
  { name: 'XLR', written: /\bxlr\b/i },
  { name: 'SATA', written: /\bsata\b/i },
  // "Optical" alone is as often a drive ("No Optical"): only before "audio" or "cable" is it the plug.
  { name: 'Toslink', written: /\b(?:toslink|s\/?pdif|optical(?=\s(?:audio|digital|cable|lead)))\b/i, said: /\b(?:optical|toslink|spdif|s\/pdif)\b/i },
  // Power and fan plugs are named by their pins; a split plug ("4+4-pin", "6+2-pin") is the whole count.
  ...[pinPlug(24, ['20+4']), pinPlug(8, ['4+4', '6+2']), pinPlug(20), pinPlug(16), pinPlug(12), pinPlug(6), pinPlug(4), pinPlug(3)],
];

/** The small editions of a plug, named by their size ("Mini-USB", "micro HDMI", "USB Mini-B"): one name each, never the bigger plug's. */
export const SMALL_PLUG_WRITTEN = new RegExp(CONNECTORS.filter((c) => /^(?:Mini|Micro)\s/.test(c.name)).map((c) => c.written.source).join('|'), 'i');

/** Every video connector's name (those with a videoRank), in table order. */
export const VIDEO_CONNECTORS: readonly string[] = CONNECTORS.filter((c) => c.videoRank !== undefined).map((c) => c.name);

/** A plug named by its pin count ("8-pin", "8 Pin"), or by the halves it splits into ("4+4"). */
function pinPlug(pins: number, splits: readonly string[] = []): Connector {
  const pinned = (count: string) => String.raw`${count}(?:[\s-]?pins?)`;
  const names = [pinned(String(pins)), ...splits.map((s) => `${pinned(s.replace('+', String.raw`\s?\+\s?`))}?`)];
  return { name: `${pins}-pin`, written: new RegExp(String.raw`\b(?:${names.join('|')})\b`, 'i') };
}

/** The connectors named in the text, each once, as table entries in the order written. */
function namedIn(text: string): Connector[] {
  const found: { at: number; connector: Connector }[] = [];
  let rest = text;
  for (const connector of CONNECTORS) {
    const g = new RegExp(connector.written.source, 'gi');
    for (const m of rest.matchAll(g)) found.push({ at: m.index ?? 0, connector });
    rest = rest.replace(g, (s) => ' '.repeat(s.length));
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.connector))];
}

/** Connector names in the text, in the order written, each once. */
export function connectorsIn(text: string): string[] {
  return namedIn(text).map((c) => c.name);
}

/**
 * Other ways titles write a connector's name ("Type-C" for USB-C, "DP" for DisplayPort), for a wish
 * stated as text: the one table of them (a port asked, a cable's ends, a spec token).
 */
const SPELLINGS: Record<string, string[]> = {
  'usb-c': ['Type-C', 'USB Type-C', 'Type C', 'USB C', 'USBC'],
  displayport: ['DP', 'Display Port'],
  'mini displayport': ['Mini DP', 'miniDP'],
  'usb-a': ['Type-A', 'Type A', 'USB Type-A', 'USB A'],
  'micro usb': ['Micro-USB', 'MicroUSB'],
  'mini usb': ['Mini-USB', 'MiniUSB'],
};

/** The other spellings of a connector's name; none for other words. */
export function connectorSpellings(name: string): string[] {
  return SPELLINGS[name.trim().toLowerCase()] ?? [];
}

/** Connectors the text names or describes ("the aerial socket in the wall" is a coax one), in the order said. */
export function connectorsMeant(text: string): string[] {
  const said = CONNECTORS.flatMap((c) => {
    const m = c.said ? new RegExp(c.said.source, 'i').exec(text) : null;
    return m ? [{ at: m.index, end: m.index + m[0].length, name: c.name }] : [];
  });
  // "headphone jack" says a 3.5mm socket; its "jack" names no connector of its own.
  const written = namedIn(text).map((c) => ({ at: text.search(new RegExp(c.written.source, 'i')), name: c.name }))
    .filter((w) => !said.some((s) => w.at >= s.at && w.at < s.end));
  return [...new Set([...written, ...said].sort((a, b) => a.at - b.at).map((c) => c.name))];
}

/** Video connectors in the text, best-ranked first (see Connector.videoRank). */
export function videoConnectorsIn(text: string): string[] {
  return namedIn(text).filter((c) => c.videoRank !== undefined).sort((a, b) => a.videoRank! - b.videoRank!).map((c) => c.name);
}

/**
 * The connector a phrase names for a socket ("the headphone jack of my phone", "the HDMI port"),
 * by a phrase people say or by its name: the earliest in the table when it names more than one.
 * A phrase that names no socket but a device with a known port ("my iPhone") names that port.
 */
export function connectorSaid(phrase: string): Connector | undefined {
  const named = namedIn(phrase);
  return CONNECTORS.find((c) => c.said?.test(phrase) || named.includes(c)) ?? CONNECTORS.find((c) => c.portOf?.test(phrase));
}


/**
 * Every connector's name as a regex source, a generation written after it included ("USB 3.2"),
 * for the vocabularies of names that are never a maker's (standards.ts, product-kind.ts).
 */
export const CONNECTOR_NAME_SOURCES: readonly string[] = CONNECTORS.map((c) =>
  `(?:${c.written.source.replace(/\\b/g, '')})${c.generation ? `(?:${c.generation})?` : ''}`);

/** A word (or hyphenated word) that is a connector or standard's name: never a maker. */
export function isConnectorWord(word: string): boolean {
  const w = word.replace(/[^\w.-]+$/, '');
  return CONNECTORS.some(({ written }) => new RegExp(`^(?:${written.source})$`, 'i').test(w));
}

/**
 * The two ends of an "X to Y" product ("USB-C to Lightning cables", "DisplayPort Male to HDMI Female
 * Converter"): the last connector before "to" and the first after it; undefined when either is none.
 */
export function connectorEnds(text: string): [string, string] | undefined {
  const ends = endsAroundTo(text);
  return ends && ends[0] !== ends[1] ? ends : undefined;
}

/** "USB-C to USB-C cable": the one plug a text names on both sides of its "to"; undefined for two plugs or none. */
export function sameEnds(text: string): string | undefined {
  const ends = endsAroundTo(text);
  return ends && ends[0] === ends[1] ? ends[0] : undefined;
}

/** The last connector before a text's "to" and the first after it (up to a comma, dash or bracket); undefined when either is none. */
function endsAroundTo(text: string): [string, string] | undefined {
  const m = /^(.*?)\bto\b(.*)$/i.exec(text);
  if (!m) return undefined;
  const from = connectorsIn(m[1]!).pop();
  const to = connectorsIn(m[2]!.split(/,|\s-\s|\(/)[0]!)[0];
  return from && to ? [from, to] : undefined;
}

/**
 * A title showing one plug at both ends: "USB-C to USB-C" names it on each side of its "to"; a title
 * with no "to" names it alone ("USB-C Cable"). A "USB-C to Lightning" cable is none.
 */
export function showsPlugAtBothEnds(title: string, plug: string): boolean {
  const sides = title.split(/,| - /)[0]!.split(/\s+to\s+/i);
  return sides.length >= 2 ? sides.every((side) => connectorsIn(side).includes(plug)) : connectorsIn(sides[0]!).length > 0 && connectorsIn(sides[0]!).every((c) => c === plug);
}

/** A plain "USB" end is met by any USB plug (USB-A, USB-C, Micro USB, Mini USB). */
const MEETS: Record<string, string[]> = { USB: ['USB', 'USB-A', 'USB-B', 'USB-C', 'Micro USB', 'Mini USB'] };

/** Whether a title names the connector, or for a plain "USB" any USB plug (a "Micro HDMI" is no HDMI). */
export function namesConnector(title: string, name: string): boolean {
  const have = connectorsIn(title);
  return (MEETS[name] ?? [name]).some((c) => have.includes(c));
}

/** Whether a title shows both ends asked for, in either order (cables are named from either end). */
export function showsEnds(title: string, ends: readonly [string, string]): boolean {
  return ends.every((end) => namesConnector(title, end));
}

/**
 * "it needs an HDMI socket on the other end": the end a request asks to be a socket (female), for a
 * plug the shopper already has; undefined unless the phrase names a known connector.
 */
export function socketEndAsked(text: string): string | undefined {
  const m = /\b(?:an?|one)\s+([\w.+-]+(?:\s[\w.+-]+)?)\s+(?:socket|female(?:\s+(?:socket|port|plug|connector))?)\s+(?:on|at)\s+(?:the|one|its)\s+(?:other\s+)?(?:end|side)\b/i.exec(text);
  return m ? connectorSaid(m[1]!)?.name : undefined;
}

/** Whether a title names the connector as a socket: "HDMI Female", "Female HDMI", "HDMI Socket". */
export function namesSocket(title: string, name: string): boolean {
  const written = CONNECTORS.find((c) => c.name === name)?.written.source;
  return written !== undefined && new RegExp(`(?:${written})\\s+(?:female|socket)\\b|\\bfemale\\s+(?:to\\s+)?(?:${written})`, 'i').test(title);
}
