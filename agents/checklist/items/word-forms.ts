/**
 * Other spellings of a one-word wish that shops use: a version glued on ("SATA" in "SATA3", "USB" in
 * "USB3", "PCIe" in "PCIe4") and a word split by a hyphen ("wifi" in "Wi-Fi", "esports" in
 * "e-sports"). A wish that carries its own version ("DDR5") must match that version exactly.
 */
import { tokens } from '../text';

export function findWordForm(text: string, wish: string): string | undefined {
  const want = tokens(wish);
  if (want.length !== 1 || !/^[a-z]{2,}$/.test(want[0]!)) return undefined;
  const word = want[0]!;
  const have = tokens(text);
  for (let i = 0; i < have.length; i++) {
    // "SATA3", "USB3.2", and in Roman numerals "SATAIII": a standard with its version run on.
    const versioned = have[i]!.startsWith(word) && /^(?:\d+(\.\d+)?|ii|iii|iv)$/.test(have[i]!.slice(word.length));
    const split = have[i + 1] !== undefined && have[i]! + have[i + 1]! === word;
    if (versioned || split) return have.slice(Math.max(0, i - 3), i + 4).join(' ');
  }
  return undefined;
}
