/**
 * What a lead-in sentence ("My old label printer only has a parallel port. Find ...") lends the asking
 * one: the thing a clause points back at ("that lets me do that", "a board that still has one"), the
 * product it names, and the room the shopper's own case leaves.
 */
import { connectorsIn } from './connectors';
import { kindOfWord } from './product-kind';
import { COLOUR_NAMES, EDITION_COLOUR_NAME, namesEditionColour } from './colour-words';
import { boardSizesWritten } from './standards';

/** "only has room for a single 120mm radiator", "room for a three-fan 360mm radiator": a size the shopper's own case leaves for a part. */
const ROOM_FOR = /\b(?:room|space)\s+for\s+(?:a|one|an)\s+(?:single\s+|[\w-]+-fan\s+)?(\d+\s?mm)\s+(radiator|fan)\b/i;

/** The room a lead-in says the shopper's case leaves, as a clause on the part ("with a radiator of at most 120mm"). */
export function roomLeft(lead: string): string | undefined {
  const room = ROOM_FOR.exec(lead);
  if (room) return `with a ${room[2]} of at most ${room[1]}`;
  // "one spot where a radiator can go, and it only takes a single 120mm fan": a radiator as long as the fans the spot takes.
  const takes = /\bradiator\b/i.test(lead) ? SPOT_TAKES.exec(lead) : null;
  return takes ? `with a radiator of at most ${takes[1]}` : undefined;
}

/** "it only takes a single 120mm fan", "fits one 140mm fan": the fan (or radiator) size a spot in the shopper's case takes. */
const SPOT_TAKES = /\b(?:only\s+)?(?:takes?|fits?|holds?)\s+(?:a|one)\s+(?:single\s+)?(\d+\s?mm)\s+(?:radiator|fan)\b/i;

/**
 * The last product a sentence names by its capitalised words after an article or possessive ("Be Quiet
 * Pure Base 500" of "... in a Be Quiet Pure Base 500 and ..."); `minWords` 1 takes a one-word device too
 * ("PS5" of "we play on my PS5").
 */
export function lastNameIn(sentence: string, minWords = 2): string | undefined {
  const word = String.raw`(?:[A-Z][\w!+-]*|\d[\w-]*)`;
  // The determiner may open the sentence ("My Intel NUC 13 Pro sits ...").
  const names = [...sentence.matchAll(new RegExp(String.raw`\b(?:[Aa]|[Aa]n|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+(${word}(?:\s+${word}){${minWords - 1},})`, 'g'))];
  return names.length ? names[names.length - 1]![1] : undefined;
}

/**
 * A clause that points back at what was said before it: "that lets me do that", "I can lock like that", "from there",
 * "that makes this possible", "a stick that will work", "a processor that makes sense here", "a cooler that suits me",
 * "a case that fits that description", "coolers with such a display".
 */
