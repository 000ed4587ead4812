import type { CheckedRecord, Evidence, ItemKind, Verdict } from '../types';

type Outcome = Pick<Verdict, 'status' | 'reason'>;
import { isProduct, textFields } from '../fields';
import { escapeRe, findNear, findPhrase } from '../text';
import { findWordForm } from './word-forms';

/** First field (name, specs, options, categories, description) where the words occur: as written, in another form, or close together. */
export function findInRecord(record: CheckedRecord, text: string, notBefore: readonly string[] = [], asPhrase = false): Evidence | undefined {
  const fields = notBefore.length ? withoutPartPhrases(textFields(record), text, notBefore) : textFields(record);
  for (const [field, value] of fields) {
    const snippet = findPhrase(value, text);
    if (snippet) return { field, value: snippet };
  }
  for (const [field, value] of fields) {
    const snippet = findWordForm(value, text);
    if (snippet) return { field, value: snippet };
  }
  if (asPhrase) return undefined;
  for (const [field, value] of fields) {
    const snippet = findNear(value, text);
    if (snippet) return { field, value: snippet };
  }
  return undefined;
}

/** "Cellular : No", "Wi-Fi: None": a spec row that denies one of the words. */
function deniedInRecord(record: CheckedRecord, words: readonly string[]): Evidence | undefined {
  const denied = new RegExp(`\\b(?:${words.map(escapeRe).join('|')})\\s*:\\s*(?:no|none|not (?:included|supported|available))\\b`, 'i');
  for (const [field, value] of textFields(record)) {
    const m = denied.exec(value);
    if (m) return { field, value: m[0] };
  }
  return undefined;
}

/**
 * The fields with every "<word> <part word>" phrase blanked, the word being the wish's first ("White"
 * of "white", "RGB" of "RGB fans"): there it describes another part ("2 White LED Fans", "RGB Strip").
 */
function withoutPartPhrases(fields: [string, string][], text: string, notBefore: readonly string[]): [string, string][] {
  const word = text.trim().split(/\s+/)[0]!;
  const phrase = new RegExp(`\\b${escapeRe(word)}(?:\\s+\\d+\\s?(?:mm|cm))?\\s+(?:${notBefore.map(escapeRe).join('|')})\\b`, 'gi');
  return fields.map(([field, value]) => [field, value.replace(phrase, ' ')]);
}

/** A product's name before its first comma or dash: the model, without the specs listed after it. */
function modelName(record: CheckedRecord): string {
  const name = isProduct(record) ? record.name ?? '' : '';
  return name.split(/,| - | – /)[0] ?? '';
}

/** A record with a description or specs was read in full; a bare listing card may just not say. */
export function readInFull(record: CheckedRecord): boolean {
  return 'artist' in record || Boolean(record.description) || Object.keys(record.specs).length > 0;
}

/** Words found nowhere: settled on a page read in full, still open on a bare listing card. */
function notMentioned(record: CheckedRecord, text: string, settled: 'pass' | 'fail'): Outcome {
  return readInFull(record)
    ? { status: settled, reason: `"${text}" is not mentioned anywhere on the page` }
    : { status: 'unknown', reason: `"${text}" is not in the listing; the product page was not read` };
}

export const attributePresent: ItemKind<'attribute-present'> = {
  kind: 'attribute-present',
  appliesTo: 'any',
  verify(item, record) {
    // A spec table row saying the feature is missing ("Cellular : No") is no mention of it.
    const denial = deniedInRecord(record, [item.text, ...(item.anyOf ?? [])]);
    if (denial) return { status: 'fail', evidence: denial, reason: `the page says "${denial.value}"` };
    for (const words of [item.text, ...(item.anyOf ?? [])]) {
      // "a proper ATX one": "M-ATX" and "Micro ATX" name other sizes, no mention of ATX. (Only the size as the shopper writes
      // it, in capitals: a lower-case "atx" is a word read out of another name, "E-ATX", which that name must still meet.)
      const evidence = SMALLER_NAME_BEFORE[words.toLowerCase()] && words === words.toUpperCase() ? findNotInSmallerName(record, words) : findInRecord(record, words, item.notBefore, item.asPhrase);
      if (evidence) return { status: 'pass', evidence, reason: words === item.text ? `"${item.text}" is mentioned` : `"${words}" is mentioned, which counts as ${item.text}` };
    }
    const name = modelName(record);
    for (const words of item.inModelName ?? []) {
      const snippet = findPhrase(name, words);
      if (snippet) return { status: 'pass', evidence: { field: 'name', value: snippet }, reason: `the model's name carries "${words}", which counts as ${item.text}` };
    }
    // "the black Helios": a maker names the colour of its other editions ("Helios RGB White"), seldom of the usual
    // one; a board names its size when it is not the usual ATX.
    // Read in full and naming no other choice, the page describes the usual one; a listing card alone leaves it open.
    if (item.defaultUnlessNamed && !item.defaultUnlessNamed.some((w) => findInRecord(record, w, item.notBefore))) {
      return readInFull(record)
        ? { status: 'pass', reason: `the page names no other choice, and "${item.text}" is how such products usually come` }
        : { status: 'unknown', reason: `the listing names no other choice; "${item.text}" is how such products usually come` };
    }
    return notMentioned(record, item.text, 'fail');
  },
};

