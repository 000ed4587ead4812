/**
 * Other models of the named product's line turned down by name, wherever the request says so: "it has to be the regular ATX
 * size, not the Pop Mini or the Pop XL" beside the Fractal Pop Air RGB; "neither are the Define 7 Compact or Nano". Each name
 * that shares a word with the product asked for (so it is another model of its line, not some other thing the sentence
 * mentions) is a title the picks must not name whole. A name the wanted product's own title holds is left to withoutSelfRefusals.
 */
import { containsAllTokens, tokens } from '../checklist/text';
import { isNameWord } from './named-products';
import { kindOfWord } from './product-kind';
import { withoutStandardNames } from './standards';
import type { TitleWish } from './title-wishes';

/** A word that turns down what follows it. */
const REFUSAL_CUE = /\b(?:not|nor|neither|never|no|except|excluding|rather\s+than|instead\s+of)\s+(?:(?:are|is)\s+)?/gi;

/** The names a refusal lists, up to the end of its clause: "the Pop Mini or the Pop XL" -> ["Pop Mini", "Pop XL"]. */
// ("not the Mark II and not the R5 C cinema version": each name up to the next cue, and a name's plain words after it, "cinema", are no part of it.)
function namesListed(clause: string): string[] {
  return clause.split(/\s*,\s*|\s+(?:or|nor|and)\s+(?:not\s+|no\s+)?/).map((piece) => piece.trim().replace(/^(?:the|an?|any)\s+/i, '').replace(/\s+(?:version|edition|model|variant)s?$/i, '')
    .replace(/^((?:\S*[A-Z0-9]\S*\s+)*\S*\d\S*(?:\s+[A-Z]+)?)(?:\s+[a-z][a-z-]*)+$/, '$1'))
    .filter((piece) => piece.split(/\s+/).length <= 4 && piece.split(/\s+/).every(isNameWord));
}

/** A later generation said alone: "not the Mark II" of the Canon EOS R5. */
const GENERATION_ALONE = /^(?:Mark\s+)?(?:II|III|IV|V)$/;

/** Title wishes turning down the other models of the subject's line that the request names after a refusal cue. */
export function refusedLineModels(subject: string, text: string): TitleWish[] {
  const own = new Set(tokens(subject));
  const names = new Set<string>();
  for (const cue of text.matchAll(REFUSAL_CUE)) {
    const rest = text.slice(cue.index! + cue[0].length);
    const clause = rest.slice(0, rest.search(/[.;:!?](?=\s|$)|$/));
    for (const name of namesListed(clause)) {
      // "not the Mark II": the line's later generation, named after the model it follows ("R5 Mark II"), as titles also
      // shorten it ("Canon EOS R5 II").
      const model = GENERATION_ALONE.test(name) ? subject.trim().split(/\s+/).filter((w) => /\d/.test(w)).pop() : undefined;
      if (model) {
        names.add(`${model} ${name}`);
        if (/^Mark\s/.test(name)) names.add(`${model} ${name.replace(/^Mark\s+/, '')}`);
        continue;
      }
      const words = tokens(name);
      // Another model of the line: it shares a word with the wanted one and adds one of its own.
      if (words.some((w) => own.has(w) && !/^\d+$/.test(w)) && words.some((w) => !own.has(w))) names.add(name);
    }
  }
  // (The name's words together, in order: "Meshify C Mini ... 2 Fans" does not name the Meshify 2 Mini.)
  return [...names].map((name) => ({ id: `not-variant:${tokens(name).join(' ')}`, label: `Not the ${name}`, met: (title: string) => !` ${tokens(title).join(' ')} `.includes(` ${tokens(name).join(' ')} `) }));
}

/**
 * "the Fractal Design Pop Mini Air RGB (Black TG) ..., the Micro ATX one with the glass side": a product named whole, every
 * word a name's, is asked for by that name even when the request goes on to describe it; a title lacking one of its words
 * (the Pop Air RGB) names another model of the line.
 */
export function wholeNameWish(subject: string): TitleWish | undefined {
  const words = subject.trim().split(/\s+/);
  // "Fractal Design PC Gaming Cases": a maker's things of a kind, any of them; "... Define 7 Case": the kind word is no title's.
  if (words.some((w) => kindOfWord(w) !== undefined && /s$/i.test(w))) return undefined;
  const name = words.filter((w) => kindOfWord(w) === undefined);
  // A name with a model number is matched by it, however titles write the rest ("RTX4070" of "GeForce RTX 4070 SUPER").
  if (name.length < 3 || !name.every(isNameWord) || name.some((w) => /\d/.test(w))) return undefined;
  // Standards in the name ("Micro ATX", "RGB") are written as shops like ("MATX"): the name's own words are what a title must carry.
  const named = withoutStandardNames(name.join(' ')).replace(/\s+/g, ' ').trim();
  if (named.split(/\s+/).length < 3) return undefined;
  return { id: `whole-name:${tokens(named).join(' ')}`, label: `Named ${named}`, met: (title: string) => containsAllTokens(title, named) };
}

/** "as long as it is the North XL": the one name the alternative must carry, whatever else changes. */
// ("as long as it's the North XL": the contraction too.)
const AS_LONG_AS_NAMED = /\bas\s+long\s+as\s+(?:it|the\s+new\s+one|the\s+alternative)(?:\s+(?:is|stays|remains)|['’]s)\s+(?:the|an?)\s+((?:[A-Z][\w!+-]*|\d[\w+-]*)(?:\s+(?:[A-Z][\w!+-]*|\d[\w+-]*)){0,3})/;

/** "Any console from the current Xbox Series generation is fine": the line any alternative must come from. */
const ANY_FROM_LINE = /\b[Aa]ny\s+[a-z]+\s+(?:from|of|in)\s+the\s+(?:(?:current|latest|newest|new|same)\s+)?((?:[A-Z][\w!+-]*|\d[\w+-]*)(?:\s+(?:[A-Z][\w!+-]*|\d[\w+-]*)){0,3})\s+(?:generation|series|line|range|family|lineup)\s+(?:is|would\s+be|will\s+be|works|will\s+do|would\s+do)\b/;

/** The title wish of a name the request says the product must be "as long as" it is, or the line any one of it may come from. */
export function keptNameWish(text: string): TitleWish | undefined {
  const name = AS_LONG_AS_NAMED.exec(text)?.[1] ?? ANY_FROM_LINE.exec(text)?.[1];
  return name ? { id: `kept-name:${tokens(name).join(' ')}`, label: `A ${name}`, met: (title: string) => containsAllTokens(title, name) } : undefined;
}
