/**
 * Product names as people copy them into a request, wherever they stand in it: a run of capitalised
 * words and model numbers ("Corsair iCUE LINK RX120 RGB", "Asus ROG Strix B550-F Gaming", "Corsair
 * 3500X", "DHI-LM32-U400P"). The request's shape readings look for a name where a sentence's grammar
 * puts it; this finds one in a note, a copied parts-list line or a question, where no grammar does.
 */
import { modelNumbers } from '../checklist/text';
import { isColourWord } from './colour-words';

export interface NamedProduct {
  name: string;
  /** Where the name starts in the text, and where it ends. */
  index: number;
  end: number;
  /** Said as what is not wanted: "not the RX140", "NOT the iCUE LINK 3500X RGB", "rather than the 5000D". */
  refused: boolean;
}

/** A word of a name: capitalised, a figure or model number, or a maker's mixed-case line ("iCUE", "be quiet!" aside). */
const NAME_WORD = /^(?:[A-Z0-9][\w+!./-]*|[a-z]+[A-Z][\w+-]*)$/;
/** Words that open a sentence with a capital and name nothing ("My Razer Huntsman Elite", "For this AM5 board ..."). */
const SENTENCE_OPENER = /^(?:I|A|An|The|It|We|You|My|Our|Your|His|Her|Their|This|That|These|Those|For|If|So|And|But)$/;

/** Whether a word can be part of a product's name as people write it (capitalised, a model number, or "iCUE"-style mixed case). */
export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word);
}

/** Whether a capitalised word only opens its sentence and is no maker's or product's name. */
export function opensSentence(word: string): boolean {
  return SENTENCE_OPENER.test(word);
}