/**
 * Words that, right before a refused name, make a longer name of another thing: a "Micro ATX" or "E-ATX" case is no ATX
 * one (general knowledge of the board standards, the one name refused this way in requests).
 */
const LONGER_NAME_BEFORE: Record<string, string> = { atx: String.raw`\b(?:micro|mini|thin\s+mini|e|xl|u|m|extended)[\s-]?` };

/**
 * Words that, right before a wanted name, make the name of a smaller thing: a "Micro ATX" or "M-ATX" board is no ATX one. (A
 * larger one, "E-ATX", is left alone: a case made for it holds an ATX board as well.)
 */
const SMALLER_NAME_BEFORE: Record<string, string> = { atx: String.raw`\b(?:micro|mini|thin\s+mini|u|m)[\s-]?` };

/** Where a name is written on its own, not as the end of a smaller thing's name ("ATX" of "Micro ATX", "M-ATX"). */
function findNotInSmallerName(record: CheckedRecord, text: string): Evidence | undefined {
  const own = new RegExp(String.raw`(?<![\w/])(?<!${SMALLER_NAME_BEFORE[text.toLowerCase()]!})${escapeRe(text)}(?![\w+-])`, 'i');
  for (const [field, value] of textFields(record)) {
    const m = own.exec(value);
    if (m) return { field, value: m[0] };
  }
  return undefined;
}

export const attributeAbsent: ItemKind<'attribute-absent'> = {
  kind: 'attribute-absent',
  appliesTo: 'any',
  verify(item, record) {
    // "anything but white": "White LED" names the lights' colour, not the product's (notBefore).
    // "nothing in it may glow": no spelling of the thing may be mentioned ("RGB", "ARGB", "LED").
    // "not the Wi-Fi model": its title names it; the wanted 5G model's page mentions Wi-Fi too.
    if (item.inTitle) {
      const name = isProduct(record) ? record.name ?? '' : '';
      for (const text of [item.text, ...(item.anyOf ?? [])]) {
        // "Tab S9 FE" is not named by "Tab S9 FE+": a "+" or a letter after the name makes another model.
        // "White TG" is not named by "(Black/White TG)": a slash joins a two-tone edition's colours into another name.
        // "SO-DIMM" names "SODIMM" too: a hyphen or a space between the name's parts may be written or not.
        const before = LONGER_NAME_BEFORE[text.toLowerCase()];
        // ("not the B760M GAMING X without the AX": "B760M GAMING X AX" is another name; notBefore holds the words that make it one.)
        const longer = item.notBefore?.length ? String.raw`(?!\s+(?:${item.notBefore.map(escapeRe).join('|')})\b)` : '';
        // ("not laptop SODIMMs": an acronym's plural names what titles write singular, "SODIMM Memory".)
        const stem = /[A-Z]s$/.test(text) ? `${escapeRe(text.slice(0, -1))}s?` : escapeRe(text);
        const named = new RegExp(String.raw`(?<![\w/])${before ? `(?<!${before})` : ''}${stem.replace(/[\s-]+/g, String.raw`[\s-]*`)}(?![\w+])${longer}`, 'i').exec(name);
        if (named) return { status: 'fail', evidence: { field: 'name', value: named[0] }, reason: `the title names "${text}"` };
      }
      return { status: 'pass', reason: `the title does not name "${item.text}"` };
    }
    for (const text of [item.text, ...(item.anyOf ?? [])]) {
      const evidence = findInRecord(record, text, item.notBefore);
      if (evidence) return { status: 'fail', evidence, reason: `"${text}" is mentioned` };
    }
    return notMentioned(record, item.text, 'pass');
  },
};
