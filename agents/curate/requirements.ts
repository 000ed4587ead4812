/**
 * Requirement clauses ("which support 5G and come with an S-Pen", "longer than 3 metres",
 * "from Antec with ARGB fans") to checklist items. Only what a rule can check becomes an item:
 * quantities, brands after "from/by", colours, spec tokens (5G, DDR5, PCIe4, ARGB) and devices
 * after "fit/compatible with". The rest is kept as one free-text item, labelled unverifiable.
 */
import { measureFromText, VERSION_FLOOR, versionFloorItem } from '../checklist/build-shopping';
import { escapeRe, MODEL_TIERS } from '../checklist/text';
import type { TitleWish } from './title-wishes';
import type { ChecklistItem } from '../checklist/types';
import { COLOUR_NAMES, colourSynonyms, EDITION_COLOUR_NAME, isColourWord, namesEditionColour, otherColours } from './colour-words';
import { platformItem, SOCKET_MOUNTED } from './compatibility-keys';
import { connectorsIn, SMALL_PLUG_WRITTEN } from './connectors';
import { absent, colourItem, COLOURED_PARTS, present, REQUESTED } from './spec-items';
import { namedSuperlative, READ_SPEED_SAID } from './figures';
import { COUNT_WORD, countValue } from '../checklist/items/part-count';
import { KIT_MODULES, KIT_WRITTEN, kitModulesItem, MEMORY_SLOTS, memorySlotsItem, partCountItems, partSizeItems } from './part-requirements';
import { MUST_BE_CUE, REASON_CUE } from './reason-clause';
import { refusalSaidAsNot } from './refusals';
import { WOULD_BE_FINE } from './alternative-described';
import { ANY_OF_THEM_DOES, boardSizesNamed, NONE_OF_THEM_LIT, withoutBoardSizes } from './said-qualities';
import { builtForForms } from './subject-requirements';
import { CABLE_FREE_ITEM, CABLE_FREE_SAID, socketSpellings, UNVERSIONED_WIRELESS, wirelessItem, wirelessSpellings, withoutStandardNames } from './standards';
import { MATERIALS } from '../intents/shopping/vocabulary';
import { kindOfWord } from './product-kind';
import { PRICE_CEILING_AFTER } from '../intents/shopping/price';

const COMPARATIVE = /\b(exactly|at least|at most|longer|shorter|more|less|bigger|larger|smaller|over|under|above|below|up to|minimum|maximum)\b/i;
/** Upper-case words that name a kind of part, or a figure ("TDP"), not a property of it ("USB" is a connection: "with a USB connection"). */
const GENERIC = /^(ram|cpu|gpu|ssd|hdd|pc|psu|tv|tdp)s?$/i;

/**
 * Makers' product lines sold only as gaming gear, whose titles often omit the word "gaming"
 * ("AORUS B550 ELITE" is Gigabyte's gaming board). General product knowledge, not any shop's data.
 */
const GAMING_LINES = ['gamer', 'gamers', 'esports', 'Republic of Gamers', 'ROG', 'AORUS', 'Predator', 'Alienware', 'Legion', 'OMEN', 'HyperX', 'Razer', 'MPG', 'MEG'];

/**
 * What shops write on screens and gear sold for colour-critical work: makers' professional lines and
 * the colour figures such products state. General product knowledge, not any shop's data.
 */
const PROFESSIONAL_COLOUR = ['professional', 'ProArt', 'UltraSharp', 'ColorEdge', 'UltraFine', 'DCI-P3', 'Adobe RGB', 'colour accurate', 'color accurate', 'factory calibrated', 'Delta E'];

/**
 * Uses that imply a checkable property, from general product knowledge: competitive, reaction-based
 * play needs a high refresh rate (144 Hz is the usual floor for e-sports monitors); "for gamers"
 * means a product sold as gaming gear.
 */
const USE_CASES: [RegExp, ChecklistItem, ScreenOnly?][] = [
  [/\b(e-?sports?|competitive|reaction[- ]based|fast[- ]paced)\b/i, { ...REQUESTED, kind: 'measure', id: 'measure:hz>=144', label: 'High refresh rate (at least 144 Hz) for competitive play', unit: 'hz', op: '>=', value: 144 }, 'screen'],
  [/\bfor (gamers?|gaming)\b/i, { ...REQUESTED, kind: 'attribute-present', id: 'present:gaming', label: 'Made for gaming', text: 'gaming', anyOf: GAMING_LINES }],
  // Photo or video editing and colour-accurate work ask for a screen sold for it, not any screen.
  [/\b(photo|video|image) editing\b|\bcolou?r[- ](accurate|accuracy|critical|grading)\b|\bfor (designers|photographers|creators)\b/i,
    { ...REQUESTED, kind: 'attribute-present', id: 'present:professional', label: 'Made for colour-accurate professional work', text: 'professional', anyOf: PROFESSIONAL_COLOUR }, 'screen'],
];

/** A model number and the tier words after it ("RTX 4070 SUPER", "RX7900 XTX"). */
const MODEL_WITH_TIER = new RegExp(String.raw`\b([A-Za-z]{2,5})[\s-]?(\d{3,5}[A-Za-z]{0,3})((?:\s+(?:${[...MODEL_TIERS].join('|')}))+)\b`, 'i');

/** "-able" words that judge rather than say what a part does: no page states them as a feature. */
const JUDGING_ABLE = /^(?:comfortable|reliable|affordable|suitable|durable|capable|available|enjoyable|acceptable|reasonable|valuable|fashionable|sustainable|noticeable|usable|considerable|remarkable|desirable|dependable|sizable|sizeable|possible|sensible|flexible|incredible|terrible|horrible|visible)$/i;

/** A distance said in metres between two things: "three metres from the sofa", "5m away". */
const DISTANCE_SAID = new RegExp(String.raw`\b(${COUNT_WORD}|an?)\s*(?:m|metres?|meters?)\s+(?:away\b|from\b)`, 'i');
/** What a product does across a distance: connecting, reaching, charging from there. */
const SPANS = /\b(?:connect|connects|reach|reaches|long enough|charge)\b/i;

/** "with the [most cores] that fits": once a superlative is read out, an article or pointer is left, never a feature. */
const POINTER_OR_ARTICLE = /^(?:the|a|an|some|any|its|their|his|her|my|your|our|this|that|these|those)(?:\s|$)/i;
/** Words that say how good or how big, not what a product has: never a feature to find on a page. */
const VAGUE_FEATURE = /\b(?:good|great|nice|decent|best|better|high|low|long|short|big|small|large|quality|lots?|plenty|something|anything|one|ones|thing|things|product|products|item|items|model|models)\b/i;

/** A reason given with the wish, to the end of the clause (reason-clause.ts). */
// A reason runs to the end of its sentence ("so the new build starts from it. I want an Asus board ..." asks the board).
// A reason ends at its sentence, at a semicolon, and before a clause saying what is enough ("since the job is email, a Core i5 is plenty").
// And before a clause saying what the thing must be ("since I have had good luck with their BIOS, it has to have the AM5 socket").
// "because it sits right behind the glass it needs lighting of its own": the main clause may follow without a comma.
const REASON = new RegExp(String.raw`(?:,\s*|\s+|^)${REASON_CUE}\b(?:\s+[^\s.!?;,]+)?(?:(?!,\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:plenty|enough|fine|sufficient)\b|,\s+(?:and\s+)?(?:it|they|this|that)\s+(?:has\s+to|have\s+to|must|should|needs?)\b|\s+(?:it|they)\s+(?:has\s+to|have\s+to|must|should|needs?)\b)(?:[^.!?;]|[.!?](?=\S)))*`, 'i');

/** The clause without the reason after it. */
function withoutReason(clause: string): string {
  // "Our living room is bright, so the new PC should be white": what follows "so" is what the thing must be, no reason.
  if (SO_IT_MUST.test(clause)) return clause;
  return clause.replace(REASON, '');
}

/** "..., so the new PC should be white ...", "so I see no point in paying for ...": a consequence that says what is needed, after the reason. */
const SO_IT_MUST = new RegExp(String.raw`(?:,\s*|\s+|^)${MUST_BE_CUE}[\s\S]*$`, 'i');

/** "I do not want to buy fans separately: at least five should already be inside", "... with at least five already fitted": the count's noun said before it. */
const ELIDED_COUNT = /\b(fans|modules|sticks|drives|bays|slots)\b([^.]*?\bat\s+least\s+)(\w+)(\s+(?:(?:should|must|need\s+to|have\s+to)\s+(?:already\s+)?(?:be\s+)?(?:inside|included|installed|in\s+the\s+box)|(?:already\s+)?(?:fitted|installed|included|pre-?installed|in\s+the\s+box)))/i;

/** A use read as a screen's property: memory "for video editing" needs no colour-accurate panel. */
type ScreenOnly = 'screen';
const SCREEN_KINDS = new Set(['monitor', 'tv', 'laptop', 'tablet', 'phone']);

/** Ports written in lower case, and the other names pages give them (general knowledge). */
const PORT_OTHER_NAMES: Record<string, string[]> = { parallel: ['LPT'], serial: ['COM port', 'RS232', 'RS-232'], firewire: ['IEEE 1394'], optical: ['S/PDIF', 'Toslink'], coaxial: ['coax'], ethernet: ['LAN', 'RJ45'] };
const LOWER_CASE_PORT = new RegExp(String.raw`\b(${Object.keys(PORT_OTHER_NAMES).join('|')})\s+(?:ports?|connectors?|connections?|inputs?|outputs?|interfaces?)\b`, 'i');
const portItem = (name: string): ChecklistItem => ({ ...present(`${name} port`), anyOf: PORT_OTHER_NAMES[name] ?? [] });

/** A maker the request names ("made by piXL", "I trust Arctic"), required of every pick. */
function brandItem(said: string): ChecklistItem {
  const brand = said.trim();
  return { ...REQUESTED, kind: 'brand-is', id: `brand=${brand}`, label: `Brand ${brand}`, brand };
}

/** A processor named by its model: "Core i5-12400", "i7-12700KF", "Ryzen 5 5600X", "Core Ultra 7 265K". */
const PROCESSOR_MODEL = /\b(?:(?:Intel\s+)?Core\s+)?i[3579][\s-]\d{4,5}[A-Z]{0,2}\b|\b(?:AMD\s+)?Ryzen\s+[3579]\s+\d{4}[A-Z0-9]{0,3}\b|\b(?:Intel\s+)?Core\s+Ultra\s+[579]\s+\d{3}[A-Z]{0,2}\b/g;

/** "it need not be 5G", "it does not have to be white": a value left free, no wish. */
const NEED_NOT_BE = /\b(?:it\s+|they\s+)?(?:need\s+not|needn't|does\s+not\s+(?:need|have)\s+to|doesn't\s+(?:need|have)\s+to|do\s+not\s+(?:need|have)\s+to|don't\s+(?:need|have)\s+to)\s+be\s+(?:an?\s+)?[\w-]+\b/gi;

/** "the 700 and the 800 both count", "the Pro and the Max are both fine": two models, either of which will do. */
const BOTH_COUNT = /\b(?:the\s+)?([A-Z0-9][\w+-]*)\s+and\s+(?:the\s+)?([A-Z0-9][\w+-]*)\s+(?:both\s+(?:count|do|work|qualify)|(?:are|will)\s+both\s+(?:fine|do|count|ok|okay))\b/;

/** "no longer than", "not more than": at most; "no shorter than", "no less than": at least. */
const NO_MORE_THAN = /\b(?:no|not)\s+(?:longer|more|bigger|larger|taller|wider|heavier|higher)\s+than\b/gi;
const NO_LESS_THAN = /\b(?:no|not)\s+(?:shorter|less|smaller|fewer|lower)\s+than\b/gi;
/** "two metres", "three hours": a count word before a unit, read as its figure ("two Gigabyte boards" counts boards of a maker). */
const FIGURE_IN_WORDS = new RegExp(String.raw`\b(${COUNT_WORD.replace(String.raw`\d{1,2}|`, '')})(\s+and\s+a\s+half)?\s+(?=(?:metres?|meters?|centimet(?:re|er)s?|millimet(?:re|er)s?|inch(?:es)?|feet|foot|hours?|terabytes?|gigabytes?)\b)(?!Gigabyte\b)`, 'gi');

/** "has to run at least 18 hours on one charge", "12 hours of battery life": a battery life floor. */
const BATTERY_LIFE = /\b(?:run|runs|last|lasts|go|work|works)\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|more\s+than\s+|over\s+)?(\d+(?:[.,]\d+)?)\s*(?:hours?|hrs?)\b(?=[^.]*?\b(?:charge|battery)\b)|\b(\d+(?:[.,]\d+)?)\+?\s*(?:hours?|hrs?)\s+(?:of\s+)?battery(?:\s+life)?\b/i;

/** The battery life a clause asks, wherever it is said: a reason ("so it has to run 18 hours on one charge") states it too. */
function batteryLifeItem(said: string): ChecklistItem | undefined {
  const m = BATTERY_LIFE.exec(said);
  const hours = m ? Number((m[1] ?? m[2])!.replace(',', '.')) : undefined;
  return hours ? { ...REQUESTED, kind: 'measure', id: `measure:hr>=${hours}`, label: `Runs at least ${hours} hours on a charge`, unit: 'hr', op: '>=', value: hours } : undefined;
}

/** "at least three of them": a count of parts named before ("fans"), read as that count of them. */
const COUNT_OF_THEM = new RegExp(String.raw`\b((?:at\s+least\s+)?(?:${COUNT_WORD}))\s+of\s+them\b`, 'gi');
const PARTS_NAMED = /\b(fans|sticks|modules|drives|ports|slots|cables|batteries|speakers|bays)\b/gi;
/** "plenty of fans already inside, at least six, and a remote": a bare floor after a comma, of the parts named before it. */
const BARE_COUNT_AFTER = new RegExp(String.raw`,\s*((?:at\s+least|no\s+fewer\s+than|a\s+minimum\s+of|minimum)\s+(?:${COUNT_WORD}))(?=\s*(?:[,;.)]|\band\b|$))`, 'gi');
/** Every read speed a clause says as a floor (statedFloors reads the first). */
const READ_SPEEDS_SAID = new RegExp(READ_SPEED_SAID.source, 'gi');
/** "not a kit with two sticks": a single module wanted. */
// "so no kits of two 8GB sticks": kits turned down, whatever their modules.
// ("no two-stick kits"; "a single 16GB DDR4 desktop stick", unless a kit is said to do as well.)
const NOT_A_KIT = new RegExp(String.raw`\b(?:not|no)\s+(?:an?\s+)?(?:(?:${COUNT_WORD})[\s-](?:sticks?|modules?|dimms?)\s+)?(?:memory\s+)?kits?\b(?:\s+(?:with|of)\s+(?:${COUNT_WORD})\s+(?:\d+\s?gb\s+)?(?:sticks?|modules?|dimms?))?|\bsingle(?=\s+(?:[\w-]+\s+){0,3}?(?:stick|module|dimm)\b(?![^.;]*\bor\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}kits?\b))`, 'i');
/** How titles write a tinted glass edition ("Light Tint Glass Windows", "Dark TG"). */
const TINTED = ['Tinted', 'Dark TG', 'Light TG', 'Smoked'];

const NOT_A_UNIT = String.raw`(?![.,]?\d|\s?(?:mm|cm|m\b|metres?|meters?|GB|TB|MB|W\b|watts?|Hz|V\b|A\b|inch|"|%|x\b))`;
/** "under £300", "less than 249.99", "below 300 euros": a bound on the price, said with a currency or in pounds and pence. */
const PRICE_BOUND_SAID = new RegExp(String.raw`\b(?:(?:that|which)\s+)?(?:(?:costs?|costing|priced(?:\s+at)?|sells?\s+for|sold\s+for|goes\s+for)\s+)?(?:for\s+)?(?:less\s+than|under|below|at\s+most|no\s+more\s+than|cheaper\s+than|up\s+to)\s+(?:[£$€]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s*(?:pounds|quid|euros?|dollars|GBP|EUR|USD)\b|\d+[.,]\d{2}\b)${NOT_A_UNIT}`, 'gi');
/** "that cost less than 250": a bare figure is a price where a word of cost says so. */
const COST_BOUND_SAID = new RegExp(String.raw`\b(?:(?:that|which)\s+)?(?:costs?|costing|priced)\s+(?:less\s+than|under|below|at\s+most|no\s+more\s+than)\s+\d+\b${NOT_A_UNIT}`, 'gi');

/** "close to 1TB", "about 500GB": a figure said roughly, met within a tenth of it (drives of "1TB" are sold as 960GB). */
function approximately(item: Extract<ChecklistItem, { kind: 'measure' }>, m: RegExpExecArray): Partial<Extract<ChecklistItem, { kind: 'measure' }>> {
  if (item.op !== '=' || !/\b(?:close\s+to|about|around|roughly|approximately|nearly|circa)\s*$|~\s*$/i.test(m.input.slice(0, m.index))) return {};
  return { id: `${item.id}~`, label: `About ${item.label}`, approx: true };
}

/**
 * "a terabyte", "half a terabyte": a storage size in words, read as its figure as FIGURE_IN_WORDS reads "two terabytes".
 * The unit in lower case: "a Gigabyte board" is the maker's.
 */
