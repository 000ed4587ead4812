/**
 * Who makes it, where it comes from and what it must fit: "from the yama brand", "by pluscase",
 * "from Home de Luxe", "made in Japan", "Honda ADV150", "for vivo y51", "compatible with Apple".
 * A shop ("from Amazon"), a material ("made from cotton"), a number or a category is not a maker.
 */
import type { Push } from './types';
import { COUNTRIES, DEVICE_MAKES, MARKETPLACES, MATERIALS, VEHICLE_MAKES } from './vocabulary';
import { span, STOP, tokenize, wordsAfter, type Token } from './words';

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[- ]/g, '[- ]')).join('|');
const COUNTRY_SET = new Set(COUNTRIES);
const NOT_A_MAKER = new Set([...MARKETPLACES, ...MATERIALS]);
const BRAND_NAMED_RE = /\b(?:(?:from|by)\s+(?:the\s+)?)?([\w&'-]+(?:\s[\w&'-]+){0,2}?)\s+brand\b|\bbrand(?:ed)?\s*(?:is|:|name)?\s+([\w&'-]+(?:\s[\w&'-]+)?)/gi;
const MAKER_CUE_RE = /\b(?:made by|sold by|manufactured by|from|by)\s+(?:the\s+)?/gi;
const MADE_IN_RE = new RegExp(`\\b(?:made in|produced in|imported from|from)\\s+(?:the\\s+)?(${alt(COUNTRIES)})\\b`, 'gi');
const VEHICLE_RE = new RegExp(`\\b(${alt(VEHICLE_MAKES)})\\b`, 'gi');
const FIT_CUE_RE = new RegExp(`\\b(?:for|fits?(?: with)?|fitting|compatible with|works with|suitable for)\\s+(?:the\\s+|my\\s+|an?\\s+)?(?=(${alt(DEVICE_MAKES)})\\b|[a-z]+\\d)`, 'gi');
/** Words that continue a model name: "iPhone 16 Pro Max", "infinix note 50 pro+ 5g". */
const MODEL_SUFFIX = /^(?:pro\+?|max|plus|ultra|mini|lite|promax|neo|prime|se|fe|edge|5g|4g)$/i;
const DEVICE_WORD = new RegExp(`^(?:${alt(DEVICE_MAKES)})$`, 'i');
const modelWord = (t: Token): boolean => /\d/.test(t.word) || MODEL_SUFFIX.test(t.word) || /^[A-Z]/.test(t.word) || DEVICE_WORD.test(t.word);
const SEARCH_BEFORE = /\b(?:offers?|deals?|prices?|search(?:ing)?|look(?:ing)?|shop(?:ping)?|alternatives?|substitutes?|options|listings?|results|find|show|me|need|want)\s+(?:(?:the|a|an|some|all|cheapest|best)\s+)*$/i;
const BRAND_SKIP = /^(?:a|an|the|any|this|that|same|known|good|name|other|one|which|what|its|their|reputable|trusted|popular|famous)$/i;

