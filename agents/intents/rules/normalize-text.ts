/**
 * Text normalisation shared by the lexicon builder and the extractor, so that lexicon entries and
 * requests meet in the same form: lower case, apostrophes dropped ("don't" -> "dont", as the
 * Reddit requests are written), other punctuation to spaces. "&" and "+" are kept because they
 * carry meaning ("r&b", "2005+"); " | " separates sentences and is kept as its own token.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}&+|$€£¥.,\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lexicon form: like normalizeText, plus hyphens and dots to spaces ("hip-hop" -> "hip hop"). */
export function normalizeTerm(text: string): string {
  return normalizeText(text)
    .replace(/[-.,|$€£¥]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