const STORAGE_IN_WORDS = /\b(?:(?:[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome)\s+)?([Hh]alf\s+a|[Aa]n?)\s+(terabyte|gigabyte)s?\b/g;

/** The words the request reader writes for "the original Canon EOS R5" (request-shape.ts), read here as no generation mark in the title. */
export const NO_LATER_GENERATION = 'no later generation';
const NO_LATER_GENERATION_SAID = new RegExp(`\\b${NO_LATER_GENERATION}\\b`, 'i');

/**
 * The items a requirement clause says; `kind` is the kind asked for where known, which decides
 * whether a use ("video editing") or a slot count ("two DDR4 memory slots") speaks of it.
 */
export function requirementItems(said: string, kind?: string): ChecklistItem[] {
  // Graphics memory is written "8GB DDR6" in titles as often as "GDDR6": either spelling meets a wish for it or turns it down.
  return [...makersDemanded(said), ...readRequirementItems(said, kind).map((i) => ((i.kind === 'attribute-present' || i.kind === 'attribute-absent') && /^GDDR\d+X?$/i.test(i.text)
    ? { ...i, anyOf: [...new Set([...(i.anyOf ?? []), i.text.slice(1)])] } : i))
    // "a GeForce RTX 4070 Ti": shops title NVIDIA's cards by the RTX or GTX series alone.
    .map((i) => (i.kind === 'attribute-present' && /^geforce$/i.test(i.text.trim()) ? { ...i, anyOf: [...new Set([...(i.anyOf ?? []), 'RTX', 'GTX', 'NVIDIA'])] } : i))
    // "any 140mm model": a length said alone is a size, which titles write in millimetres or centimetres ("14cm").
    // (A radiator's size is a cooler's model word, "ProArt LC 420": left to the word, which its model name may carry.)
    .map((i) => (i.kind === 'attribute-present' && !i.anyOf && !i.inModelName && !i.notBefore && kind !== 'cooler' && /^\d+(?:\.\d+)?\s?(?:mm|cm)$/i.test(i.text.trim()) ? measureFromText(i.text, i.hard, 'request') ?? i : i))];
}

/** "The board should be an Asrock with the B650 chipset": a maker the thing must be, said as what it is. */
// "I want Corsair DDR5 with RGB lighting for it": a maker said first of the thing wanted.
// ("I've always trusted Gigabyte's own boards": the maker whose own things the shopper trusts.)
// ("I'm loyal to be quiet! for cases": so is the maker the shopper is loyal to.)
const MUST_BE_MAKER = /\b(?:(?:trust(?:ed|s)?|stick\s+(?:with|to)|only\s+buy)\s+([A-Z][\w!-]*)['’]s\s+own\s+[a-z]+|loyal\s+to\s+(be\s+quiet!|[A-Z][\w!-]*)(?=\s+for\b|\s*[,.;]|\s*$)|(?:should|must|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+be\s+(?:an?|the)\s+([A-Z][\w!-]*)(?=\s+(?:with|and|board|motherboard|card|case|cooler|one|model|product|drive|kit)\b|\s*[,.;]|\s*$)|(?:I|we)\s+(?:want|need|'d\s+like|would\s+like)\s+([A-Z][a-z][\w!-]*)\s+(?=DDR\d|[a-z]+\b))/g;

/** The makers a clause says the thing must be (a capitalised word naming no standard, colour, size or kind). */
function makersDemanded(said: string): ChecklistItem[] {
  return [...said.matchAll(MUST_BE_MAKER)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!)
    .filter((w) => withoutStandardNames(w).trim() !== '' && !isColourWord(w) && kindOfWord(w) === undefined && !/^(?:[A-Z]{1,2}\d|Micro|Mini|Standard|Plain|Regular|Normal|Same|Original)/.test(w))
    .map((maker): ChecklistItem => ({ kind: 'brand-is', id: `brand=${maker.toLowerCase()}`, label: `Brand ${maker}`, brand: maker, hard: true, origin: 'request' }));
}

function readRequirementItems(said: string, kind?: string): ChecklistItem[] {
  // "32GB as a pair of 16GB desktop DIMMs": a pair is two.
  said = said.replace(/\ba\s+pair\s+of\s+(?=\d|[a-z]+\s)/gi, 'two ');
  // "so nothing RGB, ARGB or LED": each of the list turned down, as "no RGB, ARGB or LED" says.
  said = said.replace(/\bnothing\s+(?=[A-Z0-9])/g, 'no ');
  // ("just without any RGB or ARGB lighting": "any" after a refusal turns down every one named, as the refusal alone does.)
  said = said.replace(/\b(without|no|not)\s+any\s+(?=[A-Z0-9])/g, '$1 ');
  // "Wi-Fi only, no SIM slot, 4G or 5G": one "no" for each thing of a list it opens.
  said = said.replace(/\b(no|without)\s+([\w-]+(?:\s+[\w-]+)?)\s*,\s*([\w-]+(?:\s+[\w-]+)?)\s*,?\s+(?:or|nor)\s+([\w-]+(?:\s+[\w-]+)?)(?=\s*(?:[.;]|$))/gi, '$1 $2, $1 $3, $1 $4');
  // "a little screen on the pump to show GIFs": what the screen is to show is the shopper's, no word of the product's page.
  said = said.replace(/(?<=\b(?:screen|display|lcd|oled)\b[^,;.]{0,30})\s+to\s+(?:show|display|play)\s+[^,;.]*/gi, ' ');
  // "Some coolers list how many LEDs sit in the pump head": what listings count is asked nothing of (a superlative ranks by it).
  said = said.replace(/\b(?:\w+\s+)?(?:list|state|show|say|give|tell)s?\s+how\s+many\s+[^,;.]*/gi, ' ');
  // "Any brand, any size, with or without Wi-Fi": either way, no wish.
  // ("with or without the built-in Wi-Fi (AX)": the part's name in brackets too.)
  said = said.replace(/\bwith\s+or\s+without\s+(?:an?\s+|any\s+|the\s+)?(?:built-in\s+|onboard\s+|on-board\s+|integrated\s+)?[\w+-]+(?:\s+(?:lighting|slots?|fans?|ports?|glass|window))?(?:\s*\([^()]*\))?/gi, ' ');
  // "a normal desktop DIMM, not a laptop SODIMM": the device a part is for, said before its name, is no part of the name.
  said = said.replace(/\b(not|no|nor)\s+(an?|the)\s+(?:laptop|notebook|desktop|server|mobile|pc)\s+(?=[A-Z])/g, '$1 $2 ');
  // "not the later GDDR6 version", "rather than the newer Ti": a word placing it in time or size says which, no part of the name.
  // ", since everything else in the case is black and unlit": what the rest of the build is says why, no colour it must be.
  said = said.replace(/,?\s*\b(?:since|because|as)\s+(?:everything|all|the\s+rest|every\s+other\s+part)(?:\s+else)?\s+(?:in|inside|of)\s+[^,;.]*?\s+(?:is|are)\s+[^,;.]*/gi, ' ')
    // "not one of the white models", "not the white editions": that colour turned down.
    .replace(new RegExp(String.raw`\b(not|no|never)\s+(?:(?:one|any)\s+of\s+)?the\s+(${COLOUR_NAMES.join('|')})\s+(?:models|versions|editions|variants|ones)\b`, 'gi'), '$1 $2');
  // "with the clear tempered-glass side": glass, whatever its shade (tinted glass is read as such below).
  said = said.replace(/\btempered-glass\b/gi, 'tempered glass').replace(/\b(with\s+(?:an?\s+|the\s+)?)clear\s+(?=tempered\s+glass\b)/gi, '$1');
  // ("no older DDR3 stuff": so too without an article.)
  said = said.replace(/\b(no|not|without)\s+(?:older|newer|earlier|later|previous)\s+(?=[A-Z0-9])/g, '$1 ');
  said = said.replace(/\b(not|nor|rather\s+than|instead\s+of)\s+(the|an?)\s+(?:later|newer|older|earlier|previous|latest|current|bigger|larger|smaller|pricier|fancier|fancy|pricey|premium|flashy|expensive|tiny|little|small|big|huge|large)\s+(?=[A-Z0-9])/g, '$1 $2 ');
  // "and I do not mean a processor with graphics built in": what is not meant names nothing the product has.
  said = said.replace(/,?\s*(?:and|but)?\s*\b(?:I|we)\s+(?:do\s+not|don't)\s+mean\s+[^,;.]+/g, ' ');
  // "the Apple Watch Series 8 GPS 41mm in Starlight": a finish named alone, which the edition's title carries ("Starlight Aluminium Case").
  const finish = /^\s*in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$/.exec(said);
  if (finish && !isColourWord(finish[1]!.split(/\s+/).pop()!)) return [{ ...present(finish[1]!), label: `In ${finish[1]}` }];
  // "Black or white insides are boring": a taste said of what the shopper does not want to see; the wish follows it in its own words.
  said = said.replace(/[^,;.:!?]*\b(?:is|are)\s+(?:so\s+|too\s+|just\s+|rather\s+|really\s+|a\s+bit\s+)?(?:boring|dull|bland|overdone|played[\s-]out)\b[^,;.!?]*/gi, ' ');
  // "250GB feels too tight", "a 1TB drive would be money wasted", "12cm is too big for the mount": a figure said to be too little
  // or too much is turned down; "roughly half a terabyte" is a capacity said in words.
  // "the kit should fill both slots exactly": a kit of as many sticks as the board has slots.
  if (kind === 'memory') said = said.replace(/\b(?:fill|fills|filling|populate|populates|use|uses)\s+(?:both|the\s+two|its\s+two|the\s+2)\s+(?:memory\s+|ram\s+|dimm\s+)?slots\b/gi, 'on two sticks');
  // "as a pair of 16GB sticks": two of them.
  said = said.replace(/\ba\s+pair\s+of\s+(?=(?:\d+\s?gb\s+)?(?:(?:LP)?DDR\d\s+)?(?:memory\s+)?(?:modules?|sticks?|dimms?)\b)/gi, 'two ');
  said = said.replace(/\bhalf\s+a\s+terabyte\b/gi, '500GB').replace(/\bhalf\s+a\s+gigabyte\b/gi, '512MB')
    // "a full terabyte or more": at least 1TB.
    .replace(/\b(?:an?\s+)?(?:full\s+|whole\s+)?terabyte\s+or\s+(?:more|above|bigger|larger)\b/gi, 'at least 1TB');
  said = said.replace(/\b(?:an?\s+)?(\d+(?:\.\d+)?\s?(?:TB|GB|MB|W|mm|cm|Hz|MHz|inch|"))(?=[\s,])(?:\s+[a-z][\w-]*){0,2}?\s+(?:feels?|is|seems?|looks?|sounds?|would\s+be|'d\s+be|will\s+be|are)\s+(?:far\s+|much\s+|way\s+|a\s+bit\s+|a\s+little\s+|just\s+)?(?:too\s+(?:tight|small|little|big|much|large|slow|short|long|few|many|cramped)|overkill|money\s+wasted|(?:a\s+)?waste(?:\s+of\s+money)?|more\s+than\s+(?:I|we|she|he|they)\s+(?:need|needs|use|uses))\b/gi, 'not $1');
  // "registered ECC server modules count as well; laptop SO-DIMMs don't": what counts too is accepted, no requirement; what
  // "doesn't" after it is turned down.
  said = said.replace(/[^,;.:!?]*\b(?:counts?|qualif(?:y|ies)|(?:is|are)\s+(?:fine|ok|okay|welcome))\s+(?:as\s+well|too)\b\s*([;,]\s*(?:but\s+)?)?(?:([^,;.:!?]+?)\s+(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)(?=\s*(?:[.;,]|$)))?/gi,
    (_m, _joint: string | undefined, refused: string | undefined) => (refused ? ` not ${refused.trim()}` : ' '));
  // "The build is black from top to bottom": the colour of the shopper's own things, no colour asked of the product.
  said = said.replace(new RegExp(String.raw`\b(?:the|my|our|his|her|their)\s+(?:build|setup|set-up|system|rig|desk|room|office)\s+is\s+(?:all\s+|entirely\s+|completely\s+|mostly\s+)?(?:${COLOUR_NAMES.join('|')})\b(?:\s+from\s+top\s+to\s+bottom|\s+throughout)?`, 'gi'), ' ');
  // "painted a loud colour, cyan, orange or the like": examples of what is meant, none of them asked for itself.
  said = said.replace(/(?:,\s*[a-z]+)*,?\s*[a-z]+\s+or\s+the\s+like\b/gi, ' ');
  // "not laptop SO-DIMMs": the module turned down, by its name (the device it goes in names no word of its title).
  said = said.replace(/\b(not|no|without)\s+(?:laptop|notebook|mini[\s-]?PC)\s+(?=SO-?DIMMs?\b)/gi, '$1 ');
  // "a refurbished watch or a different case material would be fine": what the shopper would accept, no requirement.
  // ("... PCIe 5.0 and Wi-Fi 6E (Wi-Fi 7 would also be fine)": in brackets, only what they hold.)
  said = said.replace(new RegExp(String.raw`[^,;.:!?(]*${WOULD_BE_FINE}(?:\s+(?:too|as\s+well|with\s+me))?`, 'gi'), ' ');
  // "the uncrowded 6GHz Wi-Fi band": the band only Wi-Fi 6E and newer use (general knowledge).
  said = said.replace(/\b6\s?GHz\s+(?:Wi-?Fi\s+)?band\b/gi, 'Wi-Fi 6E');
  // "moving five NVMe drives over ..., each should sit in its own M.2 slot": a board with at least that many M.2 slots.
  if (kind === 'motherboard') said = said.replace(new RegExp(String.raw`\b(${COUNT_WORD})\s+(?:NVMe\s+|M\.2\s+)?(?:drives|ssds|SSDs)\b[^.]*?\b(?:its|their)\s+own\s+M\.2\s+(?:slots?|sockets?)`, 'i'), (_m, n: string) => `at least ${n} M.2 slots`);
  // "A-RGB": addressable RGB, which titles write "ARGB" as often (one word to look for).
  said = said.replace(/\bA-RGB\b/g, 'ARGB');
  // "with pack of 2", "not a 3-pack": a pack size, which the intents read (a pack-size item); its count is no word a title must show.
  said = said.replace(/\b(?:(?:sold|bought)\s+)?(?:(?:as|in)\s+)?(?:an?\s+)?(?:pack|box|set)\s+of\s+\d{1,2}\b|\b\d{1,2}[\s-]?packs?\b/gi, ' ');
  // "no slower than this 3200MHz one": a floor (the original's figure, said with it).
  said = said.replace(/\b(?:is\s+|be\s+)?(?:no|not)\s+(?:slower|lower|smaller)\s+than\s+(?:this|that|the|my|our)?\s*(?=\d)/gi, 'at least ');
  // "must never spin faster than 1000 RPM", "no faster than": a ceiling.
  said = said.replace(/\b(?:(?:must|should|may|can)\s+)?(?:never|no)\s+(?:(?:spin|run|turn|go)s?\s+)?(?:faster|quicker|higher|louder)\s+than\s+(?=\d)/gi, 'at most ');
  // "I render 3D scenes overnight": what the shopper does with it, no spec the page states.
  said = said.replace(/\b(?:render|renders|rendering|model|models|modelling|modeling|print|prints|printing)\s+3D\b/gi, ' ');
  // "I do not want to pay for a model with 5G or a SIM slot": each part of it turned down.
  said = said.replace(/\b(?:I|we)\s+(?:do\s+not|don't|won't|will\s+not)\s+(?:want\s+to\s+)?(?:want|pay\s+for|need|buy)\s+(?:an?\s+|any\s+)?(?:model|version|edition|one|thing)\s+with\s+([^.;]+)/gi,
    (_m, parts: string) => parts.split(/\s*,\s*|\s+or\s+/).map((part) => `without ${part.trim()}`).join(', '));
  // "RGB or not", "with glass or not": either will do, no wish.
  said = said.replace(/,?\s*\b(?:with\s+)?[\w-]+\s+or\s+not\b(?!\s+(?:at\s+all|be)\b)/gi, ' ');
  // "My renders keep running out of video memory on an 8GB card": the card the shopper has now falls short, no wish for it.
  said = said.replace(/\b(?:keeps?\s+|kept\s+)?(?:running|runs?|ran)\s+out\s+of\s+[^,;.]*?\s+(?:on|with)\s+(?:an?|my|the|our|this)\s+[^,;.]+/gi, ' ');
  // "Memory for an older AM4 board": memory fits any board of its generation, and no memory page names the socket.
  if (kind === 'memory') said = said.replace(/\b(?:socket\s+)?(?:AM[2-5]|LGA\s?\d{4})(?:\s+socket)?\b/gi, ' ');
  // "compiling on six cores takes too long": what the shopper has now falls short, no wish for it; "twice the threads of a
  // typical six-core": a comparison, spelled out in figures after it ("meaning eight cores") where it asks anything.
  said = said.replace(/\b(?:on|with)\s+(?:(?:my|the|these|those|its)\s+)?[\w-]+\s+(?:cores?|threads?|gb|tb|fans?|sticks?)\s+(?:takes?|is|are|was|were|feels?)\s+too\s+\w+/gi, ' ')
    .replace(/\b(?:twice|double|three\s+times|half)\s+the\s+[a-z]+\s+(?:of|on)\s+(?:an?|the|my|our)\s+(?:typical\s+|usual\s+|normal\s+|current\s+)?[\w-]+/gi, ' ');
  // "full-size DIMM slots, not SO-DIMM": desktop memory slots, which is to say no laptop ones (titles of desktop boards never say DIMM).
  said = said.replace(/\bfull[\s-]?size(?:d)?\s+DIMMs?(?:\s+(?:slots?|sockets?|modules?|memory))?/gi, () => (/\bSO-?DIMM\b/i.test(said) ? ' ' : 'not SO-DIMM'));
  // ("desktop DIMMs" of memory, with no laptop module named: desktop modules, whose titles may not say DIMM either.)
  if (kind === 'memory' && !/\bSO-?DIMM/i.test(said)) said = said.replace(/\bdesktop\s+DIMMs?\b/gi, 'not SO-DIMM');
  // ("regular desktop memory (not laptop modules)": memory for desktops, not the laptop modules, SO-DIMMs.)
  if (kind === 'memory' && !/\bSO-?DIMM/i.test(said)) said = said.replace(/\b(?:not|no)\s+(?:for\s+)?(?:laptops?|notebooks?)(?:\s+(?:modules?|memory|sticks?|RAM|ones|kits?))?\b/gi, 'not SO-DIMM');
  // "(AORUS counts as Gigabyte)": which names count as the maker's, no word the product must carry (brand.ts knows its own brands).
  said = said.replace(/\(?\b[A-Z][\w!-]*\s+(?:counts|count|is\s+counted|passes|goes)\s+as\s+(?:an?\s+)?[A-Z][\w!-]*(?:\s+(?:too|as\s+well))?\)?/g, ' ');
  // "a listing that only says 3D NAND": what the listing says is what the offer is.
  said = said.replace(/\b(?:an?|the)\s+(?:listing|title|page|product|offer)\s+that\s+(?:only\s+)?(?:says|states|lists|names|shows)\s+/gi, '');
  // "X and Y are not what I am after", "an ultra-wide one does not count": said as "not X", then read as such.
  const asNot = refusalSaidAsNot(said);
  if (asNot !== undefined) return requirementItems(asNot, kind);
  // "not the 8TB one, nor the MP600 PRO XT": one list of names turned down, each by its name.
  said = said.replace(/,?\s+nor\s+/g, ' or ').replace(/\b(\d+(?:[.,]\d+)?\s?(?:GB|TB))\s+(?:one|version|model)\b/gi, '$1');
  // "a matched pair that adds up to 32GB": the total, not a ceiling; "its 8GB should make way": the quoted product's own figure.
  said = said.replace(/\b(?:(?:that|which)\s+)?(?:adds?|adding)\s+up\s+to\s+(?=\d)/gi, 'of ').replace(/\b(?:its|their)\s+\d+(?:[.,]\d+)?\s?(?:GB|TB)\b(?=\s+(?:should|must|is|are|was|will|has|have|had|makes?|goes|go|can|needs?|of\s+memory\s+(?:should|must|is|will))\b)/gi, ' ');
  // "made for two 140mm fans side by side": of a cooler, a radiator that long (2 x 140mm = 280mm).
  // "a radiator spot at the front that takes two 140mm fans": a radiator of that length too.
  if (kind === 'cooler') said = said.replace(new RegExp(String.raw`\b(?:(?:is|are)\s+)?(?:(?:made|built|designed|meant)\s+for|(?<=\b(?:spot|place|mount|position|slot|space|room)\s+(?:\w+\s+){0,4}?(?:that|which)\s+)(?:takes?|holds?|fits?))\s+(${COUNT_WORD})\s+(120|140)\s?mm\s+fans?(?:\s+(?:side\s+by\s+side|in\s+a\s+row|next\s+to\s+each\s+other))?\b`, 'gi'), (_m, count: string, size: string) => `with a ${countValue(count) * Number(size)}mm size`);
  // "moving my PC from four cores to six": the count it goes to.
  said = said.replace(new RegExp(String.raw`\bfrom\s+(?:${COUNT_WORD})\s+cores?\s+to\s+(${COUNT_WORD})\b(?!\s+cores?)`, 'i'), '$1 cores');
  // "Brand new or refurbished, I'm not fussed", "Mini ITX, ATX or E-ATX, I don't mind which size": any of them will do.
  said = said.replace(ANY_OF_THEM_DOES, ' ');
  // "no longer than two metres": a bound said by denying its opposite, and a figure said in words.
  // "two and a half metres": a half more; "four terabytes": the unit as pages write it ("4TB").
  said = said.replace(NO_MORE_THAN, 'at most').replace(NO_LESS_THAN, 'at least')
    .replace(STORAGE_IN_WORDS, (_m, count: string, unit: string) => `${/^half/i.test(count) ? 0.5 : 1} ${unit}s`).replace(FIGURE_IN_WORDS, (_m, word: string, half: string | undefined) => `${countValue(word) + (half ? 0.5 : 0)} `)
    .replace(/\b(\d+(?:\.\d+)?)\s*(tera|giga)bytes?\b/gi, (_m, n: string, unit: string) => `${n}${unit.toLowerCase() === 'tera' ? 'TB' : 'GB'}`);
  // "the MX500 with 500GB together with a cloning kit": "together with" adds a part as "with" does.
  said = said.replace(/\btogether\s+with\b/gi, 'with');
  // "I'd rather avoid buying fans ..., so it should come with at least three of them": "them" are the parts named before.
  said = said.replace(COUNT_OF_THEM, (whole: string, count: string, at: number) => {
    const part = [...said.slice(0, at).matchAll(PARTS_NAMED)].pop()?.[1];
    return part ? `${count} ${part.toLowerCase()}` : whole;
  });
  said = said.replace(BARE_COUNT_AFTER, (whole: string, count: string, at: number) => {
    const part = [...(said.slice(0, at).split(/[.;!?]/).pop() ?? '').matchAll(PARTS_NAMED)].pop()?.[1];
    return part ? `, ${count} ${part.toLowerCase()}` : whole;
  });
  // "made for Asus's BTF boards": the standard is what other makers' cases support too ("BTF Compatible").
  said = said.replace(/\b((?:made|designed|built|ready)\s+for)\s+[A-Z][\w-]*['’]s\s+(?=[A-Z]{2,}\b)/g, '$1 ');
  // "for Intel's LGA1700 socket": the socket says the platform; no title names the maker beside it ("ASUS 1700 TUF GAMING ...").
  said = said.replace(/\b(?:Intel|AMD)['’]s\s+(?=(?:socket\s+)?(?:LGA\s?\d{4}|AM[2-5])\b)/g, '');
  // "(the PG boards belong to it too)": another name of a line (makersLineItems), no wish of its own.
  said = said.replace(ALSO_IN_LINE, ' ');
  // "above NVIDIA's 2550MHz reference": whose figure it is does not change the bound.
  said = said.replace(/\b(above|over|more\s+than|higher\s+than|faster\s+than|below|under|less\s+than|lower\s+than|slower\s+than)\s+(?:the\s+)?[A-Z][\w-]*['’]s\s+(?=\d)/g, '$1 ');
  // "in its non-OC SKU", "the non-RGB version": the edition without it, as "not the OC" says.
  said = said.replace(/\b(?:in\s+)?(?:its|the|an?)\s+non-([A-Z][\w+]*)\s+(?:SKU|version|edition|model|variant)s?\b/g, 'not the $1').replace(/\bnon-([A-Z][A-Z0-9+]*)\b/g, 'not $1');
  // "but the full-size ATX board will not fit my case": why the size asked is the one asked; it names nothing the product has.
  said = said.replace(/,?\s*(?:but\s+)?(?:the|an?)\s+[^,;.]*?\s+(?:will|would|does|do)\s*(?:not|n't)\s+fit\b[^,;.]*/gi, ' ');
  // "E-ATX, a size larger than normal ATX": a comparison with the usual size explains the one named; it asks nothing of its own.
  said = said.replace(/,?\s*(?:a\s+size\s+|one\s+size\s+)?(?:larger|bigger|smaller)\s+than\s+(?:an?\s+)?(?:normal|standard|regular|ordinary|usual)\s+[\w-]+/gi, ' ');
  // "read at up to 2000MB/s": a floor on the read speed (statedFloors, checked in rank.ts), no phrase to find.
  said = said.replace(READ_SPEEDS_SAID, ' ');
  // "that cost less than 249.99", "under £300": a price bound, which the intents read (price-at-most); no page names the figure.
  said = said.replace(PRICE_BOUND_SAID, ' ').replace(COST_BOUND_SAID, ' ').replace(PRICE_CEILING_AFTER, ' ')
    // "addressable RGB fans": ARGB, as titles write it; "none of those fans may have any RGB lighting": no RGB.
    .replace(/\baddressable\s+RGB\b/gi, 'ARGB').replace(NONE_OF_THEM_LIT, 'no $1');

  const battery = batteryLifeItem(said);
  if (battery) return [battery, ...requirementItems(said.replace(BATTERY_LIFE, ' '), kind)];
  const clause = withoutReason(said).replace(ELIDED_COUNT, (_m, noun: string, between: string, count: string, rest: string) => `${noun}${between}${count} ${noun}${rest}`);
  // "with the lowest CAS latency": the figure ranks the offers (rank.ts); no page need say "CAS".
  const ranked = namedSuperlative(clause)?.phrase;
  const counted = partCountItems(ranked ? clause.replace(ranked, ' ') : clause);
  const parts = partSizeItems(counted.rest);
  // ("it has room for a 360mm radiator" of a cooler asked for: the case's room, which the cooler's own radiator fills; the
  // radiator's size is read below as the cooler's own.)
  const taken = kind === 'cooler' ? parts.items.filter((i) => !(i.kind === 'measure' && (i.part === 'radiator' || i.part === 'fan'))) : parts.items;
  const items: ChecklistItem[] = [...counted.items, ...taken];
  let rest = ` ${taken.length < parts.items.length ? counted.rest : parts.rest} `;
  // "4G is enough, it need not be 5G": what it need not be asks nothing.
  rest = rest.replace(NEED_NOT_BE, ' ');
  // "GeForce chip: any", "with an NVIDIA chip": a graphics card's chip maker is read from the title's model (gpuChipMakerWishes);
  // "a GeForce GTX 1650": the series names the chip, which titles write without the brand ("Asus GTX1650 DUAL").
  if (kind === 'gpu') rest = rest.replace(GPU_CHIP_MAKER, (m, refused?: string) => (refused ? m : ' ')).replace(/\bGeForce\s+(?=(?:RTX|GTX|GT)\b)/gi, ' ').replace(/\bRadeon\s+(?=RX\b)/gi, ' ');
  // "the Ryzen 5000 series": a generation, met by the title's model number (thousandSeriesWishes), no "5000" on any page.
  rest = rest.replace(new RegExp(THOUSAND_SERIES.source, 'g'), ' ');
  // "our IT department", "the IT firm": who asks, no spec ("IT" would be met by every "it" on a page).
  rest = rest.replace(/\b(?:IT|HR|QA)\s+(?:department|team|staff|people|guys?|support|manager|admin|firm|company|consultant|contractor|provider|person|service)s?\b/g, ' ');
  // "12th-gen Intel processors" said of a board's build: the socket it names is read apart (statedSocketItems); a processor's own generation stays.
  // ("a new Intel 12th/13th-gen PC for socket 1700": so is the generation of the PC being built.)
  if (kind !== 'cpu') rest = rest.replace(/\b\d{1,2}(?:st|nd|rd|th)(?:\s*\/\s*\d{1,2}(?:st|nd|rd|th))?[\s-]gen(?:eration)?(?=\s+(?:intel\s+|core\s+|amd\s+)?(?:processors?|cpus?|chips?|pcs?|builds?|systems?|machines?|computers?|rigs?)\b)/gi, ' ');
  // "pairs a Core i5-12400 with ...", said of a board's or cooler's build: the processor's socket is read apart
  // (statedSocketItems); its model is no word of the board's page.
  if (kind && SOCKET_MOUNTED.has(kind)) rest = rest.replace(PROCESSOR_MODEL, ' ');
  // Each phrase the regex finds is read (into no, one or several items: "no Wi-Fi or Bluetooth") and blanked.
  const take = (re: RegExp, f: (m: RegExpExecArray) => ChecklistItem | ChecklistItem[] | undefined) => {
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const read = f(m);
      if (read) items.push(...(Array.isArray(read) ? read : [read]));
      rest = rest.replace(m[0], ' ');
    }
  };
  // "2.5-gigabit Ethernet (2.5G LAN)", "a 2.5GbE port": a network port's speed, as titles write it ("2.5GB LAN", "2.5G LAN").
  take(NETWORK_SPEED, (m) => networkSpeedItem(m[1]!));
  // "faster than ordinary gigabit": a port of more than a gigabit, whichever speed titles give it.
  take(FASTER_THAN_GIGABIT, () => ({ ...present('2.5G LAN'), label: 'A network port faster than gigabit (2.5G, 5G or 10G LAN)', anyOf: ['2.5G', '2.5Gb', '2.5GbE', '2.5 Gigabit', '5G LAN', '5GbE', '10G LAN', '10Gb', '10GbE', '10 Gigabit'] }));
  // "no later generation" (the request reader's words for "the original Canon EOS R5"): no title adds a generation's mark.
  // "at least 5 M.2 slots", "five M.2 drives on the board": a board's M.2 slots as titles count them ("5x M.2"), no "5 m" of length.
  // (Of a drive, "one M.2 NVMe drive" is the drive itself, no slot count.)
  if (kind !== 'drive' && kind !== 'ssd' && kind !== 'hdd') take(new RegExp(String.raw`\b(at\s+least\s+|a\s+minimum\s+of\s+)?(${COUNT_WORD})\s*(?:x\s*)?M\.2(?:\s+(?:NVMe\s+)?(?:slots?|sockets?|connectors?|drives?|ssds?))?\b`, 'i'), (m) => {
    const n = countValue(m[2]!);
    const counts = m[1] ? Array.from({ length: Math.max(0, 9 - n) }, (_, i) => n + i) : [n];
    return { ...present(`${n}x M.2`), label: `${m[1] ? 'At least ' : ''}${n} M.2 slots`, anyOf: counts.flatMap((c) => [`${c}x M.2`, `${c} x M.2`]).filter((w) => w !== `${n}x M.2`) };
  });
  // "an LCD or OLED screen", "HDMI or DP": two acronyms either of which will do, one wish (not both, as each alone would read).
  // (Not the last and first words of two names: "the MP600 PRO XT or CORE XT".)
  // (Nor two editions turned down: "not the OC or EVO editions", "rather than the ARGB or EVA-02 editions".)
  take(/(?<!\b(?:no|not|without|nor|than|of)\s+(?:the\s+|an?\s+)?)(?<!\b[A-Z0-9][A-Z0-9-]*\s+)\b([A-Z]{2,5})\s+or\s+([A-Z]{2,5})\b(?![\w-])(?!\s+or\b)(?!\s+[A-Z0-9]{2,}\b)(?!\s+(?:editions?|versions?|models?|variants?)\b)/, (m) => ({ ...present(m[1]!), id: `present:${m[1]!.toLowerCase()}|${m[2]!.toLowerCase()}`, label: `${m[1]} or ${m[2]}`, anyOf: [...present(m[1]!).anyOf ?? [], m[2]!, ...present(m[2]!).anyOf ?? []] }));
  // "but not the current S24 generation": every model of that generation, the S24+ and S24 Ultra too (a "+" after a name
  // makes another model where one model is refused by name).
  take(/\b(?:not|no|nor)\s+(?:the\s+|an?\s+|any(?:thing)?\s+(?:from\s+)?(?:the\s+)?)?(?:(?:current|latest|newest|new|recent|present)\s+)?([A-Z][A-Za-z]{0,3}\d{1,3})\s+(?:generation|series|family|range|line-?up)\b/, (m) => ({ ...absent(m[1]!), label: `Not the ${m[1]} generation`, anyOf: [`${m[1]}+`], inTitle: true }));
  take(NO_LATER_GENERATION_SAID, () => ({ ...absent('Mark II', 'The original, no later generation (Mark II, II, III, Gen 2)'), anyOf: ['Mark III', 'II', 'III', 'IV', 'Gen 2', 'Gen 3', 'V2'], inTitle: true }));
  // "built for PCIe 3.0", "no Gen4 drives": a PCIe generation, however titles write it ("PCIe3", "PCIe Gen3", "Gen3").
  take(/(\b(?:no|not|without)\s+(?:an?\s+)?)?\b(?:PCI-?e(?:xpress)?\s*(?:Gen\s*)?|Gen\s*)([1-6])(?:\.0)?(?![\d.])(?!\s*x\d)/i, (m) => {
    const n = m[2]!;
    const spellings = [`PCIe${n}`, `PCIe Gen${n}`, `PCIe Gen ${n}`, `Gen${n}`, `Gen ${n}`];
    // Not "PCIe 3.0" on a page: a Gen4 drive's page says it is "backward compatible with PCIe 3.0".
    return m[1] ? { ...absent(`PCIe ${n}`, `Not PCIe ${n}`), anyOf: [...spellings, `PCIe ${n}.0`], inTitle: true } : { ...present(`PCIe${n}`), label: `PCIe ${n}`, anyOf: spellings.slice(1), asPhrase: true };
  });
  // "three metres from the sofa", "five metres away": a cable (or what connects the two) spans it.
  const distance = DISTANCE_SAID.exec(rest);
  if (distance && (kind === 'cable' || SPANS.test(rest))) {
    // "a metre away": one.
    const metres = /^an?$/i.test(distance[1]!) ? 1 : countValue(distance[1]!);
    items.push({ ...REQUESTED, kind: 'measure', id: `measure:m>=${metres}`, label: `At least ${metres} m long, to span the distance`, unit: 'm', op: '>=', value: metres });
    rest = rest.replace(distance[0], ' ');
  }
  items.push(...builtForForms(rest));
  // "not the one with a mesh side panel": the edition with that part is ruled out, by the part's first word.
  // A name told apart by a part only where the part is named ("the Ryujin III with Noctua fans"); "the C8 ARGB with its fan bundle" is ruled out by its name (below).
  const notTheOneWith = [NOT_THE_ONE_WITH.exec(rest)].find((m) => m && (EDITION_WORD_END.test(m[1]!) || /^[A-Z]/.test(m[3]!)));
  if (notTheOneWith) {
    const word = notTheOneWith[3]!.toLowerCase();
    items.push(absent(word, `Not the one with ${notTheOneWith[2]}`));
    // "not the White Solid version" stays, for the names ruled out below; "not the Ryujin III with Noctua fans" is
    // ruled out by its part alone, as the line's name is the wanted one's too.
    rest = rest.replace(notTheOneWith[0], EDITION_WORD_END.test(notTheOneWith[1]!) ? ` ${notTheOneWith[1]} ` : ' ');
  }
  // "without mobile data or 5G", "no RGB": a spec named after the refusal is ruled out, not asked.
  // (Not "without Radeon graphics on the chip": a processor without graphics, read below.)
  // ("no R5 Mark II", "no R5 C": a name going on is a model ruled out whole, by the names read below.)
  take(/\b(?:[Ww]ithout|[Nn]o)\s+(?:(?:[a-z][\w-]*\s+){1,2}or\s+)?((?:[A-Z]|\d)[A-Za-z0-9-]*[A-Z0-9])\b(?!\s+(?:or|nor)\b|\s*,\s*(?:the\s+)?[A-Z0-9]|\s+graphics\b|\s+(?:Mark\s+[IVX]+|(?!I\b)[A-Z][A-Z0-9]*)(?![\w'’]))/, (m) => absent(m[1]!));
  // "in the same Micro ATX size": a board size named whole, never a plain "ATX".
  items.push(...boardSizesNamed(rest));
  rest = ` ${withoutBoardSizes(rest)} `;
  // "memory tuned specifically for AMD/Ryzen systems": a kit optimised for AMD's platform, as titles say it ("Ryzen Optimised",
  // "AMD Optimised"), no part it fits.
  if (kind === 'memory') take(/\b(?:tuned|optimi[sz]ed|made|designed|built|validated|certified)\s+(?:specifically\s+|especially\s+|specially\s+)?for\s+(?:the\s+)?(?:AMD|Ryzen)(?:\s*(?:\/|or|and)\s*(?:AMD|Ryzen))?(?:\s+(?:systems?|platforms?|builds?|processors?|CPUs?|boards?))?/i, () =>
    ({ ...present('Ryzen Optimised'), label: 'Tuned for AMD Ryzen', anyOf: ['AMD Optimised', 'Ryzen Optimized', 'AMD Optimized'], asPhrase: true }));
  // Not "rated for 3200MHz", "certified for IP67": a figure or rating the product itself has.
  // ("for a new Ryzen build": a word on when the build is between; a Ryzen build is an AMD one.)
  take(/\b(?<!(?:rated|certified|specified|specced|clocked|tested)\s+)(?:fits?|fit with|compatible with|works? with|for)\s+(?:the\s+|my\s+|an?\s+)?(?:(?:new|next|first|upcoming|planned)\s+(?=[A-Z]))?((?:[A-Z0-9][\w-]*\s*)+)/, (m) => {
    const target = /^Ryzen$/.test(m[1]!.trim()) && /^\s*(?:build|system|pc|rig)\b/i.test(m.input.slice(m.index + m[0].length)) ? 'AMD' : m[1]!.trim();
    // "for 8th and 9th generation Intel chips": a generation's ordinal alone is no device (the socket reading has it);
    // "for my 11th-generation Intel NUC" still names one.
    if (/^\d+(?:st|nd|rd|th)(?:[\s-]gen(?:eration)?)?$/i.test(target)) return undefined;
    // "for a silent PC": the shopper's computer, no product a page names.
    if (/^(?:PC|PCs|computer|build|rig|setup|system)$/i.test(target)) return undefined;
    // "an XMP profile for the Intel board": memory fits any board of its generation; the platform's own profile is a wish apart.
    // "for a Ryzen 7000 build" of a board or cooler: the socket reading has the processor family (statedSocketItems).
    if (kind && SOCKET_MOUNTED.has(kind) && /^(?:AMD\s+)?Ryzen(?:\s+\d)?\s+\d{4}(?:\s+series)?$|^(?:Intel\s+)?Core\s+(?:i[3579]\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+gen(?:eration)?)?$/i.test(target)) return undefined;
    if ((kind === 'memory' || kind === undefined) && /^(?:Intel|AMD)$/i.test(target) && /^\s*(?:board|motherboard|build|system|pc|platform)s?\b/i.test(m.input.slice(m.index + m[0].length))) return undefined;
    // A socket is a standard pages state, in any spelling: a board "for LGA1700" is titled "Intel Z790, 1700".
    const [text, ...anyOf] = socketSpellings(target);
    if (anyOf.length) return { ...REQUESTED, kind: 'attribute-present', id: `present:${target.toLowerCase()}`, label: `Fits ${target}`, text: text!, anyOf };
    return { ...REQUESTED, kind: 'compatible-with', id: `compatible:${target}`, label: `Fits ${target}`, target };
  });
  // "it should come with a Game Pass subscription included", "with a Lighting Node CORE controller in the box": a named
  // extra the offer includes, which its title or page names, and which titles name where the kind's word is missing.
  // "a loose LED strip in the box": an accessory the offer includes, by its part word ("FREE 30cm Raider LED Strip").
  // ", hub included" too.
  take(/(?:\bwith\s+(?:an?\s+|the\s+|its\s+own\s+)?(?:loose\s+|spare\s+|extra\s+|separate\s+|free\s+)?|,\s*(?:the\s+|a\s+)?)((?:[A-Z][\w+-]*\s+)?(?:strip|controller|hub|remote|stand|bracket)s?)\s+(?:included|in\s+the\s+box|bundled|thrown\s+in)\b/i, (m) => ({ ...present(m[1]!), label: `${m[1]} included` }));
  // "the case has to come with its own little remote for that": a part it comes with, a describing word between.
  take(/\b(?:comes?|coming|shipped|supplied|bundled)\s+with\s+(?:an?\s+|its\s+own\s+|the\s+)(?:little\s+|small\s+|tiny\s+|wireless\s+|own\s+)+(remote|controller|hub)s?\b/i, (m) => ({ ...present(m[1]!.toLowerCase()), label: `${m[1]} included` }));
  // "budget is 90 max": a price ceiling, which the intents read; no figure a page names.
  take(/\bbudget\s+(?:is|of)\s+(?:£|\$|€)?\d+(?:[.,]\d+)?\s*(?:max(?:imum)?|tops|at\s+most)?\b/i, () => undefined);
  take(INCLUDED_NAME, (m) => {
    const name = m[1]!.trim();
    return GENERIC.test(name) ? undefined : { ...present(name), label: `${name} included`, searchedBy: name.toLowerCase() };
  });
  // "a SIM slot of its own": mobile data, which pages state as LTE, 4G, 5G or Cellular as often as the slot.
  // "without a SIM slot", "a model with a SIM slot is money wasted": none of it (pages of Wi-Fi-only models may still say "SIM: No").
  // ("I don't want to pay extra for a model with a SIM slot": so too.)
  take(/(\b(?:no|without|not|(?:don['’]t|do\s+not)\s+(?:want|need)\s+(?:to\s+pay\s+(?:extra|more)\s+for\s+)?(?:an?\s+|any\s+)?(?:[a-z]+\s+)?with)\s+(?:an?\s+|any\s+)?)?\bSIM(?:\s+card)?\s+slot\b|(\b(?:no|without|not)\s+(?:an?\s+|any\s+)?)?\b(?:through|via|with|from|over|using)\s+(?:an?\s+|its\s+own\s+)?SIM(?:\s+card)?\b/i, (m) => (m[1] || m[2]
    ? { ...absent('SIM', 'No SIM slot: Wi-Fi only'), anyOf: ['LTE', '4G', '5G', 'Cellular'] }
    : { ...present('SIM'), label: 'A SIM slot: mobile data', anyOf: ['LTE', '4G', '5G', 'Cellular', 'nano-SIM', 'eSIM'] }));
  // "I trust Arctic for water cooling", "I swear by Noctua": the maker the shopper relies on.
  // "I trust Fractal Design's build quality, so it should be one of theirs": the maker, whatever of it is trusted.
  // "the biggest radiator Corsair makes", "the largest drive Samsung sells": what one maker makes is that maker's.
  take(/\b(?:biggest|largest|longest|fastest|smallest|best|most\s+[a-z]+|highest[\s-][a-z]+)\s+(?:[a-z][\w-]*\s+){1,3}?([A-Z][\w!-]*)\s+(?:makes|sells|offers|produces|has)\b/, (m) =>
    (isColourWord(m[1]!) || !withoutStandardNames(m[1]!).trim() || /\d/.test(m[1]!) ? undefined : brandItem(m[1]!)));
  take(/\b(?:trust|swear\s+by|rely\s+on|only\s+buy|stick\s+with|stay\s+with)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s\s+[a-z][a-z\s-]*?)?(?=\s+(?:for|when|with|and|but|so)\b|[,.;]|\s*$)/, (m) => brandItem(m[1]!));
  // "still a white Corsair case with RGB fans": a maker's name right before the kind's word ("not the Noctua fans" turns it down),
  // or before the words describing it ("a Corsair all-in-one liquid CPU cooler").
  take(/(?<=(?<!\b(?:not|no|nor|without|except)\s+)\b(?:an?|the)\s+(?:(?:white|black|grey|gray|silver|pink|red|blue|green)\s+)?)([A-Z][a-z][\w!-]+)(?=\s+(?:(?:[a-z][a-z-]+|CPU|AIO|ATX|RGB|ARGB)\s+){0,3}?(?:case|cooler|motherboard|board|card|graphics\s+card|monitor|keyboard|mouse|headset|ssd|drive|fans?|kit)\b)/, (m) =>
    // (Intel and AMD name a board's or cooler's platform, not its maker.)
    (/^(?:Micro|Mini|Full|Mid|Gaming|Tower|Desktop|Liquid|Air|Tempered|Glass|Mesh|Silent|Quiet|New|Old|Same|Other|Cheap|Cheaper|Budget|Intel|AMD|Nvidia|NVIDIA|Ryzen|GeForce|Radeon)$/.test(m[1]!) || isColourWord(m[1]!) || !withoutStandardNames(m[1]!).trim() ? undefined : brandItem(m[1]!)));
  // "Case spec: Fractal Design; front panel in real oak; ...": a spec list's field that is a name alone is the maker.
  take(/(?:^|[;:]\s*)((?:[A-Z][a-z][\w!-]*|[a-z]+[A-Z][\w-]*)(?:\s+[A-Z][\w!-]*){0,2})\s*(?=;)/, (m) =>
    (isColourWord(m[1]!) || !withoutStandardNames(m[1]!).trim() || /\d/.test(m[1]!) ? undefined : brandItem(m[1]!)));
  // "made by piXL": a maker written with a lower-case first letter is a name too.
  // "made by be quiet!": the maker that writes its whole name in lower case.
  // "a cooler whose listing says it supports Aura Sync": the lighting system named, as pages name it ("Aura Sync compatible").
  take(/\b(?:supports?|supporting|compatible\s+with|works?\s+with|synced?\s+(?:to|with))\s+(?:the\s+)?(?:Asus\s+|MSI\s+|Gigabyte\s+|ASRock\s+)?(Aura\s+Sync|Mystic\s+Light(?:\s+Sync)?|RGB\s+Fusion|Polychrome\s+Sync)\b/i, (m) => present(m[1]!));
  // "My keyboard, mouse and headset all sync their lights through Asus Aura, and the board should join in": a maker's
  // lighting software runs that maker's boards and parts (general knowledge), so the maker is required.
  take(/\b(?:sync(?:s|ed|ing)?|join(?:s|ed)?|controlled|run(?:s|ning)?)\b[^.;]*?\b(?:through|with|via|in|by|under)\s+(?:Asus\s+|MSI\s+|Gigabyte\s+|ASRock\s+|Corsair\s+)?(Aura(?:\s+Sync)?|Mystic\s+Light|RGB\s+Fusion|Polychrome(?:\s+Sync)?)\b/i,
    (m) => brandItem(LIGHTING_SOFTWARE_MAKER[m[1]!.split(/\s+/)[0]!.toLowerCase()]!));
  take(/\b(?:from|by|made by)\s+(be\s+quiet!?)(?=[\s,.;]|$)/i, () => brandItem('be quiet!'));
  // "It should come from Asus or MSI": either maker will do. "I only buy ADATA or Corsair drives" too.
  take(/\b(?:from|by|made by|only\s+(?:buy|use|trust|want|get)(?:\s+from)?)\s+([A-Z][\w-]*)\s+or\s+([A-Z][\w-]*)\b/, (m) => ({ ...brandItem(m[1]!), id: `brand=${m[1]}|${m[2]}`, label: `Brand ${m[1]} or ${m[2]}`, orBrands: [m[2]!] }));
  // (Not "chipset from AMD's top tier": the maker of a part on it, no maker of the product.)
  take(/(?<!\b(?:chipsets?|chips?|graphics|gpus?|processors?|cpus?|sockets?|panels?|fans?)\s+)\b(?:from|by|made by)\s+((?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)?)/, (m) => brandItem(m[1]!));
  // "the chip is rated at 125W ... a CPU cooler that can still cope with the heat": a cooler rated for at least that much
  // heat, as pages state it beside "TDP" ("130W TDP").
  if (kind === 'cooler') take(/\b(?:chip|processor|cpu)\s+(?:is\s+)?(?:rated\s+(?:at|for)|has\s+a\s+tdp\s+of|puts\s+out|draws)\s+(?:up\s+to\s+)?(\d{2,3})\s?w(?:atts?)?\b|\b(\d{2,3})\s?w(?:atts?)?\s+(?:chip|processor|cpu)\b/i, (m) => {
    const watts = Number(m[1] ?? m[2]);
    return { ...REQUESTED, kind: 'measure', id: `measure:tdp>=${watts}`, label: `Cools at least ${watts} W (its TDP)`, unit: 'w', op: '>=', value: watts, near: 'tdp' };
  });
  // "whose main camera has 200 megapixels": the figure as pages write it ("200 Megapixel main camera", "200MP"); one turned
  // down ("without a mere 50 megapixels") asks nothing of its own, as a phone's other cameras may have it.
  take(/(\b(?:no|not|without)\s+(?:an?\s+)?(?:[a-z]+\s+){0,3}?)?\b(\d{1,3})[\s-]?(?:megapixels?|MP|mpx)\b/i, (m) => (m[1] ? undefined
    : { ...present(`${m[2]} Megapixel`), label: `${m[2]} megapixels`, anyOf: [`${m[2]}MP`, `${m[2]} MP`, `${m[2]}-megapixel`] }));
  // "a hand-span of cable is plenty": a short one, no longer than a spread hand (about 20 cm; 30 cm at most).
  take(/\b(?:a|one|about\s+a)\s+hand[\s-]?span\b(?:\s+of\s+(?:cable|lead|cord|wire|length))?/i, () => measureFromText('at most 30cm', true, 'request'));
  // "three metres would leave a coil on the floor", "5m is too long": a length turned down by what it would do asks nothing.
  take(/\b\d+(?:[.,]\d+)?\s*(?:met(?:re|er)s?|m|centimet(?:re|er)s?|cm|feet|foot|ft)\s+(?:would|will|is|are|was)\s+(?:be\s+)?(?:too\s+\w+|leave|mean|make)\b[^,;.]*/i, () => undefined);
  // "that are just 10 centimetres long": a length said alone is the length (never the decimals of "at least 1.5 metres").
  take(/(?<!\b(?:at\s+most|at\s+least|up\s+to|over|under|exactly)\s+|[\d.,])\b\d+(?:[.,]\d+)?\s*(?:centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|cm|mm|m)\s+(?=long\b|in\s+length\b)/i, (m) => measureFromText(m[0], true, 'request'));
  // "at least 512GB of storage" in a laptop titled "16GB, 512GB SSD": its storage is the larger figure, never its memory.
  take(/(?:\b(?:exactly|at least|at most|more than|less than|over|under|up to)\s+)?\d+(?:[.,]\d+)?\s?(?:gb|tb)\s+of\s+(?:storage|disk\s+space|storage\s+space|space)\b/i, (m) => {
    const item = measureFromText(m[0].replace(/\s+of\s+.*$/i, ''), true, 'request');
    return item?.kind === 'measure' ? { ...item, largest: true, ...approximately(item, m) } : item;
  });
  take(/(?:\b(?:exactly|at least|at most|longer than|shorter than|more than|less than|bigger than|larger than|smaller than|over|under|above|below|up to)\s+|\blength of (?:exactly\s+)?)\d+(?:[.,]\d+)?\s*[a-zA-Z"]+/i, (m) =>
    COMPARATIVE.test(m[0]) || /length/i.test(m[0]) ? measureFromText(m[0], true, 'request') : undefined);
  // "250GB or more", "27 inches or larger": a floor, as "at least" says it.
  take(/\b(\d+(?:[.,]\d+)?\s?(?:gb|tb|mb|w|hz|mhz|ghz|mm|cm|m|inch(?:es)?|in|mah))\s+or\s+(?:more|higher|above|larger|bigger|greater|over|faster|better)\b/i, (m) => measureFromText(`at least ${m[1]}`, true, 'request'));
  // "2TB is the minimum I need", "16GB is the least I'd accept": a floor said after the figure; "65W is the maximum" a ceiling.
  take(/\b(\d+(?:[.,]\d+)?\s?(?:gb|tb|mb|w|hz|mhz|ghz|mm|cm|m|inch(?:es)?|in|mah))\s+(?:is|would\s+be|will\s+be)\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:absolute\s+|bare\s+)?(minimum|least|lower\s+limit|floor|maximum|most|upper\s+limit|ceiling|limit)\b/i,
    (m) => measureFromText(`${/^(?:minimum|least|lower|floor)/i.test(m[2]!) ? 'at least' : 'at most'} ${m[1]}`, true, 'request'));
  // "rated at 3200MHz or lower", "65W or less": a ceiling, as "at most" says it.
  take(/\b(\d+(?:[.,]\d+)?\s?(?:gb|tb|mb|w|hz|mhz|ghz|mm|cm|m|inch(?:es)?|in|mah))\s+or\s+(?:less|lower|below|smaller|slower|fewer|under)\b/i, (m) => measureFromText(`at most ${m[1]}`, true, 'request'));
  // "six or more cores", "at least eight cores": a count of cores as a floor.
  take(CORE_FLOOR, (m) => {
    const cores = countValue((m[1] ?? m[2] ?? m[3])!);
    return { ...REQUESTED, kind: 'measure', id: `measure:core>=${cores}`, label: `At least ${cores} cores`, unit: 'core', op: '>=', value: cores };
  });
  // "with exactly four cores", "a quad-core chip": the count of cores, as a figure says it ("4 cores").
  take(CORE_COUNT, (m) => {
    const cores = m[1] ? countValue(m[1]) : CORE_PREFIXES[m[2]!.toLowerCase()]!;
    const item = measureFromText(`${cores} cores`, true, 'request');
    return item && { ...item, label: `${cores} cores` };
  });
  take(VERSION_FLOOR, versionFloorItem);
  // "with a compact design", "with a slim profile": the look or size pages title the product by ("Compact Design").
  take(/\bwith\s+an?\s+([a-z]+)\s+(?:design|form factor|form|build|shape|profile)\b/, (m) =>
    (VAGUE_FEATURE.test(m[1]!) ? undefined : { ...present(m[1]!), label: `${m[1]} design` }));
  // "with large 140mm Noctua fans": a part of a maker's is named by that maker on the page.
  take(/(?<=\bwith\s+(?:(?:large|big|small|quiet|silent|two|three|four|\d+)\s+)*(?:\d+\s?mm\s+)?)([A-Z][a-z]+)(?=\s+(?:fans?|switches|keycaps|heatpipes?|drivers?)\b)/, (m) =>
    (isColourWord(m[1]!) || !withoutStandardNames(m[1]!).trim() ? undefined : { ...present(m[1]!), label: `${m[1]} parts` }));
  // "with a glass window and interchangeable top and front panels": what parts can be done with
  // ("interchangeable", "adjustable", "removable") is a feature pages state in that word.
  take(/\b(?:with|and|has|have|having)\s+(?:an?\s+|the\s+)?([a-z]{3,}(?:able|ible))\s+(?=[a-z])/i, (m) =>
    (JUDGING_ABLE.test(m[1]!) ? undefined : present(m[1]!.toLowerCase())));
  // "comes with lit fans", "fans that light up": fans with their own lighting, as titles say ("6x RGB Fans").
  take(/\b(?:lit|lighted|illuminated|light-up|glowing)\s+(fans|keys|keycaps)\b|\b(fans)\s+that\s+(?:light\s+up|glow)\b/i, (m) => {
    const part = (m[1] ?? m[2])!.toLowerCase();
    const item = partSpecItem('RGB', part);
    return { ...item, anyOf: [...(item.anyOf ?? []), `LED ${part}`], label: `Lit ${part}: RGB or LED` };
  });
  // "with glass on the side and the front": a glass panel on each part named ("Glass Side & Front").
  for (const m of rest.matchAll(GLASS_ON_PARTS)) {
    for (const part of m[0].match(/\b(?:side|front|top)\b/gi) ?? []) items.push({ ...present(`glass ${part.toLowerCase()}`), anyOf: part.toLowerCase() === 'side' ? ['glass window', 'side window', 'glass panel'] : [`${part.toLowerCase()} glass`] });
    rest = rest.replace(m[0], ' ');
  }
  // "an LCD, an OLED or one of those LED-matrix panels all count": any one of the things listed will do, one wish met by either
  // (a compound by its last part too: "Anime Matrix LED Display").
  take(/\b((?:an?\s+)?[A-Z][\w-]*(?:\s*,\s*(?:an?\s+)?[A-Z][\w-]*)*\s*,?\s+or\s+(?:one\s+of\s+those\s+|one\s+of\s+these\s+)?(?:an?\s+)?[\w-]+)(?:\s+[a-z]+s)?\s+(?:all|each|both)\s+counts?\b/, (m) => {
    const named = m[1]!.split(/\s*,\s*|\s+or\s+/).map((w) => w.replace(/^(?:one\s+of\s+th(?:ose|ese)\s+)?(?:an?\s+)?/i, '').trim()).filter(Boolean);
    const spellings = named.flatMap((w) => (w.includes('-') ? [w, w.split('-').pop()!] : [w]));
    return { ...present(named[0]!), id: `present:${named.join('|').toLowerCase()}`, label: `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`, anyOf: spellings.slice(1) };
  });
  // "Full HD (1920 x 1080)", "a QHD screen": a resolution by its name, which titles write as the name or as its pixels.
  take(/\b(?<!\bnot\s+(?:an?\s+)?)(?:Full[\s-]?HD|FHD)\b(?:\s*\(\s*1920\s?[x×]\s?1080\s*\))?/i, () => ({ ...present('Full HD'), anyOf: ['FHD', '1920 x 1080', '1920x1080', '1920 × 1080', '1080p'] }));
  take(/\b(?<!\bnot\s+(?:an?\s+)?)(?:W?QHD|Quad[\s-]HD)\b(?:\s*\(\s*2560\s?[x×]\s?1440\s*\))?/i, () => ({ ...present('QHD'), anyOf: ['WQHD', 'Quad HD', '2560 x 1440', '2560x1440', '2560 × 1440', '1440p'] }));
  // "a resolution of 2560 x 1440; an ultra-wide 3440 x 1440 screen does not count": the pixels as titles
  // write them, and one ruled out ("not ...").
  take(RESOLUTION, (m) => {
    const [w, h] = [m[2]!, m[3]!];
    const item = { ...present(`${w} x ${h}`), anyOf: [`${w}x${h}`, `${w} × ${h}`, `${w}×${h}`] };
    return m[1] ? { ...REQUESTED, kind: 'attribute-absent', id: `absent:${w}x${h}`, label: `Not ${w} x ${h}`, text: `${w} x ${h}` } : item;
  });
  // "with a rifle bearing": a fan's bearing by its type, as titles name it ("Rifle Bearing", "Fluid Dynamic").
  // "rather than a sleeve bearing", "not a sleeve bearing": that type is turned down, by the title that names it.
  take(/\b((?:not|no|without|rather\s+than|instead\s+of)\s+(?:an?\s+|the\s+)?)?(rifle|sleeve|(?:dual\s+)?ball|fluid[\s-]dynamic|hydro[\s-]?dynamic|hydraulic|magnetic(?:\s+levitation)?|maglev)\s+bearings?\b/i, (m) => {
    const type = m[2]!.toLowerCase();
    return m[1] ? { ...absent(`${type} bearing`, `No ${type} bearing`), anyOf: [m[2]!.replace(/-/g, ' ')], inTitle: true } : { ...present(`${type} bearing`), anyOf: [m[2]!.replace(/-/g, ' ')] };
  });
  // "in its Magenta Core TG version", "in the Cobalt Violet edition": the edition by its maker's name, which its title carries whole.
  // (Not "in its Wi-Fi version": a standard, read with the others.)
  for (const m of rest.matchAll(new RegExp(EDITION_NAMED.source, 'g'))) {
    if (!withoutStandardNames(m[1]!).trim()) continue;
    items.push({ ...present(m[1]!), label: `The ${m[1]} edition` });
    rest = rest.replace(m[0], ' ');
  }
  // "in the same Cobalt Violet": a finish named by its maker's name, which the title carries.
  take(/\bin\s+(?:the\s+)?same\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b/, (m) => ({ ...present(m[1]!), label: `In ${m[1]}`, name: 'colour' }));
  // "comes with a five-year warranty": pages state it in figures ("5 Year Warranty").
  take(WARRANTY, (m) => {
    const years = countValue(m[1]!);
    return { ...present(`${years} Year Warranty`), anyOf: [`${years}-Year Warranty`, `${years} Years Warranty`, `${years} Years' Warranty`, `${years}yr Warranty`] };
  });
  take(MUST_HAVE_PART, (m) => (VAGUE_FEATURE.test(m[1]!) ? undefined : present(m[1]!.toLowerCase())));
  // "comes with a remote control for its lights": an accessory the offer includes, which its page names
  // ("RGB Fans with Remote"); its control or unit word is how the shopper calls it, not the page.
  take(/\b(?:comes?|coming|supplied|shipped|bundled)\s+with\s+(?:an?\s+|its\s+own\s+)(remote|wireless remote|carry(?:ing)? case|stand|dock|charging dock|cleaning kit|screen protector)(?:\s+(?:control|controller|unit))?\b/i, (m) =>
    present(m[1]!.toLowerCase()));
  // "with a cloning kit", "with its own mounting kit": a kit of a purpose sold in the box, which the title names ("SSD with cloning kit").
  take(/\bwith\s+(?:an?\s+|its\s+own\s+|the\s+)?([a-z]+ing|mounting|upgrade|installation|migration|repair|tool)\s+kit\b/i, (m) => present(`${m[1]!.toLowerCase()} kit`));
  // "with markings that help me tune ...": the feature a clause then explains is one the product has.
  // "with a dual-chamber layout that ...": the feature's own word, as pages write it ("Dual Chamber"); "layout" is the shopper's.
  take(/^\s*with\s+(?:an?\s+|some\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?=(?:that|which)\s)/, (m) =>
    (VAGUE_FEATURE.test(m[1]!) || POINTER_OR_ARTICLE.test(m[1]!) ? undefined : present(m[1]!.replace(/(\S)\s+(?:layout|design|style|form|build)$/i, '$1'))));
  // "that have a glass side window": the material of a part the product has; pages name it ("Clear
  // Glass Window", "Tempered Glass Panel") and one without that part does not.
  // "with mesh panels or a glass window": either part will do.
  take(EITHER_MATERIAL, (m) => ({ ...present(m[1]!.toLowerCase()), anyOf: [m[2]!.toLowerCase()], label: `${m[1]!.toLowerCase()} or ${m[2]!.toLowerCase()}` }));
  // "with wood front panel and glass side panel": every material of the list, each read where the list's "with" still stands.
  for (const m of rest.matchAll(new RegExp(PART_MATERIAL.source, 'gi'))) items.push(present(m[1]!.toLowerCase()));
  rest = rest.replace(new RegExp(PART_MATERIAL.source, 'gi'), ' ');
  // "some wood on the front": a material on a named part.
  take(new RegExp(String.raw`\b(?:with\s+)?(?:some\s+)?(${MATERIAL_NAMES})\s+(?:on|at|across)\s+(?:the|its)\s+(?:front|top|sides?|panels?)\b`, 'i'), (m) => present(m[1]!.toLowerCase()));
  // "with clear glass or with no window at all": any glass is clear, so none of it tinted; either edition does ("Clear Glass
  // Windows", "Black Solid"), and a tinted one ("Dark Tint Glass Windows", "Light TG") does not.
  take(/\b(?:in\s+(?:the|its)\s+(?:versions?|editions?)\s+)?(?:with\s+)?clear\s+glass(?:\s+(?:windows?|panels?|sides?))?\s+or\s+(?:with\s+)?(?:no\s+(?:window|glass)|(?:a\s+)?solid\s+(?:side\s+)?panels?)(?:\s+at\s+all)?\b/i,
    () => ({ ...absent('Tint', 'No tinted glass'), anyOf: ['Tinted', 'Dark TG', 'Light TG'], inTitle: true }));
  // "not clear glass, not a solid side ... with tinted glass": the glass editions by the title's words ("Light Tint Glass
  // Windows", "Dark TG"; "Clear Glass Window"; "Black Solid").
  take(/\b(?:not|no)\s+(?:a\s+)?clear\s+glass\b/i, () => ({ ...absent('Clear Glass', 'Not clear glass'), anyOf: ['Clear TG', 'Clear Window'], inTitle: true }));
  // "not the dark TG, not the white clear TG": an edition named by its glass, as titles name it ("(White Clear TG)").
  take(/\bnot\s+(?:the\s+|an?\s+)?((?:[a-z]+\s+){1,2})TG\b(?:\s+(?:one|version|edition|model))?/, (m) => {
    const edition = `${m[1]!.trim().split(/\s+/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} TG`;
    return { ...absent(edition, `Not the ${edition} edition`), inTitle: true };
  });
  take(/\b(?:not|no)\s+(?:a\s+|the\s+)?solid\s+(?:side|panel|edition|version)s?(?:\s+(?:one|version|edition|model))?\b/i, () => ({ ...absent('Solid', 'Not the solid edition'), inTitle: true }));
  take(/\b(?:not|no)\s+(?:a\s+)?(?:tinted|smoked)\s+glass\b/i, () => ({ ...absent('Tint', 'No tinted glass'), anyOf: [...TINTED], inTitle: true }));
  // "dark tinted glass", "a light tint window": the tint's shade, as titles write it ("Dark Tint Glass Window", "Light TG").
  take(/\b(?:with\s+)?(?:an?\s+)?(dark|light)[\s-]+tint(?:ed)?(?:\s+(?:tempered\s+)?glass)?\b/i, (m) => {
    const shade = m[1]!.toLowerCase() === 'dark' ? 'Dark' : 'Light';
    // "light tint and clear glass are not what I want": turned down.
    if (/^[^.;]*?\b(?:are|is)\s+not\s+what\b/i.test(m.input.slice(m.index + m[0].length)) || /\b(?:not|no|without)\s+$/i.test(m.input.slice(0, m.index))) return { ...absent(`${shade} Tint`, `Not ${shade.toLowerCase()} tinted glass`), anyOf: [`${shade} TG`], inTitle: true };
    return { ...present(`${shade} Tint`), label: `${shade} tinted glass`, anyOf: [`${shade} TG`, `${shade} Tinted`] };
  });
  take(/\b(?:with\s+)?(?:tinted|smoked)\s+glass\b/i, () => ({ ...present('Tint'), label: 'Tinted glass', anyOf: [...TINTED] }));
  // "without a glass window": no window at all, as a solid panel has none (a "Case with Window" is out).
  take(/\b(?:no|without)\s+(?:an?\s+|any\s+)?(?:(?:tempered\s+)?glass\s+|acrylic\s+)?(?:side\s+)?windows?\b/i, (m) => {
    if (/glass/i.test(m[0])) items.push(absent('glass', 'No glass'));
    return absent('window', 'No window');
  });
  // "solid side panels": panels with no window in them, which pages of such editions never call glass.
  take(/\bsolid\s+(?:side\s+|front\s+|top\s+)?panels?\b/i, () => absent('glass', 'No glass'));
  // "no glass window": the same part ruled out; pages of a solid-sided edition never name the material.
  take(NO_PART_MATERIAL, (m) => absent(m[1]!.toLowerCase(), `No ${m[1]!.toLowerCase()}`));
  // "side panel in fine mesh, no glass;": glass turned down as a field of its own, no part named after it.
  take(/\b(?:no|without)\s+(?:any\s+)?glass\b(?=\s*(?:[;,.]|$))/i, () => absent('glass', 'No glass'));
  // "supports Wi-Fi 6": a newer generation (Wi-Fi 6E, 7) supports it too, so the version is a floor.
  take(NAMED_VERSION, (m) => ({ ...REQUESTED, kind: 'version-at-least', id: `version:${m[1]!.toLowerCase()}>=${m[2]!.toLowerCase()}`, label: `${m[1]} ${m[2]} or newer`, family: m[1]!, min: m[2]!.toLowerCase() }));
  take(OS_VERSION, osItem);
  // "AMD EXPO", "an EXPO profile": AMD's one-switch memory profile, which Corsair lists its EXPO kits by as "AMD Optimised"
  // (general knowledge); one wish, not "AMD" and "EXPO" apart.
  // ("... and the listing should name both": then only the name itself.)
  const namedOnListing = /\b(?:listing|page|title)\s+(?:should|must|has\s+to|needs?\s+to)\s+(?:name|state|say|mention|list|spell\s+out)\b/i.test(said);
  take(/\b(?:AMD\s+)?EXPO\b(?:\s+profiles?)?/i, () => ({ ...present('EXPO'), label: 'An AMD EXPO profile', ...(namedOnListing ? {} : { anyOf: ['AMD Optimised', 'AMD Optimized'] }) }));
  take(/\b(macOS|Chrome ?OS)\b/, (m) => (/^chrome/i.test(m[1]!) ? { ...present('Chrome OS'), anyOf: ['ChromeOS'] } : present('macOS')));
  // "not the Wi-Fi model", "not the 5G version": the edition named by a standard, which its title names (a 5G tablet's page mentions Wi-Fi too).
  for (const m of rest.matchAll(/\bnot\s+(?:the\s+|an?\s+)?([A-Z0-9][\w+-]*)\s+(?:model|version|edition|variant)s?\b/g)) {
    if (withoutStandardNames(m[1]!).trim()) continue;
    items.push({ ...absent(m[1]!, `Not the ${m[1]} model`), inTitle: true, ...(UNVERSIONED_WIRELESS.test(m[1]!) ? { anyOf: wirelessSpellings(m[1]!) } : {}) });
    rest = rest.replace(m[0], ' ');
  }
  // "no Wi-Fi on board", "without Bluetooth", "but not Wi-Fi": a board or device without it, which its title would name.
  // ("not WIFI II" names an edition, no radio turned down: "not" counts only where the radios' names end the phrase.)
  // "must not have Wi-Fi or Bluetooth on it", "no Wi-Fi or Bluetooth": each radio of the list turned down.
  take(NEGATED_RADIOS, (m) => (m[1] ?? m[2])!.split(/\s*(?:,|\bor\b|\bnor\b|\band\b)\s*/i).filter(Boolean).map((radio): ChecklistItem => {
    const [text, ...anyOf] = wirelessSpellings(radio);
    return { ...absent(text, `No ${text === 'WiFi' ? 'Wi-Fi' : text}`), anyOf, inTitle: true };
  }));
  take(UNVERSIONED_WIRELESS, wirelessItem);
  take(CABLE_FREE_SAID, () => CABLE_FREE_ITEM);
  // "My laptop has two DDR4 memory slots": of memory, the slots say the generation the modules must be.
  take(MEMORY_SLOTS, (m) => (kind === 'memory' ? generationItem(m[2] ?? m[3]) : memorySlotsItem(m[1]!, m[2] ?? m[3])));
  // "Only one stick with 8GB, not a kit with two sticks": a single module, which no kit's title is ("16GB Kit (2 x 8GB)").
  if (kind === 'memory') take(NOT_A_KIT, () => ({ ...absent('Kit', 'Not a kit'), inTitle: true }));
  // (One stick is no kit: its title says no "(1 x 8GB)".)
  // ("two 16GB DDR5 sticks": the generation said between is the memory's, kept.)
  take(KIT_MODULES, (m) => {
    const generation = generationItem(/\b(?:LP)?DDR\d\b/i.exec(m[0])?.[0]);
    const single = countValue(m[1]!) === 1 && !/^\s*(?:with|of|in|on|made|consisting|contain|hold|has|have)\b/i.test(m[0]);
    // ("one single 8GB module per pack": one module's capacity is the product's own.)
    const capacity = single && m[2] ? measureFromText(`${m[2]}GB`, true, 'request') : undefined;
    return [single ? capacity : kitModulesItem(m[1]!, m[2]), generation].filter((i): i is ChecklistItem => i !== undefined);
  });
  // "not 4 x 8GB", "not the 4 x 8GB kit": that split turned down, which its title writes ("(4 x 8GB)").
  if (kind === 'memory' || kind === undefined) take(KIT_WRITTEN, (m) => (/\b(?:not|no|nor)\s+(?:the\s+|an?\s+)?$/i.test(m.input.slice(0, m.index))
    ? { ...absent(`${m[1]} x ${m[2]}GB`, `Not a ${m[1]} x ${m[2]}GB kit`), anyOf: [`${m[1]}x${m[2]}GB`, `${m[1]} x ${m[2]} GB`], inTitle: true }
    : kitModulesItem(m[1]!, m[2])));
  for (const { item, written } of spelledAcronyms(rest)) {
    items.push(item);
    rest = rest.replace(written, ' ');
  }
  // "the plain one rather than the GT502 Plus with ARGB fans": the alternative is left out by the words
  // that set it apart from the line asked for ("Plus"; its model number is the line's own), and what
  // the alternative comes with describes it, not the product wanted.
  take(/\b(?:rather than|instead of)\s+(?:the\s+|an?\s+)?([^,;.]*)/i, (m) => {
    const name = /^(?:[A-Z0-9][\w+-]*)(?:\s+[A-Z0-9][\w+-]*)*/.exec(m[1]!.trim())?.[0];
    if (!name) return undefined;
    const words = name.split(/\s+/);
    // A version code ("V2", "Mk2") sets it apart too ("the DUAL V2 OC" beside the wanted "DUAL OC").
    const apart = words.filter((w) => !/\d/.test(w) || /^(?:v|mk|gen)\d+$/i.test(w)).join(' ') || name;
    // "rather than the FE+": pages' words drop the "+", so the plain FE would be left out too; its size tells them apart.
    if (apart.includes('+')) return undefined;
    return absent(apart);
  });
  // "not the Plus or the Ultra": each named edition left out.
  // "not a Torrent Compact": a name of several capitalised words is ruled out whole, as its first word
  // alone ("Torrent") is the line the shopper wants.
  // A one-letter model word ("Focus G Mini") belongs to the name.
  // "not the Compact, Lite, Mini or XL": each of a list of names.
  take(REFUSED_NAMES, (m) => {
    // "not the C8 ARGB": the model's number is the line's own (the C8 is wanted); its edition word sets it apart.
    const lacking = m[1];
    const names = m[0].replace(/\s+without\s+.*$/, '').replace(REFUSAL_OPENING, '').split(/\s*,\s*(?:(?:or|nor)\s+)?|\s+(?:or|nor)\s+/).map((n) => n.replace(/^(?:the\s+|an?\s+(?=[A-Z]))/, '').trim()
      // ("3D NAND" is one name: "3D" is no model's number.)
      .replace(/^(?!\dD\s)[A-Za-z]*\d[A-Za-z0-9-]*\s+(?=[A-Z][A-Z0-9-]+$)/, '')).filter(Boolean);
    // A name is ruled out by the title that carries it; a page may mention its siblings.
    // ", 420mm cooler" after the names: a size said of the product itself, no other name.
    const figure = /^\d+(?:[.,]\d+)?\s?(?:mm|cm|gb|tb|w|hz|inch(?:es)?)$/i;
    items.push(...names.slice(1).flatMap((name) => (figure.test(name) ? [measureFromText(name, true, 'request')].filter((i): i is ChecklistItem => i !== undefined) : [refusedName(name)])));
    return lacking && names.length === 1 ? { ...refusedName(names[0]!), notBefore: [lacking] } : refusedName(names[0]!);
  });
  // "registered ECC DDR4": server memory's buffering, as pages state it ("ECC Registered", "RDIMM").
  // "no registered ECC server memory": server memory turned down, as titles name it.
  take(/\b(?:no|not|without)\s+(?:an?\s+|any\s+)?registered(?:\s+ECC)?(?:\s+(?:server\s+)?(?:memory|ram|modules?|dimms?|sticks?))?\b/i, () => ({ ...absent('Registered', 'Not registered server memory'), anyOf: ['RDIMM', 'Server'], inTitle: true }));
  take(/\b(registered|unbuffered)\b(?=[^.]*\b(?:ecc|memory|ram|dimms?|ddr\d)\b)/i, (m) => (/^reg/i.test(m[1]!)
    ? { ...present('Registered'), anyOf: ['RDIMM', 'Reg'] } : { ...present('Unbuffered'), anyOf: ['UDIMM'] }));
  // "Mini-USB", "a micro HDMI socket": a small plug's name is one wish, never the bigger plug's ("USB").
  take(SMALL_PLUG_WRITTEN, (m) => present(connectorsIn(m[0])[0] ?? m[0]));
  for (const [re, item, only] of USE_CASES) {
    if (re.test(rest) && !(only === 'screen' && kind && !SCREEN_KINDS.has(kind))) items.push(item);
  }
  rest = rest.replace(/\b(?:designed |made |built )?for (?:gamers?|gaming)\b/gi, ' ');
  // "the red and white inputs of my amplifier": the words describe the other device, not the product;
  // a device named by its own name ("the look of my Xbox One") is the one the product is made for.
  take(OTHER_DEVICES_PART, (m) => {
    const device = /^(?:[A-Z0-9][\w-]*)(?:\s+[A-Z0-9][\w-]*)*/.exec(m[1]!)?.[0];
    return device ? { ...REQUESTED, kind: 'compatible-with', id: `compatible:${device}`, label: `Made for ${device}`, target: device } : undefined;
  });
  rest = rest.replace(DEVICE_REFERENCE, ' ');
  // A size in inches ("a 12.4-inch screen", '27" monitor') is one figure, met however a page writes it
  // (often bare in a title: "Galaxy Tab S9 FE+ 12.4 5G"); its digits are no spec tokens of their own.
  // Not a model's number before the preposition "in" ("the i5-12400 in a Fractal case").
  take(/(?<![\w-])(\d+(?:[.,]\d+)?)\s?(?:-\s?)?(?:inch(?:es)?\b|in\b(?!\s+(?:a|an|the|my|our|your|its|their|this|that|one)\b)|"|″)/i, (m) => {
    const inches = m[1]!.replace(',', '.');
    return { ...REQUESTED, kind: 'option', id: `option:size=${inches}inch`, label: `${inches}-inch size`, name: 'size', value: `${inches}inch` };
  });
  // "either with the RTX 4060 or with the RTX 4060 Ti": a chip line's two models, either of which will do, one wish; titles join
  // the line and the number ("RTX4060 Ti").
  take(CHIP_MODEL_EITHER, (m) => {
    const [a, b] = [m[1]!, m[2]!];
    const joined = (name: string) => name.replace(/^([A-Z]{2,4})\s+(?=\d)/, '$1');
    return { ...present(a), id: `present:${a.toLowerCase()}|${b.toLowerCase()}`, label: `${a} or ${b}`, anyOf: [...new Set([joined(a), b, joined(b)])].filter((x) => x !== a) };
  });
  // A model with its tier words ("based on the RTX 4070 SUPER"): one phrase, as titles write it joined
  // ("RTX4070 SUPER") or spaced; the tier is part of its name (a "4070 Ti SUPER" is another chip).
  take(MODEL_WITH_TIER, (m) => {
    const tiers = m[3]!.trim().replace(/\s+/g, ' ');
    return { ...present(`${m[1]}${m[2]} ${tiers}`), anyOf: [`${m[1]} ${m[2]} ${tiers}`] };
  });
  // "280mm or 420mm, both fit": either size will do, one wish met by either (as sizes said apart, both would be required).
  take(/\b(\d{2,4})\s?mm\s+or\s+(?:an?\s+)?(\d{2,4})\s?mm\b/i, (m) => ({ ...present(`${m[1]}mm`), anyOf: [`${m[2]}mm`], ...(kind === 'cooler' ? { inModelName: [m[1]!, m[2]!] } : {}) }));
  // "with a 360mm radiator": the size of a part the product has, which makers also write bare in the
  // model's name ("TITAN 360 RX", "Vortex 360"); the bare figure counts there only, not in any text.
  take(/\bwith\s+(?:an?\s+|one\s+)?(\d{3,4})\s?mm\s+(?=[a-z]+\b)/i, (m) => ({ ...present(`${m[1]}mm`), inModelName: [m[1]!] }));
  // A liquid cooler asked by its radiator size alone ("an Asus all-in-one cooler" of "420mm"): makers
  // name the model by it too ("ProArt LC 420").
  // (Not a fan's size: "has to take 140mm fans", "140mm fan mounts" are read as the fans' size below.)
  if (kind === 'cooler') take(/\b((?:12|14|24|28|36|42|48)0)\s?mm\b(?!\s+(?:(?:case\s+)?fans?|fan\s+(?:mounts?|slots?|size)))/i, (m) => ({ ...present(`${m[1]}mm`), inModelName: [m[1]!] }));
  // "the 140mm size", "140mm fans", "140 mm case fans": a fan's or part's size, met however pages write it ("14cm").
  take(/\b\d{2,3}\s?(?:mm|cm)\b(?=\s+(?:(?:case|pc|chassis|cooling|radiator|cpu)\s+)?(?:size|fans?)\b)/i, (m) => {
    const item = measureFromText(m[0], true, 'request');
    // Of a cooler, "140mm fans" are its fans' size, not its own (the radiator's "420mm" is the cooler's first figure).
    if (kind === 'cooler' && item?.kind === 'measure' && /^\s+fans?\b/i.test(m.input!.slice(m.index! + m[0].length))) {
      // ("made for a 240mm one, two 120mm fans side by side": the radiator's size says its fans' already, and titles give that.)
      const radiatorSays = [...said.matchAll(/\b(\d{3})\s?mm\b/g)].some((r) => Number(r[1]) > item.value && Number(r[1]) % item.value === 0);
      if (radiatorSays && item.unit === 'mm') return undefined;
      return { ...item, id: `measure:fan=${item.value}${item.unit}`, label: `Fans of ${m[0]}`, part: 'fan' };
    }
    return item && { ...item, label: m[0] };
  });
  // A figure with its unit ("running at 3600MHz", "with 16GB") is a measure of that unit's dimension,
  // met by the page's figure in that unit however it is spaced ("3600 MHz"), not by the bare number.
  take(/\b\d+(?:[.,]\d+)?\s?(?:mhz|ghz|gb|tb|hz|w|mah|rpm|cores?(?=\b))\b/i, (m) => {
    const item = measureFromText(m[0], true, 'request');
    if (item?.kind !== 'measure') return item && { ...item, label: m[0] };
    return { ...item, label: m[0], ...approximately(item, m) };
  });
  // Counted specs read as one phrase in shop titles: "8 DDR5", "4 ARGB fans" -> "8 DDR5"; never a
  // joining word ("Wi-Fi 6 and PoE" counts no "and").
  // (Not the "2" of "M.2 SSD", a slot's name.)
  // ("3 RGB fans" is titled "3x RGB Fans" as often: a count before a name, with or without its "x".)
  take(/(?<![A-Za-z]\.)\b(\d+(?:[.,]\d+)?\s*(?:(?!(?:and|or|to|of|in|on|at|by|for|the|an?|is|it|as|so)\b)[a-z]{1,3}\b|[A-Z][A-Za-z0-9-]*))/, (m) => {
    const counted = /^(\d{1,2})\s+([A-Z][A-Za-z0-9-]*)$/.exec(m[1]!);
    return counted ? { ...present(m[1]!), anyOf: [`${counted[1]}x ${counted[2]}`, `${counted[1]} x ${counted[2]}`] } : present(m[1]!);
  });
  // "with an AMD processor inside": a computer's processor maker, which its page and title may name only
  // by the maker's processor line ("Ryzen 5 5600G"), so the first line is what it is searched by.
  // Of a part that mounts on the processor ("boards for Intel processors"), the maker names the platform, met by its sockets and chipsets.
  take(MAKERS_PROCESSOR, (m) => {
    if (kind && SOCKET_MOUNTED.has(kind)) return platformItem(m[1]!);
    const lines = PROCESSOR_LINES[m[1]!.toLowerCase()] ?? [];
    return { ...present(m[1]!), name: 'processor', label: `${m[1]} processor`, anyOf: lines, searchedBy: lines[0]?.toLowerCase() };
  });
  // "with integrated Radeon graphics": the named graphics is a spec titles state as the pair ("Radeon
  // Graphics"); a processor titled "No Graphics" has none, however cheap.
  take(/\b(?:integrated|built-in|onboard|on-board)\s+([A-Z][a-z]+)\s+graphics\b/, (m) => (GENERIC.test(m[1]!) ? undefined : present(`${m[1]} Graphics`)));
  // "that have graphics built in", "with integrated graphics": processors without it are titled "No Graphics"
  // (said of a board's build, "will use their built-in graphics", it asks nothing of the board itself).
  // "no graphics on the chip", "no point in paying for graphics built into the chip": a processor titled
  // "No Graphics" (not "no graphics card", which asks for the chip's own).
  // "sold as the chip alone", "a boxed cooler would be wasted on me": a processor without a cooler in the box, which titles
  // name ("CPU with Wraith Stealth Cooler").
  if (kind === 'cpu') take(NO_BOXED_COOLER, () => ({ ...absent('Cooler', 'Sold without a cooler'), anyOf: ['with Fan'], inTitle: true }));
  if (!(kind && SOCKET_MOUNTED.has(kind))) take(NO_CHIP_GRAPHICS, () => present('No Graphics'));
  if (!(kind && SOCKET_MOUNTED.has(kind)) && !NO_CHIP_GRAPHICS.test(rest)) take(CHIP_GRAPHICS, () => absent('No Graphics', 'Graphics built in (not "No Graphics")'));
  // A spec token on a part the product carries ("ARGB fans", "Cherry switches"): the pair, so an
  // "ARGB strip" on a fanless case does not count. "AMD sockets", "USB-C ports" name a type, kept alone.
  // "whose included fans are ARGB-lit": the same pair, said the other way round.
  take(/\b(?:whose|its|the)\s+(?:included\s+|bundled\s+|own\s+)?(fans|lights|switches|speakers|keycaps)\s+(?:are|is)\s+([A-Z]{2,}[A-Za-z0-9]*)(?:-lit|\s+lit)?\b/, (m) => (GENERIC.test(m[2]!) ? undefined : partSpecItem(m[2]!, m[1]!)));
  // (Of fans themselves, "iCUE LINK fans" are fans of that line: its word alone, which their titles write before the model, "LINK RX120 ... Fan".)
  take(/\b([A-Z]{2,}[A-Za-z0-9-]*|[A-Z]-[A-Za-z]+)\s+(fans|lights|switches|speakers|keycaps)\b/, (m) => (GENERIC.test(m[1]!) ? undefined
    : kind === 'fan' && m[2] === 'fans' && !/^A?-?RGB$/i.test(m[1]!) ? present(m[1]!) : partSpecItem(m[1]!, m[2]!)));
  // A named connection ("Thunderbolt ports", "Lightning connector"): the name is the spec, whatever
  // the port is called on the page ("2 Thunderbolt", "dual Thunderbolt 4").
  take(/\b([A-Z][a-z]+[A-Za-z0-9-]*)\s+(?:ports?|connectors?|connections?|inputs?|outputs?|interfaces?)\b/, (m) => (GENERIC.test(m[1]!) ? undefined : present(m[1]!)));
  // "an eDP connector", "eSATA ports": a connection whose name opens with a small letter.
  take(/\b([a-z][A-Z]{2,}[A-Za-z0-9]*)\s+(?:ports?|connectors?|connections?|headers?|interfaces?)\b/, (m) => present(m[1]!));
  // A legacy or plain-named port (general knowledge: "parallel port", "serial port"), written in lower
  // case, which the capitalised names above miss: a board that lacks it cannot take the device.
  take(LOWER_CASE_PORT, (m) => portItem(m[1]!.toLowerCase()));
  // "the 700 and the 800 both count": either of the two will do, one wish.
  take(BOTH_COUNT, (m) => ({ ...present(m[1]!), id: `present:${m[1]!.toLowerCase()}|${m[2]!.toLowerCase()}`, label: `${m[1]} or ${m[2]}`, anyOf: [m[2]!] }));
  // "Core i5 or Core i7": either code will do, one wish.
  take(ALTERNATIVE_CODES, (m) => ({ ...present(m[2]!), id: `present:${m[2]!.toLowerCase()}|${m[3]!.toLowerCase()}`, label: `${m[2]} or ${m[3]}`, anyOf: [m[3]!] }));
  // "with Thunderbolt": a connection named alone, without "port", which pages name ("2 Thunderbolt").
  take(/\b(Thunderbolt|DisplayPort|FireWire)(?:\s*(\d))?\b(?!\s+(?:ports?|connectors?|connections?|inputs?|outputs?|interfaces?)\b)/, (m) => present(m[1]!));
  // "GDDR6": graphics memory, which shops title "DDR6" ("4GB DDR6") as often (requirementItems adds that spelling).
  take(/\bGDDR\d[A-Z]?\b/i, (m) => present(m[0]));
  // "FreeSync Premium", "G-Sync Compatible": a technology's tier is part of its name, which pages write whole.
  take(/\b((?:[A-Z][a-z]{1,5}[A-Z][a-z]+|[A-Z]-[A-Z][a-z]+)(?:\s+(?:Premium|Ultimate|Pro|Compatible))+)\b/, (m) => present(m[1]!));
  // A screen's variable refresh by its name, however spelled ("G-Sync", "GSync").
  take(/\b(FreeSync|G-?Sync|Adaptive[\s-]Sync)\b/i, (m) => (/^g/i.test(m[1]!) ? { ...present('G-Sync'), anyOf: ['GSync', 'G Sync'] } : /^a/i.test(m[1]!) ? { ...present('Adaptive Sync'), anyOf: ['Adaptive-Sync'] } : present('FreeSync')));
  // "but not external", "not wireless": a describing word turned down, which a title of that kind names ("External SSD").
  // (Only such words: "not white" and "not the C8 ARGB" are read as a colour and an edition below.)
  take(new RegExp(String.raw`\b(?:not|nor)\s+(?:an?\s+)?(external|internal|refurbished|used|${FEATURE_DESCRIBING.source.slice(4, -2)})\b(?=\s*(?:[,.;]|$))`, 'i'), (m) => ({ ...absent(m[1]!.toLowerCase()), inTitle: true }));
  // "not a screen for pictures or GIFs": the words of a thing turned down are no spec it must have.
  rest = rest.replace(/\bnot\s+(?:an?|any)\s+[a-z][\w-]*\s+(?:for|with|that|which|showing)\b[^,.;:]*/g, ' ');
  // "For a corner desk I want a curved monitor": a describing word the shopper puts before the kind asked for is a wish.
  if (kind) take(/\b(?:I|we)\s+(?:want|need|would\s+like|'d\s+like|am\s+after|'m\s+after)\s+(?:an?|some)\s+([a-z][a-z-]{2,})\s+([a-z]+)\b/, (m) =>
    (kindOfWord(m[2]!) === kind && FEATURE_DESCRIBING.test(m[1]!) ? present(m[1]!) : undefined));
  // "the bigger Galaxy S24+": a model code with its "+", another model than the one without (pages write "S24+" or "S24 Plus").
  // (Not one of a list of models either of which will do: "the base S24, the S24+ or the S24 Ultra, whichever".)
  take(/\b([A-Z][A-Za-z]{0,3}\d{1,3})\+(?![\w+])/, (m) => (/(?:,|\bor)\s+(?:the\s+)?$/i.test(m.input!.slice(0, m.index)) || /^\s*,?\s*or\b/i.test(m.input!.slice(m.index! + m[0].length)) ? undefined : present(`${m[1]}+`)));
  // Spec tokens: codes with digits, upper-case acronyms, and mixed-case ones ("PoE", "MagSafe"); a
  // letter, a dot and a digit ("M.2", "U.2") is one name, never a bare "2"; a version number is one ("HDMI 2.1": "2.1").
  // A socket ("with the LGA1700 socket") in any spelling pages use ("Intel Z790, 1700").
  take(/\b([A-Z]\.\d\b|[A-Za-z]*\d+(?:\.\d+)?[A-Za-z0-9-]*|[A-Z]{2,}[A-Za-z0-9-]*|[A-Z]-[A-Za-z]+|[A-Z][a-z]{0,2}[A-Z][A-Za-z]*)\b/, (m) => {
    if (GENERIC.test(m[1]!)) return undefined;
    const [text, ...anyOf] = socketSpellings(m[1]!);
    return anyOf.length ? { ...present(text!), anyOf } : present(m[1]!);
  });
  // "anything but white", "not white": a colour turned down, stated of the product, not of its lights.
  rest = rest.replace(REFUSED_COLOUR_LIST, '$1 $2, $1 $3');
  const refusedColours = new Set([...rest.matchAll(REFUSED_COLOUR)].map((m) => (m[1] ?? m[2])!.toLowerCase()));
  for (const colour of refusedColours) {
    items.push({ ...absent(colour), name: 'colour', notBefore: COLOURED_PARTS });
    rest = rest.replace(new RegExp(`\\b${colour}\\b`, 'gi'), ' ');
  }
  // "in Cobalt Violet or Marble Gray": two editions named by their colours, either of which will do, as titles write them.
  const editions = new RegExp(String.raw`\bin\s+(${EDITION_COLOUR_NAME})\s+or\s+(?:in\s+)?(${EDITION_COLOUR_NAME})\b`).exec(rest);
  if (editions && [editions[1]!, editions[2]!].every(namesEditionColour) && [editions[1]!, editions[2]!].some((e) => /\s/.test(e))) {
    const [a, b] = [editions[1]!, editions[2]!];
    items.push({ ...present(a), id: `present:${a.toLowerCase()}|${b.toLowerCase()}`, label: `${a} or ${b}`, anyOf: [b], notBefore: COLOURED_PARTS });
    rest = rest.replace(editions[0], ' ');
  }
  // "in black or in white": either colour will do, one wish.
  // "I'll mix black and white ones", "black and white versions", "in black and in white, both colours": several things, each
  // in one of the colours, so again either will do (a two-tone "black and white case" stays two wishes).
  const colours = COLOUR_NAMES.join('|');
  // ("in black as well as in white", "in black and in white": each colour said with its own "in", so again either will do.)
  const either = new RegExp(`\\b(${colours})\\s+(?:or|as\\s+well\\s+as)\\s+(?:in\\s+)?(${colours})\\b|\\bin\\s+(${colours})\\s+and\\s+in\\s+(${colours})\\b`, 'i').exec(rest)
    ?? new RegExp(`\\b(?:mix(?:ing|ed)?|both)\\s+(?:of\\s+)?(?:the\\s+)?(${colours})\\s+and\\s+(?:in\\s+)?(${colours})\\b|\\b(${colours})\\s+and\\s+(?:in\\s+)?(${colours})\\s+(?:ones|versions|editions|variants|models)\\b`, 'i').exec(rest)
    ?? (/\b(?:both|either)\s+colou?rs?\b/i.test(clause) ? new RegExp(`\\b(${colours})\\s+and\\s+(?:in\\s+)?(${colours})\\b`, 'i').exec(rest) : null);
  if (either) {
    const [a, b] = either.slice(1).filter(Boolean).map((c) => c!.toLowerCase()) as [string, string];
    // Black among them: a page naming no colour at all is most likely black, as for black alone (colourItem).
    const usual = [a, b].includes('black') ? { defaultUnlessNamed: otherColours([a, b]) } : {};
    items.push({ ...present(a), id: `present:${a}|${b}`, label: `${a} or ${b}`, anyOf: [...colourSynonyms(a), b, ...colourSynonyms(b)], notBefore: COLOURED_PARTS, ...usual });
    rest = rest.replace(either[0], ' ');
  }
  // "in black, not the White edition": the edition turned down is named by its colour; the one wanted
  // may be the plain edition whose title names none, so its colour is a wish to rank by, not a must.
  const refused = new RegExp(`\\bnot\\s+(?:the\\s+|an?\\s+)?(${COLOUR_NAMES.join('|')})\\s+(?:edition|version|model|one|variant)\\b`, 'i').exec(clause)?.[1]?.toLowerCase();
  for (const colour of COLOUR_NAMES) {
    if (colour !== refused && new RegExp(`\\b${colour}\\b`, 'i').test(rest)) items.push(refused ? { ...colourItem(colour), hard: false } : colourItem(colour));
  }
  return items;
}

/** Makers' lighting software, by its first word (general knowledge). */
const LIGHTING_SOFTWARE_MAKER: Record<string, string> = { aura: 'Asus', mystic: 'MSI', rgb: 'Gigabyte', polychrome: 'ASRock' };

/**
 * Describing words that name a feature pages state ("a curved monitor", "a mechanical keyboard"); others ("a compact case",
 * "a new monitor") say nothing a page must carry.
 */
const FEATURE_DESCRIBING = /^(?:curved|wireless|wired|mechanical|ultrawide|ultra-wide|touchscreen|foldable|waterproof|fanless|modular|backlit|rugged|portable|ergonomic|transparent)$/i;

/** Two codes of letters then a digit joined by "or", each perhaps after the same word: "Core i5 or Core i7", "DDR4 or DDR5". */
/** "the RTX 4060 or the RTX 4060 Ti", "either with the RX 7600 or with the RX 7600 XT": two models of a chip line, a tier word after. */
const CHIP_MODEL_EITHER = /\b(?:either\s+)?(?:with\s+)?(?:the\s+|an?\s+)?((?:GTX|RTX|RX|Arc)\s?\d{3,4}(?:\s+(?:Ti|SUPER|XT|XTX|GRE))*)\s+or\s+(?:with\s+)?(?:the\s+|an?\s+)?((?:GTX|RTX|RX|Arc)\s?\d{3,4}(?:\s+(?:Ti|SUPER|XT|XTX|GRE))*)\b/;

const ALTERNATIVE_CODES = /\b(?:([A-Z][a-z]+)\s+)?([A-Za-z]+\d[A-Za-z0-9-]*)\s+or\s+(?:the\s+)?(?:\1\s+)?([A-Za-z]+\d[A-Za-z0-9-]*)\b/;

/** Processor makers' lines, as computers' pages name the processor (general knowledge, not any shop's data). */
const PROCESSOR_LINES: Record<string, string[]> = {
  amd: ['Ryzen', 'Athlon', 'Threadripper', 'EPYC'],
  intel: ['Core i3', 'Core i5', 'Core i7', 'Core i9', 'Core Ultra', 'Pentium', 'Celeron', 'Xeon'],
};
const MAKERS_PROCESSOR = /\b(AMD|Intel)\s+(?:processors?|cpus?|chips?)\b/i;

/** "anything but white", "any colour except black", "not white", "as long as it isn't black": a colour the product must not be. */
// "no yellow" too, not "no white LEDs" (the lights' colour, no colour of the product).
const REFUSED_COLOUR = new RegExp(String.raw`\b(?:anything|any\s+colou?r|any\s+shade|everything)\s+(?:but|except|other\s+than)\s+(${COLOUR_NAMES.join('|')})\b|\b(?:not|no|never|isn't|aren't)\s+(?:in\s+)?(${COLOUR_NAMES.join('|')})\b(?!\s+(?:edition|version|model|one|variant|leds?|lights?|lighting|fans?|accents?)\b)`, 'gi');
/** "no yellow or violet": each colour of the list turned down. */
const REFUSED_COLOUR_LIST = new RegExp(String.raw`\b(no|not|never|nor)\s+(?:in\s+)?(${COLOUR_NAMES.join('|')})\s*(?:,|or|nor|and)\s*(?:in\s+)?(${COLOUR_NAMES.join('|')})\b`, 'gi');

/** "with glass on the side and the front", "glass on the front": the parts a glass panel covers. */
const GLASS_ON_PARTS = /\b(?:tempered\s+)?glass\s+on\s+(?:the\s+)?(?:side|front|top)(?:\s*(?:,|and|&)\s*(?:on\s+)?(?:the\s+)?(?:side|front|top))*\b/gi;

/** A screen's pixels, "2560 x 1440", perhaps after a "not" that rules them out ("not an ultra-wide 3440 x 1440 screen"). */
const RESOLUTION = /\b(not\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?)?(\d{3,4})\s?[x×]\s?(\d{3,4})\b/i;

/** "with a Game Pass subscription included", "come with a Lighting Node CORE controller in the box": a named extra that comes with it. */
const INCLUDED_NAME = /\bwith\s+(?:an?\s+|the\s+|its\s+own\s+)?((?:[A-Z][\w+-]*\s+){1,4}?)(?:[a-z]+\s+)?(?:included|in\s+the\s+box|bundled|thrown\s+in)\b/;

/** "no graphics on the chip", "without integrated graphics", "no point in paying for graphics built into the chip". */
const NO_CHIP_GRAPHICS = /\b(?:no|without|not\s+need(?:ing)?|(?:do\s+not|don't|doesn't|does\s+not)\s+(?:need|want(?:\s+to\s+pay\s+for)?)|(?:won't|will\s+not|not)\s+pay(?:ing)?\s+for|no\s+(?:point|sense|use)\s+in\s+(?:paying\s+for|having))\s+(?:any\s+)?(?:Radeon\s+|Vega\s+|Intel\s+(?:UHD\s+)?|UHD\s+)?(?:(?:integrated|built[\s-]in|onboard|on-board)\s+graphics\b|graphics\b(?!\s+cards?)(?:\s+(?:on|in|built\s+in(?:to)?|integrated\s+in(?:to)?)\s+(?:the\s+)?(?:chip|processor|cpu)\b)?)/i;

/** "that have graphics built in", "graphics built into the chip", "with integrated graphics", "the processor itself must have graphics". */
/** "the chip alone", "chip only", "without a boxed cooler", "a boxed cooler would be wasted": no cooler in the box. */
const NO_BOXED_COOLER = /\b(?:(?:sold|bought|come|comes|shipped)\s+as\s+)?(?:the\s+)?(?:chip|processor|cpu)\s+(?:alone|only|on\s+its\s+own|by\s+itself)\b|\b(?:without|no)\s+(?:an?\s+|the\s+|any\s+)?(?:boxed|bundled|stock|included)\s+(?:cooler|fan|heatsink)\b|\b(?:an?|the)\s+(?:boxed|bundled|stock|included)\s+(?:cooler|fan|heatsink)\s+(?:would\s+be|is)\s+(?:wasted|useless|pointless|no\s+use)\b/i;
const CHIP_GRAPHICS = /\b(?:graphics\s+(?:built[\s-]in(?:to\s+the\s+(?:chip|processor|cpu))?|integrated|on[\s-]?board|on[\s-]chip|of\s+its\s+own)|(?:integrated|built[\s-]in|onboard|on-board|its\s+own)\s+graphics|(?:must|should|has\s+to|needs?\s+to)\s+have\s+graphics(?!\s+cards?)|(?:drive|run|power|feed|drives|runs|powers|feeds)\s+(?:an?|the|my|one)\s+(?:screen|display|monitor)\s+(?:by\s+itself|on\s+its\s+own|alone|without\s+(?:a|any)\s+(?:graphics|video)\s+card))\b/i;

/**
 * A processor asked with graphics built in, by the model its title names (general knowledge): AMD's Ryzen desktop
 * chips before the 7000 series have graphics only with a G in the model ("5600GT", not "5800X"); Intel's F models have none.
 */
export function chipGraphicsWishes(text: string, kind?: string): TitleWish[] {
  if (kind !== 'cpu' || !CHIP_GRAPHICS.test(text) || NO_CHIP_GRAPHICS.test(text)) return [];
  return [{ id: 'chip-graphics', label: 'Graphics built in, by its model', met: (title: string) => {
    const ryzen = /\bRyzen\s+\d\s+(?:PRO\s+)?([1-6]\d{3})([A-Z]*)\b/i.exec(title);
    if (ryzen) return /G/i.test(ryzen[2]!);
    return !/\bi[3579][\s-]?\d{4,5}K?F\b/i.test(title);
  } }];
}

/** "with an AMD chip", "a Radeon card", "an NVIDIA GPU": the maker of a graphics card's chip, and whether it is turned down. */
const GPU_CHIP_MAKER = /\b(not|rather\s+than|instead\s+of|no)?\s*(?:an?\s+)?\b(AMD|Radeon|NVIDIA|GeForce)\s+(?:chip|gpu|graphics(?:\s+chip)?|card|one)s?\b/gi;

/**
 * A graphics card asked with a chip of one maker, by the model its title names (general knowledge): AMD's chips are Radeon, titled
 * "RX 7600" or "RX550" without the maker's name; NVIDIA's are GeForce, titled "RTX 4070", "GTX 1650", and workstation "RTX A400".
 */
export function gpuChipMakerWishes(text: string, kind?: string): TitleWish[] {
  if (kind !== 'gpu') return [];
  const wanted = [...text.matchAll(GPU_CHIP_MAKER)].filter((m) => !m[1]).map((m) => (/^(?:AMD|Radeon)$/i.test(m[2]!) ? 'AMD' : 'NVIDIA'));
  if (new Set(wanted).size !== 1) return [];
  const amd = (title: string) => /\b(?:Radeon|AMD|RX\s?\d{3,4}[A-Z]*)\b/i.test(title);
  const nvidia = (title: string) => /\b(?:GeForce|NVIDIA|Quadro|RTX\s?A?\d{3,4}|GTX\s?\d{3,4})/i.test(title);
  return wanted[0] === 'AMD'
    ? [{ id: 'gpu-chip:amd', label: 'An AMD (Radeon) graphics chip', met: (title: string) => amd(title) && !nvidia(title) }]
    : [{ id: 'gpu-chip:nvidia', label: 'An NVIDIA (GeForce) graphics chip', met: (title: string) => nvidia(title) && !amd(title) }];
}

/** "exactly four cores", "four cores", "quad-core": a count of cores said in words (a bare "4 cores" is read with the other figures). */
const CORE_PREFIXES: Readonly<Record<string, number>> = { dual: 2, quad: 4, hexa: 6, octa: 8 };
const CORE_COUNT = new RegExp(String.raw`\b(?:exactly\s+|only\s+)?(${COUNT_WORD.replace(String.raw`\d{1,2}|`, '')})[\s-]cores?\b|\b(dual|quad|hexa|octa)[\s-]?core\b`, 'i');

/** "six or more cores", "at least eight cores", "6 cores or more": a floor on the core count (a bare "32 cores" is read with the other figures). */
const CORE_FLOOR = new RegExp(String.raw`\bat\s+least\s+(${COUNT_WORD})\s+cores?\b|\b(${COUNT_WORD})\s+or\s+more\s+cores?\b|\b(${COUNT_WORD})\s+cores?\s+or\s+more\b`, 'i');

/** "a five-year warranty", "2 years warranty": how long the maker guarantees it. */
const WARRANTY = new RegExp(String.raw`\b(${COUNT_WORD})[\s-]*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:manufacturer\s+)?warranty\b`, 'i');

/** "should have handles", "must have wheels", "and has carry handles": a part the product has, named plainly, which its page names. */
const MUST_HAVE_PART = /\b(?:(?:should|must|has\s+to|have\s+to|needs?\s+to)\s+have\s+|(?:that|which|and)\s+(?:has|have)\s+(?=carry(?:ing)?\s+handles\b))(?:carry(?:ing)?\s+)?([a-z]{4,}s)\b/i;

/** "not the one with a mesh side panel", "not the White Solid version with a mesh side": an edition told apart by a part, ruled out (the edition's words, the part's phrase, its first word). */
const EDITION_WORD_END = /(?:one|version|edition|model|variant)s?$/i;
const NOT_THE_ONE_WITH = /\b(not\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:(?:[A-Z][\w-]*\s+){0,3}(?:one|version|edition|model|variant)s?|[A-Z][\w-]*(?:\s+[A-Z0-9][\w+-]*){0,4}))\s+(?:with|that\s+has|having)\s+(?:an?\s+|the\s+)?(([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2})/i;

/** A network port's speed said with its unit and medium: "2.5-gigabit Ethernet (2.5G LAN)", "2.5GbE", "10G LAN" (not "16GB" of memory). */
const NETWORK_SPEED = /\b(\d+(?:\.\d+)?)\s?-?\s?(?:(?:gigabit|gbe|gbps)\b(?:\s+(?:ethernet|lan|networking|network|port))?|(?:g|gb|gig)\s*(?:ethernet|lan)\b)(?:\s*\(\s*\d+(?:\.\d+)?\s?-?\s?(?:g|gb|gbe|gbps|gigabit)\s*(?:lan|ethernet)?\s*\))?/i;
/** "faster than ordinary gigabit", "more than gigabit": a multi-gigabit port. */
const FASTER_THAN_GIGABIT = /\b(?:faster|quicker|more)\s+than\s+(?:ordinary\s+|plain\s+|normal\s+|regular\s+|standard\s+|old\s+|mere\s+)?(?:1\s?-?\s?)?gigabit(?:\s+(?:ethernet|lan|networking))?\b/i;

/** A port of that speed, met by the ways titles write it ("2.5GB LAN", "2.5G LAN", "2.5GbE", "2.5 Gigabit"). */
function networkSpeedItem(speed: string): ChecklistItem {
  const spellings = [`${speed}G`, `${speed}Gb`, `${speed}GbE`, `${speed} Gigabit`, `${speed}-Gigabit`, `${speed}Gbps`, `${speed} Gbps`, `${speed}GB LAN`];
  return { ...present(`${speed}G LAN`), label: `A ${speed}G network port`, anyOf: spellings };
}

/** A name ruled out by the title that carries it; a generation's "Mark II" also as titles shorten it ("Canon EOS R5 II"). */
function refusedName(name: string): ChecklistItem {
  const short = /\bMark\s+(?=[IVX]+$)/.test(name) ? name.replace(/\bMark\s+/, '') : undefined;
  return { ...absent(name), inTitle: true, ...(short ? { anyOf: [short] } : {}) };
}

/** "not the", "older than the older", "no an": the cue before names ruled out. */
// ("Not the plain 5000D Airflow ...": a sentence may open with the cue.)
const REFUSAL_CUE = String.raw`(?:older than|earlier than|before|[Nn]ot|no|without)\s+(?:the\s+(?:(?:older|old|newer|new|previous|original|bigger|smaller|big|small|large|plain|cheaper)\s+(?=[A-Z0-9]))?|an?\s+(?=[A-Z]))?`;
const REFUSAL_OPENING = new RegExp(String.raw`^\s*${REFUSAL_CUE}`);
/**
 * A name ruled out: a word with a digit ("B650M", "R5 C", "R5 Mark II"), or up to three capitalised words ("Torrent Compact", "RGB iCUE Link"),
 * a version number whole ("XMP 3.0").
 */
const REFUSED_NAME = String.raw`(?:[a-z][A-Z]{2,}(?:\s+[A-Z0-9][A-Za-z0-9-]*){1,3}|[A-Z]\.\d\b|[A-Za-z]*\d[A-Za-z0-9-]*(?:\s+(?:Mark\s+[IVX]+\b|(?!I\b)[A-Z][A-Z0-9-]*(?![\w'’]))){0,3}|[A-Z][A-Za-z0-9-]+(?:\s+(?:[A-Z]|[a-z][A-Z]|\d|[a-z]\d)[A-Za-z0-9-]*(?:(?<=\d)\.\d+)?){0,4})`;
/** "not the Plus or the Ultra", "not the Compact, Lite, Mini or XL": names after a cue, one or a list. */
// ("not the B760M GAMING X without the AX": the name without that word after it, which the wanted "B760M GAMING X AX" has.)
/** A name refused alone may go on in capitalised words: "not the plain 5000D Airflow" (the 5000D RGB AIRFLOW is wanted). */
const REFUSED_NAME_ALONE = String.raw`(?:[A-Za-z]*\d[A-Za-z0-9-]*(?:\s+(?!I\b|Mark\b)[A-Z][a-z]+(?![\w'’]))+(?!\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:the\s+)?[A-Z0-9]))`;
const REFUSED_NAMES = new RegExp(String.raw`\b${REFUSAL_CUE}(?:${REFUSED_NAME_ALONE}|${REFUSED_NAME}(?:\s*,\s*(?:the\s+)?${REFUSED_NAME})*(?:,?\s+(?:or|nor)\s+(?:the\s+|an?\s+(?=[A-Z]))?${REFUSED_NAME})*)\b(?!\s+graphics\b)(?:\s+without\s+(?:the\s+|an?\s+)?([A-Z][A-Za-z0-9-]*)\b(?!\s+[a-z]))?`);

/** Parts a spec word may describe instead of the part asked for: "RGB Strip", "ARGB Controller". */
const OTHER_PARTS = ['strip', 'strips', 'hub', 'controller', 'header', 'headers', 'lighting', 'splitter'];

/**
 * "RGB fans": the pair, close together but never through another part ("2 Fans, Fan Hub, RGB Strip"
 * has no RGB fans); addressable RGB is RGB too ("5 ARGB Fans").
 */
function partSpecItem(spec: string, part: string): Extract<ChecklistItem, { kind: 'attribute-present' }> {
  // "with QX140 fans": a part's model code, which titles write with other words before the part ("QX140 RGB Magnetic Dome Fans").
  if (/\d/.test(spec)) return { ...present(spec), label: `${spec} ${part}` };
  // ARGB is addressable RGB, as some titles spell it out ("3 x Addressable RGB PWM Fans"), a fan's control word between.
  const also = /^rgb$/i.test(spec) ? [`ARGB ${part}`, `A-RGB ${part}`] : /^argb$/i.test(spec) ? [`A-RGB ${part}`, `Addressable RGB ${part}`, `Addressable RGB PWM ${part}`, `ARGB PWM ${part}`] : [];
  return { ...present(`${spec} ${part}`), notBefore: OTHER_PARTS, ...(also.length ? { anyOf: also } : {}) };
}

const MATERIAL_NAMES = [...MATERIALS].sort((a, b) => b.length - a.length).join('|');
/** "has a glass side window", "with an aluminium frame": a material, then the part made of it. */
const PART_MATERIAL = new RegExp(String.raw`(?:\b(?:has|have|having|with|comes? with|needs?|must\s+have|should\s+have)|(?<=\bwith\b[^.;:]*)(?:,|\band))\s+(?:an?\s+|the\s+)?(${MATERIAL_NAMES})\s+(?=[a-z]{3,})`, 'i');

const EITHER_MATERIAL = new RegExp(String.raw`\b(?:has|have|having|with|comes? with)\s+(?:an?\s+|the\s+)?(${MATERIAL_NAMES})\s+[a-z]{3,}\s+or\s+(?:an?\s+|the\s+)?(${MATERIAL_NAMES})\s+[a-z]{3,}`, 'i');

const NO_PART_MATERIAL = new RegExp(String.raw`\b(?:no|without)\s+(?:an?\s+|the\s+|any\s+)?(${MATERIAL_NAMES})\s+(?=[a-z]{3,})`, 'i');

/** Radios turned down, one or a list: "no Wi-Fi or Bluetooth", "without WLAN", "must not have Wi-Fi or Bluetooth on it", "but not Wi-Fi." */
const RADIOS = String.raw`(?:Wi-?Fi|WLAN|Bluetooth)(?!\s?\d)(?:\s*(?:,|\bor\b|\bnor\b|\band\b)\s*(?:Wi-?Fi|WLAN|Bluetooth)(?!\s?\d))*`;
const RADIO_FITTED = String.raw`(?:any\s+)?(?:built-in\s+|onboard\s+|on-board\s+|integrated\s+)?`;
const NEGATED_RADIOS = new RegExp(String.raw`\b(?:no|without|w/o)\s+${RADIO_FITTED}(${RADIOS})\b(?:\s+on\s+(?:the\s+)?board)?|\b(?:not|n't)\s+(?:have\s+|include\s+|come\s+with\s+)?${RADIO_FITTED}(${RADIOS})\b(?=\s*(?:[,.;]|$)|\s+(?:or|and|nor|on|in|inside)\b)`, 'i');

/** Versioned wireless standards named without a floor phrase: "Wi-Fi 6", "WiFi 6E", "Bluetooth 5.3". */
const NAMED_VERSION = /\b(Wi-?Fi|Bluetooth)\s?(\d{1,2}(?:\.\d)?[eE]?)\b/i;

/** An operating system named with its version: "runs Windows 11", "Windows 10 Pro", "Android 14" (not a bare "11" to find anywhere). */
const OS_VERSION = /\b(Windows|Win|Android|iOS|iPadOS|macOS)\s?(\d{1,2}(?:\.\d)?)(?:\s+(Home|Pro))?\b/i;

function osItem(m: RegExpExecArray): ChecklistItem {
  const name = /^win(?:dows)?$/i.test(m[1]!) ? 'Windows' : m[1]!;
  const edition = m[3] ? ` ${m[3]}` : '';
  const spellings = [`${name}${m[2]}${edition}`, ...(name === 'Windows' ? [`Win ${m[2]}${edition}`, `Win${m[2]}${edition}`] : [])];
  return { ...present(`${name} ${m[2]}${edition}`), anyOf: spellings };
}

/**
 * Phrases spelled out with their acronym after them: "Power over Ethernet (PoE)". Shops write
 * either, so the acronym is met by the spelled-out phrase too. The phrase's initials must spell it.
 */
function spelledAcronyms(text: string): { item: ChecklistItem; written: string }[] {
  const out: { item: ChecklistItem; written: string }[] = [];
  for (const m of text.matchAll(/\(([A-Za-z][A-Za-z0-9]{1,5})\)/g)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/\d/g, '').toLowerCase();
    const phrase = text.slice(0, m.index).trim().split(/\s+/).slice(-letters.length);
    if (phrase.length !== letters.length || phrase.map((w) => w[0]!.toLowerCase()).join('') !== letters) continue;
    out.push({ item: { ...present(acronym), anyOf: [phrase.join(' ')] }, written: `${phrase.join(' ')} ${m[0]}` });
  }
  return out;
}

/**
 * A noun phrase about a part of another device: "the headphone jack of my phone", "the red and
 * white audio inputs of my amplifier", "the look of my console". From its article to the device.
 */
const OTHER_DEVICES_PART = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,5}?of\s+(?:my|your|this|that|our)\s+([\w-]+(?:\s+[A-Z0-9][\w-]*)*)/i;

/**
 * "this Canon camera", "my phone case", "that old laptop": a device the shopper points at, whose words
 * are no wishes. A "that" opening a relative clause ("boards that take DDR4 memory") or a said clause ("say that its M.2
 * slots ...") is no pointer:
 * what follows is the wish.
 */
const DEVICE_REFERENCE = /\b(?:this|my|your|that(?!\s+(?:takes?|supports?|has|have|uses?|accepts?|comes?|includes?|offers?|holds?|runs?|works?|fits?|is|are|can|will|does|do|its|it|the|their|they|his|her|we|I|you|an?)\b))\s+\w+\s+\w+/gi;

function generationItem(generation: string | undefined): ChecklistItem | undefined {
  return generation ? present(generation.toUpperCase()) : undefined;
}

/**
 * "a board from MSI's MAG line", "in Corsair's Vengeance range", "of Fractal Design's Pop line", "from
 * Samsung's flagship Galaxy S line", "from Intel's Xeon server line": a maker's line, named anywhere in the request.
 */
const MAKERS_LINE = /(?:\b(?:from|in|of|on)\s+(?:the\s+)?|(?:^|[.;:!?]\s+))([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:(?:flagship|budget|premium|popular|gaming|mid-range|entry-level|top|high-end|cheaper|newer|older)\s+)*((?:(?:[A-Z0-9]|[a-z][A-Z])[\w-]*\s+){1,3}?)(?:(?:server|desktop|workstation|laptop|mobile|consumer|enterprise|gaming)\s+)?(?:line|series|range|family|system|ecosystem|platform|boards|motherboards|cases|cards|coolers|monitors|keyboards)\b/g;

/** "Galaxy S": a line named by a letter, whose models add their number to it ("Galaxy S22", "S24+"). */
const LETTER_LINE = /^(.*?)\s*\b([A-Z])$/;

/** "Does Gigabyte still have boards from its Gaming X line": a line of the maker named before, by "its". */
const ITS_LINE = /\b(?:from|in|of)\s+(?:its|their)\s+((?:(?:[A-Z0-9]|[a-z][A-Z])[\w-]*\s+){1,3}?)(?:line|series|range|family)\b/g;

/** "(the PG boards belong to it too)": another name titles of the line carry. */
const ALSO_IN_LINE = /\(?\s*\b(?:the\s+)?([A-Z][\w-]*)\s+(?:boards|models|cards|cases|coolers|fans|ones)\s+(?:belong\s+to\s+it|are\s+part\s+of\s+it|are\s+in\s+it|count)(?:\s+too|\s+as\s+well)?\s*\)?/;

/** "Team Group's MP33 NVMe line": the model code a line is named with beside a standard, which titles carry alone. */
function lineCode(line: string): string | undefined {
  return line.split(/\s+/).length > 1 ? line.split(/\s+/).find((w) => /[A-Za-z]/.test(w) && /\d/.test(w) && withoutStandardNames(w).trim()) : undefined;
}

/** What to search for each line a request names by its maker's possessive: the maker with the line ("Asus TUF Gaming"), and its code alone. */
export function makersLineQueries(text: string): string[][] {
  const lines = [...text.matchAll(MAKERS_LINE)].filter((m) => !LETTER_LINE.test(m[2]!.trim())).map((m) => ({ maker: m[1]!, line: m[2]!.trim() }));
  const owned = lines.map(({ maker, line }) => {
    const code = lineCode(line);
    return [`${maker} ${line}`, ...(code ? [code] : [])];
  });
  // "from their Cinema EOS line": a line named without its maker is searched by its name alone.
  const its = itsLines(text).filter((line) => !lines.some((l) => l.line === line)).map((line) => [line]);
  return [...owned, ...its];
}

/** "from their Cinema EOS line": lines named after "its" or "their" (not a thousand series, "their 5000 series"). */
function itsLines(text: string): string[] {
  return [...text.matchAll(ITS_LINE)].map((m) => m[1]!.trim()).filter((line) => !/\d000$/.test(line));
}

/** The lines a request names by their maker's possessive: titles carry the line's words ("MSI AM5 MAG B650 TOMAHAWK"), or another name the request gives the line. */
export function makersLineItems(text: string): ChecklistItem[] {
  const alias = ALSO_IN_LINE.exec(text)?.[1];
  const owned = [...text.matchAll(MAKERS_LINE)].filter((m) => !LETTER_LINE.test(m[2]!.trim()) && !NUMBERED_LINE.test(m[2]!.trim())).map((m) => {
    const line = m[2]!.trim();
    // "Team Group's MP33 NVMe line": a line named with its model code and a standard is titled by the code ("Team 1TB MP33 M.2 NVMe").
    const code = lineCode(line);
    const anyOf = [...(alias ? [alias] : []), ...(code ? [code] : [])];
    return { ...present(line), label: `From ${m[1]}'s ${line} line`, ...(anyOf.length ? { anyOf } : {}) };
  });
  const its = itsLines(text).map((line) => ({ ...present(line), label: `From the ${line} line` }));
  return [...owned, ...its.filter((item) => !owned.some((o) => o.text === item.text))];
}

/** "a Samsung phone from the Galaxy S series": a line named by a letter without its maker's possessive (the maker is said elsewhere). */
const LETTER_LINE_NAMED = /\b(?:from|in|of)\s+the\s+((?:[A-Z][\w-]*\s+){1,2}[A-Z])\s+(?:line|series|range|family)\b/g;

/** A maker's line named by a letter ("Samsung's Galaxy S line"): the title names a model of it, the letter with its number. */
export function makersLetterLineWishes(text: string): TitleWish[] {
  const lines = [...[...text.matchAll(MAKERS_LINE)].map((m) => ({ line: m[2]!.trim(), label: `From ${m[1]}'s ${m[2]!.trim()} line` })),
    ...[...text.matchAll(LETTER_LINE_NAMED)].map((m) => ({ line: m[1]!, label: `From the ${m[1]} line` }))];
  const seen = new Set<string>();
  return lines.flatMap(({ line, label }) => {
    const letter = LETTER_LINE.exec(line);
    if (!letter || seen.has(line.toLowerCase())) return [];
    seen.add(line.toLowerCase());
    const model = new RegExp(String.raw`\b${escapeRe(letter[1]!)}\s*${letter[2]}\d`, 'i');
    return [{ id: `letter-line:${line.toLowerCase()}`, label, met: (title: string) => model.test(title) }];
  });
}

/** A line named by a number alone ("Corsair's 2500 series"), whose models titles write with letters after it ("2500X", "2500D"). */
const NUMBERED_LINE = /^\d{3,4}$/;

/** "Any case from Corsair's 2500 series": the title's model number is the line's number with a letter or two after it, or alone. */
export function numberedLineWishes(text: string): TitleWish[] {
  return [...text.matchAll(MAKERS_LINE)].filter((m) => NUMBERED_LINE.test(m[2]!.trim())).map((m) => {
    const number = m[2]!.trim();
    const model = new RegExp(String.raw`\b${number}[A-Z]{0,2}\b`);
    return { id: `numbered-line:${m[1]!.toLowerCase()} ${number}`, label: `From ${m[1]}'s ${number} line`, met: (title: string) => model.test(title) };
  });
}

/** "processors of the Ryzen 5000 series", "an RTX 4000 series card", "the newer Ryzen 5000 generation": a generation named by its thousands. */
const THOUSAND_SERIES = /\b(?:([A-Z][a-z]+|[A-Z]{2,4})\s+)?(\d)000[\s-]+(?:series|generation|gen|range|line|family)\b/;

/** A generation named by its thousands: the title's model number in that line starts with the digit ("Ryzen 5 5600GT", "RTX4070"). */
export function thousandSeriesWishes(text: string): TitleWish[] {
  const m = THOUSAND_SERIES.exec(text);
  // ("not the 5000 series, those are too big": a generation turned down asks nothing of the titles.)
  if (!m || /\b(?:not|no|except|without|avoid|rather\s+than|instead\s+of|anything\s+but)\s+(?:the\s+|an?\s+|any\s+)?$/i.test(text.slice(0, m.index))) return [];
  const line = m[1] && !/^(?:the|an?|of)$/i.test(m[1]) ? m[1] : undefined;
  const model = new RegExp(String.raw`\b${line ? String.raw`${escapeRe(line)}\s*(?:\d\s+)?` : ''}${m[2]}\d{3}[A-Za-z]*\b`, 'i');
  return [{ id: `thousand-series:${(line ?? '').toLowerCase()}${m[2]}000`, label: `A ${line ? `${line} ` : ''}${m[2]}000-series model`, met: (title: string) => model.test(title) }];
}

/** "in its Magenta Core TG version", "in the Cobalt Violet edition": an edition named by its maker's name. */
export const EDITION_NAMED = /\bin\s+(?:its|the)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:version|edition|colou?r(?:way)?|finish)\b/;
