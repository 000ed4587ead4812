/**
 * What the lead-in of a request for an alternative to a quoted product says the alternative must be ("It still needs 5G",
 * "A case that still has carry handles would do", "I'd still like to stay with the Z790 chipset", "Same full-size X please"),
 * each as a requirement (request-shape.ts); and what the shopper can do without or does not mind, which asks nothing.
 */

/** "It still needs 5G and a screen of at least 11 inches": what the thing must still do, said of "it". */
// ("So it should be a Galaxy S24-series phone instead": a joining word may open the sentence.)
const IT_STILL_NEEDS = /(?:^|[.!?;]\s+)(?:(?:so|then|now|and)\s+)?((?:it|the\s+new\s+one|the\s+alternative|the\s+replacement)\s+(?:still\s+|also\s+)?(?:needs|must|has\s+to|should)\b[^.!?;]+)/gi;
/** "A case that still has carry handles and still takes E-ATX would do": the alternative described, then said to be enough. */
// ("Any Corsair 3500X in white would do": a model named, in what it must be; its name is kept with it.)
const WOULD_DO = /(?:^|[.!?;]\s+)(?:an?|any|one)\s+(?:((?:[A-Z][\w!-]*\s+)?[A-Z]*\d[\w-]*\s+in\s+[^.!?;,]+?)|(?:[\w-]+\s+){0,2}?(?:[\w-]+\s+)((?:that|which|with)\s+[^.!?;]+?))\s+(?:would|will|should)\s+do\b/gi;
/** "I'd still like to stay with Asus's ROG line and the Z790 chipset, on a full-size ATX board": what it keeps of the quoted one. */
// ("I want to stay with the Ryujin III 360 and its LCD screen, but in the version that comes with Noctua fans": so too.)
const STAY_WITH = /\b(?:I|we)(?:(?:'d|\s+would)\s+(?:still\s+)?(?:like|prefer|want)|\s+(?:still\s+)?want)\s+to\s+(?:stay|stick|remain)\s+(?:with|on|in)\s+([^.!?;]+)/gi;
/** "Same full-size Fractal Torrent please (not the Compact), still in white": the quoted product's line again, as described. */
// ("So now I want the same GameMax Infinity case in the version that comes with its fans already installed": so too.)
const SAME_AGAIN_SAID = /(?:^|[.!?;]\s+)(?:(?:so\s+)?(?:now\s+)?(?:I|we)(?:\s+(?:still\s+)?(?:want|need)|(?:'d|\s+would)\s+(?:like|prefer))\s+(?:the\s+)?)?same\s+([^.!?;]+)/gi;

/** "I still need one M.2 NVMe drive with at least 4TB on it": what the shopper still needs, said of themselves. */
// ("I need an air cooler (heatsink and fan, no liquid) whose listing says it fits AMD sockets": a thing of a kind, then what
// it must do, said of the one wanted instead.)
const I_STILL_NEED = /\b(?:I|we)\s+(?:(?:still|also)\s+(?:need|want|require)\s+(?:an?\s+|one\s+)?|(?:need|require)\s+(?:an?|one)\s+(?=(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:\([^()]*\)\s+)?(?:whose|that|which)\b))((?:[^.!?;]|\.(?=\d))+)/gi;

/** "Instead I'd like a portable hard drive with at least 2TB": the thing wanted in the quoted one's place, described. */
// ("so I'd rather have the Liquid Freezer III with A-RGB in the same 280mm size": so too.)
const INSTEAD_I_WANT = /\binstead,?\s+(?:I|we)(?:(?:'d|\s+would)\s+(?:rather\s+have|like|prefer|want)|\s+(?:want|need))\s+(?:an?\s+|one\s+)?([^.!?;]+)|\b(?:I|we)(?:'d|\s+would)\s+rather\s+(?:have|get|buy|go\s+(?:for|with)|(?:fill|use|populate)\s+(?:the\s+slot|the\s+slots|it|them)\s+with)\s+((?:the|an?)\s+(?:[^.!?;]|\.(?=\d))+|[a-z]+s\s+(?:that|which|with)\s+[^.!?;]+)/gi;

/** "Everything else stays the same: Corsair, DDR4-3600, 32GB as two 16GB sticks": what the alternative keeps, listed. */
const EVERYTHING_ELSE_SAME = /\b(?:everything|all)\s+else\s+(?:stays|remains|is|should\s+(?:stay|be))\s+(?:the\s+same|as\s+(?:it\s+)?(?:is|was))\s*[:,-]\s*([^.!?;]+)/gi;

/** "But I want a little screen on the pump to show GIFs.": what the shopper wants that the quoted one lacks, said after it. */
const BUT_I_WANT = /(?:^|[.!?;]\s+)(?:but|and|now|so|only)\s+(?:I|we)(?:\s+(?:really\s+|also\s+)?(?:want|need)|(?:'d|\s+would)\s+(?:really\s+|also\s+)?like)\s+((?:an?|some|one)\s+[^.!?;]+)/gi;
/** "Still a single 120mm radiator, any brand.": a note on what stays as it was. */
const STILL_NOTE = /(?:^|[.!?;]\s+)still\s+((?:an?|one|the|with)\s+[^.!?;]+)/gi;

/** "as long as it is the North XL", "as long as it stays white": the one condition the shopper puts on it. */
// ("as long as its fans come fitted": what its part must be, said of the part.)
const AS_LONG_AS = /\bas\s+long\s+as\s+(?:(?:it|the\s+new\s+one|the\s+alternative)(?:\s+(?:is|stays|remains|has)|['’]s)\s+([^.!?;]+)|(?:its|their)\s+([^.!?;]+))/gi;

/** "I'd settle for Corsair's Vengeance RGB line instead": the thing the shopper would take instead of the quoted one. */
const SETTLE_FOR = /\b(?:I|we)(?:['’]d|\s+would|['’]ll|\s+will|\s+can)\s+(?:happily\s+|gladly\s+)?(?:settle\s+for|make\s+do\s+with|go\s+for|take)\s+(?!(?:that|this|it|them|one|those|these)\s+instead\b)((?:[A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?['’]s\s+)?[^.!?;,]+?)\s+instead\b/gi;

/** What the lead-in says the alternative to a quoted product must be, in the ways above, each as a requirement. */
export function alternativeDescribed(lead: string): string[] {
  return [
    ...[...lead.matchAll(IT_STILL_NEEDS)].map((m) => m[1]!),
    ...[...lead.matchAll(WOULD_DO)].map((m) => (m[1] ?? m[2])!),
    // ("I'd like to stay with be quiet!": a maker's name alone is the maker it must be made by.)
    // ("I'd like to stay with Asrock on a full-size ATX board ...": so is one followed by what its thing must be.)
    ...[...lead.matchAll(STAY_WITH)].map((m) => (/^[A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?$/.test(m[1]!.trim()) ? `made by ${m[1]!.trim()}`
      : m[1]!.replace(/^([A-Z][a-z][\w!-]*)\s+(?=(?:on|in)\s+(?:an?|the)\s)/, 'made by $1, '))),
    ...[...lead.matchAll(I_STILL_NEED)].map((m) => m[1]!),
    ...[...lead.matchAll(INSTEAD_I_WANT)].map((m) => (m[1] ?? m[2])!),
    ...[...lead.matchAll(BUT_I_WANT)].map((m) => m[1]!),
    ...[...lead.matchAll(STILL_NOTE)].map((m) => m[1]!),
    ...[...lead.matchAll(NOT_THIS_ONE_JUST)].map((m) => m[1]!),
    ...[...lead.matchAll(SAME_AGAIN_SAID)].map((m) => m[1]!.replace(/\bplease\b/gi, '')),
    // (A name, "as long as it is the North XL", is a title wish: keptNameWish, refused-names.ts.)
    // (A maker's name alone among what stays is the maker it must be made by.)
    ...[...lead.matchAll(EVERYTHING_ELSE_SAME)].map((m) => m[1]!.split(/\s*,\s*/).map((kept) => (/^[A-Z][\w!-]*$/.test(kept) && !/\d/.test(kept) ? `made by ${kept}` : kept)).join(', ')),
    ...[...lead.matchAll(AS_LONG_AS)].map((m) => (m[1] ?? m[2])!).filter((said) => !/^(?:the|an?)\s+[A-Z]/.test(said)),
    // (A maker's line settled for is where the alternative comes from: "from Corsair's Vengeance RGB line".)
    ...[...lead.matchAll(SETTLE_FOR)].map((m) => (/['’]s\s.*\b(?:line|series|range|family)$/.test(m[1]!) ? `from ${m[1]}` : m[1]!)),
  // ("I can live without the RGB fans": what it may lack asks nothing either way.)
  ].map((said) => said.replace(/\bstill\s+/gi, '').replace(OPEN_TO, ' ').replace(DO_WITHOUT, ' ').replace(NOT_MINDED, ' ').replace(/\s+(?=,)/g, '').replace(/(?:[\s,;]|\band\b)+$/, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** ", but I'm open to Intel as well as AMD": what the shopper is open to asks nothing. */
export const OPEN_TO = /\s*[;,]?\s*(?:but\s+)?\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:also\s+|quite\s+)?open\s+to\s+[^.;!?]*/gi;

/** "I don't need this particular kit, just 16GB of DDR4 as two 8GB sticks that light up": what any alternative needs. */
const NOT_THIS_ONE_JUST = /\b(?:I|we)\s+(?:do\s+not|don['’]?t)\s+(?:really\s+)?(?:need|want|have\s+to\s+have)\s+(?:this|that|the)\s+(?:(?:particular|exact|specific|same|very)\s+)?[\w-]+(?:\s+[\w-]+)?\s*[,;:]?\s*(?:just|only|simply|merely)\s+([^.;!?]+)/gi;

/** "; I can do without the light strips": what the shopper can do without asks nothing either way. */
export const DO_WITHOUT = /\s*[;,]?\s*\b(?:i|we)\s+(?:can|could)\s+(?:live|do|manage)\s+without\s+[^.;]*/gi;
/**
 * "Some listings show it at 1.3V and some at 1.4V, I don't care which", "black or white, either is fine", "120mm or 140mm, either
 * fits", "(with the glass window or the solid panel, I don't mind)": a choice the shopper
 * leaves open, said before the words that leave it open. The clause holding the choice asks nothing (in brackets, only what they hold:
 * "its own mobile data through a SIM card (4G or 5G, either is fine)" still asks for the SIM card).
 */
export const CHOICE_NOT_MINDED = /(?:[^,;.!?()]|(?<=\d)\.(?=\d))*[,;]?\s*(?:(?:for|to|in|with)\s+(?:my|our|the|his|her)\s+[a-z]+\s*,?\s+)?\b(?:(?:i|we)\s+(?:do\s+not|don't|dont|won't|will\s+not)\s+(?:mind|care)\s+which(?:\s+(?:one|of\s+(?:them|the\s+two)))?|(?:i|we)\s+(?:do\s+not|don't|dont)\s+(?:really\s+)?mind(?=\s*[).;!?]|\s*$)|either\s+(?:(?:one|colou?r|size|version|edition|model|listing)\s+)?(?:is\s+(?:fine|ok|okay|welcome|the\s+same(?:\s+[a-z]+)?)|will\s+do|works|(?:(?:will|would)\s+)?fits?)|whichever(?:\s+(?:is|one))?\s+(?:is\s+)?(?:fine|ok|okay)|(?:all|both|any)\s+(?:(?:are|is|of\s+them(?:\s+(?:are|is))?)\s+)?(?:fine|ok|okay|good))\b/gi;

/**
 * "Radiator size and lighting are open.", "Size and Wi-Fi don't matter.", "Whether it has graphics on the chip, comes with a
 * cooler or belongs to the older generation doesn't matter.", "lighting or no lighting, I honestly don't care": a sentence (or
 * clause after a semicolon or colon) that leaves what it lists up to the shops ("Capacity and speed are secondary") asks for none of it; so does "Black or white, tinted or
 * clear glass, both fine"; so do the alternatives listed right after it ("Colour and side panel don't matter to me, glass or mesh,
 * black or white").
 */
export const OPEN_CHOICE = /(?<=^|[.!?;:]\s+|\()[^.!?;:()]*?\b(?:(?:do|does)\s+not\s+(?:really\s+)?matter|(?:really\s+)?(?:don['’]?t|doesn['’]?t)\s+(?:really\s+)?matter|(?:is|are)\s+(?:all\s+|both\s+|entirely\s+)?(?:open|up\s+to\s+(?:you|the\s+shops?)|secondary|of\s+secondary\s+importance)|makes?\s+no\s+difference|(?:i|we)\s+(?:honestly\s+|really\s+|truly\s+|genuinely\s+)(?:do\s+not|don['’]?t)\s+care|(?:i|we)\s+(?:do\s+not|don['’]?t)\s+care\s+(?:about|for)\s+(?:the\s+)?[\w-]+(?:\s*(?:,|\bor\b|\band\b)\s*(?:the\s+)?[\w-]+)*|(?:both|all|either(?:\s+one)?)\s+(?:are\s+|is\s+|would\s+be\s+)?(?:fine|ok|okay|welcome))\b(?:\s+(?:to|for|with)\s+(?:me|us))?(?:\s*,\s*(?:[\w-]+\s+){0,2}or\s+[\w-]+(?=\s*[,.;]))*/gi;

/**
 * "I can't decide between the plain black one and the FX edition with the ARGB strips", "I'm still torn between the bare
 * version and the ARGB one": two versions weighed, either of which will do, so neither one's words are asked for. From the
 * shopper's "I" to the end of the second version (the clause before it, "I want the Corsair 3500X in white, and", stays).
 */
/**
 * "the single 14cm fan and the three-pack both count": two forms of the thing, either of which will do, so neither one's words are
 * asked for. (Only words with no name in them: "the 700 and the 800 both count" picks two models, read by requirements.)
 */
// ("I'm buying both the single fan and the three-pack": forms of one thing, each a pack word, both bought.)
export const FORMS_BOTH_COUNT = /(?<=^|[.!?;:]\s+)(?:the\s+)?[a-z][^.!?;:()A-Z]*?\s+and\s+(?:the\s+)?[a-z][^.!?;:()A-Z]*?\s+both\s+(?:count|do|qualify|work)\b|\bboth\s+the\s+(?:[a-z-]+\s+)?(?:single|twin|triple|pair|(?:[a-z]+-)?pack|kit|set|bundle)\b(?:\s+[a-z]+)?\s+and\s+the\s+(?:[a-z-]+\s+)?(?:single|twin|triple|pair|(?:[a-z]+-)?pack|kit|set|bundle)\b(?:\s+[a-z]+)?/g;

export const UNDECIDED_BETWEEN = /\b(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)?\s+(?:still\s+|really\s+|just\s+)?(?:can(?:not|['’]?t|\s+not)\s+(?:decide|choose|pick|make\s+up\s+(?:my|our)\s+minds?)|torn|undecided|hesitating|wavering|choosing|ha(?:ve|s)\s*(?:n['’]?t|\s+not)\s+(?:yet\s+)?(?:decided|chosen|picked))\s+between\s+[^.!?;:]*?\s(?:and|or)\s[^.!?;:,]*/gi;

/** "... would be fine", "'d also be okay": what the shopper would accept, said after it; no requirement (requirements.ts, misread-intents.ts). */
export const WOULD_BE_FINE = String.raw`\b(?:would|'d)\s+(?:also\s+|still\s+)?be\s+(?:fine|ok|okay|acceptable|alright|all\s+right)\b`;

/** Whether the words at `at` of `text` sit in a clause whose choice is left open ("... at 1.3V and some at 1.4V, I don't care which"). */
export function inChoiceNotMinded(text: string, at: number): boolean {
  return [...text.matchAll(CHOICE_NOT_MINDED), ...text.matchAll(OPEN_CHOICE)].some((m) => m.index! <= at && at < m.index! + m[0].length);
}

/** "; I do not mind its colour or whether its fans are ARGB", "; the colour makes no difference to me": what the shopper does not mind asks nothing. */
export const NOT_MINDED = /\s*[;,]?\s*\b(?:i|we)\s+(?:do\s+not|don't|dont|wouldn't|would\s+not)\s+(?:mind|care(?:\s+about)?)\b[^.;]*|\s*[;,]?\s*\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:fussed|bothered)\s+(?:about|by|with)\b[^.;]*|\s*[;,]?\s*\b(?:the|its)\s+(?:colou?r|size|finish|capacity)\s+(?:makes\s+no\s+difference|does\s+not\s+matter|doesn't\s+matter|is\s+not\s+important|is\s+up\s+to\s+you)\b[^.;]*/gi;
