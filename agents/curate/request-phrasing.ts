/**
 * A request's wording made plain before it is read (request-shape.ts): the ways people phrase the same ask ("Can you pull
 * up all the offers ...", "Which shop asks the least for ...", "Cheapest offer, please", "Add the X to the cart"), their
 * greetings, sign-offs, fillers and shorthand, and words for one thing written two ways ("be quiet!", "hard disk",
 * "DDR4-3200", "Fan Edition"). Each rewrite keeps what is asked; none decides it.
 */
import { withoutUrls } from '../intents/quoted-urls';
import { fieldsAsSentence } from './labelled-fields';
import { kindOfWord } from './product-kind';
import { withNamesCapitalised } from './lowercase-names';
import { countValue } from '../checklist/items/part-count';

/** Spoken fillers: "um", "uh", "erm", "you know,". */
const FILLERS = /,?\s*\b(?:u+m+|u+h+|e+r+m+)\b,?|\byou\s+know,\s*/gi;
/** "DDR4, no wait, DDR5 it is", "the 27-inch, or rather the 32-inch": the word said first, corrected at once. */
const SELF_CORRECTED = /\b[\w.+-]+,?\s+(?:no,?\s+wait|or\s+rather|make\s+that|scratch\s+that),?\s+(?!(?:the|an?|it|its|that|this|I|we)\b)([\w.+-]+)(?:\s+it\s+is)?\b/gi;

/** A shop's enquiry form asking what the shopper wants, quoted before the answer. */
const FORM_QUESTION = /^(?:what\s+are\s+you\s+looking\s+for|what\s+(?:do|would)\s+you\s+(?:need|like)|what\s+can\s+we\s+(?:help\s+you\s+)?find(?:\s+for\s+you)?|how\s+can\s+we\s+help(?:\s+you)?)\s*\?\s*/i;

/** "Hi Jo, ...", "Hey team -": a greeting to whoever reads the message names nothing wanted. */
const GREETING = /^(?:hi|hey|hello|dear|morning|good\s+(?:morning|afternoon|evening))\b(?:\s+(?:[A-Z][\w-]*|all|team|there|folks|guys)){0,2}\s*[,!:.\u2013\u2014-]\s*/i;
/** "... so we can compare? Thanks!", "Cheers, Sam": a sign-off after the request. */
const SIGN_OFF = /(?:[.!?]\s+|^)(?:many\s+)?(?:thanks|thank\s+you|cheers|ta|much\s+appreciated|appreciate\s+it)\b[^.!?]{0,30}[.!]*\s*$/i;
/**
 * "Could you find every offer for it?", "Can you pull up all the offers ...", "Track down every offer for ...": asking
 * politely or with another verb asks as "Find" does.
 */
const OTHER_ASKING_VERB = String.raw`(?:find|return|pull\s+up|dig\s+up|look\s+up|round\s+up|bring\s+up|track\s+down|hunt\s+down|get(?:\s+me)?|show(?:\s+me)?|search\s+for|look\s+for|fetch|grab|list|gather)`;
const POLITE_ASK = new RegExp(String.raw`(^|[.!?,:]\s+)(?:(?:so|and|then)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|quickly\s+|just\s+|also\s+)?|(?:i(?:'d|\s+would)\s+like|i\s+need|i\s+want)\s+you\s+to\s+|please\s+)${OTHER_ASKING_VERB}\b|(^|[.!?]\s+)(?:pull\s+up|dig\s+up|round\s+up|track\s+down|hunt\s+down|give\s+me|fetch|grab)\b`, 'gi');
/**
 * "My son wants the Fractal Design Meshify 2 ...", "Our office manager needs ...", "She wants ...": someone else's wish,
 * asked on their behalf, is read as the shopper's own.
 */
const ON_BEHALF = /\b(?:(?:my|our)\s+(?:(?:little|older|younger|elder|big|new|office|IT)\s+)?(?:son|daughter|wife|husband|partner|boss|friend|dad|father|mum|mom|mother|brother|sister|colleague|kid|child|client|manager|team|flatmate|roommate|girlfriend|boyfriend|nephew|niece|grandson|granddaughter|uncle|aunt|neighbou?r|student|customer)|(?<=(?:^|[.!?]\s+))(?:he|she|they))\s+(?:(?:really|definitely|now|also)\s+)?(?:wants|needs|would\s+like|is\s+after|are\s+after|want|need)\b/gi;