const POINTS_BACK = /\b(?:(?:lets?|allows?|helps?)\s+(?:me|us|you|him|her|them)\s+(?:[a-z]+\s+){1,2}(?:exactly\s+|just\s+)?(?:that|this)|(?:will|would|that|which)\s+(?:still\s+)?works?(?:\s+(?:there|in\s+(?:it|them)|with\s+(?:it|them)))?|(?:do|does|doing|manage|handle|handles|allow|allows|offers?|provides?|for|have|has|having|supports?|supporting)\s+(?:that|this|it|both)|makes?\s+(?:that|this|it)\s+(?:possible|work(?:ing)?)|like\s+(?:that|this)|from\s+there|that\s+far|long\s+enough|(?:that|which)\s+(?:does|do|will|can|is|are)|(?:built|made|fitted|equipped)\s+with\s+(?:them|those|these|it)|ticks?\s+(?:all\s+)?(?:of\s+)?(?:(?:that|those|these)(?:\s+boxes)?|(?:all\s+)?the\s+boxes)|meets?\s+(?:all\s+|both\s+|each\s+)?(?:of\s+)?(?:that|this|those|these|them)|(?:meets?|matche?s?|fulfils?|fulfills?|satisf(?:y|ies)|follows?|complies\s+with|comply\s+with)\s+(?:all\s+)?(?:of\s+)?(?:these|those|this|that|the|our|my)\s+(?:requirements?|criteria|conditions?|standards?|specifications?|specs?|needs|rules|points)|makes?\s+sense(?:\s+(?:here|there|for\s+(?:me|us|it|this|that|them)))?|suits?\s+(?:me|us|him|her|them|that|this|it)|fits?\s+(?:that|this|the|my)\s+(?:description|picture|brief|profile|plan|spec|specs|list|criteria|requirements?|needs)|fits?\s+the\s+bill|(?:is|are)\s+right\s+for\s+(?:me|us|him|her|them|it|this|that)|(?:that|which)\s+(?:match|matches|qualify|qualifies))\s*$|\bgets?\s+(?:me|us)\s+there\b|\b(?:exactly\s+)?(?:that|this|the\s+same)\s+(?:spot|place|space|gap|mount|position|lid|box|chassis|enclosure|cabinet|shelf|drawer)\b|\b(?:that|this)\s+kind\s+of\s+(?:build|setup|set-up|system|machine|computer|use)\b|\bwith\s+(?:that|this|the\s+same)\s+(?:kind|sort|type)\s+of\s+[\w-]+|\bsuch\s+an?\s+(?:build|setup|system|machine)\b|\bwith\s+such\s+an?\s+[\w-]+\s*$/i;

/** "a case that can cool it without any fans": the clause acts on a thing the lead-in named ("something to carry it by" is a part of the thing asked). */
const ACTS_ON_IT = /\b(?:cool|cools|fit|fits|hold|holds|power|powers|charge|charges|connect|connects|cover|covers|protect|protects|carry|carries|read|reads|play|plays|burn|burns|open|opens|add|adds|install|installs|enable|enables|fix|fixes|feed|feeds|supply|supplies|serve|serves|drive|drives|run|runs)\s+(?:it|them|the two|both|all\s+(?:of\s+)?(?:them|four|three|two))\b(?!\s+by\b)/i;

/**
 * "I go running without my phone and still want to take calls. Find ... a smartwatch that lets me do
 * that.": a clause that points back at the lead-in takes its words, which say what "that" is.
 */
