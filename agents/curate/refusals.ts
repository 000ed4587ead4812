/**
 * Ways of turning something down without "not" ("X and Y are not what I am after", "an ultra-wide one does not count",
 * "Compact and Nano are not accepted", "Core i7 units are reserved for ..."), each rewritten as the "not" phrase the
 * requirement reader then reads (requirements.ts). One rewrite at a time; the reader calls again on the result.
 */
import { COLOUR_NAMES } from './colour-words';

/**
 * "the plain DUAL and the JetStream are not what I am after", "the PRO NH and the CORE XT are other drives",
 * "the factory-overclocked DUAL OC is not what I am after", "B650 and A620 are not enough": the names turned down, as "not the X or the Y".
 * A plain edition ("the plain DUAL") is the one without what the shopper asks of it ("OC"), which that wish
 * already rules out; named as such it would rule out the wanted "DUAL OC" too.
 */
const NOT_WHAT_I_WANT = /\b((?:the\s+)?(?:(?:plain|standard|basic|regular)\s+)?[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*(?:\s*,\s*(?:the\s+)?(?:(?:plain|standard|basic|regular)\s+)?[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)*\s+(?:and|or|nor)\s+(?:the\s+)?(?:(?:plain|standard|basic|regular)\s+)?[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*|the\s+(?:[a-z]+-[a-z]+\s+)?[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)(?:\s+(?:boards|cards|cases|models|ones|versions|editions|drives|kits))?\s+(?:(?:are|is)\s+not\s+what\s+(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:after|want|need|mean|looking\s+for)|(?:are|is)\s+not\s+what\s+(?:it|he|she|they|the\s+[a-z]+)\s+(?:says|lists|names|specifies|means|asks\s+for)|(?:are|is)\s+(?:other|different)\s+(?:drives?|models?|products?|cards?|cases?|boards?|ones?|things?|sizes?|editions?|versions?|coolers?|kits?)|(?:does|do)\s+not\s+count|(?:doesn't|don't)\s+count|(?:are|is)\s+not\s+(?:enough|sufficient|good\s+enough)|(?:aren't|isn't)\s+(?:enough|sufficient|good\s+enough))\b/;

/**
 * "an ultra-wide 3440 x 1440 screen does not count", "a 2.5-inch one won't do", "the white edition does not
 * match my desk", "kits listed as AMD Optimised don't count": what is described is ruled out.
 */
// ("960GB drives don't count": things of a size, said without an article.)
const DOES_NOT_COUNT = /\b(?:(?:an?|the)\s+|(?=[a-z]+s\s+(?:listed|sold|labell?ed|marked|described|advertised)\s+as\s)|(?<=(?:^|[;,]\s*|\band\s+))(?=\d+(?:[.,]\d+)?\s?(?:gb|tb|mm|cm|w|hz|inch(?:es)?)\s+[a-z]+s\s))([^,;.()]*?)\s+(?:(?:does\s+not|doesn't|do\s+not|don't|won't|will\s+not|would\s+not|wouldn't)\s+(?:count|do|match|suit|go\s+with)|(?:would\s+|will\s+)?clash(?:es)?\s+with)\b/i;

/** "kits listed as ": how offers are listed, then what they say. */
const LISTED_AS = /^[a-z]+s\s+(?:listed|sold|labell?ed|marked|described|advertised)\s+as\s+/i;

/** "Black and grey are out", "white is out, and so is any case with a window": colours turned down, and what "so is" adds. */
const COLOURS_OUT = new RegExp(String.raw`\b(?:${COLOUR_NAMES.join('|')})(?:\s*,\s*(?:${COLOUR_NAMES.join('|')}))*(?:,?\s+(?:and|or)\s+(?:${COLOUR_NAMES.join('|')}))?\s+(?:are|is)\s+(?:out|ruled\s+out|not\s+an\s+option|off\s+the\s+table)\b(?:,?\s+and\s+so\s+(?:is|are)\s+[^,;.]+)?`, 'i');

/** "so a model with a SIM slot is money wasted", "an RGB edition would be a waste", "the 16GB card is over budget": what is described is not wanted. */
const MONEY_WASTED = /\b(?:an?|the)\s+([^,;.]*?)\s+(?:is|are|would\s+be|will\s+be)\s+(?:money\s+(?:wasted|thrown\s+away|down\s+the\s+drain)|wasted\s+money|a\s+waste(?:\s+of\s+money)?|pointless|unnecessary|not\s+needed|overkill|(?:over|above|beyond|out\s+of)\s+(?:the\s+|my\s+|our\s+|their\s+)?budget|too\s+(?:expensive|pricey|dear))\b/i;
/** "black sticks would spoil it", "a white one would clash": a colour said to spoil the look is turned down. */
// ("the white GT501 doesn't go with the office", "a black one won't match the room": so too.)
const COLOUR_SPOILS = new RegExp(String.raw`\b(${COLOUR_NAMES.join('|')})\s+(?:[\w-]+\s+){0,2}?(?:(?:would|will|could|might)\s+(?:spoil|ruin|wreck|clash\s+with|look\s+(?:wrong|odd|off|bad|out\s+of\s+place)|stick\s+out|stand\s+out)|(?:does\s*n['’]?t|does\s+not|do\s*n['’]?t|do\s+not|wo\s*n['’]?t|will\s+not|would\s*n['’]?t|would\s+not)\s+(?:go\s+with|match|suit|fit\s+(?:in\s+)?with|work\s+with))\b`, 'i');

/** "the RGB iCUE Link edition with fans in the box is more than I need": that edition is not wanted. */
const MORE_THAN_NEEDED = /\b(?:the\s+)?([A-Z][\w+-]*(?:\s+[A-Za-z0-9][\w+-]*)*?)(?:\s+(?:editions?|versions?|models?))?(?:\s+with\b[^,;.]*?)?\s+(?:is|are)\s+(?:more\s+than\s+(?:I|we)\s+need|overkill|too\s+much\s+for\s+(?:me|us))\b/;

/**
 * "the Spectrix D35G with RGB lighting is another line", "The JetStream models are a different design", "the XMP 3.0 version
 * is a separate listing": one name set apart (a version number keeps its point).
 */
const ANOTHER_LINE = new RegExp(String.raw`\b(?:the\s+)?(?:(${COLOUR_NAMES.join('|')})\s+)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*(?:\.\d+)?)*)(?:\s+(?:with|models?|versions?|editions?)\b[^,;.]*?)?\s+(?:is|are)\s+(?:another|a\s+different|a\s+separate|other|different|separate)\s+(?:lines?|models?|products?|designs?|series|ranges?|families|family|cases?|cards?|boards?|coolers?|drives?|kits?|ones?|listings?|items?|offers?|things?)\b`);

function notWhatIWant(_whole: string, list: string): string {
  // "the factory-overclocked DUAL OC": a describing word before the one name is not part of it.
  const names = list.split(/\s*,\s*|\s+(?:and|or|nor)\s+/).map((n) => n.replace(/^[Tt]he\s+(?:[a-z]+-[a-z]+\s+)?/, '').trim()).filter((n) => n && !/^(?:plain|standard|basic|regular)\s/.test(n));
  return names.length ? `not ${names.map((n) => `the ${n}`).join(' or ')}` : ' ';
}


/**
 * "the black Ryujin III 360 ARGB, the Ryujin III with Noctua fans and the older Ryujin II are not it", "the Lancer
 * Blade RGB is ruled out", "the plain black X and the version with Noctua fans don't interest me": things named first, then
 * turned down all at once.
 */
const NAMED_THEN_REFUSED = /(^\s*|[;:,(]\s*|\b(?:and|but|while|so)\s+(?=(?:the|an?)\s))((?:[Tt]he|[Aa]n?)\s+[^;:.]*?|(?<=(?:^|[;(])\s*)(?!(?:the|an?)\s)[a-z][a-z\s-]*?)\s+(?:(?:do|does)(?:\s+not|n't)\s+(?:interest|appeal\s+to|suit)\s+(?:me|us)|(?:are|is)\s+(?:all\s+)?(?:not\s+it|(?:the\s+)?wrong\s+(?:[a-z]+\s+)?(?:for\s+(?:me|us|him|her|them))?(?=\s*(?:[,;.]|$))|ruled\s+out|excluded|out\s+of\s+the\s+question|not\s+(?:the\s+)?ones?\s+(?:I|we)\s+(?:mean|want)|not\s+the\s+ones?(?=\s*(?:[,;.]|$))|not\s+what\s+(?:I|we)\s+(?:mean|want|am\s+after|are\s+after)|not\s+what\s+(?:I['’]m|we['’]re)\s+(?:after|looking\s+for)|not\s+wanted|(?:other|different|separate)\s+(?:[a-z]+\s+)?(?:cases|products|models|things|boards|cards|coolers|drives|kits)(?=\s*(?:[,;.]|$))|out(?=\s*(?:[,;.]|$))|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:I|we)\s+already\s+(?:have|own|got)(?=\s*(?:[,;.]|$))))/;

/**
 * "(Compact and Nano are not accepted)", "so tinted glass and solid side panels are excluded", "The B760M GAMING X variants are
 * not approved", "(Micro ATX and Mini ITX won't do)", "Two-packs and three-packs are no good to me", "Single sticks and 32GB kits are out", "Desktop DIMMs, DDR3
 * and DDR5 won't fit": things a specification lists without an article, then turns down in the words of a rule.
 */
const LISTED_ITEM = String.raw`(?!(?:so|and|but|or)\s)(?:the\s+|an?\s+)?[A-Za-z0-9][\w+-]*(?:\s+[\w+-]+){0,4}`;
const LISTED_THEN_EXCLUDED = new RegExp(String.raw`(^\s*|[.!?;:(,]\s*|\bso\s+)(${LISTED_ITEM}(?:\s*,\s*${LISTED_ITEM}){0,3}(?:,?\s+(?:and|or)\s+${LISTED_ITEM})?),?\s+(?:(?:are|is)\s+(?:not\s+(?:accepted|approved|allowed|permitted|acceptable|an\s+option)|excluded|ruled\s+out)|(?:does|do)\s+not\s+qualify|(?:doesn't|don't)\s+qualify|(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:do|fit)|(?:don't|doesn't|do\s+not|does\s+not)\s+fit|(?:are|is)\s+(?:no\s+(?:good|use)|not\s+for\s+(?:me|us)|(?:a\s+)?no-?go|a\s+(?:no|non-starter|dealbreaker|deal-breaker))(?:\s+(?:to|for)\s+(?:me|us))?|(?:are|is)\s+out(?=\s*(?:[,;.)]|$)))(?![\w-])`);

/** Each thing of the list said as "not the X"; one told apart by its colour ("the black X") as "not black". */
function namedThenRefused(_whole: string, lead: string, list: string): string {
  // "tinted glass and solid side panels are out": a list said without articles is split at every "and".
  const articled = /^(?:the|an?)\s/i.test(list.trim());
  return lead + list.split(articled ? /\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+(?=(?:the|an?)\s|[A-Z])/ : /\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+/)
    .map((thing) => thing.replace(/^(?:the|an?)\s+/i, '').replace(/^(?:older|old|newer|new|previous|original|bigger|smaller|small|big|little|tiny|cheaper|[a-z]+-[a-z]+)\s+(?=\S)/, '').replace(/(\S)\s+(?:models|versions|editions|ones|variants)$/i, '$1')
      // "the GamingPro OC at 2610MHz": the figure that tells it apart is its own, turned down with it.
      .replace(/(\S)\s+(?:at|with|of)\s+\d[\w.,]*$/i, '$1'))
    // "the plain DUAL": the edition without what is asked of it, which that wish rules out already (notWhatIWant).
    .filter((thing) => thing && !/^(?:plain|standard|basic|regular)\s/i.test(thing))
    .map((thing) => {
      // "the version with Noctua fans": an edition told by a part is turned down by that part.
      const part = /^(?:versions?|editions?|models?|ones?|variants?)\s+with\s+(.+)$/i.exec(thing)?.[1];
      if (part) return `without ${part}`;
      const colour = new RegExp(`^(${COLOUR_NAMES.join('|')})\\s+(?=[A-Z0-9])`, 'i').exec(thing)?.[1];
      // "32GB kits": the figure tells that edition apart; "Single sticks" (capitalised as it opens a sentence) is described, not named.
      const figure = new RegExp(String.raw`^(${REFUSED_FIGURE})\s+[a-z]+s$`, 'i').exec(thing)?.[1];
      if (figure) return `not ${figure}`;
      if (/^[A-Z][a-z]+(?:\s+[a-z][\w-]*)+$/.test(thing)) return `not ${thing.toLowerCase()}`;
      // "tinted glass", "solid side panels": a thing described, not named, is turned down as said.
      return colour ? `not ${colour.toLowerCase()}` : /^[A-Z0-9]/.test(thing) ? `not the ${thing}` : `not ${thing}`;
    }).join(', ');
}

/** A figure with its unit that tells editions apart: "256GB", "27-inch", "240mm". */
const REFUSED_FIGURE = String.raw`\d+(?:\.\d+)?\s?(?:GB|TB|MB|mm|cm|W|Hz|-?inch|")`;

/** "Black and grey are out, and so is any camera with a mere 50 megapixels": each colour turned down, and what "so is" describes. */
function colourRefusals(whole: string): string {
  const [colours, also] = whole.split(/,?\s+and\s+so\s+(?:is|are)\s+/i);
  const refused = colours!.replace(/\s+(?:are|is)\s+(?:out|ruled\s+out|not\s+an\s+option|off\s+the\s+table)\b.*$/i, '').split(/\s*,\s*|\s+(?:and|or)\s+/).map((c) => `not ${c.trim().toLowerCase()}`);
  return [...refused, ...(also ? [`without ${also.replace(/^(?:any|an?|the)\s+[\w-]+\s+with\s+/i, '')}`] : [])].join(', ');
}

/** Ways of turning something down without "not", each with how it reads as a "not" phrase. */
const REFUSALS_SAID_OTHERWISE: ReadonlyArray<readonly [RegExp, (whole: string, ...named: string[]) => string]> = [
  // "The Compact, Lite, Mini and XL versions and the Meshify 2 RGB don't count": each name of the list turned down.
  [/\b[Tt]he\s+((?:[A-Z][\w+-]*,\s+)+[A-Z][\w+-]*,?\s+(?:and|or)\s+[A-Z][\w+-]*)\s+(?:versions?|editions?|models?|variants?)(?:\s+and\s+the\s+([A-Z][^,;.]*?))?\s+(?:(?:do|does|will|would)(?:\s+not|n't)\s+(?:count|do))\b/,
    (_whole, list: string, last: string | undefined) => [...list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/), ...(last ? [last] : [])].filter(Boolean).map((name) => `not the ${name.trim()}`).join(', ')],
  // "models with Radeon graphics on the chip are not wanted": the part is.
  // ("pumps with a grid of LEDs are not what I mean": a described part, which no page names so; it asks nothing.)
  // "Boards with DDR5 slots are out": so are things with the part said to be out.
  [/\b(?:[Mm]odels?|[Vv]ersions?|[Ee]ditions?|[Oo]nes?|[A-Za-z][a-z]+s)\s+with\s+([^,;.]+?)\s+(?:are|is)\s+(?:not\s+wanted|not\s+what\s+(?:I|we)\s+(?:mean|want)|out|excluded|ruled\s+out|not\s+an\s+option|off\s+the\s+table)(?![\w-])/, (_whole, part: string) => (/^(?:an?|some)\s/i.test(part) ? ' ' : `without ${part}`)],
  // "kits that only list an AMD profile are out": what has only that lacks what the wishes ask ("must carry an Intel XMP
  // profile"); the part itself is not turned down (a kit listing both profiles is fine), so it asks nothing of its own.
  [/\b[A-Za-z][a-z]+s\s+(?:that|which)\s+only\s+(?:list|lists|have|has|carry|carries|offer|offers|support|supports|come\s+with|comes\s+with)\s+[^,;.]+?\s+(?:are|is)\s+(?:out|excluded|ruled\s+out|not\s+wanted|no\s+good|not\s+an\s+option)\b/, () => ' '],
  // "the EVA-02 edition and the version with Noctua fans are different products": a name and an edition told by its part, both out.
  [/\b(?:the\s+)?([A-Z0-9][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)(?:\s+(?:edition|version|model))?\s+and\s+the\s+(?:version|edition|model|one)\s+with\s+([^,;.]+?)\s+(?:are|is)\s+(?:other|different|separate)\s+(?:products?|models?|things?|editions?|versions?|coolers?|cases?|cards?|boards?)\b/,
    (_whole, name: string, part: string) => `not the ${name}, without ${part}`],
  // "Paying extra for a Gen4 drive whose speed the slot throws away makes no sense": the spec that sets that one apart is not wanted.
  [/\b(?:[Pp]aying\s+(?:extra\s+|more\s+)?for|[Bb]uying)\s+(?:an?|the)\s+([A-Z0-9][\w+-]*)\s+[^,;.]*?\s+(?:makes\s+no\s+sense|is\s+(?:pointless|a\s+waste(?:\s+of\s+money)?|not\s+worth\s+it)|would\s+be\s+(?:pointless|a\s+waste))\b/, (_whole, spec: string) => `not ${spec}`],
  // "so no kit with the 24-105": an edition that comes with the part is turned down, so the part is.
  [/\bno\s+(?:kits?|bundles?|versions?|editions?|models?|packages?|sets?)\s+(?:with|including|that\s+(?:comes?|ships?)\s+with)\s+(?:the\s+|an?\s+)?([^,;.]+)/i, (_whole, part: string) => `without the ${part}`],
  [NAMED_THEN_REFUSED, namedThenRefused],
  // ("Black and grey are out": colours, read as colours before a list of things is.)
  [COLOURS_OUT, colourRefusals],
  [LISTED_THEN_EXCLUDED, (whole, lead: string, list: string) => namedThenRefused(whole, lead, list.replace(/\s+(?:variants?|versions?|editions?|models?)$/i, '').replace(/,?\s+(?:and|or)\s+/, ', '))],
  [NOT_WHAT_I_WANT, notWhatIWant],
  // "not the black X, the X with Noctua fans or the older Y": one "not" for each thing of the list.
  [/\bnot\s+((?:the|an?)\s+[^,;.]+(?:,\s+(?:the|an?)\s+[^,;.]+)+,?\s+(?:or|nor|and)\s+(?:the|an?)\s+[^,;.]+)/, (whole: string, list: string) => namedThenRefused(whole, '', list)],
  // "the white edition": an edition named by its colour is that colour.
  // "the newer Liquid Freezer III does not count": a name is turned down as names are.
  // "kits listed as AMD Optimised without XMP don't count": only what has the one and lacks the other is out, which no
  // single wish says; the wishes said elsewhere ("must have XMP") rule it out already.
  [DOES_NOT_COUNT, (whole, described) => (/\b(?:without|w\/o|lacking)\b/i.test(described) ? ' '
    // "kits listed as AMD Optimised": what the listing says is what is out.
    : LISTED_AS.test(described) ? `not ${described.replace(LISTED_AS, '')}`
    : /[A-Z]/.test(described) ? namedThenRefused(whole, '', `the ${described}`) : `not ${described.replace(/\s+(?:edition|version|variant|model|one)s?$/i, '')}`)],
  [MORE_THAN_NEEDED, (_whole, name) => `not the ${name}`],
  // "the Torrent Compact is too small for my board": a named product said not to fit is turned down.
  [/\b(?:the\s+)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)+)\s+(?:is|are|would\s+be|will\s+be)\s+(?:far\s+|much\s+|way\s+|a\s+bit\s+|slightly\s+)?too\s+(?:small|big|large|tiny|short|long|narrow|wide|cramped|bulky|tall|heavy)\b[^,;.()]*/, (_whole, name: string) => `not the ${name}`],
  // "The big E-ATX towers are too much for my desk", "the Micro ATX cases are too small for my board": a size named with its kind.
  [/\b(?:the\s+)?(?:(?:big|bigger|small|smaller|little|huge|large)\s+)?(?!(?:It|This|That|They|These|Those|The|An?|My|Our)\b)([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)\s+(?:cases|towers|boards|motherboards|cards|coolers|models|ones|versions|editions)\s+(?:are|would\s+be|will\s+be)\s+(?:far\s+|much\s+|way\s+|a\s+bit\s+|slightly\s+)?too\s+(?:small|big|large|tiny|short|long|narrow|wide|cramped|bulky|tall|heavy|much)\b[^,;.()]*?(?=\s+and\s+|[,;.()]|$)/, (_whole, name: string) => `not ${name}`],
  // "not the ones with 256GB", "not a 256GB one": an edition told apart by a figure, which is turned down.
  [new RegExp(String.raw`\bnot\s+(?:one\s+of\s+)?(?:the|an?)\s+(?:(?:ones?|versions?|editions?|models?|variants?)\s+(?:with|that\s+ha(?:s|ve)|having)\s+(?:an?\s+)?(${REFUSED_FIGURE})|(${REFUSED_FIGURE})\s+(?:ones?|versions?|editions?|models?|variants?))\b`, 'i'),
    (_whole, after: string | undefined, before: string | undefined) => `not ${after ?? before}`],
  // "I'm not switching to their newer LINK daisy-chain system": the system the shopper stays away from, by its name.
  [/\b(?:I'm|I\s+am|we're|we\s+are|I'll|I\s+will|we\s+will)\s+not\s+(?:be\s+)?(?:switching|moving|changing|going|upgrading|converting|migrating|buying\s+into)\s+(?:over\s+)?(?:to\s+|into\s+)?(?:their|the|its|his|her|that)?\s*(?:(?:newer|new|latest|other)\s+)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)[^,;.]*/, (_whole, name: string) => `not ${name}`],
  // "not the GT502 Plus that ships with four ARGB fans": what the edition turned down comes with is no wish.
  [/\bnot\s+(the\s+[A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)\s+(?:that|which)\s+(?:comes?|ships?|is\s+sold)\s+with\s+[^,;.]*/, (_whole, name: string) => `not ${name}`],
  // "so none of the RGB editions": every edition named so is turned down.
  [/\bnone\s+of\s+the\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)\s+(?:editions?|versions?|models?|variants?)\b/, (_whole, name: string) => `not ${name}`],
  // "128GB models are out", "the 8GB versions are ruled out": an edition told apart by a figure, turned down.
  [new RegExp(String.raw`\b(?:the\s+)?(${REFUSED_FIGURE})\s+(?:ones?|versions?|editions?|models?|variants?)\s+(?:are|is)\s+(?:out|ruled\s+out|excluded|not\s+an\s+option|off\s+the\s+table|no\s+good)\b`, 'i'),
    (_whole, figure: string) => `not ${figure}`],
  // "he wants to spend less than on the Meshify 2 XL he picked first": a cheaper one than that, so not that one.
  [/\b(?:spend|pay|paying|spending|costs?|costing)\s+less\s+than\s+(?:on|for)\s+(?:the|an?|his|her|my|our|their)\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)/, (_whole, name: string) => `not the ${name}`],
  // "not the 3500X that comes without fans": the edition sold without the part, which titles call "No Fans".
  [/\bnot\s+(?:the|an?)\s+[A-Z0-9][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*\s+(?:that|which)\s+(?:comes?|ships?|is\s+sold)\s+without\s+(?:any\s+)?([a-z]+)/, (_whole, part: string) => `not the No ${part[0]!.toUpperCase()}${part.slice(1)}`],
  // "he has already ruled out the RGB edition as too flashy", "we rejected the Plus": the thing turned down, by its name.
  [/\b(?:(?:has|have|had|'s|'ve)\s+)?(?:already\s+)?(?:ruled\s+out|rejected|turned\s+down|dismissed|vetoed|crossed\s+off)\s+(?:the\s+|an?\s+)(?=[A-Z0-9])([^,;.]*?)(?:\s+(?:as|because|since)\b[^,;.]*)?(?=[,;.]|$)/, (_whole, name: string) => `not the ${name}`],
  // "steer clear of the Torrent Compact", "I'd rather avoid the X", "anything apart from the X": the name turned down.
  [/\b(?:steer\s+clear\s+of|stay\s+away\s+from|keep\s+away\s+from|(?:I'd|I\s+would|we'd|we\s+would)\s+rather\s+avoid|avoid)\s+(?:the\s+|an?\s+|any\s+)/i, () => 'not the '],
  // "Core i7 units are reserved for the development team": kept for others, so not for this shopper.
  [/\b((?:[A-Z][\w+-]*\s+)?(?:[A-Z]|[a-z]\d)[\w+-]*)(?:\s+(?:units|models|machines|versions|editions|ones|cards|boards|laptops))?\s+(?:are|is)\s+(?:reserved|kept|set\s+aside)\s+for\b[^,;.]*/, (_whole, name: string) => `not ${name}`],
  // "titles that do not run on the old Xbox One": what they do not run on is not the product wanted.
  [/\b(?:do|does|will|would|can)\s*(?:n't|\s+not)\s+(?:run|play|work)\s+on\s+(?:the|an?|my|our)\s+(?:old\s+|older\s+|previous\s+|last\s+)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)/, (_whole, name: string) => `not the ${name}`],
  [COLOUR_SPOILS, (_whole, colour: string) => `not ${colour.toLowerCase()}`],
  // "and nothing in Charcoal Black": that colour (as the edition names it) turned down.
  [new RegExp(String.raw`\bnothing\s+in\s+(?:the\s+)?((?:[A-Za-z]+\s+)?(?:${COLOUR_NAMES.join('|')}))\b`, 'i'), (_whole, colour: string) => `not ${colour}`],
  // "a model with a SIM slot is money wasted": without the part that sets it apart; else not that thing.
  [MONEY_WASTED, (_whole, described: string) => {
    const part = /^(?:models?|versions?|editions?|ones?)\s+with\s+(.+)$/i.exec(described)?.[1];
    return part ? `without ${part}` : `not ${described}`;
  }],
  // "the white Performance 1 FT ... is a different case": its colour sets it apart from the one wanted, which shares its name.
  [ANOTHER_LINE, (_whole, colour: string | undefined, name: string) => (colour ? `not ${colour}` : `not the ${name}`)],
];

/** The colour a text says would spoil the look ("a white cooler would stick out badly"), lower-cased; undefined where none. */
export function colourSaidToSpoil(text: string): string | undefined {
  return COLOUR_SPOILS.exec(text)?.[1]?.toLowerCase();
}

/** The clause with its first refusal said otherwise rewritten as a "not" phrase, or undefined when it has none. */
export function refusalSaidAsNot(said: string): string | undefined {
  for (const [saying, asNot] of REFUSALS_SAID_OTHERWISE) if (saying.test(said)) return said.replace(saying, asNot);
  return undefined;
}

/** The clause with each of its refusals said otherwise rewritten as "not" phrases (five at most); unchanged where it has none. */
export function everyRefusalSaidAsNot(said: string): string {
  let out = said;
  for (let i = 0; i < 5; i++) {
    const next = refusalSaidAsNot(out);
    if (next === undefined || next === out) break;
    out = next;
  }
  return out;
}
