/**
 * Connector and interface standards (general knowledge, not any shop's data): "USB-C", "Lightning",
 * "HDMI" name a plug or port, never a maker, and an "X to Y" cable or adapter is defined by its two
 * ends: a USB-C cable without a Lightning end is no "USB-C to Lightning cable".
 */

/** Each connector as shops write it, most specific first ("Mini DisplayPort" is no plain DisplayPort). */
const CONNECTORS: [RegExp, string][] = [
  [/\bmini[ -]?(?:dp|displayport)\b/i, 'Mini DisplayPort'],
  [/\b(?:displayport|dp)\b/i, 'DisplayPort'],
  [/\bmini[ -]?hdmi\b/i, 'Mini HDMI'],
  [/\bmicro[ -]?hdmi\b/i, 'Micro HDMI'],
  [/\bhdmi\b/i, 'HDMI'],
  [/\b(?:usb[ -]?c|type[ -]?c)\b/i, 'USB-C'],
  [/\bmicro[ -]?usb\b/i, 'Micro USB'],
  [/\b(?:usb[ -]?a|type[ -]?a)\b/i, 'USB-A'],
  [/\busb\b/i, 'USB'],
  [/\blightning\b/i, 'Lightning'],
  [/\bthunderbolt\b/i, 'Thunderbolt'],
  [/\bdvi(?:-[adi])?\b/i, 'DVI'],
  [/\bvga\b/i, 'VGA'],
  [/\brca\b/i, 'RCA'],
  [/\b3[.,]5\s?mm\b/i, '3.5mm'],
  [/\b(?:ethernet|rj-?45)\b/i, 'Ethernet'],
  [/\bxlr\b/i, 'XLR'],
  [/\bsata\b/i, 'SATA'],
];

/** Connector names in the text, in the order written, each once. */
export function connectorsIn(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  let rest = text;
  for (const [re, name] of CONNECTORS) {
    const g = new RegExp(re.source, 'gi');
    for (const m of rest.matchAll(g)) found.push({ at: m.index ?? 0, name });
    rest = rest.replace(g, (s) => ' '.repeat(s.length));
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

/** A word (or hyphenated word) that is a connector or standard's name: never a maker. */
export function isConnectorWord(word: string): boolean {
  const w = word.replace(/[^\w.-]+$/, '');
  return CONNECTORS.some(([re]) => new RegExp(`^(?:${re.source})$`, 'i').test(w));
}

/**
 * The two ends of an "X to Y" product ("USB-C to Lightning cables", "DisplayPort Male to HDMI Female
 * Converter"): the last connector before "to" and the first after it; undefined when either is none.
 */
export function connectorEnds(text: string): [string, string] | undefined {
  const m = /^(.*?)\bto\b(.*)$/i.exec(text);
  if (!m) return undefined;
  const from = connectorsIn(m[1]!).pop();
  const to = connectorsIn(m[2]!.split(/,|\s-\s|\(/)[0]!)[0];
  return from && to && from !== to ? [from, to] : undefined;
}

/** A plain "USB" end is met by any USB plug (USB-A, USB-C, Micro USB). */
const MEETS: Record<string, string[]> = { USB: ['USB', 'USB-A', 'USB-C', 'Micro USB'] };

/** Whether a title shows both ends asked for, in either order (cables are named from either end). */
export function showsEnds(title: string, ends: readonly [string, string]): boolean {
  const have = connectorsIn(title);
  return ends.every((end) => (MEETS[end] ?? [end]).some((c) => have.includes(c)));
}
