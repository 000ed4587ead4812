/**
 * Graphics cards by what their chip can do (general knowledge, not any shop's data): the performance ladder of
 * recent desktop chips, and the features a chip generation brings. "the next performance tier above the RTX 4060"
 * is the RTX 4060 Ti; "Nvidia's frame generation" (DLSS 3) needs an RTX 40-series chip or later.
 */
import type { TitleWish } from './title-wishes';

/** Desktop graphics chips from slowest to fastest (gaming performance, rounded to tiers). */
const LADDER = [
  'GT 1030', 'GTX 1650', 'RTX 3050', 'RX 6600', 'RTX 3060', 'RTX 4060', 'RX 7600', 'RTX 3060 Ti', 'RTX 4060 Ti', 'RX 7700 XT',
  'RTX 4070', 'RX 7800 XT', 'RTX 4070 SUPER', 'RTX 4070 Ti', 'RX 7900 GRE', 'RTX 4070 Ti SUPER', 'RX 7900 XT', 'RTX 4080',
  'RX 7900 XTX', 'RTX 4080 SUPER', 'RTX 4090',
] as const;

/** A chip's words as a title writes them, spaced or not ("RTX4060 Ti", "RTX 4060 Ti"), and no higher tier after them. */
function chipPattern(chip: string): RegExp {
  const [series, number, ...tiers] = chip.split(' ');
  const tierWords = tiers.map((t) => String.raw`\s*${t}`).join('');
  // "RTX 4060" is not "RTX 4060 Ti": a tier word after the chip makes it another one.
  const higher = ['Ti', 'SUPER', 'XT', 'XTX', 'GRE'].filter((t) => !tiers.includes(t)).join('|');
  return new RegExp(String.raw`\b${series}\s?${number}${tierWords}\b(?!\s*(?:${higher})\b)`, 'i');
}

/** The chip a text names ("RTX 4060", "RTX4060 Ti"), the most specific one. */
function chipNamed(text: string): number {
  let found = -1;
  LADDER.forEach((chip, i) => {
    if (chipPattern(chip).test(text)) found = found < 0 || chip.length > LADDER[found]!.length ? i : found;
  });
  return found;
}

/** Where a title's graphics chip stands on the ladder (higher is faster for gaming); undefined for a chip it does not know. */
export function gpuTier(title: string): number | undefined {
  const at = chipNamed(title);
  return at >= 0 ? at : undefined;
}

/** The chip at a rung of the ladder ("RTX 4080 SUPER"). */
export function gpuChipAt(rung: number): string | undefined {
  return LADDER[rung];
}

/** A chip's maker line and generation ("RTX 4" of "RTX 4060 Ti"; GeForce GTX and RTX are one line). */
function family(chip: string): string {
  const [series, number] = chip.split(' ');
  return `${series!.replace(/^GTX$/, 'RTX')} ${number![0]}`;
}

/** "the next (performance) tier above the RTX 4060", "one step up from a 4060": the chip one rung up. */
const NEXT_TIER = /\bnext\s+(?:performance\s+)?(?:tier|step|level|model)\s+(?:up\s+)?(?:above|over|from|after)\s+(?:the\s+|a\s+|an\s+)?([A-Z]{2,3}\s?\d{3,4}(?:\s+(?:Ti|SUPER|XT|XTX|GRE))*)|\bone\s+(?:tier|step|level)\s+up\s+from\s+(?:the\s+|a\s+|an\s+)?([A-Z]{2,3}\s?\d{3,4}(?:\s+(?:Ti|SUPER|XT|XTX|GRE))*)/i;

/** "Nvidia's frame generation", "DLSS 3": an RTX 40-series chip or later. */
const FRAME_GENERATION = /\b(?:nvidia['’]?s?\s+)?frame\s+gen(?:eration)?\b|\bDLSS\s*3(?:\.\d)?\b/i;

/** Title wishes a graphics card request's chip words make. */
export function gpuTierWishes(text: string, kind: string | undefined): TitleWish[] {
  if (kind !== 'gpu') return [];
  const wishes: TitleWish[] = [];
  const next = NEXT_TIER.exec(text);
  const from = next ? chipNamed(next[1] ?? next[2] ?? '') : -1;
  // The next rung of the same maker's same generation ("RTX 4060" -> "RTX 4060 Ti", not another maker's or an older chip).
  const chip = from >= 0 ? LADDER.slice(from + 1).find((c) => family(c) === family(LADDER[from]!)) : undefined;
  if (chip) {
    const re = chipPattern(chip);
    wishes.push({ id: `gpu-tier:${chip.toLowerCase()}`, label: `The next tier above the ${LADDER[from]}: ${chip}`, met: (title) => re.test(title) });
  }
  if (FRAME_GENERATION.test(text)) wishes.push({ id: 'gpu-feature:frame-generation', label: 'Frame generation (DLSS 3): an RTX 40-series chip or later', met: (title) => /\bRTX\s?[45]0\d0/i.test(title) });
  return wishes;
}
