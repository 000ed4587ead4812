/**
 * A request's wording made plain before it is read (request-shape.ts): the ways people phrase the same ask ("Can you pull
 * up all the offers ...", "Which shop asks the least for ...", "Cheapest offer, please", "Add the X to the cart"), their
 * greetings, sign-offs, fillers and shorthand, and words for one thing written two ways ("be quiet!", "hard disk",
 * "DDR4-3200", "Fan Edition"). Each rewrite keeps what is asked; none decides it.
 */
import { withoutUrls } from '../intents/quoted-urls';

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
const OTHER_ASKING_VERB = String.raw`(?:find|pull\s+up|dig\s+up|look\s+up|round\s+up|bring\s+up|track\s+down|hunt\s+down|get(?:\s+me)?|show(?:\s+me)?|search\s+for|look\s+for|fetch|grab|list|gather)`;
const POLITE_ASK = new RegExp(String.raw`(^|[.!?,:]\s+)(?:(?:so|and|then)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|quickly\s+|just\s+|also\s+)?|(?:i(?:'d|\s+would)\s+like|i\s+need|i\s+want)\s+you\s+to\s+|please\s+)${OTHER_ASKING_VERB}\b|(^|[.!?]\s+)(?:pull\s+up|dig\s+up|round\s+up|track\s+down|hunt\s+down|give\s+me|fetch|grab)\b`, 'gi');
/**
 * "My son wants the Fractal Design Meshify 2 ...", "Our office manager needs ...", "She wants ...": someone else's wish,
 * asked on their behalf, is read as the shopper's own.
 */
const ON_BEHALF = /\b(?:(?:my|our)\s+(?:(?:little|older|younger|elder|big|new|office|IT)\s+)?(?:son|daughter|wife|husband|partner|boss|friend|dad|father|mum|mom|mother|brother|sister|colleague|kid|child|client|manager|team|flatmate|roommate|girlfriend|boyfriend|nephew|niece|grandson|granddaughter|uncle|aunt|neighbou?r|student|customer)|(?<=(?:^|[.!?]\s+))(?:he|she|they))\s+(?:(?:really|definitely|now|also)\s+)?(?:wants|needs|would\s+like|is\s+after|are\s+after|want|need)\b/gi;

/** "pull up all the offers so we can compare": offers asked for with nothing after them are offers for what was named. */
const OFFERS_OF_NOTHING = /\b(Find\s+(?:every|all)\s+(?:the\s+|of\s+the\s+)?offers?)(?=\s*(?:[?.!]|$|,?\s+so\s+(?:that\s+)?(?:we|I)\b))/g;

