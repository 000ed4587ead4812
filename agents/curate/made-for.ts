/**
 * Parts made for named products: "Fanless Case for ASUS PN51 and PN50", "USB-C Cable for Fractal Pop
 * & Focus 2 Cases Only". Where no standard (a socket, a memory generation, a connector) says what fits
 * a product, only such a statement does: a part naming the quoted product fits it, and a part made
 * only for others, or a case built for another board, does not.
 */
import type { ChecklistItem } from '../checklist/types';
import { decodeEntities, findPhrase, modelNumbers, tokens } from '../checklist/text';
import { socketOf } from './compatibility-keys';
import { kindOfWord, subjectKind, titleKinds } from './product-kind';
import { isStandardWord } from './standards';
import type { TitleWish } from './title-wishes';
/** Words of a statement that name no product ("7th Gen", "Select Models", "Only"). */
const PLAIN_WORDS = /^(the|all|most|select|selected|and|or|gen|generation|series|models?|only|use|systems?|boards?|devices?)$/i;

export interface MadeForStatement {
  /** The statement as the title writes it ("ASUS PN51 and PN50"). */
  text: string;
  /** "... Cases Only": made for the products named and no others. */
  only: boolean;
}

/**
 * The products a title says it is made for: the words after "for" ("designed for", "compatible
 * with"), up to the next comma, dash, bracket or "with" ("for ASUS PN51 and PN50 with AMD Ryzen").
 * Undefined when those words name no product ("for Gaming", "for Mini ITX Boards", "for Intel").
 */
export function madeForStatement(title: string): MadeForStatement | undefined {
  const name = decodeEntities(title);
  for (const m of name.matchAll(/\b(?:designed for|made for|compatible with|for use with|for)\s+([^,()]+?)(?=\s*(?:,|\(|\)| - | – |\bwith\b|\bw\/|$))/gi)) {
    const text = m[1]!.trim();
    if (namedProducts(text).length) return { text, only: /\bonly\b/i.test(text) };
  }
  return undefined;
}

/**
 * The products a statement names, each as its identifying words: a model number ("PN51", "2S") or
 * two words or more that are no kind, standard (standards.ts: a form factor, a connector) or plain
 * word ("Fractal Pop", "Focus 2", "Intel NUC"). A maker alone ("Intel") or a standard ("LGA1700",
 * "Mini ITX") names a platform, not a product.
 */
export function namedProducts(statement: string): string[][] {
  return statement.split(/\s*(?:&|\band\b|\bor\b|\/|\+|,)\s*/i).map((part) => part.split(/\s+/)
    .filter((w) => w && kindOfWord(w.replace(/[^\w-]/g, '')) === undefined && !isStandardWord(w) && !PLAIN_WORDS.test(w) && !socketOf(w))
    .flatMap(tokens).map((t) => t.replace(/^(\d+)(?:st|nd|rd|th)$/, '$1')))
    .filter((words) => words.length >= 2 || (words.length === 1 && modelNumbers(words[0]!).length > 0));
}

/**
 * The names a part made for this product would call it by: the model numbers of the title's naming
 * segments (the leading one, and those naming a part it is built from: "Asus PN51 Case" of a mini
 * PC), else a line name with its number ("Focus 2" of "Fractal Design Focus 2 (Black TG) Gaming Case").
 */
export function fitNames(title: string): string[] {
  const segments = decodeEntities(title).split(/,| - | – | w\/ /).map((s) => s.replace(/\([^)]*\)/g, ' ').trim());
  const naming = segments.filter((s, i) => i === 0 || titleKinds(s).length > 0);
  // "1x Pure Wings 3 PWM Fans": a count ("1x") names no model.
  const written = naming.flatMap((s) => s.split(/\s+/)).filter((w) => modelNumbers(w).length === 1 && !socketOf(w) && !/^\d+x$/i.test(w));
  const models = [...new Set(written.map((w) => w.replace(/[^\w-]/g, '')))];
  if (models.length) return models;
  const lead = segments[0]!.split(/\s+/);
  const kindAt = lead.findIndex((w) => kindOfWord(w.replace(/[^\w-]/g, '')) !== undefined);
  const line = kindAt < 0 ? lead : lead.slice(0, kindAt);
  // "Focus 2": the last word with its number; a plain word alone ("North") names too little to look for.
  const at = line.findIndex((w, i) => i >= 2 && /^\d{1,2}$/.test(w) && /^[A-Z][a-z]+$/.test(line[i - 1]!));
  return at > 0 ? [`${line[at - 1]} ${line[at]}`] : [];
}

