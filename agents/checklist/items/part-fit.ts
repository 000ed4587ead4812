/**
 * How big a part a product takes ("supports GPUs up to 360 mm", "331mm GPU & 280mm Radiator
 * Support", "radiators up to 360 mm in front, 420 mm up top"): the figures a text gives for one
 * part, so "a case that supports 330mm GPUs" is checked against the largest GPU the case takes.
 * A figure belongs to the part named right after it ("240 mm radiator") or else to the part the
 * sentence last named ("GPUs up to 335 mm").
 */
import { singular, tokens } from '../text';

/** Parts a product can take, with the words shops use for them (general knowledge). */
const PART_WORDS: Record<string, string> = {
  gpu: 'gpu', radiator: 'radiator', cooler: 'cooler', psu: 'psu', fan: 'fan', motherboard: 'motherboard', mainboard: 'motherboard',
};
const PHRASES: [RegExp, string][] = [[/\b(graphics|video) cards?\b/gi, 'gpu'], [/\bpower suppl(y|ies)\b/gi, 'psu']];

/** The part a word names ("GPUs" -> gpu), if any. */
export function partOfWord(word: string): string | undefined {
  const w = word.toLowerCase();
  // singular() keeps "-us" endings ("bus"), so "gpus" is cut here.
  return PART_WORDS[singular(w)] ?? PART_WORDS[w.replace(/s$/, '')];
}

const FIGURE = /^(\d+(?:\.\d+)?)(mm|cm)$/;
/** How many words may stand between a figure and the part it measures ("140 mm Aspect 14 fans"). */
const LOOK_AHEAD = 3;

/** Figures in millimetres the text gives for `part` ("gpu", "radiator"). */
export function partFigures(text: string, part: string): number[] {
  const out: number[] = [];
  for (const sentence of text.split(/[.;!?](?:\s|$)/)) {
    const words = tokens(PHRASES.reduce((t, [re, w]) => t.replace(re, w), sentence));
    const parts = words.map(partOfWord);
    words.forEach((w, i) => {
      const m = FIGURE.exec(w);
      if (!m) return;
      const scale = m[2] === 'cm' ? 10 : 1;
      const ahead = words.slice(i + 1, i + 1 + LOOK_AHEAD);
      const stop = ahead.findIndex((x) => FIGURE.test(x));
      const next = parts.slice(i + 1, i + 1 + (stop >= 0 ? stop : LOOK_AHEAD)).find(Boolean);
      const before = parts.slice(0, i).filter(Boolean).pop();
      if ((next ?? before) !== part) return;
      out.push(Number(m[1]) * scale);
      // "360/280 mm": the numbers before the slash share the unit.
      for (let j = i - 1; j >= 1 && words[j] === '/' && /^\d+(\.\d+)?$/.test(words[j - 1]!); j -= 2) out.push(Number(words[j - 1]) * scale);
    });
  }
  return out;
}