/** The request without its links, in the plain wording the readings of request-shape.ts expect. */
export function plainRequest(text: string): string {
  // The maker be quiet! writes its name with an exclamation mark, which ends no sentence; its possessive names it
  // like "the" does ("the high-speed version of be quiet!'s Light Wings 12cm ARGB fans").
  // A "hard disk" is what titles call a hard drive ("WD 1TB My Passport External Hard Drive").
  return withoutUrls(text).replace(/\bbe quiet!['’]s(?=\s+[a-zA-Z])/gi, 'the Be Quiet').replace(/\bbe quiet!(?=\s+[a-zA-Z]|[,;:])/gi, 'Be Quiet')
    .replace(/\bhard\s+disk(?:\s+drive)?(s?)\b/gi, 'hard drive$1')
    // "DDR4-3200": the generation and its speed, which titles write apart ("DDR4, 3200MHz").
    .replace(/\b(DDR\d)-(\d{4})\b/gi, '$1 $2MHz').trim()
    // "What are you looking for? A Corsair ... case in white, ...": a shop form's question, then the answer, which is the request.
    .replace(FORM_QUESTION, '').replace(GREETING, '').replace(SIGN_OFF, (m) => (/^[.!?]/.test(m) ? m[0]! : '')).trim()
    // "Add the Asus TUF Gaming A620M-PLUS to the cart at every shop that has it.": asks for its offers, to be added.
    .replace(/(^|[.!?]\s+)(?:please\s+)?(?:add|put)\s+(the\s+[^.!?]*?)\s+(?:to|in|into)\s+(?:the|my|your|each|every)\s+(?:shopping\s+)?(?:cart|basket)s?\b(?:\s+(?:at|of|in)\s+(?:every|each|all|any)\s+(?:the\s+)?(?:shops?|stores?)(?:\s+that\s+(?:has|have|sells?|carries|carry|stocks?)\s+it)?)?(?=\s*[.!?]|$)/gi, '$1Find all offers for $2 and add them to the cart')
    // "Which shop asks the least for the Acme X?": the cheapest offer for it, asked as a question.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:which|what)\s+(?:shop|store|seller|retailer|one)\s+(?:asks|charges|wants)\s+(?:the\s+)?(?:least|lowest\s+price|smallest\s+amount)\s+(?:money\s+)?for\s+/gi, '$1Find the cheapest offer for ')
    // "Which is the cheapest offer?": a question asking for the cheapest of what was named.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:what|which)(?:'s|\s+is|\s+are|\s+would\s+be)\s+the\s+(cheapest|lowest[\s-]priced?|least\s+expensive)\s+(offers?|deals?|options?|ones?)\s*\?/gi, '$1Find the $2 offer for it.')
    // "Cheapest offer, please, and include all offers that tie.": a terse ask for the cheapest of what was named.
    // (Said without "please", "Cheapest offer; if there's a tie ..." closes a request of fragments, which stays one.)
    .replace(/(^|[.!?]\s+)(?:the\s+)?(cheapest|lowest[\s-]priced?)\s+(offers?|deals?),?\s+please\b(?=\s*[,.?!;:]|$)/gi, '$1Find the $2 $3 for it')
    // (", please" asks nothing: "All offers, please.")
    .replace(/,\s*please(?=\s*[,.;:!?]|$)/gi, '')
    .replace(POLITE_ASK, (_m, before1?: string, before2?: string) => `${before1 ?? before2 ?? ''}Find`).replace(OFFERS_OF_NOTHING, '$1 for it').replace(ON_BEHALF, 'I want')
    // Dictated: "ok, um, one more memory stick ...", "with, uh, DDR4, no wait, DDR5 it is": fillers say nothing, and a word
    // corrected on the spot is replaced by the correction.
    .replace(FILLERS, ' ').replace(SELF_CORRECTED, '$1')
    // Notes' shorthand and shouting: "w/ 3 fans", "w/o fans", "NOT the empty one", "min. 5600MHz", "RAM = Corsair" for "RAM: Corsair".
    .replace(/\bw\/o(?=\s)/gi, 'without').replace(/\bw\/(?=\s)/gi, 'with').replace(/\bNOT\b/g, 'not')
    // "Samsung's 'Fan Edition' of the Galaxy Tab S9": the edition Samsung titles "FE" ("Galaxy Tab S9 FE"), general knowledge.
    .replace(/['‘’"“”]?\bFan\s+Edition\b['‘’"“”]?\s+of\s+the\s+((?:[A-Z][\w+-]*\s+){0,3}[A-Z]?[\w+-]*\d[\w+-]*)/g, 'the $1 FE').replace(/\b((?:[A-Z][\w+-]*\s+){0,3}[A-Z]?[\w+-]*\d[\w+-]*)\s+Fan\s+Edition\b/g, '$1 FE')
    // "What is the cheapest offer for an Intel processor ...?": a question that asks as "Find" does.
    .replace(/(^|[.!?]\s+)(?:so\s+)?(?:what|where|which)(?:'s|\s+is|\s+are)\s+(?=the\s+(?:cheapest|lowest[\s-]priced?|least\s+expensive)\s+(?:offers?|deals?|prices?)\s+for\b)/gi, '$1Find ')
    // "coolers that meet all three points": what the lead-in lists, as "like that" says it.
    .replace(/\b(?:that|which)\s+(?:meets?|satisf(?:y|ies)|fulfil+s?|ticks?|match(?:es)?|covers?)\s+(?:all\s+|each\s+of\s+|every\s+one\s+of\s+|both\s+of\s+)?(?:the|these|those|my|all|both)?\s*(?:\w+\s+)?(?:points|requirements|criteria|conditions|needs|boxes|rules|specs|wishes)\b|\b(?:that|which)\s+(?:meets?|satisf(?:y|ies)|fulfil+s?|match(?:es)?|covers?|do(?:es)?)\s+all\s+(?:of\s+)?(?:this|that|these|those|it)\b/gi, 'like that')
    .replace(/\bmin\.?\s+(?=\d)/gi, 'at least ').replace(/\bmax\.?\s+(?=\d)/gi, 'at most ').replace(/(\w)\s+=\s+(?=\w)/g, '$1: ').replace(/\s+/g, ' ').trim();
}