/** "pull up all the offers so we can compare": offers asked for with nothing after them are offers for what was named. */
// ("List every offer you find.", "list every offer across the shops": the offers there are, of what was named.)
const OFFERS_OF_NOTHING = /\b((?:Find|List|list|find)\s+(?:every|all)\s+(?:the\s+|of\s+the\s+)?offers?)(?:\s+(?:(?:that\s+)?you\s+(?:can\s+)?(?:find|see|get)|there\s+(?:is|are)|available|(?:across|in|at|from)\s+(?:all\s+|every\s+|each\s+)?(?:the\s+)?(?:shops?|stores?)))?(?=\s*(?:[?.!]|$|,?\s+so\s+(?:that\s+)?(?:we|I)\b))/g;

/**
 * "If two or more are level at the lowest price, show me every one of them.", "Ties: include all of them.", "If several
 * share that price, list them all.", "Return every offer that ties.": how to answer a tie, which the cheapest answer always
 * does (every offer at the lowest price). Such a sentence names nothing wanted, and its verb ("show me ...") asks nothing.
 */
const TIES_SAID = String.raw`(?:(?:and\s+)?(?:if|where|when|should)\s+[^.!?;]*?\b(?:ties?|tied|tying|(?:are|is|come\s+in|ends?\s+up)\s+level|share|sharing|same\s+(?:lowest\s+)?price|joint|equal(?:ly)?)\b[^.!?;]*|ties?\b[^.!?;]*|(?:please\s+)?(?:include|return|list|show|give)\s+(?:me\s+)?(?:every|all|each|both|any)\s+[^.!?;]*?\b(?:tie|ties|tied)\b[^.!?;]*|(?:and|plus)\s+(?:all|every|each|any)\s+(?:the\s+)?(?:other\s+)?(?:offers?|ones?)\s+(?:tied|tying|that\s+tie)\b[^.!?;]*)`;
// ("Find the cheapest offer, and all offers tied with it": the tie said after a comma.)
// ("Find the cheapest alternative and every offer tied with it": so without the comma.)
const TIES_SENTENCE = new RegExp(String.raw`(^|[.!?;]\s+|,\s+(?=(?:and\s+)?if\b|(?:and|plus)\s+(?:all|every|each|any)\s)|\s+(?=(?:and|plus)\s+(?:all|every|each|any)\s+(?:the\s+)?(?:other\s+)?(?:offers?|ones?)\s+(?:tied|tying|that\s+tie)\b))${TIES_SAID}(?:[.!?]+|(?=\s*;)|\s*$)`, 'gi');

/** (The same without the global flag, for a test that keeps no position between calls.) */
const A_TIES_SENTENCE = new RegExp(TIES_SENTENCE.source, 'i');

/** Whether the request says how to answer a tie at the lowest price, which only a request for the cheapest does. */
export function asksAboutTies(text: string): boolean {
  const tie = A_TIES_SENTENCE.exec(withoutUrls(text));
  // ("if several tie on that count": a tie in what is ranked, fans or speed, asks no price.)
  return tie !== null && !(/\b(?:count|number|figure|score|fans?|speed|rpm|leds?)\b/i.test(tie[0]) && !/\b(?:price|cheap\w*|cost\w*|lowest)\b/i.test(tie[0]));
}

/** "socket, chipset, memory type and size", "Speed and profile (XMP or AMD)", "brand": aspects of a product, listed. */
const ASPECT = String.raw`(?:the\s+|its\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?`;
const ASPECTS = String.raw`${ASPECT}(?:\s*(?:,|\band\b|\bor\b|\/|,\s*and\b|,\s*or\b)\s*${ASPECT}){0,6}(?:\s*\([^)]*\))?`;
const LEFT_OPEN = String.raw`(?:open|optional|up\s+to\s+you|your\s+call|irrelevant|unimportant|not\s+important|flexible|(?:do|does)(?:\s+not|n't)\s+matter|makes?\s+no\s+difference|no\s+preference)`;
/**
 * "Socket, chipset, memory type and size are all open.", "Speed and profile (XMP or AMD) don't matter.", "Lighting optional,
 * brand open.", "Series, colour and lighting: no preference.", "Size, colour and looks are up to you.": aspects left to the
 * shops ask nothing, and listed without a verb they would read as wishes.
 */