export function findMakers(text: string, push: Push): void {
  for (const m of text.matchAll(BRAND_NAMED_RE)) {
    // "Brand and resolution are open", "brand doesn't matter": the word is named, no brand given.
    if (m[2] !== undefined && /^(?:and|or|nor|does|do|doesn't|don't|isn't|is|are|aren't|can|matters?|not|whatever|of|or)\b/i.test(m[2])) continue;
    // "the German quiet-PC brand be quiet!": the words before "brand" describe the maker named after it.
    const namedAfter = m[1] !== undefined ? /^\s+(be quiet!?|[A-Z][\w!&-]*(?:\s[A-Z][\w!&-]*)?)/i.exec(text.slice(m.index + m[0].length)) : null;
    if (namedAfter && (/^be quiet/i.test(namedAfter[1]!) || /^[A-Z]/.test(namedAfter[1]!))) {
      const at = m.index + m[0].length + namedAfter[0].indexOf(namedAfter[1]!);
      push({ category: 'brand', name: 'brand', value: namedAfter[1]!.toLowerCase(), text: namedAfter[1]!, index: at });
      continue;
    }
    let words = (m[1] ?? m[2] ?? '').trim().split(/\s+/);
    // "perfumes from rc brand": the brand is what follows the last function word.
    const cut = words.map((w) => STOP.has(w.toLowerCase()) || BRAND_SKIP.test(w)).lastIndexOf(true);
    words = words.slice(cut + 1);
    if (!words.length || words.some((w) => /^(?:favou?rite|preferred|usual|own|trusted|reputable|known)$/i.test(w))) continue;
    const value = words.join(' ');
    const at = m.index + m[0].lastIndexOf(value);
    push({ category: 'brand', name: 'brand', value: value.toLowerCase(), text: text.slice(at, m.index + m[0].trimEnd().length), index: at });
  }
  for (const m of text.matchAll(MADE_IN_RE)) push({ category: 'attribute', name: 'country', value: m[1]!.toLowerCase(), text: m[0], index: m.index });
  const tokens = tokenize(text);
  for (const m of text.matchAll(VEHICLE_RE)) {
    const run = modelRun(wordsAfter(text, tokens, m.index + m[0].length, 3));
    const end = run.length ? run[run.length - 1]!.end : m.index + m[0].length;
    push({ category: 'attribute', name: 'vehicle', value: text.slice(m.index, end).toLowerCase(), text: text.slice(m.index, end), index: m.index });
  }
  for (const m of text.matchAll(FIT_CUE_RE)) {
    // "offers for the Galaxy S24", "looking for a Pixel 8": after a search word, "for" names the product itself.
    if (/^for/i.test(m[0]) && SEARCH_BEFORE.test(text.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const run = wordsAfter(text, tokens, at, 6);
    if (!run.length) continue;
    const maker = m[1] !== undefined;
    const model = modelRun(run.slice(1));
    const whole = [run[0]!, ...model];
    if (!maker && !/[a-z]/i.test(run[0]!.word)) continue;
    const s = span(text, whole);
    push({ category: 'option', name: 'compatibility', value: s.text.toLowerCase(), text: s.text, index: s.index });
  }
  for (const m of text.matchAll(MAKER_CUE_RE)) {
    // "made from cotton", "free from parabens", "ranging from": not a maker.
    if (/^from/i.test(m[0]) && /\b(?:made|free|away|apart|far|different|ranging|range|choose|select|pick|comes?|coming|ships?|shipped|imported)\s+$/i.test(text.slice(0, m.index))) continue;
    // "three metres from the sofa", "charge it from there": a distance or a place, not a maker.
    if (/^from/i.test(m[0]) && (DISTANCE_BEFORE.test(text.slice(0, m.index)) || PLACE_AFTER.test(text.slice(m.index + m[0].length)))) continue;
    // "protects my watch from bumps": what it guards against, not who makes it.
    if (/^from/i.test(m[0]) && /\b(?:protect(?:s|ing|ed)?|shield(?:s|ing)?|guard(?:s|ing)|shelter(?:s|ing)?|safe)\b[^,.;]*$/i.test(text.slice(0, m.index))) continue;
    const run = brandRun(text, wordsAfter(text, tokens, m.index + m[0].length, 4));
    if (!run.length) continue;
    const s = span(text, run);
    const value = s.text.toLowerCase();
    if (COUNTRY_SET.has(value) || NOT_A_MAKER.has(value) || /^\d/.test(value) || /\b(?:category|section|department|collection|series)$/i.test(value)) continue;
    // "from one of its DisplayPort outputs", "from two sides": a count of something, not a maker.
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|any|each|either|both|some|all|none|several|many|few)\b/i.test(value)) continue;
    // "from the last few years", "from the 80s", "by tonight": a time, not a maker.
    if (TIME_WORDS.test(value) || TIME_FROM.test(s.text)) continue;
    // "from the same Asus ROG range": the quoted product's maker, read from its page, not a name here.
    if (/^same\b/i.test(value)) continue;
    // "carry over from the old build": the shopper's own machine, no maker.
    if (/^(?:old|previous|current|last|new|other|first|second)\s+(?:build|rig|setup|pc|computer|system|machine|laptop|phone|one)$/i.test(value)) continue;
    // "from MSI's MAG line": the maker is the owner of the line; "from the Prime AP201 line" names none.
    // "from Samsung's flagship Galaxy S line": a possessive names the maker whatever follows.
    const line = /^([\w&-]+)['’]s\s+.*\b(?:line|range|lineup|family|edition|model)$/i.exec(value) ?? /^([\w&-]+)['’]s\s/i.exec(value);
    if (!line && /\b(?:line|range|lineup|family|edition|model)$/i.test(value)) continue;
    // "calibrates by itself", "made by hand", "side by side", "one by one", "ordered by mistake": how it is done or placed, not who makes it.
    // "a friend from his chess club", "the board from our lab": a person's own group or place, no maker.
    if (/^(?:his|her|my|our|their|your)\s/i.test(value)) continue;
    // "going by the cooling capacity", "judging by the reviews", "ranked by price": how things are compared, not who makes them.
    if (/^by/i.test(m[0]) && /\b(?:going|goes|go|judging|judged|measured|ranked|ranking|sorted|sorting|ordered|compared)\s+$/i.test(text.slice(0, m.index))) continue;
    // "swears by the Sandberg ...": trusts it, which names the product, not its maker alone.
    if (/^by/i.test(m[0]) && /\b(?:swears?|swore|sworn|swearing)\s+$/i.test(text.slice(0, m.index))) continue;
    // ("a refund from them", "nothing from it": a pronoun, no maker.)
    if (/^(?:it|them|my|your|our|him|her)sel(?:f|ves)$|^(?:hand|mistake|accident|chance|default|far|heart|post|email|it|them|him|her|us|me|you|there|here)$/i.test(value)) continue;
    if (/^by/i.test(m[0]) && /\b(\w+)\s+by\s+\1\b/i.test(text.slice(Math.max(0, m.index - 12), s.index + s.text.length))) continue;
    // "a plug by the skirting board", "by the window": beside a place, not a maker ("by the north face" still is one).
    if (/^by\s/i.test(m[0]) && (PLACE_AFTER.test(text.slice(m.index + 3)) || BESIDE_PLACE.test(text.slice(m.index + 3)))) continue;
    // "from room to room": a way moved, not a maker; "from the USB-A port of my charger": a socket.
    if (/^from/i.test(m[0]) && (SOCKET_WORD.test(value) || fromPlaceToPlace(text.slice(s.index + s.text.length), value))) continue;
    push({ category: 'brand', name: 'brand', value: line ? line[1]! : value, text: line ? s.text.slice(0, line[1]!.length) : s.text, index: s.index });
  }
}