export function withLeadIn(requirements: string, text: string, asking: string): string {
  if (asking === text) return requirements;
  const lead = text.slice(0, text.length - asking.length).trim().replace(/[.!?]+$/, '');
  // "a replacement fan of that size": the size the lead-in gives ("The tiny 5cm fan in my server ...").
  // "a board of that size": the board size the lead-in names ("in the XL-ATX format").
  const size = SAME_SIZE.test(requirements) ? SIZE_FIGURE.exec(lead)?.[0] ?? firstBoardSize(lead) : undefined;
  if (size) return requirements.replace(SAME_SIZE, size);
  // "a pocket SSD that plugs straight into both": both plugs the lead-in names ("... only has USB-A
  // ports and my new laptop only USB-C").
  const both = INTO_BOTH.test(requirements) ? connectorsIn(lead) : [];
  if (both.length === 2) return requirements.replace(INTO_BOTH, (_m, verb: string) => `${verb} ${both[0]} and ${both[1]}`);
  // "a headset that is made to work with it": the device the lead-in names ("... play on my PS5").
  const device = SERVES_IT.test(requirements) ? lastNameIn(lead, 1) : undefined;
  if (device) return requirements.replace(SERVES_IT, (_m, verb: string) => `${verb} ${device}`);
  // "an all-in-one cooler that fits there": the room the lead-in says the case leaves ("room for a 240mm radiator").
  const room = FITS_THERE.test(requirements) ? roomLeft(lead) : undefined;
  if (room) return withLeadIn(requirements.replace(FITS_THERE, room), text, asking);
  // "... and fills that space": the part is the size the room is for ("room for a 360mm radiator").
  const filled = FILLS_IT.test(requirements) ? ROOM_FOR.exec(lead) : undefined;
  if (filled) return withLeadIn(requirements.replace(FILLS_IT, `with a ${filled[1]} ${filled[2]}`), text, asking);
  // "... and blends in": the colour the lead-in gives the rest of the build ("Every part inside my PC is white").
  const colour = BLENDS_IN.test(requirements) ? COLOUR_OF_BUILD.exec(lead)?.[1] : undefined;
  if (colour) return requirements.replace(BLENDS_IN, `in ${colour.toLowerCase()}`);
  // "... anything but black: Titanium Gray or Titanium Yellow ... every offer for the Ultra in those two colours": the colours
  // the lead-in lists, and the one it turns down.
  const listedColours = THOSE_COLOURS.test(requirements) ? coloursListed(lead) : undefined;
  if (listedColours) return requirements.replace(THOSE_COLOURS, `in ${listedColours.colours.join(' or ')}${listedColours.refused.map((c) => `, not ${c}`).join('')}`);
  // "a case whose interior is that colour": the colour the lead-in gives ("My desk mat ... are all cyan").
  const saidColour = THAT_COLOUR.test(requirements) ? COLOUR_OF_BUILD.exec(lead)?.[1] : undefined;
  if (saidColour) return requirements.replace(THAT_COLOUR, saidColour.toLowerCase());
  // "a case that lets it run with no fan at all": made for the device the lead-in names ("My Intel NUC 13 Pro ...").
  const served = LETS_IT.test(requirements) ? lastNameIn(lead, 1) : undefined;
  if (served) return `${requirements}, for the ${served}`;
  // "About 1.5TB of photos ... one that can hold the whole library": at least the amount the lead-in gives.
  const amount = HOLDS_ALL.test(requirements) ? AMOUNT_OF_THINGS.exec(lead) : undefined;
  if (amount) return requirements.replace(HOLDS_ALL, ` with at least ${amount[1]}${amount[2]}`);
  // "she carries 2TB of school projects ... a pocket-size SSD with that much space": the amount the lead-in gives.
  const asMuch = THAT_MUCH.test(requirements) ? AMOUNT_OF_THINGS.exec(lead) : undefined;
  if (asMuch) return withLeadIn(requirements.replace(THAT_MUCH, `with ${asMuch[1]}${asMuch[2]}`), text, asking);
  // "Noctua fans are the only fans I let in ... an all-in-one cooler that comes with them": the parts the lead-in names first.
  const parts = COMES_WITH_THEM.test(requirements) ? NAMED_PARTS.exec(lead)?.[1] : undefined;
  if (parts) return requirements.replace(COMES_WITH_THEM, (m) => m.replace(/\b(?:them|those)\s*$/i, parts));
  const named = HAS_ONE.exec(requirements) && lastThingNamed(lead);
  if (named) return requirements.replace(HAS_ONE, (_m, verb: string) => `${verb} ${named}`);
  // "that would do it; models with ... are not wanted": the clause before a semicolon points back.
  const [first, ...after] = requirements.split(/\s*;\s*/);
  if (after.length && POINTS_BACK.test(first!.trim())) return [`${first}: ${described(lead)}`, ...after].join('; ');
  if (!(POINTS_BACK.test(requirements.trim()) || ACTS_ON_IT.test(requirements) || IT_GOES_IN.test(requirements) || LIKE_THAT.test(requirements))) return requirements;
  return `${requirements}: ${described(lead)}`;
}