/** Capitalised words that open sentences or stand for the writer, no part of a name. */
const NO_NAME = /^(?:The|A|An|It|Its|Is|Are|I|I'm|My|Our|We|You|Your|This|That|These|Those|Not|NOT|No|NO|And|Or|But|If|So|Then|Also|Just|Only|Find|Please|Does|Do|Did|Can|Could|Would|Will|Should|What|Which|Where|When|Why|How|Who|Yes|OK|Ok|Hello|Hi|Dear|Thanks|Note|RAM|CPU|GPU|PC|PSU|SSD|HDD|LCD|LED|RGB|ARGB|PWM|USB|TDP|E-ATX|ATX|EATX)$/;
/** A screen size said before a name ("25-inch", "23.8-inch"), which titles write as they like ("BENQ 25 IPS MONITOR"); a capacity ("2TB") stays. */
const LEADING_FIGURE = /^\d+(?:[.,]\d+)?(?:-?(?:inch|in|"))$/i;
/** A generation, size or standard, never a model number on its own ("DDR5", "AM4", "LGA1700", "PCIe4", "Wi-Fi7", "3x"). */
const STANDARD_TOKEN = /^(?:ddr\d|gddr\d\w?|am\d|lga\d+|pcie\d*|gen\d|usb\d*|wi-?fi\d*|\d{1,2}x|x\d+|\d+(?:st|nd|rd|th))$/i;
/** A chipset ("Z790", "B550"): a model number only within a maker's name ("Asus ROG Strix B550-F Gaming"), alone a standard. */
// (A lower-case letter after the figures is a model's, no chipset's: Corsair's "H150i".)
const CHIPSET = /^[abhqxzABHQXZ]\d{3}[A-Z]?$/;
/** Said just before a name that is turned down: "not the", "NOT the", "no", "rather than", "instead of", "w/o", "not the X or". */
const REFUSED_BEFORE = /(?:\b(?:not|nor|never|no|except|excluding|without|unlike|than|instead\s+of)|\bw\/o)\s+(?:(?:the|an?|any|that|this)\s+)?(?:[\w+-]+\s+)?(?:[^,.;:()/"]*?\s(?:or|nor|and)\s+(?:the\s+)?)?$/i;

/** Said right after a name that is turned down: "is not the same thing", "is not it", "is a different one", "won't do". */
const REFUSED_AFTER = /^\W{0,2}\s*(?:is|are)\s+(?:not\s+(?:the\s+same(?:\s+thing)?|it|what\b|the\s+one)|a\s+different\b|out\b)|^\W{0,2}\s*(?:won't|will\s+not)\s+do\b/i;

/** Every product name in the text, in order; a name holds a model number that is no standard or figure. */
export function namedProducts(text: string): NamedProduct[] {
  const found: NamedProduct[] = [];
  // Words with their places; punctuation that ends a name (comma, full stop, colon, brackets, quotes, " / ") splits runs.
  const words = [...text.matchAll(/[^\s]+/g)].map((m) => ({ raw: m[0], index: m.index }));
  let run: { word: string; index: number }[] = [];
  const close = () => {
    // Leading sentence words ("Is the", "It will be") and screen sizes ("25-inch") are no part of it.
    while (run.length && (NO_NAME.test(run[0]!.word) || LEADING_FIGURE.test(run[0]!.word))) run = run.slice(1);
    const name = run.map((w) => w.word).join(' ');
    const models = modelNumbers(name).filter((m) => !STANDARD_TOKEN.test(m) && !(run.length === 1 && CHIPSET.test(m)));
    // "EVA-02": an edition's letters and number, which modelNumbers reads as a word and a figure.
    const coded = run.some((w) => /^[A-Z]{2,}-\d+$/.test(w.word));
    // "Asus ROG Ryujin II ARGB 360": a bare three- or four-figure number after a maker's and a line's words is the model.
    // "Pure Wings 2": a line's generation number after its words ends the name.
    const numbered = run.filter((w) => /^[A-Z][a-zA-Z]/.test(w.word)).length >= 2 && (run.some((w) => /^\d{3,4}$/.test(w.word)) || /^\d{1,2}$/.test(run[run.length - 1]!.word));
    // "... is settled: Asus ROG Strix Flare PNK LTD, the mechanical one": a field's value of three capitalised words or more names a product.
    const fielded = run.length >= 3 && /:\s*$/.test(text.slice(Math.max(0, run[0]!.index - 3), run[0]!.index));
    if (run.length && (models.length || numbered || coded || fielded)) {
      // "be quiet! Pure Wings 2": the maker that writes its name in lower case.
      const maker = /\bbe quiet!\s+$/i.exec(text.slice(Math.max(0, run[0]!.index - 12), run[0]!.index));
      const index = maker ? run[0]!.index - maker[0].length : run[0]!.index;
      // "the white Corsair iCUE 5000X RGB": a colour said right before the name says which edition.
      // "the older H150i ELITE CAPELLIX XT is not the same thing": turned down after the name too.
      const refused = REFUSED_BEFORE.test(text.slice(Math.max(0, index - 80), index)) || REFUSED_AFTER.test(text.slice(run[run.length - 1]!.index + run[run.length - 1]!.word.length));
      const colour = /\b([a-z]+)\s+$/.exec(text.slice(Math.max(0, index - 20), index))?.[1];
      // (A colour before a name turned down, "rather than the black P14 PST", is what the refusal's own reading takes.)
      const edition = colour && isColourWord(colour) && !refused ? `${colour} ` : '';
      const last = run[run.length - 1]!;
      found.push({ name: `${edition}${maker ? 'be quiet! ' : ''}${name}`, index, end: last.index + last.word.length, refused });
    }
    run = [];
  };
  for (const { raw, index } of words) {
    const opened = raw.replace(/^[("'“‘[]+/, '');
    const word = opened.replace(/[)"'”’\],.;:!?]+$/, '');
    if (opened !== raw) close();
    if (NAME_WORD.test(word)) run.push({ word, index: index + raw.indexOf(word) });
    else close();
    if (word !== opened) close();
  }
  close();
  return found;
}

/** The first product named and not turned down, or undefined. */
export function firstNamedProduct(text: string): NamedProduct | undefined {
  return namedProducts(text).find((n) => !n.refused);
}

/**
 * What a copied line says after the name, to the end of its sentence or quotation, its parts (split at " / ",
 * ";", " - ") joined as clauses: "- ARGB version w/ 3 fans pre-fitted" of "Corsair 3500X - ARGB version w/ 3 fans pre-fitted".
 */
export function saidAfterName(text: string, named: NamedProduct): string {
  const rest = text.slice(named.end);
  // "(DHI-LM32-U400P), sold in ...": a name in brackets ends its say there.
  if (/^\s*\)/.test(rest)) return '';
  const stop = rest.search(/["”]|[.!?](?=\s|$)/);
  return (stop >= 0 ? rest.slice(0, stop) : rest).replace(/[.!?]+\s*$/, '').split(/\s+\/\s+|;\s*|\s+-\s+/).map((p) => p.replace(/^[\s,:]+|[\s,:]+$/g, '')).filter(Boolean).join(', ');
}