/**
 * Whether a title's "for ..." statement names the quoted product: by one of its names, or by words
 * its title carries ("for Maker ROG Strix Boards" of a "Maker ROG Strix B650-I").
 */
export function namesQuoted(statement: MadeForStatement, quotedTitle: string): boolean {
  const quoted = new Set(tokens(quotedTitle));
  return fitNames(quotedTitle).some((name) => findPhrase(statement.text, name) !== undefined)
    || namedProducts(statement.text).some((words) => words.every((w) => quoted.has(w)));
}

/** Kinds built around one board, so made for the boards they name and no others. */
const HOUSES_A_BOARD = new Set(['case', 'enclosure']);

/**
 * A part made for other products than the quoted one: it says "only" ("for Fractal Meshify Lite
 * Cases Only"), or it is a case built for named boards ("Case for Tinker Board 2/2S") and the quoted
 * product is none of them. Undefined names on either side decide nothing.
 */
export function madeForOthers(title: string, quotedTitle: string): boolean {
  const statement = madeForStatement(title);
  if (!statement || !fitNames(quotedTitle).length || namesQuoted(statement, quotedTitle)) return false;
  return statement.only || titleKinds(title).some((k) => HOUSES_A_BOARD.has(k));
}

/**
 * For a part of another kind than the quoted product, where no standard says what fits it (the
 * caller knows): a part naming the quoted product confirms the fit; one that does not say stays
 * unconfirmed, not failed, so the confirmed ones are the answer when any shop has one.
 */
/** Kinds that hold or carry a device, which no device is made for. */
const HOLDERS = new Set(['mount', 'bag']);

export function madeForItems(quotedTitle: string, subjects: readonly string[]): ChecklistItem[] {
  const target = fitNames(quotedTitle)[0];
  const quotedKinds = titleKinds(quotedTitle);
  const asked = subjects.map(subjectKind).filter((k): k is string => k !== undefined);
  // A mount or bag holds devices made for no one mount: the device is asked, the holder quoted.
  if (!target || !asked.length || asked.some((k) => quotedKinds.includes(k)) || quotedKinds.some((k) => HOLDERS.has(k))) return [];
  return [{ kind: 'compatible-with', id: `compatible:${target.toLowerCase()}`, label: `Made for ${target}`, target, hard: true, origin: 'request' }];
}

/** "mini PCs whose board this case is made for", "the PCs this case was designed for": the request asks for what the quoted part names. */
const ASKS_WHAT_IT_IS_MADE_FOR = /\b(?:this|the|that)\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were)\s+(?:made|designed|built|meant|intended)\s+for\b/i;

/**
 * "USB-C Cable for Fractal Meshify Lite Cases Only": asked for products of the kind its statement
 * names, a part fits those it names and no others, so a title must carry every word of one of them
 * ("Fractal Design Meshify 2 Lite (Black TG) Gaming Case"); the same words are searched. So when the
 * request asks for what the quoted part is made for, whatever kind its statement names.
 */
export function madeForKinds(quotedTitle: string, askedKinds: readonly string[], requestText = ''): { wish: TitleWish; queries: string[] } | undefined {
  const statement = madeForStatement(quotedTitle);
  const products = statement ? namedProducts(statement.text) : [];
  if (!statement || !products.length || !(titleKinds(statement.text).some((k) => askedKinds.includes(k)) || ASKS_WHAT_IT_IS_MADE_FOR.test(requestText))) return undefined;
  const met = (title: string) => {
    const words = new Set(tokens(decodeEntities(title)));
    return products.some((product) => product.every((w) => words.has(w)));
  };
  return { wish: { id: `made-for:${statement.text.toLowerCase()}`, label: `Among those the quoted part is made for: ${statement.text}`, met }, queries: products.map((p) => p.join(' ')) };
}