/** "Looking for 140 mm case fans ...", "I need ...": the words asking for the thing pointed back at, which say nothing of it. */
const ASKS_FOR = /(^|[.!?;]\s+)(?:(?:I|we)(?:'m|'re|\s+am|\s+are)\s+)?(?:(?:looking|searching|shopping|hunting)\s+for|(?:I|we)\s+(?:need|want|would\s+like|'d\s+like))\s+/gi;

/** The lead-in as the description "like that" points back at. */
function described(lead: string): string {
  // ("in this case, which ships without any fans": what the quoted product is or lacks says nothing of the thing wanted.)
  return withOwnRoomRead(withoutPastState(lead)).replace(ASKS_FOR, '$1').replace(/\b(this|that)\s+([\w-]+),?\s+(?:which|that)\s+(?:ships|comes|came|is\s+sold|arrives|arrived)\s+without\s+[^.:;]*/gi, '$1 $2');
}

/**
 * A clause about what the shopper had before ("My old board's Wi-Fi 5 card managed about 400 Mbit/s", "last year it
 * went from the graphics on its four-core Ryzen 3 to a real graphics card") says nothing the new product must be.
 */
const PAST_STATE = /\b(?:last\s+(?:year|month|week|time|summer|winter)|used\s+to|(?:years|months)\s+ago)\b|\b(?:my|our|his|her|their|the|its)\s+(?:old|previous|former|last)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:managed|had|was|were|went|did|could|got|gave|ran|came|reached|handled|delivered|offered|lasted)\b/i;
/**
 * The lead-in without its clauses on what was had before. ("from four cores to six", the change asked for, is read as
 * six cores by the requirement reader.)
 */
export function withoutPastState(lead: string): string {
  // Each clause with the separator after it, so that what stays reads as written.
  // ("Our house was rewired last month and the network cabling is now faster than gigabit": what holds now is its own clause.)
  const parts = lead.split(/((?<=[.;:!?])\s+|,\s+(?:and|but)\s+|\s+(?:and|but)\s+(?=[^.;:!?,]*\b(?:now|today|currently)\b))/);
  const clauses = parts.filter((_, i) => i % 2 === 0).map((clause, i) => ({ clause, after: parts[2 * i + 1] ?? '' }));
  const kept = clauses.filter(({ clause }) => !PAST_STATE.test(clause));
  return kept.length === clauses.length ? lead : kept.map(({ clause, after }, i) => clause + (i < kept.length - 1 ? after : '')).join('');
}

/** "my case has room for a 240mm radiator", "There is room for a 240mm radiator": room the shopper's own thing leaves, not a size the product must take. */
const OWN_ROOM = /(?:\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:has|have|leaves?|offers?)|\bthere\s+is|\bthere's)\s+(?:only\s+|just\s+)?(?=(?:room|space)\s+for\b)/i;

/** The lead-in with the room the shopper's case leaves said as a bound on the part ("with a radiator of at most 240mm"). */
function withOwnRoomRead(lead: string): string {
  const own = OWN_ROOM.exec(lead);
  const room = own ? roomLeft(lead.slice(own.index)) : undefined;
  return room ? lead.slice(0, own!.index) + lead.slice(own!.index).replace(ROOM_FOR, room).replace(OWN_ROOM, '') : lead;
}

/** "a case it fits in", "a case they will go into": the thing the lead-in names goes in the product. */
const IT_GOES_IN = /\b(?:it|they)\s+(?:will\s+|can\s+|would\s+)?(?:fits?|goes|go|sits?)\s+(?:in|into|inside)\s*$/i;

/** "that lets it run ...", "which helps it stay cool": the clause serves a device named before. */
const LETS_IT = /\b(?:lets?|allows?|helps?|keeps?)\s+(?:it|them)\b/i;

/** "memory kits like that which it can take": things like those the lead-in describes. */
const LIKE_THAT = /^\s*like\s+(?:that|this|those|these)\b/i;

/** "that fits there", "to go in there": the part goes where the lead-in said there is room. */
const FITS_THERE = /\b(?:fits?|goes?|go|sits?)\s+(?:in\s+)?there\b/i;
/** "fills that space", "fills it": the part takes all the room there is. */
const FILLS_IT = /\bfills?\s+(?:that|the|this)\s+(?:space|room|spot|gap)\b|\bfills?\s+it(?:\s+(?:up|out))?\b/i;
/** "blends in", "matches the rest": looks like the build around it. */
const BLENDS_IN = /\b(?:blends?\s+in|matches\s+(?:it|them|everything|the\s+rest)|fits?\s+in\s+with\s+(?:it|them|everything|the\s+rest))\b/i;
/** "that colour", "the same colour": a colour said before. */
const THAT_COLOUR = /\b(?:that|this|the\s+same)\s+colou?r\b/i;
/** "in those two colours", "in either of these colours", "in those colours": colours the lead-in lists. */
const THOSE_COLOURS = /\bin\s+(?:(?:either|any|one|each)\s+of\s+)?(?:those|these|the)\s+(?:(?:two|three|2|3)\s+)?colou?r(?:s|ways)\b/i;
/** A colour as titles name an edition: a colour word with up to two capitalised words before it ("Titanium Gray"). */
const COLOUR_PHRASE = String.raw`(?:[A-Z][a-z]+\s+){0,2}(?:${COLOUR_NAMES.join('|')})\b`;
/** "Titanium Gray or Titanium Yellow", "black, white and silver": colours listed together. */
const COLOURS_LISTED = new RegExp(String.raw`(${COLOUR_PHRASE}(?:\s*,\s*${COLOUR_PHRASE})*)\s*,?\s+(?:or|and)\s+(${COLOUR_PHRASE})`, 'gi');
/** "in Cobalt Violet", "in Marble Gray": an edition's colour after "in", one or two capitalised words. */
const IN_NAMED_COLOUR = new RegExp(String.raw`\bin\s+(${EDITION_COLOUR_NAME})\b`, 'g');
/** "anything but black", "not black", "no black": a colour turned down. */
const COLOUR_REFUSED = new RegExp(String.raw`\b(?:anything\s+but|not|no|never|except)\s+(?:in\s+)?(${COLOUR_NAMES.join('|')})\b`, 'gi');

/** The colours the lead-in lists last, and those it turns down; undefined where it lists none. */
function coloursListed(lead: string): { colours: string[]; refused: string[] } | undefined {
  const lists = [...lead.matchAll(COLOURS_LISTED)];
  const last = lists[lists.length - 1];
  // ("one wants it in Cobalt Violet, the other in Marble Gray": each colour said after its own "in".)
  const each = [...new Set([...lead.matchAll(IN_NAMED_COLOUR)].map((m) => m[1]!).filter(namesEditionColour))];
  if (!last && each.length < 2) return undefined;
  const colours = last ? [...last[1]!.split(/\s*,\s*/), last[2]!].map((c) => c.trim()) : each;
  const refused = [...new Set([...lead.matchAll(COLOUR_REFUSED)].map((m) => m[1]!.toLowerCase()))].filter((c) => !colours.some((w) => w.toLowerCase().includes(c)));
  return { colours, refused };
}

/** "Every part inside my PC is white", "my build is all black": the colour the build around the part has. */
const COLOUR_OF_BUILD = /\b(?:is|are)\s+(?:all\s+|entirely\s+|completely\s+)?(white|black|silver|grey|gray|pink|red|blue|green|cyan|purple|orange|yellow)\b/i;

/** The board size a lead-in names first ("the XL-ATX format, which is even bigger than E-ATX"); plain ATX is no size said. */
function firstBoardSize(lead: string): string | undefined {
  const at = (name: string) => lead.toLowerCase().indexOf(name.toLowerCase());
  return boardSizesWritten(lead).filter((b) => b !== 'ATX' && at(b) >= 0).sort((a, b) => at(a) - at(b))[0];
}

/** "of that size", "in the same size": a size said before, in the lead-in. */
const SAME_SIZE = /\b(?:(?:of|in|with)\s+)?(?:that|this|the\s+same)\s+size\b/i;
/** A size as people give one: "5cm", "120mm", "27 inch", "2.5\"". */
const SIZE_FIGURE = /\b\d+(?:\.\d+)?\s?(?:cm|mm|inch(?:es)?|in\b|")/i;

/** "plugs straight into both", "works with both": two devices the lead-in named. */
const INTO_BOTH = /\b((?:plugs?|plugging|connects?|connecting|goes|go|fits?|works?)\s+(?:straight\s+|directly\s+|right\s+)?(?:into|in|to|with))\s+both(?:\s+of\s+them)?\b/i;

/** "made to work with it", "works with it", "made for it": the clause serves a device named before. */
const SERVES_IT = /\b((?:made|built|designed|meant)\s+(?:to\s+work\s+with|for)|works?\s+with|compatible\s+with)\s+(?:it|them)\b/i;

/** "a motherboard that still has one": the clause has what the lead-in named ("... only has a parallel port"). */
/** "that can hold the whole library", "that stores it all": room for everything the lead-in counts. */
const HOLDS_ALL = /\s*\b(?:(?:that|which)\s+)?(?:can\s+|will\s+)?(?:hold|holds|store|stores|take|takes|fit|fits)\s+(?:the\s+whole\s+[\w-]+|(?:it|them)\s+all|everything|all\s+of\s+(?:it|them))\s*$/i;
/** "with that much space", "with as much storage": as much as the lead-in says there is. */
const THAT_MUCH = /\b(?:with\s+)?(?:that\s+much|as\s+much|the\s+same\s+amount\s+of)\s+(?:space|storage|room|capacity)\b/i;
/** "1.5TB of photos": an amount of things. */
const AMOUNT_OF_THINGS = /\b(\d+(?:[.,]\d+)?)\s?(TB|GB)\s+of\b/i;
/** "that comes with them": parts the lead-in named, which the product must include. */
const COMES_WITH_THEM = /\b(?:comes?|coming|ships?|shipped|sold|supplied|arrives?)\s+with\s+(?:them|those)\s*$/i;
/** "Noctua fans", "Cherry MX switches": a maker's name, then parts of a product. */
const NAMED_PARTS = /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:fans|switches|keycaps|drivers|heatpipes|speakers))\b/;

