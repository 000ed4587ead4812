/**
 * "four monitors running off one graphics card ... a card with enough outputs for all four": the
 * screens a request says one card must drive, and the video outputs a card's title lists ("HDMI, 3 DP",
 * "4 miniDP 1.4", "2 x HDMI, 2 x DP"), counted as shops write them.
 */
import type { TitleWish } from './title-wishes';
import { countValue, COUNT_WORD } from '../checklist/items/part-count';

/** "four monitors", "3 screens", "two displays" said with a card to run, drive or connect them. */
const SCREENS = new RegExp(String.raw`\b(${COUNT_WORD})\s+(?:monitors?|screens?|displays?)\b`, 'i');
const ONE_CARD_DRIVES = /\b(?:running|run|runs|drive|drives|driving|power|powering|connect|connecting|plug|outputs?|hook\s+up)\b/i;

/** A video output a title names, with the count written before it ("3 DP", "2 x HDMI"). */
const OUTPUT = /(?:\b(\d)\s*(?:x\s*)?)?\b(?:mini[\s-]?DP|mini\s+DisplayPort|DisplayPort|DP|HDMI|DVI(?:-[DI])?|VGA)\b/gi;

/** The video outputs a card's title lists, adapters in brackets left out; 0 when it lists none. */
export function titleVideoOutputs(title: string): number {
  const listed = title.replace(/\([^)]*\)/g, ' ');
  let total = 0;
  for (const m of listed.matchAll(OUTPUT)) total += m[1] ? Number(m[1]) : 1;
  return total;
}

/** The number of screens one card must drive, when the request says so; undefined otherwise. */
export function screensToDrive(text: string): number | undefined {
  const m = SCREENS.exec(text);
  const n = m ? countValue(m[1]!) : 0;
  return n >= 2 && ONE_CARD_DRIVES.test(text) ? n : undefined;
}

/** For a graphics card: a title listing at least that many video outputs. */
export function displayOutputsWish(text: string, kind: string | undefined): TitleWish | undefined {
  const n = kind === 'gpu' ? screensToDrive(text) : undefined;
  return n ? { id: `video-outputs:${n}`, label: `At least ${n} video outputs, one per screen`, met: (title) => titleVideoOutputs(title) >= n } : undefined;
}