const ASPECTS_OPEN = new RegExp(String.raw`(^|[.!?;(]\s*|,\s*)${ASPECTS}\s*(?::\s*(?:${LEFT_OPEN}|any(?:thing)?|whatever|n\/a)|\s+(?:(?:are|is|'re|'s)\s+)?(?:all\s+|both\s+|completely\s+|entirely\s+|totally\s+)?${LEFT_OPEN})(?:\s+to\s+(?:me|us))?(?=\s*[.,;!?)]|\s*$)`, 'g');

/**
 * 'Forwarding this from my nephew, word for word: "the board is the X ..."', 'My friend wrote: "..."': a message passed on,
 * quoted whole; the quote is the request, the words passing it on name nothing.
 */
const PASSED_ON = /^[^"“:]*\b(?:forward(?:ing|ed)?|pass(?:ing|ed)\s+on|copied|copy(?:ing)?|pasted|pasting|quot(?:e|ed|ing)|word\s+for\s+word|verbatim|wrote|writes|sent|says|said|texted|messaged|message|note|asked)\b[^"“:]*:\s*["“]([^"”]{20,})["”]\s*/i;

/** The letters an expansion abbreviates: each word's first letter and its inner capitals ("embedded DisplayPort": "eDP"). */
const initials = (words: string): string => words.split(/[\s-]+/).filter(Boolean).map((w) => w[0]! + w.slice(1).replace(/[^A-Z]/g, '')).join('').toLowerCase();

/**
 * "an eDP (embedded DisplayPort) connector", "embedded DisplayPort (eDP)": an abbreviation spelled out beside it is one
 * thing said twice; titles write the abbreviation, and the words spelled out would read as another thing ("DisplayPort").
 */
function abbreviationsOnce(text: string): string {
  return text.replace(/\b([A-Za-z][A-Za-z0-9]{1,6})\s+\(([A-Za-z][\w\s-]{2,40})\)/g, (whole, short: string, long: string) => (initials(long) === short.toLowerCase() ? short : whole))
    .replace(/\b((?:[A-Za-z][\w-]*\s+){1,4}[A-Za-z][\w-]*)\s+\(([A-Za-z][A-Za-z0-9]{1,6})\)/g, (whole, long: string, short: string) => {
      // The expansion is the last words before the brackets, as many as it takes to spell the abbreviation.
      const words = long.split(/\s+/);
      for (let n = 1; n <= words.length; n++) if (initials(words.slice(-n).join(' ')) === short.toLowerCase()) return [...words.slice(0, -n), short].join(' ');
      return whole;
    });
}

/** "both the standard one and the FX RGB version": the plain product and one edition of it, both wanted (request-shape.ts reads them). */
export const BOTH_PLAIN_AND_EDITION = /\bboth\s+(?:the\s+)?(?:standard|plain|regular|normal|basic|ordinary)\s+(?:one|version|edition|model)\s+and\s+the\s+((?:[\w-]+\s+){1,3}?)(?:version|edition|model|one)\b/i;

/** Words that say a request is about cooling a processor with liquid. */
const COOLING_SAID = /\b(?:radiators?|water[\s-]?cool(?:ing|ed|er)?|liquid[\s-]cool(?:ing|ed|er)?|pump|cpu\s+cool(?:ing|er))\b/i;

/** The request without its links, in the plain wording the readings of request-shape.ts expect. */
export function plainRequest(text: string): string {
  // The maker be quiet! writes its name with an exclamation mark, which ends no sentence; its possessive names it
  // like "the" does ("the high-speed version of be quiet!'s Light Wings 12cm ARGB fans").
  // A "hard disk" is what titles call a hard drive ("WD 1TB My Passport External Hard Drive").
  // ("stay with be quiet!.": the maker's mark, then the sentence's own stop.)
  return fieldsAsSentence(abbreviationsOnce(withNamesCapitalised(withoutUrls(text).trim().replace(/\bbe quiet!(?=[.,;:]|\s*$)/gi, 'Be Quiet')))).replace(PASSED_ON, (_m, message: string) => `${/[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`} `)
    .replace(TIES_SENTENCE, '$1').replace(ASPECTS_OPEN, '$1').replace(/\s*[;,]\s*(?=[.!?]|$)/g, '').replace(/([.!?])(?:\s*[.;,])+/g, '$1').replace(/^\s*[.;,]\s*/, '')
    .replace(/\bbe quiet!['’]s(?=\s+[a-zA-Z])/gi, 'the Be Quiet').replace(/\bbe quiet!(?=\s+[a-zA-Z]|[,;:])/gi, 'Be Quiet')
    .replace(/\bhard\s+disk(?:\s+drive)?(s?)\b/gi, 'hard drive$1')
    // "I'm after one of those white fish-tank cases with ...": one of a kind the shopper describes, named as "a" would
    // ("one of those cases" alone points back at cases named before, and stays).
    .replace(/\b(?:just\s+)?one\s+of\s+(?:those|these)\s+(?!(?:two|three|four|\d)\b)(?=([a-z][\w-]*))/gi, (whole, next: string) => (kindOfWord(next) ? whole : 'a '))
    // "One ADATA XPG Lancer Blade 16GB DDR5 stick, ...": a count of one opening a sentence names the thing as "an" would.
    .replace(/(^|[.!?]\s+)One\s+(?=[A-Z][\w!-]*\s+[A-Z0-9])/g, '$1An ')
    // "refuse to pay extra for factory overclocking", "nothing that is sold as an OC model", "not overclocked": a refusal of
    // what titles write "OC" (a factory overclock), said the way the refusal readings know ("without OC", "not an OC model").
    .replace(/\b(?:(?:but|and)\s+)?(?:I\s+)?refuse\s+to\s+pay\s+(?:(?:any(?:thing)?\s+)?(?:extra|more)\s+)?for\s+/gi, 'but without ')
    .replace(/\bfactory[\s-]+overclock(?:ing|ed|s)?\b(?!\s+(?:the\s+)?[A-Z])/gi, 'OC').replace(/\b(not|no|never)\s+overclocked\b/gi, '$1 OC')
    .replace(/\bnothing\s+that\s+(?:is|gets|comes)\s+(?:sold|marketed|labell?ed|branded)\s+as\s+(?:an?\s+)?/gi, 'not an ')
    // "..., and any of them fits my budget: the black one, the EVA-02 edition or the one with Noctua fans": versions any of which
    // will do, listed; none is asked for.
    .replace(/,?\s*(?:and\s+|but\s+)?(?:any|either|all|each)\s+(?:one\s+)?of\s+them\s+(?:fits?|suits?|will\s+do|would\s+do|is\s+fine|are\s+fine|works?|is\s+ok(?:ay)?)\b[^:.!?]*:\s*[^.!?]*/gi, '')
    // "I want to see every listing of the 360mm all-in-one": a shop's listing of it is an offer for it.
    .replace(/\b(every|all(?:\s+the)?|each|any)\s+listings?\b/gi, (_m, which: string) => `${which} ${/^every|^each|^any/i.test(which) ? 'offer' : 'offers'}`)
    // "DDR4-3200": the generation and its speed, which titles write apart ("DDR4, 3200MHz").
    .replace(/\b(DDR\d)-(\d{4})\b/gi, '$1 $2MHz')
    // "I don't want any lights on the memory", "we do not want RGB": a thing turned down, said as the refusal readings know it
    // (not "I don't want to pay more than ..." nor "I don't want a case that ...", whose thing is described after it).
    .replace(/\b(?:I|we)\s+(?:really\s+)?(?:don['’]?t|do\s+not)\s+(?:really\s+)?want\s+(?:any\s+)?(?=[A-Za-z0-9])(?!(?:to|an?|the|it|them|this|that|these|those|my|our|his|her|their|anything|something|one)\b)/gi, 'no ')
    // "Find the cheapest offer elsewhere", "the cheapest offer among the other shops": the shops left once one is turned down
    // (shop-choice.ts), no thing of its own.
    .replace(/\b(offers?|ones?|deals?)\s+(?:elsewhere|anywhere\s+else|somewhere\s+else|(?:at|in|from|among|across)\s+the\s+(?:other|remaining|rest\s+of\s+the)\s+(?:shops?|stores?|sellers?))\b/gi, '$1')
    // "Find all compatible board offers": the offers for things of that kind. "Show me its offers": the offers for it.
    .replace(/\b(all|every)\s+(?:the\s+)?((?:compatible|matching|suitable|fitting)\s+)([a-z][\w-]*)\s+offers\b/gi, (whole, which: string, _how: string, kind: string) => (kindOfWord(kind) || /^board$/i.test(kind) ? `${which} offers for ${kind}s` : whole))
    .replace(/\b(show\s+me|find|give\s+me|list)\s+(?:all\s+)?(?:its|their)\s+offers\b/gi, 'Find all offers for it')
    // "the cheapest offer(s)": one or several, as ties allow.
    .replace(/\b(offer|deal|option|listing)\(s\)/gi, '$1s')
    // "Antec case, E-ATX support, and ...": a board size or standard the thing supports, which pages name without the word.
    .replace(/\b((?:E-?ATX|ATX|Micro[\s-]?ATX|Mini[\s-]?ITX|mATX|DDR\d|AM\d|LGA\s?\d{4}|PCIe\s?\d(?:\.\d)?|Wi-?Fi\s?\d\w?|USB[\s-]?C|NVMe))\s+support\b(?!\s+(?:for|of)\b)/gi, '$1').trim()
    // "What are you looking for? A Corsair ... case in white, ...": a shop form's question, then the answer, which is the request.
    // "Evangelion fan here, so it has to be ...", "Long-time Asus user here:": who is asking names nothing wanted.
    .replace(/^(?:(?:big|huge|long-?time|lifelong|die-?hard|massive)\s+)?(?:[\w-]+\s+){0,2}?(?:fan|person|guy|nerd|geek|user|owner|builder|gamer|enthusiast)\s+here\s*[,.:;!\u2013\u2014-]\s*(?:(?:so|and)\s+)?/i, '')
    // "Living-room gaming PC question: ...", "Quick question -": a label saying a question follows names nothing wanted.
    .replace(/^(?:[\w-]+\s+){0,4}?(?:question|query|request|enquiry|inquiry)\s*[:\u2013\u2014-]\s+(?=\S)/i, '')
    .replace(FORM_QUESTION, '').replace(GREETING, '').replace(SIGN_OFF, (m) => (/^[.!?]/.test(m) ? m[0]! : '')).trim()
    // "Please put every offer of the X in the cart at each shop": its offers, to be added.
    .replace(/(^|[.!?]\s+)(?:please\s+)?(?:put|add|place)\s+(?:every|each|all)\s+(?:the\s+)?(?:offers?|listings?)\s+(?:of|for)\s+(the\s+[^.!?]*?)\s+(?:in|into|to)\s+(?:the|my|your|each|every)\s+(?:shopping\s+)?(?:cart|basket)s?\b(?:\s+(?:at|of|in)\s+(?:every|each|all)\s+(?:the\s+)?(?:shops?|stores?))?/gi, '$1Find all offers for $2 and add them to the cart')
    // ", both the standard one and the FX RGB version": every version, none asked for.
    .replace(new RegExp(String.raw`,?\s*${BOTH_PLAIN_AND_EDITION.source}`, 'gi'), '')
    // "Add every GameMax Infinity dual-chamber case to the carts: ...": every offer of that product, to be added.
    .replace(/(^|[.!?]\s+)(?:please\s+)?(?:add|put)\s+(?:every|each|all)\s+(?!(?:the\s+)?(?:offers?|listings?)\b)((?:[A-Z][\w!-]*\s+)[^.!?:]*?)\s+(?:to|in|into)\s+(?:the|my|your|their)\s+(?:shopping\s+)?(?:cart|basket)s?\b/gi, '$1Find all offers for the $2 and add them to the cart')
    // "Add the Asus TUF Gaming A620M-PLUS to the cart at every shop that has it.": asks for its offers, to be added.
    .replace(/(^|[.!?]\s+)(?:please\s+)?(?:add|put)\s+(the\s+[^.!?]*?)\s+(?:to|in|into)\s+(?:the|my|your|each|every)\s+(?:shopping\s+)?(?:cart|basket)s?\b(?:\s+(?:at|of|in)\s+(?:every|each|all|any)\s+(?:the\s+)?(?:shops?|stores?)(?:\s+that\s+(?:has|have|sells?|carries|carry|stocks?)\s+it)?)?(?=\s*[.!?]|$)/gi, '$1Find all offers for $2 and add them to the cart')
    // "Which shop asks the least for the Acme X?": the cheapest offer for it, asked as a question.
    .replace(/(^|[.!?:]\s+)(?:so\s+)?(?:which|what)\s+(?:shop|store|seller|retailer|one)\s+(?:asks|charges|wants)\s+(?:the\s+)?(?:least|lowest\s+price|smallest\s+amount)\s+(?:money\s+)?for\s+/gi, '$1Find the cheapest offer for ')
    // "Who sells the EVA-02 one for the lowest price?", "Which shop has the X cheapest?", "Where's the X cheapest?": the cheapest
    // offer for it, asked as a question.
    .replace(/(^|[.!?:]\s+)(?:so\s+)?(?:who|which\s+(?:shop|store|seller|retailer)s?|where\s+(?:can|do)\s+(?:I|we)\s+(?:get|buy|find)|where(?:['’]s|\s+is|\s+are))\s+(?:(?:sells?|has|have|offers?|carr(?:y|ies)|stocks?|lists?)\s+)?(the\s+[^?.!]+?)\s+(?:for\s+the\s+(?:lowest|best|cheapest)\s+price|(?:the\s+)?cheapest|for\s+(?:the\s+)?least(?:\s+money)?|at\s+the\s+lowest\s+price|most\s+cheaply|for\s+less)\s*\?/gi, '$1Find the cheapest offer for $2.')
    // "What is the lowest price anyone asks for it?": the cheapest offer for what was named.
    .replace(/(^|[.!?:]\s+)(?:so\s+)?what(?:'s|\s+is)\s+the\s+(?:lowest|cheapest|best)\s+price\s+(?:that\s+)?(?:anyone|anybody|any\s+(?:shop|store|seller)|a\s+shop|the\s+shops?|they)\s+(?:asks?|charges?|wants?|offers?)\s+for\s+(it|them|that|this)\s*\?/gi, '$1Find the cheapest offer for $2.')
    // "Cheapest one, please, and if there's a tie ...": the cheapest offer for the one described.
    .replace(/(^|[.!?]\s+)(?:the\s+)?cheapest\s+one(?:\s*,?\s*please)?(?=\s*[,.!?]|\s*$)/gi, '$1Find the cheapest offer for one')
    // "Which is the cheapest offer?": a question asking for the cheapest of what was named.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:what|which)(?:'s|\s+is|\s+are|\s+would\s+be)\s+the\s+(cheapest|lowest[\s-]priced?|least\s+expensive)\s+(offers?|deals?|options?|ones?)\s*\?/gi, '$1Find the $2 offer for it.')
    // "Which of the remaining offers is the cheapest?", "Which of them is cheapest?": so too.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:which|what)\s+(?:one\s+)?of\s+(?:the|these|those|them|all)(?:\s+(?:the\s+)?(?:(?:remaining|other|available)\s+)?(?:offers?|ones?|listings?))?\s+(?:is|would\s+be)\s+(?:the\s+)?(?:cheapest|lowest[\s-]priced?|least\s+expensive)\s*\?/gi, '$1Find the cheapest offer for it.')
    // "Which offers fit?", "Which ones would do?": every offer for what was described.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:which|what)\s+(?:offers?|ones?|listings?)\s+(?:fit|fits|would\s+(?:do|fit|work)|will\s+(?:do|fit|work)|qualify|match|work)(?:\s+(?:the\s+bill|that|this|it))?\s*\?/gi, '$1Find all offers for it.')
    // "What's the cheapest alternative?": the same of an alternative to a quoted product.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:what|which)(?:'s|\s+is|\s+would\s+be)\s+the\s+(cheapest|lowest[\s-]priced?|least\s+expensive)\s+(alternative|substitute|replacement)\s*\?/gi, '$1Find the $2 $3.')
    // "What's the cheapest cooler like that?": the cheapest offer for a thing of that kind, asked as a question.
    .replace(/(^|[.!?]\s+)(?:so\s+)?what(?:'s|\s+is)\s+the\s+(?:cheapest|least\s+expensive|lowest[\s-]priced)\s+(?!(?:offers?|deals?|options?|ones?|alternatives?|substitutes?|replacements?|way|ways|place|places|shops?|stores?|sellers?|route|time)\b)([a-z][^?.!]*?)\s*\?/gi, '$1Find the cheapest offer for a $2.')
    // "Cheapest offer, please, and include all offers that tie.": a terse ask for the cheapest of what was named.
    // (Said without "please", "Cheapest offer; if there's a tie ..." closes a request of fragments, which stays one.)
    .replace(/(^|[.!?]\s+)(?:the\s+)?(cheapest|lowest[\s-]priced?)\s+(offers?|deals?),?\s+please\b(?=\s*[,.?!;:]|$)/gi, '$1Find the $2 $3 for it')
    // "Cheapest offer for something like that?": a terse ask for the cheapest of what was said before.
    .replace(/(^|[.!?:]\s+)(?:the\s+)?(cheapest|lowest[\s-]priced?|least\s+expensive)\s+(offers?|options?|deals?)\s+for\s+(?=(?:something|anything|one|it|that|this|these|those|such)\b)/gi, '$1Find the $2 $3 for ')
    // "... every offer for both versions before deciding", "... before I pick one": when the shopper will choose asks nothing.
    .replace(/\s+before\s+(?:(?:I|we)\s+(?:decide|pick|choose|buy|order|commit)|deciding|choosing|picking|buying|ordering|committing)(?:\s+(?:one|anything|which\s+one|on\s+one))?(?=\s*[.!?]|$)/gi, '')
    // "a single 8GB module or a bigger kit is fine": that size or more, whatever it comes as.
    .replace(/\b(?:an?\s+)?(?:(?:single|lone)\s+)?(\d+(?:\.\d+)?\s?(?:GB|TB|mm|W))\s+[a-z-]+\s+or\s+(?:an?\s+|any\s+)?(?:bigger|larger|higher|more)\b[^,;.!?]*?\s+(?:is|are|would\s+be)\s+(?:also\s+)?(?:fine|ok|okay|welcome)\b/gi, 'at least $1')
    // "I only trust the German silence people, be quiet!": the maker named after its description.
    .replace(/\b(only\s+(?:trust|buy|use|want|buy\s+from))\s+the\s+[^,.;:!?]{3,40},\s+([A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?)(?=\s*[.;!?]|\s*$)/g, '$1 $2')
    // "I still want to try water cooling ... the cheapest all-in-one that will fit there": beside cooling words, an all-in-one
    // named alone is the liquid cooler sold as one piece.
    .replace(/\b(all-in-one|AIO)(s?)\b(?=\s+(?:that|which|with|for|from|under|below|to|in|whose)\b|\s*[,.;:!?]|\s*$)/gi, (whole, word: string, plural: string) => (COOLING_SAID.test(text) ? `${word} cooler${plural}` : whole))
    // "the most capable one be quiet! sells", "the biggest one Corsair makes": one made by that maker.
    .replace(/\b(one|ones|model|models)\s+((?:[A-Z][\w!-]*)(?:\s+[A-Z][\w!-]*)?)\s+(?:sells|makes|offers|builds|currently\s+(?:sells|makes|offers))\b/g, '$1 made by $2')
    // "four cores won't be enough", "2 fans aren't enough": more than that many.
    .replace(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s+([a-z]+s)\s+(?:(?:won['’]t|will\s+not|would\s*n['’]?t|would\s+not)\s+be|(?:is|are)\s*n['’]t|(?:is|are)\s+not)\s+(?:enough|sufficient)\b/gi, (_m, n: string, things: string) => `more than ${countValue(n)} ${things}`)
    // "more than four cores", "fewer than three fans": the count as a figure, as the figure readers take it.
    // (Not "if more than one shares the lowest price": offers tying, no count of a part.)
    .replace(/\b(more|fewer|less)\s+than\s+(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s+(?=[a-z]+s\b)(?!(?:offers|shops|stores|listings|ones)\b)/gi, (_m, which: string, n: string) => `${which} than ${countValue(n)} `)
    // "a proper Intel server-class processor", "a decent case": a word of praise names nothing titles say.
    .replace(/\b(an?|the)\s+(?:proper|decent|real|genuine|solid|nice|good)\s+(?=[A-Za-z])(?!(?:one|ones|enough|deal|price|value)\b)/gi, '$1 ')
    // "find all offers for this cooler pls": a closing "pls" asks nothing.
    .replace(/,?\s+(?:pls|plz|thx|ty)\s*([.!?]?)\s*$/i, '$1')
    // (", please" asks nothing: "All offers, please.")
    .replace(/,\s*please(?=\s*[,.;:!?]|$)/gi, '')
    // "I'd like to see all the offers", "let me see every offer", "I'd like all the offers", "..., so I'd like to see every
    // offer for both": asks as "Find" does.
    .replace(/(^|[.!?]\s+|,\s+(?:so|and)\s+)(?:(?:(?:I(?:'d|\s+would)\s+(?:like|love)|I\s+want|I\s+need|we(?:'d|\s+would)\s+like)\s+to|let\s+(?:me|us))\s+see\s+(?=(?:all|every|each)\b)|(?:I(?:'d|\s+would)\s+like|I\s+want|we(?:'d|\s+would)\s+like)\s+(?=(?:all|every)\s+(?:the\s+|of\s+the\s+)?offers\b))/gi, '$1Find ')
    // "feed both the TV and the AV receiver over HDMI": two outputs of that connection, one for each.
    .replace(/\b(?:feed|drive|run|connect\s+to|plug\s+into|output\s+to|send\s+(?:a\s+)?(?:picture|signal|video)\s+to)\s+both\s+(?:the\s+|my\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:the\s+|my\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:over|via|through|by|with|using)\s+([A-Z][\w-]*)\b/g, 'have at least two $1 outputs')
    // "all remaining offers that match", "every matching offer": the offers of what was said, no word of it.
    .replace(/\b(all|every|each)\s+(?:the\s+)?(?:remaining|other|matching|relevant|suitable)\s+(offers?)(?:\s+(?:that|which)\s+(?:match|fit|qualify|apply))?/gi, '$1 $2')
    .replace(POLITE_ASK, (_m, before1?: string, before2?: string) => `${before1 ?? before2 ?? ''}Find`).replace(OFFERS_OF_NOTHING, '$1 for it').replace(ON_BEHALF, 'I want')
    // Dictated: "ok, um, one more memory stick ...", "with, uh, DDR4, no wait, DDR5 it is": fillers say nothing, and a word
    // corrected on the spot is replaced by the correction.
    .replace(FILLERS, ' ').replace(SELF_CORRECTED, '$1')
    // Notes' shorthand and shouting: "w/ 3 fans", "w/o fans", "NOT the empty one", "min. 5600MHz", "RAM = Corsair" for "RAM: Corsair".
    .replace(/\bw\/o(?=\s)/gi, 'without').replace(/\bw\/(?=\s)/gi, 'with').replace(/\bNOT\b/g, 'not')
    // "Samsung's 'Fan Edition' of the Galaxy Tab S9": the edition Samsung titles "FE" ("Galaxy Tab S9 FE"), general knowledge.
    .replace(/['‘’"“”]?\bFan\s+Edition\b['‘’"“”]?\s+of\s+the\s+((?:[A-Z][\w+-]*\s+){0,3}[A-Z]?[\w+-]*\d[\w+-]*)/g, 'the $1 FE').replace(/\b((?:[A-Z][\w+-]*\s+){0,3}[A-Z]?[\w+-]*\d[\w+-]*)\s+Fan\s+Edition\b/g, '$1 FE')
    // "the EVA-02 edition of the Asus ROG Ryujin III 360": the edition as titles name it, after the model ("... Ryujin III 360 EVA-02").
    .replace(/\bthe\s+([A-Z0-9][\w+-]*(?:\s+[A-Z0-9][\w+-]*)?)\s+(?:edition|version|variant)\s+of\s+the\s+([A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*)+)/g, 'the $2 $1')
    // "What is the cheapest offer for an Intel processor ...?": a question that asks as "Find" does.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:what|where|which)(?:'s|\s+is|\s+are)\s+(?=the\s+(?:cheapest|lowest[\s-]priced?|least\s+expensive)\s+(?:offers?|deals?|prices?)\s+for\b)/gi, '$1Find ')
    // "coolers that meet all three points": what the lead-in lists, as "like that" says it.
    .replace(/\b(?:that|which)\s+(?:meets?|satisf(?:y|ies)|fulfil+s?|ticks?|match(?:es)?|covers?)\s+(?:all\s+|each\s+of\s+|every\s+one\s+of\s+|both\s+of\s+)?(?:the|these|those|my|all|both)?\s*(?:\w+\s+)?(?:points|requirements|criteria|conditions|needs|boxes|rules|specs|wishes)\b|\b(?:that|which)\s+(?:meets?|satisf(?:y|ies)|fulfil+s?|match(?:es)?|covers?|do(?:es)?)\s+all\s+(?:of\s+)?(?:this|that|these|those|it)\b/gi, 'like that')
    .replace(/\bmin\.?\s+(?=\d)/gi, 'at least ').replace(/\bmax\.?\s+(?=\d)/gi, 'at most ').replace(/(\w)\s+=\s+(?=\w)/g, '$1: ').replace(/\s+/g, ' ').trim();
}