/** A distance said just before "from": "three metres from the sofa", "5m away from". */
const DISTANCE_BEFORE = /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s*(?:m|cm|metres?|meters?|feet|foot|ft|yards?|inch(?:es)?)\s+(?:away\s+)?$|\baway\s+$/i;
/** Places, not makers: "from there", "from home", "from the sofa". */
const PLACE_AFTER = /^\s*(?:there|here|home|work|the wall|afar|above|below|abroad|anywhere|everywhere|(?:(?:the|my|our|his|her|their|your)\s+)?(?:sofa|couch|settee|bed|armchair|chair|desk|(?:work)?bench|table|floor|kitchen|garden|office|car|balcony|(?:living|other|next|spare)\s+room|bedroom|lounge|hallway|attic|garage)|(?:the\s+)?(?:front|back|rear|sides?|top|bottom|left|right|inside|outside|underneath|distance))\b/i;

/** What a thing stands by in a room: "by the skirting board", "by the window". */
const BESIDE_PLACE = /^\s*(?:the\s+)?(?:skirting\s+boards?|window|door|fireplace|radiator|tv|television|bedside|stairs|entrance)\b/i;

const SOCKET_WORD = /\b(?:ports?|sockets?|jacks?|outlets?|inputs?|outputs?|connectors?)$/i;

/** "(from) room to room", "(from) one room to another": what follows names the same place again. */
function fromPlaceToPlace(after: string, place: string): boolean {
  const to = /^\s+to\s+(?:(?:the|my|a|an)\s+)?([\w'-]+)/i.exec(after);
  return Boolean(to && (to[1]!.toLowerCase() === place.split(/\s+/).pop() || /^(?:another|other)$/i.test(to[1]!)));
}

const TIME_WORDS = /\b(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|era|times|ago|today|tonight|tomorrow|now|last|past|recent(?:ly)?|\d+'?s)\b/i;
/** "from the first evening", "from the start": a time written in lower case ("First Alert" is a maker). */
const TIME_FROM = /^(?:the\s+)?(?:very\s+)?(?:first|start|beginning|morning|evening|night|afternoon|weekend|outset)\b/;

/** The words of a model name after a maker: up to the last one that looks like part of a model. */
function modelRun(run: Token[]): Token[] {
  let last = -1;
  run.forEach((t, i) => { if (modelWord(t)) last = i; });
  return run.slice(0, last + 1);
}

/** A brand name after "from"/"by": its words, with "and" kept only inside a capitalised name ("Plains and Prints"). */
function brandRun(text: string, run: Token[]): Token[] {
  if (!run.length) return run;
  const next = /^\s+and\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/.exec(text.slice(run[run.length - 1]!.end));
  if (next && /^[A-Z]/.test(run[0]!.word)) {
    const extra = tokenize(text).filter((t) => t.start > run[run.length - 1]!.end && t.end <= run[run.length - 1]!.end + next[0].length && t.word.toLowerCase() !== 'and');
    return [...run, ...extra];
  }
  return run;
}