const HAS_ONE = /\b(has|have|with|offers?|provides?|keeps?|includes?)\s+(?:still\s+)?(?:got\s+)?one(?:\s+(?:too|as well|in the box|included))?\s*$/i;

/** Said right before a thing that something is for: "for a" (not "looking for a"). */
const THING_IT_IS_FOR = /(?<!\b(?:looking|searching|shopping|hunting|asking|after|out))\s+for\s+$/i;

/**
 * The last thing a sentence names with "a" or "an": a kind of product anywhere ("a CPU cooler" of "I
 * don't want to buy a CPU cooler separately"), else whatever ends it ("a parallel port" of "My printer
 * only has a parallel port").
 */
export function lastThingNamed(sentence: string): string | undefined {
  // After each "a", the longest run of up to three words that ends in a kind ("a CPU cooler", not "a CPU").
  // ("32GB of Kingston DDR5 for a desktop": a thing it is for is no thing named as wanted; "looking for a case" is.)
  const kinds = [...sentence.matchAll(/\b(a|an)\s+([\w-]+(?:\s+[\w-]+){0,2})/gi)].filter((m) => !THING_IT_IS_FOR.test(sentence.slice(0, m.index))).map((m) => {
    const words = m[2]!.split(/\s+/);
    const end = words.map((w) => kindOfWord(w) !== undefined).lastIndexOf(true);
    return end >= 0 ? `${m[1]} ${words.slice(0, end + 1).join(' ')}` : undefined;
  }).filter((t): t is string => t !== undefined);
  if (kinds.length) return kinds[kinds.length - 1];
  return /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$/i.exec(sentence)?.[0].trim();
}
