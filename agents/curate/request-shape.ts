/**
 * The request's shape from cue words: all offers of a product, the cheapest, best fits, compatible
 * products or substitutes. Model-free and small on purpose; the intent extractor does not carry it.
 */
import { kindChosenAmong } from './one-among';
import { choosesAmongListed, listedProducts, listedVersions, pointsAtListed, versionsAfterName } from './listed-products';
import { pairNamedIn, pointsAtPair } from './pointed-pair';
import { firstKindSaid } from './kind-said';
import { escapeRe, modelNumbers, singular, tokens } from '../checklist/text';
import { namedSuperlative } from './figures';
import { isGenericThing } from './need-kinds';
import { coversKind, isKindOnly, kindOfWord, subjectKind } from './product-kind';
import { colourSaidToSpoil, refusalSaidAsNot } from './refusals';
import { lastNameIn, lastThingNamed, roomLeft, withLeadIn } from './lead-in';
import { seriesTier, type SeriesTier } from './series';
import { LARGEST_SIZE_OF, withoutStandardNames } from './standards';
import { MUST_BE_CUE, REASON_CUE } from './reason-clause';
import { EDITION_NAMED, NO_LATER_GENERATION } from './requirements';
import { withPackageAsCount } from './pack-phrase';
import { spacedModels } from './product-match';
import { quotedUrls } from '../intents/quoted-urls';
import { PLAIN_FALLS_SHORT } from '../intents/shopping/extract';
import { asksAboutTies, BOTH_PLAIN_AND_EDITION, plainRequest } from './request-phrasing';
import { connectorEnds, connectorsIn } from './connectors';
import { isMakerWord } from './labelled-fields';
import { alternativeDescribed, CHOICE_NOT_MINDED, DO_WITHOUT, FORMS_BOTH_COUNT, NOT_MINDED, OPEN_CHOICE, UNDECIDED_BETWEEN } from './alternative-described';
import { firstNamedProduct, namedProducts, opensSentence, saidAfterName } from './named-products';
import { COLOUR_NAMES, isColourWord } from './colour-words';
import { isDescribingWord } from './card-match';

export type ShapeMode = 'offers' | 'fit' | 'compatible' | 'substitute';

export interface Superlative {
  /**
   * speed: a clock (MHz, MT/s) where the title gives one, else a read speed, or for fans the top RPM
   * (rotation); power: watts; screen-size: inches; version: the version of `family` the title names;
   * write-speed: a drive's write speed (the second figure of "R/W a/b MB/s");
   * cores, threads, cas-latency, cache, noise, fans (fitted), leds (a pump head's): attributes named as such (figures.ts).
   */
  measure: 'capacity' | 'read-speed' | 'write-speed' | 'refresh-rate' | 'length' | 'resolution' | 'speed' | 'power' | 'screen-size' | 'rotation' | 'version' | 'radiator' | 'gpu-tier'
    | 'cores' | 'threads' | 'cas-latency' | 'cache' | 'noise' | 'fans' | 'leds' | 'board-size';
  direction: 'max' | 'min';
  /** For a version: the family of standards ("bluetooth", "usb"). */
  family?: string;
  /** "the fan that tops out at the lowest speed": ranked by the top of the range a title gives, whichever the direction. */
  top?: boolean;
}

export interface RequestShape {
  mode: ShapeMode;
  cheapest: boolean;
  /** "the cheapest offer for each model": one cheapest per product, not overall. */
  perProduct: boolean;
  superlative?: Superlative;
  /** "at least the same speed as this one": figures a pick must reach, set once the quoted product is read. */
  floors?: { measure: Superlative['measure']; value: number }[];
  /** "the budget-friendly series": keep the product line with the lowest (or highest) prices. */
  seriesTier?: SeriesTier;
  addToCart: boolean;
  explainLeftOut: boolean;
  /** Product URLs quoted in the request: read them first. */
  productUrls: string[];
  /** What is looked for ("AMD Ryzen 9 5900X", "orange straps"); several when joined by "and". */
  subjects: string[];
  /** The clause after "which / that / with": requirements on the subject. */
  requirements: string;
}

const SUPERLATIVES: [RegExp, Superlative][] = [
  // "whichever graphics chip is the fastest one for gaming": the highest chip on the ladder of graphics chips (gpu-tiers.ts).
  // "The graphics card should be built on the quickest gaming chip these shops sell": the chip, said after the card.
  [/\b(?:fastest|most\s+powerful|strongest|quickest)\b[^.]*?\b(?:graphics\s+(?:chips?|cards?)|gpus?)\b|\b(?:graphics\s+chips?|gpus?)\b[^.]*?\b(?:fastest|most\s+powerful|strongest)\b|\bgraphics\s+cards?\b[^.]*?\b(?:fastest|most\s+powerful|strongest|quickest)\s+(?:gaming\s+)?(?:graphics\s+)?(?:chips?|gpus?)\b/, { measure: 'gpu-tier', direction: 'max' }],
  // "the biggest radiator size Corsair makes": a liquid cooler's radiator, in mm.
  [/\b(largest|biggest|longest)\s+(?:[\w-]+\s+){0,2}?radiators?\b/, { measure: 'radiator', direction: 'max' }],
  [/\b(highest|fastest|best|top)\b[^.]*\bread\b/, { measure: 'read-speed', direction: 'max' }],
  // A screen's size before a product's: "the tablet with the largest screen" is no storage question.
  [/\b(largest|biggest)\b[^.]*\b(screen|display)\b|\b(?:larger|bigger)\s+of\s+(?:its|the|their)\s+(?:two\s+)?(?:screen|display)\s+sizes?\b/, { measure: 'screen-size', direction: 'max' }],
  [/\bsmallest\b[^.]*\b(screen|display)\b/, { measure: 'screen-size', direction: 'min' }],
  // "Fractal Design's Pop cases ... it has to be the largest size that family comes in": the case of the largest board size.
  // (Not "built for a standard ATX board as the largest size it takes": a bound on the size, said of the board named.)
  [/(?<!\bas\s+the\s+)\b(?:largest|biggest)\s+(?:size|form\s+factor)\b(?=[^]*\bcases?\b)|\bcases?\b[^.]*(?<!\bas\s+the\s+)\b(?:largest|biggest)\s+(?:size|form\s+factor)\b/, { measure: 'board-size', direction: 'max' }],
  [/\b(largest|biggest|most storage|highest capacity|maximum capacity)\b|\bas\s+much\s+(?:room|space|storage|capacity)\s+as\b/, { measure: 'capacity', direction: 'max' }],
  [/\b(smallest|lowest capacity|least storage)\b/, { measure: 'capacity', direction: 'min' }],
  [/\b(highest|fastest) refresh\b/, { measure: 'refresh-rate', direction: 'max' }],
  // "the most capable one ..., going by the cooling capacity (TDP rating)": a cooler's rated watts.
  [/\b(highest|most|maximum) (wattage|watts|power output)\b|\bmost watts\b|\b(?:highest|most|maximum|largest|biggest|greatest)\s+(?:rated\s+)?(?:tdp|cooling\s+(?:capacity|power))\b|\b(?:most\s+capable|strongest|most\s+powerful)\b[^.]*\b(?:tdp|cooling\s+capacity)\b/, { measure: 'power', direction: 'max' }],
  // "the processor that has the lowest rated power", "the lowest TDP": the fewest watts its title gives.
  [/\b(?:lowest|least|smallest|minimum)\s+(?:rated\s+)?(?:power(?:\s+(?:draw|use|consumption))?|wattage|watts|tdp)\b|\bfewest\s+watts\b/, { measure: 'power', direction: 'min' }],
  // "the highest maximum speed": the top of the figures titles give for speed.
  // "whose top speed is above 2100 RPM": the figure bounded, not ranked.
  [/\b(highest|top) (?:max(?:imum)?\.? |top |rotation(?:al)? )?speed\b(?!\s+(?:is\s+|of\s+|must\s+be\s+|should\s+be\s+)?(?:above|over|at\s+least|more\s+than|higher\s+than|beyond|exceeds?|under|below|at\s+most|less\s+than|\d))/, { measure: 'speed', direction: 'max' }],
  // "the 14cm case fan that tops out at the lowest speed of all", "the lowest maximum RPM": the lowest top of a speed range.
  [/\btops?\s+out\s+at\s+the\s+(?:lowest|slowest)\b|\b(?:lowest|slowest|smallest)\s+(?:top|max(?:imum)?\.?)\s+(?:speed|rpm)\b/, { measure: 'speed', direction: 'min', top: true }],
  // "which fan can turn the slowest, going by the lowest speed its listing states": the bottom of its speed range.
  [/\bslowest\b|\blowest\s+(?:(?:min(?:imum)?|idle|rotation(?:al)?|fan)\s+)?speed\b/, { measure: 'speed', direction: 'min' }],
  [/\bfastest\b/, { measure: 'speed', direction: 'max' }],
  [/\blongest\b/, { measure: 'length', direction: 'max' }],
  [/\bshortest\b/, { measure: 'length', direction: 'min' }],
];

/** Words that bring the price into a request. */
const PRICE_SAID = /\b(?:price|cheap|cost|costs|pay|money|budget|expensive)\b/;

/** "the most recent Bluetooth version", "the latest version of USB": the newest of a family of standards. */
function versionSuperlative(low: string): Superlative | undefined {
  // Not "highest": "the highest capacity version" asks for the largest model, not a standard's version.
  const m = /\b(?:most recent|latest|newest|most up[- ]to[- ]date)\s+([a-z][\w-]*)\s+(?:version|generation|standard|revision)\b/.exec(low)
    ?? /\b(?:most recent|latest|newest)\s+(?:version|generation|standard|revision)\s+of\s+([a-z][\w-]*)/.exec(low);
  return m ? { measure: 'version', direction: 'max', family: m[1]! } : undefined;
}

export function classifyRequest(text: string): RequestShape {
  const productUrls = quotedUrls(text);
  // (A sentence leaving what it lists to the shops, "Radiator size and lighting are open.", is no part of what is asked.)
  const plain = plainRequest(text);
  const t = withoutOpenChoices(plain);
  const low = t.toLowerCase();
  // "Best price?", "the best deal": the lowest price asked another way (not "the best price-performance").
  // How to answer a tie at the lowest price is said of a cheapest offer only (the sentence itself is dropped as plain wording).
  // ("an older one is fine and cheaper": a remark on what the shopper accepts, no ask for the lowest price.)
  // What the request ranks by, said in words ("the most fans", "the highest TDP").
  // ("built for a standard ATX board as the largest size it takes": a bound said of a size, no ranking.)
  const rankedText = low.replace(/\bas\s+the\s+(?:largest|biggest|smallest)\s+(?:size|board(?:\s+size)?|form\s+factor)\s+(?:it|they)\s+(?:takes?|holds?|fits?|supports?)\b/g, ' ');
  const ranked = versionSuperlative(rankedText) ?? namedSuperlative(rankedText)?.superlative ?? SUPERLATIVES.find(([re]) => re.test(rankedText))?.[1];
  // (A tie on another measure, "whichever ... comes with the most fans, and if several tie, all of them", asks no price.)
  const tieOnOtherMeasure = ranked !== undefined && !PRICE_SAID.test(low);
  const cheapest = (asksAboutTies(text) && !tieOnOtherMeasure) || /\b(cheapest|lowest price|least expensive|(?<!\b(?:is|are|'s)\s+(?:[a-z]+\s+and\s+)?)cheaper|lowest[\s-]priced|(?:best|lowest)\s+(?:price|deal)s?(?![\s-]*(?:performance|to|\/|ratio|for\s+(?:the\s+)?money))|for\s+the\s+least\s+(?:money|cash)|as\s+cheap(?:ly)?\s+as\s+(?:possible|I\s+can)|the\s+least\s+(?:i|we|you|one)(?:['’]d|\s+(?:can|could|would|will|must|have\s+to))?\s+(?:have\s+to\s+)?(?:pay|spend))\b/.test(low);
  // "a replacement laptop charger" with no product quoted asks for a kind: "replacement" describes it.
  // "Find the cheapest longer antenna cable instead": beside a quoted product, "instead" asks for another one.
  // "instead of crawling under the layout": another way of doing something, no other product.
  // "... and I want to fill it with fans instead: <url> . Find all offers for ... fans": "instead" in a lead-in swaps a part
  // of the build, not the product; only the asking sentence asks for a replacement of it.
  // ("Gigabyte B760 GAMING X AX DDR4, please: ... What's the lowest price?": a request that opens with the product's name is
  // read whole, as one with no asking sentence.)
  // (Only one whose words, read whole, make a sentence of the shopper's rather than a thing, "My daughter's one birthday wish is a
  // purple phone", "We keep a drawer of spare leads", is read from its lead-in: the rest read best whole, as before a closing
  // question was read as the asking sentence.)
  const askingRead = askingSentence(t);
  const wholeRead = onlyAsksPrice(askingRead) && askingRead !== t ? splitSubject(t).subjects[0] ?? '' : undefined;
  const asking = wholeRead !== undefined && !SHOPPERS_SENTENCE.test(wholeRead) ? t : askingRead;
  // "a light-up status indicator instead of an LCD": with no product quoted, "instead of" a thing of no one's swaps a feature,
  // not the product ("instead of my old one" still replaces it).
  const insteadOfOwn = /\binstead of\s+(?:my|our|his|her|their|the)\s+((?:[\w-]+\s+){0,2}[\w-]+)/.exec(low);
  const substitute = /\b(alternative|substitute|similar to this)\b/.test(low) || (/\binstead of(?!\s+\w+ing\b)/.test(low) && (productUrls.length > 0 || insteadOfOwn !== null))
    || (/\b(?:replacement|instead)\b/i.test(asking) && productUrls.length > 0)
    // ("<url> is almost perfect for me, but ... Same family, just the RGB version.": another version of the quoted product.)
    || (productUrls.length > 0 && /\b(?:almost|nearly)\s+perfect\b[^.]*\bbut\b|\bjust\s+the\s+[\w-]+\s+(?:version|edition|model)\b/.test(low));
  // ("processors that fit this plan": a plan described, no part fitted.)
  const compatible = !substitute && productUrls.length > 0 || /\b(compatible with|to connect|that fits? (my|this)(?!\s+(?:plan|description|brief|profile|picture|bill|spec|specs|list|criteria|requirements?|needs|budget|use)\b))\b/.test(low);
  // Competitive, reaction-based play asks for the fastest panel there is, not merely a fast one.
  const superlative = ranked
    ?? (/\b(e-?sports?|competitive|reaction[- ]based)\b/.test(low) && /\b(monitors?|displays?|screens?)\b/.test(low) ? { measure: 'refresh-rate' as const, direction: 'max' as const } : undefined);
  // "the cooler he means", "the case she picked": the one the lead-in names, pointed back at as "that cooler".
  // (The closing question is the asking sentence only where the request was not read whole, above.)
  const priceAlone = wholeRead !== undefined && asking !== t;
  // ("... the phone end can be USB-C or Lightning. Which cable is cheapest?": the kind the question names, as the lead-in describes it.)
  const kindAsked = priceAlone ? askedCheapest(asking) : undefined;
  const said = priceAlone ? (kindAsked?.subjects.length === 1 && subjectKind(kindAsked.subjects[0]!) ? { ...kindAsked, requirements: '' } : { subjects: [], requirements: '', indefinite: false }) : splitSubject(asking);
  const meant = said.subjects.length === 1 ? MEANT_THING.exec(said.subjects[0]!) : null;
  // "Could you show me all the offers for the white ones?": a word said of things named before, pointed back at.
  const describedOnes = said.subjects.length === 1 ? /^([a-z-]+)\s+ones$/i.exec(said.subjects[0]!) : null;
  const split = meant ? { ...said, subjects: [`that ${meant[1]}`] } : describedOnes ? { ...said, subjects: ['those'], requirements: [describedOnes[1]!, said.requirements].filter(Boolean).join(', ') } : said;
  // The sentences before the asking one, which lend it what it points back at.
  const lead = t.slice(0, t.length - asking.length);
  // "...: the Shadow Rock LP cooler and the Pure Wings 2 80mm fan. Find all offers for these two products": each product the lead-in lists.
  // "...: the ROG Maximus Z790 Apex and the ROG Maximus Z790 Formula. ... whichever of the two I can get for less": so too.
  const pointsAtSeveral = split.subjects.length === 1 && pointsAtListed(split.subjects[0]!);
  // ("Please put both be quiet! Shadow Rock coolers in the cart: the Shadow Rock LP and the Shadow Rock TF2": both, listed after the colon.)
  const listed = pointsAtSeveral ? listedProducts(lead) : (BOTH_LISTED_AFTER_COLON.test(t) ? listedProducts(t) : undefined) ?? (choosesAmongListed(t) ? listedProducts(lead || t) ?? listedProducts(lead || t, { either: true }) ?? versionsAfterName(t) : versionsAfterName(t, { eitherSaid: true }) ?? (cheapest && NAMES_OR_AFTER_COLON.test(t) ? listedProducts(lead || t, { either: true }) : undefined));
  // "... so I'd like to see every offer for both versions": each version the lead-in lists, or, where it lists none, every
  // version of the one product it names, pointed back at as "it".
  // "the D4 version for DDR4 and the WIFI II version for DDR5 are equally welcome": the versions a sentence says either of will do.
  const versions = pointsAtSeveral && !listed ? listedVersions(lead) : !listed && VERSIONS_WELCOME.test(plain) ? listedVersions(plain) : undefined;
  const versionsOfOne = pointsAtSeveral && !listed && !versions && VERSIONS_OF_ONE.test(asking);
  // "Find all offers for that board": a subject that only points back names nothing of its own.
  // "this memory module": so does one whose words name a kind together.
  const pointsBack = versionsOfOne || split.subjects.length === 1 && (POINTER_SUBJECT.test(split.subjects[0]!) || Boolean(subjectKind(DESCRIBED_POINTER.exec(split.subjects[0]!)?.[1] ?? ''))
    || (DESCRIBED_POINTER.test(split.subjects[0]!) && Boolean(subjectKind(split.subjects[0]!.replace(/^\S+\s+/, '')))));
  // "What's the biggest single DDR4 module ...? I want one stick, not a kit, ... Show me all offers for modules of that top
  // capacity.": a kind told by a figure pointed back at is the thing the lead-in describes, and what it says of it holds.
  const figurePointedAt = split.subjects.length === 1 && OF_THAT_FIGURE.test(split.requirements) && isKindOnly(split.subjects[0]!) && lead.trim() !== '';
  const ledInAsked = figurePointedAt ? { ...split, requirements: [lead.trim().replace(/[.!?]+$/, ''), split.requirements].join(', ') } : withLedInSubject(split, lead, { pointsBack, quotesProduct: productUrls.length > 0 });
  // ("... it has to be a Samsung. Model and storage are up to us. What's the least we'd have to pay?": a question on the price
  // alone leaves the whole lead-in to describe a thing of a kind; a named product is that product.)
  // (What the reading took from the lead-in is said there already: read twice, "PCIe 4.0" would be left over as two words.)
  const asked = priceAlone && !ledInAsked.subjects.some((subject) => namesModel(subject))
    ? { ...ledInAsked, requirements: [...ledInAsked.requirements.split(/\s*,\s*/).filter((part) => part && !lead.includes(part)), 'like that'].join(', ') } : ledInAsked;
  // The lead-in holds the name where there is one; the asking sentence's own words ("and add each of them ...") never do.
  // (With no asking sentence of its own, the reading of the whole request says nothing the listing sentence does not.)
  // (Read whole, "I'll simply take the cheaper one" and "What's the lowest price" say how to choose among them, nothing of them.)
  const namedAsRead = listed ? { subjects: listed.names, requirements: [listed.saidOfAll, (lead ? split.requirements.replace(/^\s*of\s+(?:them|these|those)\b\s*,?\s*/i, '') : split.requirements.split(/\s*,\s*/).filter((part) => !CHOOSING_BY_PRICE.test(part)).flatMap((part) => (namesListed(part, listed.names) ? refusingAsides(part) : [part])).join(', '))].filter(Boolean).join(', '), indefinite: false }
    : withFullName(withNamedProduct(LEAD_IN_READINGS.reduce((reading, read) => (lead ? read(reading, lead) : reading), asked), lead.trim() || t, productUrls.length > 0), t);
  // "... the Pop Air RGB: one in the Orange Core TG version and one in the Magenta Core TG version. Find all offers for those two
  // versions": each version of the product named, by the words that tell it apart; what is said of one is no wish of the other.
  // ("It's going to be Corsair's iCUE ELITE CAPELLIX XT series ... the 360mm H150i or the 420mm H170i": model numbers of the
  // line a maker's series names are that line's models.)
  const series = versions?.every((v) => /^[A-Z]{1,4}\d/.test(v)) ? MAKERS_SERIES.exec(t) : null;
  const product = series ? `${series[1]} ${series[2]!.trim()}` : versions ? (namedAsRead.subjects.length === 1 && (namesModel(namedAsRead.subjects[0]!) || isName(namedAsRead.subjects[0]!)) ? namedAsRead.subjects[0] : namedProducts(t).find((n) => !n.refused)?.name ?? namedInLead(lead)?.subjects[0] ?? makersNameOpening(lead)) : undefined;
  // "... the Be Quiet! Shadow Base 800 ..., both the standard one and the FX RGB version": the product and that edition of it.
  const plainAndEdition = BOTH_PLAIN_AND_EDITION.exec(text)?.[1]?.trim();
  const one = namedAsRead.subjects.length === 1 ? namedAsRead.subjects[0]! : '';
  const named = versions && product ? { subjects: versions.map((v) => withVersion(product, v)), requirements: '', indefinite: false }
    : plainAndEdition && one && (namesModel(one) || isName(one)) && !one.includes(plainAndEdition) ? { ...namedAsRead, subjects: [one, `${one} ${plainAndEdition}`] } : namedAsRead;
  const withOther = otherVersionBeside(named, t);
  // "Graphics card spec: at least 12GB ...; not white, because it goes into a plain black case": the heading names the kind,
  // whatever thing the clauses after it mention.
  const headed = productUrls.length ? undefined : kindHeading(t);
  const heading = headed?.kind;
  const headingKind = heading ? subjectKind(heading) : undefined;
  // ("Case spec: made by Asus ... What's the cheapest offer?": the heading itself, read as the thing, is the kind too.)
  // ("Motherboard requirements: ... Find all offers for boards that meet all three": the kind asked for again, the heading's.)
  const headingAsRead = withOther.subjects.length === 1 && (kindHeading(`${withOther.subjects[0]}:`) !== undefined || headed?.heading.replace(/\s*:\s*$/, '').trim().toLowerCase() === withOther.subjects[0]!.toLowerCase());
  const chosen = headingKind && withOther.subjects.length <= 1 && (!withOther.subjects[0] || headingAsRead || ((subjectKind(withOther.subjects[0]) !== headingKind || (split.subjects.length === 1 && isKindOnly(split.subjects[0]!) && kindAndPlatformOnly(withOther.subjects[0]))) && !namesModel(withOther.subjects[0])))
    ? { ...withOther, subjects: [heading!.toLowerCase()], requirements: headingSaid(withOther.requirements, makerOpeningHeading(lead.replace(headed?.heading ?? '', '').trim().replace(/[.!?]+$/, ''))) } : withOther;
  // "the pre-S24 Galaxy S phones": the line's models older than the one named, which titles never call "pre-".
  const pre = chosen.subjects.map((s) => PRE_MODEL.exec(s)?.[1]).filter((m): m is string => m !== undefined);
  const dated = pre.length ? { ...chosen, subjects: chosen.subjects.map((s) => s.replace(PRE_MODEL, '')), requirements: [chosen.requirements, ...pre.map((m) => `older than the ${m}`)].filter(Boolean).join(', ') } : chosen;
  const { indefinite } = dated;
  // ("a white PC case": a white case, as shops title it; "PC" is a word of every part's title and none's kind, as in a heading.)
  const subjects = theirMakersThing(theirLine(dated.subjects, lead), t).map((subject) => thingMeant(kindNamed(subject, t), t).replace(/^((?:[a-z][\w-]*\s+)+)PC\s+(cases?)$/, '$1$2'));
  // ("..., Not the Noctua-fan version, Where's the lowest price": read whole, a question on the price asks nothing of the thing.)
  const ledIn = withLeadIn(dated.requirements, t, asking).split(/\s*,\s*/).filter((part) => !PRICE_QUESTION_PART.test(part)).join(', ');
  // ("... and the TUF Gaming GT501 in its standard black edition (the white GT501 doesn't go with the office)": read whole, a
  // colour said to spoil the look is turned down too.)
  // (Unless the requirements say it already, "the white edition does not match my desk".)
  const spoiling = lead.trim() ? undefined : colourSaidToSpoil(t);
  const spoilingSaid = spoiling !== undefined && new RegExp(String.raw`\b${spoiling}\b`, 'i').test(ledIn);
  const refusals = [...leadInRefusals(lead, subjects), ...(spoiling && !spoilingSaid ? [`not ${spoiling}`] : [])].filter((refusal) => !ledIn.toLowerCase().includes(refusal.toLowerCase()));
  // "<url> . It still needs 5G and a screen of at least 11 inches", "A case that still has carry handles would do": beside a quoted
  // product to replace, what the lead-in says the alternative needs is the alternative's.
  // (One that only says again, with the name, what another reading took already is said once.)
  const itNeeds = substitute && productUrls.length ? alternativeDescribed(lead).filter((need) => !(ledIn && need.includes(ledIn))) : [];
  const ownRequirements = [ledIn, ...laterRequirements(asking), ...leadInMusts(lead, subjects).filter((must) => !saidAlready(must, ledIn)), ...itNeeds].filter(Boolean).join(', ');
  // (A refusal of the lead-in is a sentence of its own: joined by a comma, "in White TG, the X, the Compact and the XL don't
  // count" would turn the colour down with the list.)
  // (The clause naming the other version, read whole, says nothing more of either.)
  const versionClause = withOther !== named ? PLAIN_AND_OTHER.exec(t)?.[0] : undefined;
  const joined = connectorPointedAt([ownRequirements, ...refusals].filter(Boolean).join('; '), lead);
  const requirements = (versionClause ? joined.replace(new RegExp(String.raw`[^,;]*${escapeRe(versionClause)}[^,;]*[,;]?\s*`), ' ') : joined).replace(OWN_THING_NOW, '').replace(CHOICE_NOT_MINDED, '').replace(OWN_LACK_IN_BRACKETS, '').replace(/^[,;\s]+|[,;\s]+$/g, '').replace(/([,;])\s*[,;]/g, '$1');
  // "a DisplayPort to HDMI adapter", "a DDR4 memory kit" are any of that kind; "an Asus PRIME B650-A" still one model.
  // "their RTX 3050 cards, every version they make": every product of that model, not one product's offers.
  const everyVersion = /\b(?:every|each|all|any)\s+(?:version|model|variant|edition)s?\b/i.test(low);
  // (Lead-in refusals alone leave "every offer for it" asking for offers: they rule editions out, the shape stays.)
  // ("Asus ROG Ryujin III 360 ARGB ...: the black version or the EVA-02 edition. Not the Noctua-fan version.": refusals alone
  // rule versions out of a named product's offers, as lead-in refusals do; the shape stays.)
  // ("it's down to two Micro ATX boards: the X and the Y": the words heading the list say what both are; the shape stays too.)
  const onlyRefusals = subjects.length > 1 && subjects.every((s) => namesModel(s) || isName(s)) && ownRequirements.split(/\s*[,;]\s*/).every((part) => /^(?:[Nn]ot|[Nn]o)\s+(?:the\s+)?[A-Z0-9]/.test(part) || HEADS_LIST(part, t));
  const hasRequirements = (ownRequirements.length > 0 && !onlyRefusals) || superlative !== undefined || everyVersion || (indefinite && !subjects.some((s) => modelNumbers(withoutStandardNames(s)).length > 0));
  // "should plug into the screen instead of the PC under the desk ... a monitor like that": with nothing quoted, a thing of
  // another kind than the one asked for is where something goes, no product replaced.
  const otherKind = !productUrls.length && insteadOfOwn !== null && !/\b(alternative|substitute|similar to this)\b/.test(low) && otherKindThanAsked(insteadOfOwn[1]!, subjects);
  return {
    // "a motherboard", "a phone": a kind of product, not a named one, asks for the best fits of that kind.
    mode: substitute && !otherKind ? 'substitute' : compatible ? 'compatible' : hasRequirements || subjects.some((s) => isGeneric(s) || isKindOnly(s)) ? 'fit' : 'offers',
    cheapest,
    perProduct: /\bfor each\b|\beach (model|product|variant)\b/.test(low),
    superlative,
    seriesTier: seriesTier(low),
    addToCart: /\b(add|put)\b[^.]*\b(cart|basket)\b/.test(low),
    explainLeftOut: /\bwhy (not|was|were|did|didn)|left out|excluded\b/.test(low),
    productUrls,
    subjects,
    // (The place it goes instead is nothing the product is not: "instead of the PC under the desk".)
    requirements: otherKind ? requirements.replace(/\s*\binstead of\s+(?:my|our|his|her|their|the)\s+[^,.;]*/i, ' ').trim() : requirements,
  };
}

/**
 * "My case takes both the full-size ATX board and the small B650I EDGE WIFI mini-ITX version", "whether I end up with the plain
 * board or the PRIME Z790-P WIFI with wireless built in": beside the product named, "the plain one" is that product and the
 * other is a version of it named by its own model words (the maker said once, for the first).
 */
const PLAIN_AND_OTHER = /\b(?:[Bb]oth\s+|[Ee]ither\s+)?[Tt]he\s+(?:plain|full|full-size|full-sized|standard|regular|normal|basic|ordinary|original|bigger|larger)\s+(?:(?:ATX|E-ATX|size|sized)\s+)?(?:board|motherboard|one|version|model|edition|card|case|kit|cooler|drive)\s+(?:or|and)\s+the\s+(?:(?:small|smaller|compact|little|bigger|larger)\s+)?((?:[A-Z0-9][\w+!/-]*\s+)*?[A-Z0-9][\w+!/-]*\d[\w+!/-]*(?:\s+[A-Z0-9][\w+!/-]*)*)/;

function otherVersionBeside(reading: SubjectReading, text: string): SubjectReading {
  const said = PLAIN_AND_OTHER.exec(text);
  const other = said?.[1];
  if (!other || reading.subjects.length !== 1) return reading;
  const subject = reading.subjects[0]!;
  // (The name as the text writes it, where the reading ran on past it: "asus PRIME Z790-P I honestly don't mind ...".)
  const written = namedProducts(text).find((n) => !n.refused)?.name;
  const product = namesModel(subject) ? (written && subject.toLowerCase().startsWith(written.toLowerCase()) ? written : subject) : pointsAtListed(subject) || /^(?:either|both|each)\s+(?:version|model|edition|one)$/i.test(subject) ? written : undefined;
  if (!product || product.toLowerCase().includes(other.toLowerCase())) return reading;
  const maker = makerIn(product);
  // (The clause naming the versions asks nothing more of either: "mini-ITX version" is the other one's size, not a wish.)
  const requirements = reading.requirements.replace(new RegExp(String.raw`[^,;]*${escapeRe(said![0])}[^,;]*[,;]?\s*`), '').trim();
  return { subjects: [product, maker && !other.toLowerCase().includes(maker.toLowerCase()) ? `${maker} ${other}` : other], requirements, indefinite: false };
}

/** "GameMax Infinity dual-chamber case, please: either the full black version ... or the full white one": a maker's name opening the request. */
function makersNameOpening(lead: string): string | undefined {
  const name = /^([A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*)+)/.exec(lead.trim())?.[1];
  return name && isMakerWord(name.split(/\s+/)[0]!) ? name : undefined;
}

/** A product's name with a version's words after it, the words both share said once ("... B760M-PLUS WIFI" and "WIFI II"). */
function withVersion(product: string, version: string): string {
  const [name, more] = [product.split(/\s+/), version.split(/\s+/)];
  for (let k = Math.min(name.length, more.length - 1); k > 0; k--) {
    if (name.slice(-k).join(' ').toLowerCase() === more.slice(0, k).join(' ').toLowerCase()) return [...name, ...more.slice(k)].join(' ');
  }
  return `${product} ${version}`;
}

/** What is said of a heading's kind: the clauses read already and the lead-in after the heading, each once. */
function headingSaid(read: string, afterHeading: string): string {
  return afterHeading.includes(read) ? afterHeading : [read, afterHeading].filter(Boolean).join(', ');
}

/** "with that connector", "the same port": a connection named before ("through an eDP connector"), pointed back at. */
const CONNECTION_POINTED_AT = /\b(with|has|have|through|via|into|over|using|to)\s+(?:that|this|such\s+an?|the\s+same|one\s+of\s+those)\s+(connectors?|ports?|sockets?|plugs?|headers?|interfaces?|connections?)\b/gi;

function connectorPointedAt(requirements: string, lead: string): string {
  const named = connectorsIn(lead).pop();
  return named ? requirements.replace(CONNECTION_POINTED_AT, (_m, before: string, what: string) => `${before} the ${named} ${what}`) : requirements;
}

/**
 * A reading that found no product, or words that name none ("Copied", "Shopping list, case line"), beside a
 * product named in the lead-in where no grammar the readings know puts it (a copied parts-list line, a note,
 * a question): that product is the subject. Beside a quoted product the quoted one is what is read.
 */
/** "Corsair's iCUE ELITE CAPELLIX XT series": a maker's line, by its name. */
const MAKERS_SERIES = /\b([A-Z][\w!-]*)['’]s\s+((?:[A-Za-z][\w-]*\s+){1,4}?)(?:series|line|range|family|lineup)\b/;

/** "pre-S24 ": a model before which the things are. */
const PRE_MODEL = /\bpre-([A-Z][A-Za-z]*\d+\w*)\s+/;

/** ": a case that already has ...": a thing of a kind after a colon, and the clause on it up to the sentence's end. */
const KIND_AFTER_COLON = /:\s*(?:an?|one|some)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(that|which|with)\b([^.!?]*)/;

function withNamedProduct(chosen: SubjectReading, text: string, quotesProduct: boolean): SubjectReading {
  if (quotesProduct || chosen.subjects.length > 1) return chosen;
  const subject = chosen.subjects[0];
  // "... so the cooler should be as well: the Asus ROG Strix LC III 240 ARGB White, the one with ...": a kind read first, then
  // the product named after a colon.
  const afterColon = subject !== undefined && isKindOnly(subject) ? namedProducts(text).find((n) => !n.refused && /:\s*(?:the\s+)?$/i.test(text.slice(0, n.index)) && (!subjectKind(n.name) || subjectKind(n.name) === subjectKind(subject))) : undefined;
  if (afterColon) return { ...chosen, subjects: [afterColon.name], requirements: [saidAfterName(text, afterColon)].filter(Boolean).join(', ') };
  // Words that name nothing: a note's label ("Copied", "Shopping list, case line"), a whole copied line.
  // "the identical part again": a pointer back to the product named before it. "Purchasing request": words that name no kind.
  const junk = subject !== undefined && !namesModel(subject) && (/[,:;]|\s-\s/.test(subject) || SAME_AGAIN.test(subject) || /^(?:the\s+)?(?:edition|version|variant|model|one)$/i.test(subject) || (!subjectKind(subject) && !isKindOnly(subject) && !/[A-Z]\w*\s+[A-Z]/.test(subject)));
  // "so the board has to be bought where it costs least. It will be the Asus ROG Strix B550-F Gaming": the kind
  // read first, then the product chosen for it.
  const chosenName = subject !== undefined && isKindOnly(subject) ? IT_WILL_BE.exec(text) : null;
  const from = chosenName ? chosenName.index + chosenName[0].length : 0;
  const found = subject === undefined || junk || chosenName ? firstNamedProduct(text.slice(from)) : undefined;
  // "Specs needed - air cooler, translated from a forum build guide: ...": with no product named, the kind among the pieces.
  const pieces = !found && junk ? subject!.split(/\s*[,:;]\s*|\s+-\s+/) : [];
  const kindAt = pieces.findIndex((p) => isKindOnly(p) && subjectKind(p));
  // The pieces after it say what it must be ("no liquid cooling").
  if (kindAt >= 0) return { ...chosen, subjects: [pieces[kindAt]!.replace(/^(?:an?|the|some)\s+/i, '')], requirements: [...pieces.slice(kindAt + 1), chosen.requirements].filter(Boolean).join(', ') };
  // "Present for a teenager who wants a proper light show: a case that already has at least six ... fans": the thing after
  // the colon, and what its clause says of it.
  const afterLabel = !found && junk ? KIND_AFTER_COLON.exec(text) : null;
  if (afterLabel && subjectKind(afterLabel[1]!)) return { ...chosen, subjects: [afterLabel[1]!], requirements: [`${afterLabel[2]} ${afterLabel[3]}`.trim(), chosen.requirements].filter(Boolean).join(', ') };
  if (!found) return chosen;
  const named = found.name;
  // A copied line's say after the name is about it ("CPU cooler: Maker Model / fans: ... / pump: ..."); after a choice
  // ("It will be the X, because ...") a reason follows.
  const copied = junk || /:\s*["“]?$/.test(text.slice(0, from + found.index));
  const after = copied ? saidAfterName(text.slice(from), found) : '';
  // "NOT the iCUE LINK 3500X RGB", "not the RX140": other products turned down beside it are editions it must not be
  // (one whose every word is the chosen one's, "NOT the empty 3500X w/o fans", says which edition in other words).
  const own = new Set(tokens(named));
  const said = `${chosen.requirements} ${after}`;
  // (Beside no reading at all, the offers of a name said in a sentence are asked: its editions are told apart by the name alone.)
  const refused = subject === undefined && !copied ? [] : namedProducts(text).filter((n) => n.refused && !tokens(n.name).every((w) => own.has(w)) && !said.includes(n.name)).map((n) => `not the ${n.name}`);
  // "not the 3500X without fans" of the Corsair 3500X ARGB: the edition of its own name turned down by a part, so the part is wanted.
  const ownEditions = namedProducts(text).filter((n) => n.refused && tokens(n.name).every((w) => own.has(w)));
  const requirements = ownEditions.reduce((r, n) => r.replace(new RegExp(String.raw`\bnot\s+the\s+${escapeRe(n.name)}\s+(with|without)\s+`, 'g'), (_m, w: string) => (w === 'with' ? 'without ' : 'with ')),
    [chosen.requirements, after, ...refused].filter(Boolean).join(', '));
  return { ...chosen, subjects: [named], requirements };
}

/**
 * A subject as the kind it names, whichever reading found it: "nothing larger than an ATX board fits my case" names a
 * motherboard as much as the asking sentence's "board" does; "an all-in-one liquid cooler here" (where it is sold is no
 * word of it); "16GB of DDR4" is DDR4 memory; "an AMD chip" asked for alone is a processor (a graphics card's chip is said with the card); "Asus cards
 * with 8GB" after "Asus graphics cards with exactly 8GB of video memory" are the cards the request said.
 */
function kindNamed(subject: string, text: string): string {
  // "the stick itself should be red": the thing, not "itself".
  // ("my next motherboard": which one of the shopper's it will be, no word of its title.)
  return subject.replace(BOARD_ALONE, (_m, before: string) => `${before}motherboard`).replace(/(\S)\s+(?:here|there|anywhere|itself|themselves)$/i, '$1').replace(/^next\s+(?=[a-z]+$)/i, '')
    .replace(/^((?:[\w-]+\s+)?(?:AMD|Intel))\s+chip(s?)$/i, '$1 processor$2')
    // "another 16GB of DDR4": a memory generation alone is memory of it.
    .replace(/^((?:LP)?DDR\d[A-Z]?)$/i, '$1 memory')
    .replace(/^((?:[A-Z][\w-]*\s+)?)cards?$/, (whole, maker: string) => (GRAPHICS_SAID.test(text) ? `${maker}graphics card${/s$/.test(whole) ? 's' : ''}` : whole));
}

/** "the cooler he means", "the board she picked", "the drive I mentioned": a thing of a kind someone named before. */
const MEANT_THING = /^(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:he|she|they|I|we|you|my\s+\w+)\s+(?:means?|meant|wants?|wanted|said|mentioned|recommended|recommends|suggested|suggests|picked|chose|named|described)$/i;

/**
 * "... the 420mm one with QX140 fans. Not the LCD edition and not the ELITE CAPELLIX XT.": lead-in sentences that only turn
 * things down, beside a product named by model. (An edition told by its colour or by sizes in brackets is left to the intents'
 * colour reading.)
 */
function leadInRefusals(lead: string, subjects: readonly string[]): string[] {
  // (A model's name: a model number, or three capitalised words or more, "Fractal Design Meshify C".)
  if (!subjects.some((s) => /\d/.test(s) || capitalisedWords(s) >= 3)) return [];
  return lead.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim().replace(/[.!?]+$/, ''))
    // "The Meshify 2 RGB, the Compact, the Lite and the XL don't count.": so do sentences that turn things down in other words.
    .filter((sentence) => (/^(?:not|no|never|nothing)\s/i.test(sentence) || (/^the\s/i.test(sentence) && refusalSaidAsNot(sentence.replace(/^The\b/, 'the')) !== undefined)) && !/[()]/.test(sentence) && !sentence.split(/\s+/).some((w) => isColourWord(w)))
    .map((sentence) => sentence.replace(/^\w/, (c) => c.toLowerCase()));
}

/** "so the lead has to be at least two metres long": a lead-in clause saying what a thing of the asked kind must be. */
// ("so the board needs DDR4 slots": what it needs, said with "needs" and a thing; "The cooler should match it: white, ...": what a
// colon after it lists.)
const LEAD_IN_MUST = /\b(?:the|its|my|our|this|that)\s+([a-z]+)\s+(?:has\s+to|must|should|needs\s+to|will\s+have\s+to|needs(?=\s+(?:an?\s+|\d|[A-Z])))\s+(?:be\s+)?[^.;:!?]+(?::\s+[^.;!?]+)?/gi;


/** "I want to add extra fans one at a time, ...", "I'd like one of their kits of two sticks": the shopper's wish for things of a kind, and what the sentence says of them. */
const LEAD_IN_WISH = /\b(?:I|we)\s*(?:want|need|'d\s+like|would\s+like)\s+(?:to\s+(?:add|buy|get|fit|install|put\s+in)\s+(?:some\s+|more\s+|extra\s+|new\s+|two\s+|three\s+|four\s+|a\s+few\s+)+|one\s+of\s+(?:their|its)\s+)([a-z]+)\b[^.;:!?]+/gi;

/** "I'd like at least six cores so it doesn't feel slow": a bound on a count the shopper wants, whatever thing the lead-in names. */
const LEAD_IN_FIGURE_WISH = /\b(?:I|we)\s*(?:'d\s+like|would\s+like|want|need)\s+((?:at\s+least|at\s+most|a\s+minimum\s+of|no\s+(?:more|fewer|less)\s+than|more\s+than|fewer\s+than)\s+[\w.-]+\s+(?:cores?|threads?|fans?|ports?|slots?|sticks?|modules?))\b/gi;

/** "I want Corsair DDR5 with RGB lighting ...": the shopper wanting a maker's thing, named by a word of its kind or standard. */
const WANTED_MAKERS_THING = /\b(?:I|we)\s+(?:want|need|'d\s+like|would\s+like)\s+[A-Z][a-z][\w!-]*\s+((?:DDR\d|[a-z]+))\b[^.;:!?]*/g;

/** The lead-in's clauses on what a thing of the asked kind must be ("the lead" of a cable asked for), each as said. */
function leadInMusts(lead: string, subjects: readonly string[]): string[] {
  // "The case only takes Micro ATX, and I only buy MSI boards": the board size the shopper's case takes bounds the board.
  const board = subjects.length === 1 && (subjectKind(subjects[0]!) === 'motherboard' || /\bboards?$/i.test(subjects[0]!));
  const caseTakes = board ? CASE_TAKES.exec(lead)?.[1] : undefined;
  const asked = subjects.length === 1 ? subjectKind(subjects[0]!) : undefined;
  if (!asked) return caseTakes ? [caseTakes] : [];
  // A lead or cord is a cable, as people say it.
  // ("The board should be an Asrock ...": a board is a motherboard; "the kit should fill both slots": a kit of the memory asked.)
  const kindOf = (word: string) => subjectKind(word) ?? (/^(?:lead|cord|wire)$/i.test(word) ? 'cable' : /^(?:board|mobo)$/i.test(word) ? subjectKind('motherboard')
    : /^(?:kit|sticks?|modules?)$/i.test(word) && asked === subjectKind('memory') ? asked
    // ("Our budget stretches to a card with 12GB": a card beside a graphics card asked for is one.)
    : /^cards?$/i.test(word) && asked === subjectKind('graphics card') ? asked : undefined);
  // "I want to add extra fans one at a time, the same 120mm size ... and black to match": a wish for things of the asked kind.
  const wishes = [...lead.matchAll(LEAD_IN_WISH)].filter((m) => kindOf(m[1]!) === asked).map((m) => m[0].trim());
  // "I want Corsair DDR5 with RGB lighting for it, Vengeance or Dominator": a maker's thing of the kind asked, and what is said of it.
  wishes.push(...[...lead.matchAll(WANTED_MAKERS_THING)].filter((m) => subjectKind(kindNamed(m[1]!, lead)) === asked || kindOf(m[1]!) === asked).map((m) => m[0].trim()));
  // "... so the board needs DDR4 slots. It must be full ATX, not micro ATX.": "it" is the thing of the asked kind the sentence before names.
  const itMust = [...lead.matchAll(IT_MUST)].filter((m) => (lead.slice(0, m.index).split(/(?<=[.!?])\s+/).filter((x) => x.trim()).pop() ?? '').split(/\W+/).some((w) => w && kindOf(w) === asked)).map((m) => m[1]!.trim());
  // "I'm putting this processor on a Z790 board": the chipset of the board asked for.
  const chipset = board ? /\b(?:on|onto|into|in|with)\s+an?\s+([ABHXZ]\d{3}E?)\s+(?:board|motherboard|mobo)\b/.exec(lead)?.[1] : undefined;
  const figures = [...lead.matchAll(LEAD_IN_FIGURE_WISH)].map((m) => m[1]!);
  // "Going for an all-white look this time": the one colour of the whole build is the thing's too.
  const look = ALL_ONE_COLOUR_LOOK.exec(lead)?.[1];
  if (look) figures.push(look.toLowerCase());
  // "Any colour except white is fine", "a white cooler would stick out badly": that colour turned down.
  const refusedColour = ANY_COLOUR_BUT.exec(lead)?.[1]?.toLowerCase() ?? colourSaidToSpoil(lead);
  if (refusedColour) figures.push(`not ${refusedColour}`);
  // "Our budget stretches to a card with 12GB of video memory but not to the 16GB ones": what the budget reaches is the
  // thing wanted, what it does not reach turned down.
  const reach = BUDGET_REACHES.exec(lead);
  if (reach && kindOf(reach[1]!) === asked) figures.push(reach[2]!.trim(), ...(reach[3] ? [`not ${reach[3]}`] : []));
  // "a small Ryzen 7000 PC around a Micro ATX board with AMD's B650 chipset": the board the lead-in describes, by its size and
  // what it has.
  const described = board ? BOARD_DESCRIBED.exec(lead) : null;
  // (The chipset's maker, "AMD's", is said by the chipset: "MSI AM5 PRO B650M-P" names no maker of it.)
  if (described) figures.push(...[described[1]?.trim() ?? '', `${described[2]} chipset`].filter(Boolean));
  // "a drawer full of ordinary desktop DDR4 sticks I want to reuse (not laptop SO-DIMMs)": a board for desktop modules.
  if (board && DESKTOP_MODULES_OWNED.test(lead)) figures.push('not SO-DIMM');
  return [...[...lead.matchAll(LEAD_IN_MUST)].filter((m) => kindOf(m[1]!) === asked).map((m) => m[0].trim()), ...wishes, ...itMust, ...(caseTakes ? [caseTakes] : []), ...(chipset ? [chipset] : []), ...figures];
}

/** "around a Micro ATX board with AMD's B650 chipset": a board of a size, with what it has. */
const BOARD_DESCRIBED = /\b(?:an?|the)\s+((?:Micro|Mini|Full[\s-]size|E-|XL-)?\s*(?:ATX|ITX)\s+)?(?:board|motherboard|mobo)\s+with\s+(?:an?\s+|the\s+)?(?:[A-Z][\w!-]*['’]s\s+)?([A-Z]?\d{3}E?)\s+chipset\b/;

/** "Our budget stretches to a card with 12GB of video memory but not to the 16GB ones": a thing with what the budget reaches, and the one it does not. */
const BUDGET_REACHES = /\b(?:budget|money)\s+(?:only\s+)?(?:stretches|runs|goes|reaches|extends)\s+to\s+an?\s+([a-z]+)\s+(with\s+[^.;!?,]+?)(?:,?\s+but\s+not\s+(?:to\s+)?(?:the|an?)\s+([\w.-]+)\s+ones?)?(?=[.;!?,]|$)/i;

/** "desktop DDR4 sticks I want to reuse (not laptop SO-DIMMs)": the shopper's memory is desktop modules, and so the board's slots. */
const DESKTOP_MODULES_OWNED = /\bdesktop\s+(?:DDR\d\s+)?(?:sticks|modules|memory|DIMMs?)\b[^.]*?\bnot\s+(?:the\s+)?(?:laptop\s+|notebook\s+)?SO-?DIMMs?\b/i;

/** "Any colour except white is fine": every colour but one. */
const ANY_COLOUR_BUT = new RegExp(String.raw`\bany\s+colou?r\s+(?:except|but|other\s+than|apart\s+from|besides)\s+(${COLOUR_NAMES.join('|')})\b`, 'i');

/** "an all-white look", "an all-black build": one colour for the whole build. */
const ALL_ONE_COLOUR_LOOK = new RegExp(String.raw`\b(?:going|aiming|after|want|wanting)\s+(?:for\s+)?(?:an?\s+)?all[\s-](${COLOUR_NAMES.join('|')})\s+(?:look|build|theme|setup|aesthetic|style)\b`, 'i');

/** "It must be full ATX, not micro ATX.": a sentence of what "it" must be. */
// (To the end of its clause: ", and I do not want to pay for ..." is the shopper's own sentence.)
const IT_MUST = /(?:^|[.!?]\s+)(?:It|They)\s+((?:must|should|has\s+to|have\s+to|needs?\s+to|will\s+have\s+to)\s+(?:(?!,\s*(?:and|but)\s+(?:I|we)\b)[^.;!?])+)/g;

/** "the case only takes Micro ATX", "my case fits Mini ITX boards": the one board size a case holds. */
const CASE_TAKES = /\b(?:case|chassis|enclosure)\s+(?:only\s+|just\s+)?(?:takes|fits|accepts|holds|supports|has\s+room\s+for)\s+(?:an?\s+)?((?:micro|mini)[\s-]?(?:atx|itx)|e-?atx|m-?atx)\b/i;

/** A lead-in clause on what the thing must be, left out where the requirements already say it ("should have handles"). */
function saidAlready(must: string, requirements: string): boolean {
  return requirements.includes(must.replace(/^\S+\s+\S+\s+/, ''));
}

/** Whether words after "instead of the" name no thing of the kind asked ("PC under the desk" beside a monitor); "one" is the same thing. */
function otherKindThanAsked(words: string, subjects: readonly string[]): boolean {
  const asked = subjects.length === 1 ? subjectKind(subjects[0]!) : undefined;
  if (!asked || /\b(?:one|ones|model|version|thing|product)\b/.test(words)) return false;
  const parts = words.split(/\s+/);
  return !parts.some((_w, i) => subjectKind(parts.slice(0, i + 1).join(' ')) === asked || subjectKind(parts[i]!) === asked);
}

/**
 * "... the Fractal Design Meshify C Mini with the dark tinted glass? I mean the older C Mini ...": a name said short after it
 * was said whole is the whole name ("older" places it in time, no word of it).
 */
function withFullName(chosen: SubjectReading, text: string): SubjectReading {
  if (chosen.subjects.length !== 1) return chosen;
  const short = chosen.subjects[0]!.replace(/^(?:older|newer|original|earlier|later|same|new|old)\s+/i, '');
  const words = tokens(short);
  // "Ryzen 5 5600GT ...: the GT with graphics on the chip": one word in capitals that ends the name's model.
  const suffix = words.length === 1 && /^[A-Z]{2,3}$/.test(short) ? words[0]! : undefined;
  if ((words.length < 2 && !suffix) || !/[A-Z]/.test(short) || subjectKind(short)) return chosen;
  // (A sentence's first word, "My Razer Huntsman Elite", "The 25-inch ...", is no part of a name.)
  const names = [...text.matchAll(/\b([A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*){2,})([^.?!;:]*)/g)].map((m) => {
    const nameWords = m[1]!.split(/\s+/);
    while (nameWords.length && opensSentence(nameWords[0]!)) nameWords.shift();
    return { name: nameWords.join(' '), after: m[2]! };
  }).filter(({ name }) => /^[A-Z]/.test(name) && name.split(/\s+/).length >= 3);
  const whole = names.find(({ name }) => (suffix ? tokens(name).at(-1)!.endsWith(suffix) && tokens(name).at(-1) !== suffix
    : tokens(name).length > words.length && words.every((w) => tokens(name).includes(w)) && tokens(name).slice(-words.length).join(' ') === words.join(' ')));
  // What the sentence said of it there ("with the dark tinted glass") holds too.
  const said = whole ? /^\s+((?:in|with|without)\s.*)$/.exec(whole.after)?.[1] : undefined;
  return whole ? { ...chosen, subjects: [whole.name], requirements: [chosen.requirements, said ?? ''].filter(Boolean).join(', ') } : chosen;
}

/** "the identical part again", "the very same one": the product named before, pointed back at. */
const SAME_AGAIN = /^(?:the\s+)?(?:identical|same|exact\s+same|very\s+same|exact)\s+(?:part|one|thing|model|item|unit|product|piece)(?:\s+(?:again|once\s+more))?$/i;

/** Graphics cards named as such somewhere in the request. */
const GRAPHICS_SAID = /\b(?:graphics|video)\s+(?:cards?|chips?)\b|\bvideo\s+memory\b|\bGPUs?\b|\b(?:GeForce|Radeon|RTX|GTX)\b/i;

/** "It will be the ...", "it's going to be the ...": the product settled on, named next. */
const IT_WILL_BE = /(?:^|[.!?:;]\s+)(?:so\s+)?it\s+(?:will|'ll|is\s+going\s+to|has\s+to|must)\s+be\s+(?=(?:the|an?)\s+[A-Z])/i;

/** Plural nouns without a model number read as a category ("HDMI cables"), not one product. */
function isGeneric(subject: string): boolean {
  const words = subject.split(/\s+/);
  return /[a-z]s$/i.test(words[words.length - 1] ?? '') && !/\d/.test(subject);
}

// "List every offer for them", "Give me all offers for ...": a list asked for names the offers, then the thing.
// ("I'm after the plain Corsair Vengeance DDR5 kit, ...": so does saying what one is after.)
const ASK = /^\s*(?:please\s+)?(?:find|show me|get me|give me|list|look up|search for|look for|looking for|i need|i want|i'm after|i am after|we're after|we are after|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+set\s+on|(?:put|add)(?=\s+(?:every|all|each)\s+(?:the\s+)?offers?\b|\s+the\s+[^.!?]*?\s+(?:in)?to\s+(?:the\s+|my\s+)?(?:shopping\s+)?(?:carts?|baskets?)\b)|buy)\s+(?:me\s+)?(?:the\s+(?=[A-Z]))?/i;
/** A sentence that asks by its verb: "Find all offers for ...", "Show me ...". */
// "Every offer for it, all shops.", "Cheapest alternative?", "Cheapest offer, please": a terse ask names what it wants first.
const ASKING_VERB = String.raw`(?:please\s+)?(?:find|show me|get me|look\s+up(?=\s+(?:all|every|each|the)\b)|give\s+me(?=\s+(?:the\s+|all\s+|every\s+|each\s+)*(?:cheapest\s+)?offers?\b)|list(?=\s+(?:every|all|each)\s+(?:the\s+)?offers?(?:\s+for\b|\s*[.!]?\s*$))|(?<=\b(?:options|choices)\?\s+)(?:every|all)\s+(?:the\s+)?offers?(?=(?:,?\s+please)?\s*[.!]?\s*$)|search for|look for|(?:every|all)\s+(?:the\s+)?offers?\s+for|(?:put|add)(?=\s+(?:every|all|each)\s+(?:the\s+)?offers?\s+for\b)|cheapest\s+(?:alternative|offer)s?\b(?=\s*[?.]|,?\s+please\b))\b`;

/**
 * "What's the least we'd have to pay?", "Where is it cheapest?", "Which offer is cheapest?": a closing question about the price
 * that names no thing of its own ("for one", "it" point back): the sentences before it say what is wanted.
 */
// ("What's the least I can pay for a board like that? Include all offers at that price.": a sentence on ties after it too.)
const PRICE_QUESTION = /(?<=^|[.!?]\s+)(?:so\s+|and\s+)?(?:what(?:['’]s|\s+is)\s+the\s+(?:least|lowest\s+price|cheapest\s+(?:offer|price|option|way\s+to\s+(?:get|buy)\s+(?:that|this|it|one|them)))(?:\s+(?:I|we|you|one)(?:['’]d|\s+(?:can|could|would|will|must|have\s+to))?\s+(?:have\s+to\s+)?(?:pay|spend|find|get))?(?:\s+(?:for|on)\s+(?:one|it|them|this|that))?|where\s+(?:is|are)\s+(?:it|they|one|this|that)\s+(?:the\s+)?(?:cheapest|least\s+expensive)|where\s+is\s+the\s+(?:lowest|best)\s+price|which\s+(?:offer|listing)\s+is\s+(?:the\s+)?(?:cheapest|least\s+expensive)|which\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:is\s+(?:the\s+)?(?:cheapest|least\s+expensive)|costs?\s+(?:the\s+)?least))(?:\s+for\s+an?\s+[a-z]+\s+like\s+(?:that|this))?(?:\s*,?\s*and\s+which\s+(?:offers?|listings?|shops?)\s+(?:share|have|has|match)\s+it)?\s*\?\s*(?:$|[A-Z][^.!?]*\b(?:ties?|tied|tie|same\s+price|that\s+price|lowest\s+price)\b[^.!?]*[.!?]\s*$)/i;

/** A subject read whole that is the shopper's own sentence: opened by a person, "it" or "there". */
const SHOPPERS_SENTENCE = /^(?:(?:my|our|his|her|their|its?|there|we|i|you|they|he|she)\b|(?:it|there|we|i|you|they|he|she)['’](?:ll|s|re|ve|d|m)\b)/i;

/** Whether the asking sentence is only a question about the price, naming nothing ("Where is it cheapest?"). */
function onlyAsksPrice(asking: string): boolean {
  return PRICE_QUESTION.exec(asking)?.index === 0;
}

/** "I want an Asrock board. Find all offers for Asrock ATX motherboards ...": a later sentence that asks is the request; one before it leads in. */
function askingSentence(text: string): string {
  if (new RegExp(`^${ASKING_VERB}`, 'i').test(text)) return text;
  const question = PRICE_QUESTION.exec(text);
  if (question && question.index > 0) return text.slice(question.index);
  // "... so it has to be the white one: find all offers for ...": a colon can close the lead-in too.
  // "For the 1440p gaming PC in our living room, find all offers for ...": a comma before the verb too.
  // "..., so find the cheapest offer for it": a joining word before the verb too.
  const at = new RegExp(String.raw`(?:[.!?:;]|,)\s+(?:(?:so|and|then|now|please)\s+)?(?=${ASKING_VERB})`, 'i').exec(text);
  return at ? text.slice(at.index + at[0].length) : text;
}

/** ", whatever switches they have", ", whichever GeForce chip they use", ", whichever generation it is": an aside that allows any. */
// (", whatever the colour or side panel": so is "whatever the X" closing a clause.)
const ANY_WILL_DO = /\s*,?\s*\b(?:(?:whatever|whichever|any)\s+(?:[\w-]+\s+){1,2}?(?:they|it)\s+(?:have|has|come\s+(?:in|with)|comes\s+(?:in|with)|use|uses|is|are|carry|carries|contain|contains|run|runs|get|gets|take|takes)\b|(?:whatever|whichever|regardless\s+of)\s+the\s+[\w-]+(?:\s+[\w-]+)?(?:\s*(?:,|\bor\b|\band\b)\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)*(?=\s*[.,;!?]|\s*$))/gi;

/** An edition word, and a plain edition named by it ("the plain one", "standard version"). */
const EDITION = String.raw`(?:edition|version|model)`;
const PLAIN_ONE = String.raw`(?:the\s+)?(?:plain|standard|regular|normal|basic)(?:\s+(?:one|${EDITION}))?`;

/**
 * ", with or without RGB fans", "whether or not the pump has a screen", ", RGB edition or plain", ", every
 * version they make", ", the SUPER version included", "with the glass window or the solid panel; either version will do": either is fine, so it asks nothing.
 */
const EITHER_WAY = new RegExp([
  String.raw`\b(?:with or without|whether or not|with or with no)\b[^,.;:()]*(?:\s*\([^()]*\))?`,
  String.raw`\b(?:the\s+)?[\w-]+\s+${EDITION}\s+or\s+${PLAIN_ONE}\b`,
  String.raw`\b${PLAIN_ONE}\s+or\s+(?:the\s+)?[\w-]+\s+${EDITION}\b`,
  // "both the FX RGB version and the standard one", "Dark TG or White TG" after the name: every one of them. (The standard one
  // first is read by plainRequest and classifyRequest: BOTH_PLAIN_AND_EDITION.)
  String.raw`\bboth\s+the\s+(?:[\w-]+\s+){1,3}${EDITION}\s+and\s+${PLAIN_ONE}\b`,
  String.raw`(?<=[\w)])\s*,\s*(?:[A-Z][\w/-]*\s+)?(?:TG|Solid)(?:\s+[A-Z][\w-]*)?\s+or\s+(?:[A-Z][\w/-]*\s+)?(?:TG|Solid)(?:\s+[A-Z][\w-]*)?(?=\s*[(,.;]|\s*$)`,
  // ("the Antec CX700 RGB Elite case, white or black": either colour.)
  String.raw`(?<=\w)\s*,\s*(?:in\s+)?(?:white|black|grey|gray|silver|pink|red|blue|green)\s+or\s+(?:in\s+)?(?:white|black|grey|gray|silver|pink|red|blue|green)(?=\s*[(,.;]|\s*$)`,
  String.raw`\b(?:every|each|any|all)\s+(?:version|model|variant|edition)s?\s+(?:they|it)\s+(?:make|makes|sell|sells|offer|offers)\b`,
  // "the SUPER version included", "including the Ti models", "the XL edition too": that one counts as well.
  String.raw`\b(?:the\s+)?[\w-]+\s+${EDITION}s?\s+(?:included|too|as\s+well|also|counts?|count\s+too)\b`,
  String.raw`\b(?:including|plus)\s+(?:the\s+)?[\w-]+\s+${EDITION}s?\b`,
  // "no matter how many sticks it is split across", "no matter which colour": either way.
  String.raw`\bno\s+matter\s+(?:how\s+many|how|what|which|who)\b[^,.;:()]*`,
  // ", big or small": any size.
  String.raw`\b(?:big|large)\s+or\s+(?:small|little)\b|\b(?:small|little)\s+or\s+(?:big|large)\b`,
  // ", bought singly or as a pair", "sold alone or in packs": one or several in one offer, either.
  String.raw`\b(?:(?:bought|sold|whether)\s+)?(?:singly|single|alone|individually|on\s+(?:its|their)\s+own)\s+or\s+(?:as|in)\s+(?:an?\s+)?(?:pairs?|packs?|sets?|kits?|twos?|threes?|bundles?|multi-?packs?)\b`,
  // "with the glass window or with the solid side panel; either version will do": both alternatives, and the words saying so.
  // "it can come as the body alone or in the kit with the RF 24-105mm lens", "in either form": what it comes as is up to the shops.
  String.raw`\b(?:it|they)\s+(?:can|may|could|might)\s+(?:come|be\s+sold|be\s+bought)\s+(?:either\s+)?(?:as|in|with)\b[^.;]*`,
  String.raw`\bin\s+(?:either|any|both)\s+(?:forms?|versions?|editions?|ways?)\b`,
  // "either as the body alone or in the kit with the RF 24-105mm lens, whichever costs less": either form, the same.
  String.raw`\beither\s+(?:as|in|with)\s+[^.;]*?\s+or\s+(?:as|in|with)\s+[^,.;]*(?:,?\s*whichever\s+(?:costs?|is)\s+(?:less|cheaper|the\s+least))?`,
  String.raw`\b(?:(?:with|in)\s+[^,;.]*?\s+or\s+[^,;.]*?\s*[;,]?\s*)?\b(?:either|any|both)(?:\s+(?:one|${EDITION}|way|kind|type|plug|connector|end|colou?r|size|length)s?)?\s+(?:will\s+do|is\s+fine|are\s+fine|works?|would\s+do|is\s+ok(?:ay)?)\b`,
  // "Dark tinted glass or the white version with clear glass, either would do": a sentence opening with the two, then so.
  String.raw`(?<=^|[.!?]\s+)[A-Za-z][^,;:.!?]*?\s+or\s+[^,;:.!?]*?\s*,\s*(?:either|any|both)(?:\s+(?:one|${EDITION}|colou?r)s?)?\s+(?:will\s+do|is\s+fine|are\s+fine|works?|would\s+do|is\s+ok(?:ay)?)\b`,
  // "I have chargers with USB-A and with USB-C sockets, so either plug will do": what the shopper has, so any of it does.
  String.raw`\b(?:I|we)\s+(?:have|own|use)\b[^;.]*?,?\s*so\s+(?:either|any|both)(?:\s+[\w-]+)?\s+(?:will\s+do|is\s+fine|are\s+fine|works?|would\s+do)\b`,
].map((phrase) => String.raw`\s*,?\s*${phrase}`).join('|'), 'gi');

/**
 * "; I can live without the light strips of the FX version": that version is not wanted (the plain one is); "I can do
 * without X" said of anything else asks nothing either way (DO_WITHOUT, alternative-described.ts).
 */
const DO_WITHOUT_VERSION = /\s*[;,]?\s*\b(?:[Ii]|[Ww]e)\s+(?:can|could)\s+(?:live|do|manage)\s+without\s+(?:the\s+)?[^.;,]*?\bof\s+the\s+([A-Z0-9][\w+-]*(?:\s+[A-Z0-9][\w+-]*)?)\s+(?:version|edition|model|variant)\b/g;

/**
 * "the Canon EOS R5 Mark II, the body alone": the camera as sold without a lens, which is how a
 * named body is sold; it asks no feature, so the request stays one for that model's offers.
 */
const BODY_ALONE = /\s*,?\s*\b(?:just\s+)?(?:the\s+)?body\s+(?:alone|only|by itself|on its own)\b/gi;

/** What is asked for, what is said of it, and whether it is any of a kind ("a ...") rather than one product. */
interface SubjectReading { subjects: string[]; requirements: string; indefinite: boolean }

/** "the versions of ", "every colour of ": which of a product named before, not another product. */
const VERSIONS_OF = /^(?:(?:the|all|every|each|any)\s+)?(?:versions?|editions?|variants?|models?|colou?rs?)\s+of\s+/i;
/** "that case that have room for ...": a pointer, then what is said of it. */
const POINTER_THEN_CLAUSE = /^((?:that|this|those|these)\s+[a-z]+)\s+((?:that|which|with|in)\s.+)$/i;

/** "that board", "this one", "those", "this 27-inch monitor": a subject that points back at a product named before. */
/** "... are equally welcome", "either would do", "both are fine": versions listed, any of which will do. */
// ("I'd take the standard black version or the EVA-02 edition, whichever is cheaper": so too.)
const VERSIONS_WELCOME = /\b(?:are|is)\s+(?:equally|both)\s+(?:welcome|fine|good|ok|okay)\b|\bwhichever\s+(?:one\s+)?(?:is\s+(?:cheaper|less\s+expensive)|costs\s+less)\b|\b(?:both|either)(?:\s+one)?\s+(?:would|will)\s+do\b|\b(?:both|either)(?:\s+one)?\s+(?:is|are|would\s+be)\s+(?:fine|welcome|ok|okay)\b/i;
/** "both versions", "either edition", "both colours": versions of one product, not several products. */
const VERSIONS_OF_ONE = /\b(?:both|either|the\s+two)\s+(?:of\s+the\s+)?(?:versions?|editions?|variants?|colou?rs?|colou?rways?)\b/i;
const POINTER_SUBJECT = /^(?:that|this|those|these)(?:\s+\d+(?:\.\d+)?-?(?:inch|in|mm|cm|gb|tb|w))?(?:\s+[a-z]+)?$/i;
/** "of that top capacity", "of that lowest price": a figure the lead-in asked for, pointed back at. */
// (Not "a replacement fan of that size": a figure the lead-in gives, which withLeadIn reads.)
const OF_THAT_FIGURE = /^\s*(?:of|with|at)\s+(?:that|this|the\s+same)\s+(?:top|highest|largest|biggest|lowest|smallest|maximum|minimum)\s+(?:capacity|size|speed|price|count|amount|length|wattage)\b/i;
/** "this Micro ATX case": a pointer with describing words before a kind. */
const DESCRIBED_POINTER = /^(?:that|this|those|these)\s+(?:[\w-]+\s+){1,2}([a-z]+)$/i;

/** "My son ... needs a laptop that runs Windows 11", "What I want is the original ...", "my son has chosen the ...", "which is why I picked the ...", "I want exactly the ...", "I mean the ...", "I'm after the ...", "I have saved up for the ...", "a shop assistant told me the ...", "my build guide uses the ...": what a lead-in sentence says someone needs. */
const LEAD_IN_NEED = /\b(?:(?:what|all)\s+(?:i|we)\s+(?:really\s+)?(?:want|need|am\s+after|'m\s+after|are\s+after)\s+is|so(?=\s+the\s+[^.!?]*?\b(?:should|must|has\s+to|needs\s+to)\b)|(?:needs?|wants?|would like|'d like)\s+to\s+(?:give|buy|get|gift|order)(?:\s+(?:him|her|them|me|us))?|(?:needs?|wants?|would like|'d like)(?:\s+(?:exactly|just|only|specifically|precisely))?|(?:would|'d)\s+rather\s+(?:buy|get|have|order)|(?:has|have|had|['’]ve)\s+(?:chosen|picked|decided on|settled on|gone for|set\s+(?:his|her|their|my|our)\s+heart\s+on)|heart\s+is\s+set\s+on|(?:i|we)\s+mean|(?:i|we)\s+(?:chose|picked|went for|went with|settled on|decided on|opted for)|(?:am|are|'m|'re)\s+going\s+(?:with|for)|(?:told|tells|showed|shows)\s+(?:me|us)(?:\s+about)?|(?:pointed|points|sent|directed|steered)\s+(?:me|us)\s+(?:to|at|towards)|recommended|suggested|swears?\s+by|swore\s+by|so\s+it\s+(?:is|'s|will\s+be)|(?<=^|[.!?]\s+)it(?:['’]ll|\s+will)\s+be|(?:am|are|is|['’]m|['’]re)\s+set\s+on|(?:saved|saving) up for|saving for|(?:have|had|got) my eye on|(?:am|have been|been) eyeing|(?:(?:is|am|are|'m|'re)\s+|(?<=^|[.!?]\s+)(?:just\s+)?)looking\s+for(?!\s+(?:the\s+|a\s+)?(?:best|lowest|cheapest|good|great|better)\s+(?:price|deal|offer)s?\b)|(?:i'm|i am|we're|we are) after|uses|recommends|lists|specifies|calls for|names)\s+(?:another\s+(?:copy|one|unit)\s+of\s+|more\s+of\s+)?((?:(?:an?|some|the|his|her|their|my|our|your)\s+|one\s+(?=(?:single|lone)\s))(?:[^.!?]|\.(?=\d))+)/i;

/** "the IT firm insists on a processor from Intel's server line": a thing someone else insists on. */
const INSISTED_ON = /\b(?:insists?|insisted)\s+on\s+((?:an?|the|some)\s+[^.!?]+)/i;

/** "... so the tablet [needs]": a thing of a kind right before the need's verb (not a person, not the shopper's build). */
const NEEDER = /\bthe\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+$/;

/**
 * "One more fan will finish the row on my radiator: a single Corsair iCUE LINK RX120 RGB in black.", "On my list ...: the
 * white Fractal Design Meshify 2 RGB. That is the full-size case ...": the thing a colon names.
 */
// ("The upgrade is decided: Intel Core i7-10700, the normal one ...", "Memory for my Ryzen build: Corsair DDR5, 32GB ...": a model
// named without an article after a choice said made, or after the kind and what it is for, too; not after a field's name alone,
// "Monitor: Lumora QX27 Pro", which is read as such.)
const NAMED_AFTER_COLON = /:\s+((?:[Aa]n?|[Tt]he|[Oo]ne|AN?|THE|ONE)\s+[^.!?:]+|(?<=(?:\b(?:decided|settled|chosen|picked|final|fixed)|\b[A-Za-z][a-z]+\s+for\s+[^.!?:]+):\s+)[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+){0,3}[A-Za-z]*\d[\w-]*(?:[^.!?:]|\.(?=\d))*)(?:[.!?](?=\s|$)|\s*$)/;

/** "so the Asrock Z790 Pro RS/D4 is the board for me", "the Maker X is exactly what I need", "the front of the Maker X won me over", "the plain white Maker X case will do": a name said to be the choice. */
const IS_THE_ONE = /((?:the|an?)\s+(?:[a-z]+\s+){0,2}[A-Z][\w!/+.-]*(?:\s+[\w!/+.-]+){0,6}?)(?=\s+(?:is\s+(?:the\s+(?:\w+\s+)?(?:one|board|case|card|cooler|drive|choice|pick|model|fan|monitor|phone|laptop)\s+for\s+(?:me|us|him|her|them)|(?:exactly\s+|just\s+)?what\s+(?:I|we|he|she)\s+(?:need|want)s?)|(?:has\s+)?(?:won|sold)\s+(?:me|us)(?:\s+over)?|caught\s+(?:my|our)\s+eye|is\s+the\s+(?:sensible|right|best|obvious|smart|wise|safe|logical)\s+(?:choice|pick|buy|option)|(?:will|would)\s+do\b|is\s+(?:fine|enough|good\s+enough|all\s+(?:I|we)\s+need))\b)/;

/**
 * "Where is the Maker X the least expensive?", "Which shops carry the Maker X?", "Who sells the Maker X?", "How many
 * shops stock Maker's X?", "Where can I buy the 31.5-inch X?": a question that names the thing.
 */
const ASKED_ABOUT = /\b(?:where|which\s+(?:shops?|stores?|sites?)(?:\s+(?:still|currently|now|actually))?|what\s+(?:shops?|stores?|sites?)(?:\s+(?:still|currently|now|actually))?|how\s+many\s+(?:shops?|stores?|sites?)|who|does\s+any(?:one|body|\s+shop|\s+store)(?:\s+still)?|do\s+any\s+of\s+the\s+(?:shops?|stores?|sites?)(?:\s+still)?|does\s+(?!(?:it|he|she|this|that|anyone|anybody)\b)[A-Z][\w-]*(?:\s+still)?|is\s+there\s+(?:anywhere|any\s+(?:shop|store|site)|anyone|a\s+(?:shop|store))(?:\s+that)?)\s+(?:is|are|can\s+(?:I|we)\s+(?:get|buy|find)|sells?|carr(?:y|ies)|stocks?|has|have|lists?|offers?)\s+((?:the|an?|[A-Z][\w-]*['’]s)\s+(?:[^?.!]|\.(?=\d))+?)(?:\s+(?:the\s+)?(?:least\s+expensive|cheapest|lowest[\s-]priced|for\s+(?:the\s+)?less|sold|available|in\s+stock|on\s+sale|best\s+priced))?\s*\?/i;

/** "into Antec's C8 dual-chamber case: the plain black one, not ...": a product named before a colon, and which of it after. */
const WHICH_ONE_AFTER_COLON = /(?:^|\b(?:into|in|on|for|is|with|of|the|an?|my|our)\s+)([A-Z][\w'’!+-]*(?:\s+[\w'’!+-]+){0,5}):\s+((?:the|an?)\s+(?:[a-z]+\s+){0,3}(?:one|version|edition|model)\b[^.!?]*)/;

/** "the Be Quiet Pure Rock 2 FX air cooler": a product's maker and model, then up to three words, one of them its kind. */
const NAMED_THEN_WORDS = /\bthe\s+((?:[A-Z][\w!+-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w!+-]*|\d[\w-]*)){1,6})((?:\s+[a-z]+){1,3})/g;

/** "Which Palit graphics cards have exactly 4GB ...?", "Which white cases are made for Micro ATX boards ...?": a question asking which things have something. */
const WHICH_ASKED = /(?:^|[.!?]\s+)(?:which|what)\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+(have|has|come\s+with|comes\s+with|ships?\s+with|support|supports|take|takes|use|uses|offer|offers|(?:are|is)\s+(?:made|built|designed|meant|rated|sold)\s+(?:for|with|as))\s+([^?]+)\?/i;

/** "Would any SSD come with everything needed to copy my old drive?": whether any of a kind has something. */
const ANY_ASKED = /(?:^|[.!?]\s+)(?:would|does|do|will|can|could)\s+any\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(come\s+with|have|support|take|offer)\s+([^?]+)\?/i;

/** "and only needs the basics", "and likes ...": what the person in the lead-in does next. */
const PERSON_GOES_ON = /\s+and\s+(?:only\s+|just\s+|also\s+|really\s+)?(?:needs|wants|likes|loves|hates|uses|has|is)\b.*$/i;
/** "told me the Asus ... is all I need for ...", "pointed me to the X as the board to put it on": what was said of the thing, after its name. */
const SAID_OF_IT = /\s+(?:is|are|was|were|would be|will be)\s+(?:all|what|just|exactly|perfect|ideal|great|good|fine|enough|the\s+(?:one|best|right))\b.*$|\s+as\s+(?:the|a|my|our)\s+(?:\w+\s+)?(?:one|board|motherboard|case|card|part|choice|pick|option|cooler|drive|model|processor|cpu|monitor|screen|keyboard|fan|kit|memory|ssd)\b.*$/i;
/** "his first", "my new", "their own": whose the thing will be, no word of its title. */
const OWNER_FIRST = /^(?:his|her|their|my|our|your)\s+(?:(?:very\s+)?first\s+|new\s+|own\s+)?/i;

/**
 * "My son needs a laptop that runs Windows 11. Find the cheapest offer for one.": an asking sentence
 * that names no product ("one", "it", "that board") asks for the thing its lead-in says is needed;
 * "the same case" is the one the lead-in names, and the room it says a case leaves bounds the part.
 * Tried in turn: a thing before a colon that says which one, what someone needs or chose, then (with neither)
 * a question about which ones, and last a product named by maker and model.
 */
function ledInSubject(lead: string, { lastResort = true } = {}): SubjectReading | undefined {
  // "Our business needs a file server, and the IT firm insists on a processor ...": what is insisted on is the part asked for.
  // "wants a big-screen Samsung tablet ... the Galaxy Tab S9 FE is the sensible choice": a model named as the choice is more
  // than the kind wished for before it.
  // "Which shops carry the ordinary Acme Pop Air? I mean the plain model with three normal fans": a plain model meant, said
  // after the name, describes the product named before; it names nothing of its own.
  // "so the Asus TUF Gaming GT502 I want is the standard one, not the GT502 Plus": a name the shopper says they want.
  // "... want my next case to be well ventilated ... Which Fractal case ships with the most fans? Find all offers for it.": a
  // question right before the asking sentence asks about the thing "it" points at.
  const lastQuestion = /(?:^|[.!?]\s+)([^.!?]+\?)\s*$/.exec(lead)?.[1];
  const askedLast = lastQuestion ? askedWhich(lastQuestion) : undefined;
  if (askedLast?.subjects.length === 1 && subjectKind(askedLast.subjects[0]!)) return askedLast;
  const wantedName = WANTED_NAME.exec(lead);
  if (wantedName) return { subjects: [wantedName[1]!], requirements: wantedName[2]!.replace(/^\s*is\s+(?:the\s+)?(?:standard|plain|ordinary|regular|basic|normal|base)\s+(?:one|model|version|edition)\b\s*,?\s*/i, '').trim(), indefinite: false };
  // (Nor does "I want the inside to really glow": words that name no kind and no product are no thing wanted.)
  const wishedFirst = INSISTED_ON.exec(lead) ?? [LEAD_IN_NEED.exec(lead)].find((m) => !m || (!PLAIN_MODEL_MEANT.test(m[1] ?? '') && !NAMES_NOTHING.test(m[1] ?? ''))) ?? null;
  // "I want a proper light show without buying anything extra: a case with plenty of fans ...": a wish that names no kind,
  // then a thing of a kind after the colon, which is what is wanted.
  // ("I need an AM4 board: the Gigabyte AORUS B550 ELITE V2 in full ATX": a kind, then the model after the colon, is that model.)
  const thenNamed = wishedFirst && wishedFirst[1]?.includes(':') ? NAMED_AFTER_COLON.exec(lead) : null;
  const wished = thenNamed && (subjectKind(thenNamed[1]!) && !subjectKind(wishedFirst![1]!.split(':')[0]!) || (namesModel(thenNamed[1]!) && !namesModel(wishedFirst![1]!.split(':')[0]!))) ? thenNamed : wishedFirst;
  const chosenModel = IS_THE_ONE.exec(lead);
  const need = (chosenModel && /\d/.test(chosenModel[1]!) && wished && !/\d/.test(wished[1] ?? '') && chosenModel.index > wished.index ? chosenModel : undefined)
    ?? wished ?? MAKER_NEEDED.exec(lead) ?? ONLY_BUYS.exec(lead) ?? NAMED_AFTER_COLON.exec(lead) ?? chosenModel ?? ASKED_ABOUT.exec(lead);
  // "so the tablet needs a SIM slot of its own": a thing of a kind needs a part; the thing is what is asked for.
  const owner = need && /^needs\b/.test(need[0]) ? NEEDER.exec(lead.slice(0, need.index))?.[1] : undefined;
  if (need && owner && subjectKind(owner) && !/^(?:pc|computer|build|rig|system|setup|case)$/i.test(owner)) return { subjects: [owner], requirements: `with ${need[1]!.replace(/^(?:an?|the)\s+/i, '')}`, indefinite: true };
  const read = whichOneAfterColon(lead) ?? (need ? withNameAskedAbout(whichOfNamed(neededThing(lead, need), lead, need), lead, need) : askedWhich(lead) ?? askedCheapest(lead) ?? namedProduct(lead) ?? (lastResort ? namedInLead(lead) ?? kindInLead(lead) : undefined));
  const colonSaid = need && need[0].startsWith(':') ? saidBeforeColon(lead.slice(0, need.index)) : undefined;
  // "To push air ..., at twenty a fan at most and bought one at a time rather than in a multi-pack, I need a 12cm case fan ...":
  // how it is to be bought, said in the same sentence before the need, holds too.
  const bought = need && !need[0].startsWith(':') ? HOW_BOUGHT_BEFORE.exec(lead.slice(0, need.index).split(/[.!?]\s+/).pop() ?? '')?.[0] : undefined;
  const besides = [colonSaid ?? '', bought ?? ''].filter(Boolean);
  return read && besides.length ? { ...read, requirements: [read.requirements, ...besides].filter(Boolean).join(', ') } : read;
}

/** "an AM4 machine that currently runs a quad-core": what the shopper's own thing is now, no wish for the new one. */
const OWN_THING_NOW = /\s*,?\s*\b(?:that|which)\s+(?:currently|at\s+the\s+moment|right\s+now|for\s+now)\s+(?:runs?|has|have|uses?|holds?|takes?|is|are|sits?|carries)\b[^,.;:!?]*/gi;

/** "... his old laptop's USB port (no USB-C there)": what the shopper's own thing lacks, in brackets, asks nothing of the product. */
const OWN_LACK_IN_BRACKETS = /\s*\(\s*(?:no|there\s+is\s+no|there's\s+no|it\s+has\s+no)\s+[^()]*?\s+(?:there|on\s+it|on\s+(?:his|her|my|their|our)\s+[\w-]+)\s*\)/gi;

/** "the Asus TUF Gaming GT502 I want is the standard one, ...": a name (two words or more, one with a digit) followed by the shopper wanting it, and what the sentence goes on to say. */
const WANTED_NAME = /\b(?:the|an?)\s+((?:[A-Z][\w!+-]*\s+){1,5}[A-Z0-9][\w+-]*\d[\w+-]*)\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:want|need|have\s+in\s+mind|am\s+after|'m\s+after|are\s+after)\b([^.!?]*)/;

/** "isn't enough", "is not sufficient", "won't be enough": said of what falls short of a wish. */
const NOT_ENOUGH = /\b(?:is|are|was|would\s+be|will\s+be)\s*(?:n['’]?t|\s+not)\s+(?:enough|sufficient|good\s+enough)\b|\bwo(?:n['’]t|uld\s*n['’]?t)\s+be\s+(?:enough|sufficient)\b/i;

/** A bracket saying what falls short: "(plain LTE/4G isn't enough)". */
const SHORT_OF_IT = new RegExp(String.raw`\s*\((?=[^()]*?${NOT_ENOUGH.source})[^()]*\)`, 'gi');

/** "offer that's left", "offers that remain", "ones which are left": the offers a shop ruled out leaves. */
const OFFERS_LEFT = /\b(offers?|ones?|listings?)\s+(?:that(?:['’]s|\s+is|\s+are)|which\s+(?:is|are))\s+(?:left|remaining|over)(?=[\s;,.!?]|$)|\b(offers?|ones?|listings?)\s+(?:that|which)\s+remains?(?=[\s;,.!?]|$)/gi;

/** "Graphics card spec:", "Motherboard shopping:", "Case requirements:": a heading naming the kind the clauses after it describe. */
// ("Cooler requirements for a white build:": what it is for may follow the heading's word.)
const KIND_HEADING = /^\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z-]+){0,2}?)\s+(?:spec|specs|specification|requirements?|shopping|wish\s*list|checklist|criteria)(?:\s+for\s+(?:an?|my|the|our|his|her)\s+[\w' -]{1,40}?)?\s*:/i;
/** "Checklist for my daughter's first PC case:": the heading's word first, then the kind it is for. */
const HEADING_FOR_KIND = /^\s*(?:spec|specs|specification|requirements?|wish\s*list|shopping\s+list|checklist|criteria)\s+for\s+(?:my|our|the|an?|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z-]+)?)\s*:/i;
/** "Requirements for the fans in my workshop PC:": the kind the heading is for, then where it goes. */
const HEADING_FOR_KIND_IN_PLACE = /^\s*(?:spec|specs|specification|requirements?|wish\s*list|shopping\s+list|checklist|criteria)\s+for\s+(?:my|our|the|an?|his|her|their)\s+(?:new\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z-]+)?)\s+(?:in|for|of|on|inside)\s+[^:.!?]{1,40}:/i;

/**
 * "Memory spec: Corsair DDR5, 32GB as two 16GB sticks, ...": a maker's name opening what the heading lists, before a standard
 * or figure, is the maker the thing must come from.
 */
function makerOpeningHeading(said: string): string {
  const maker = /^([A-Z][a-z][\w!-]*|[A-Z]{3,})\s+(?=(?:DDR\d|LPDDR\d|PCIe|NVMe|M\.2|SATA|\d))/.exec(said)?.[1];
  if (maker && isMakerWord(maker) && !subjectKind(maker)) return `from ${maker}, ${said}`;
  // ("Memory spec: Corsair, 32GB as ...", "Case requirements: Fractal Design, white, ...": a name alone as the first item.)
  const alone = /^((?:[A-Z][a-z][\w!-]*|[A-Z]{3,})(?:\s+[A-Z][a-z][\w!-]*)?)\s*,\s*(?=\S)/.exec(said);
  const name = alone?.[1];
  return name && name.split(/\s+/).every((w) => isMakerWord(w) && !subjectKind(w) && !isColourWord(w)) && !/^(?:Micro|Mini|Full|Mid|Standard|Plain|Regular|Intel|AMD)\b/.test(name) ? `made by ${name}, ${said.slice(alone[0].length)}` : said;
}

/** "Motherboard for an Intel 12th-gen build: made by Gigabyte, ...": a kind and what it is for, heading the list of what it must be. */
// ("Memory: Corsair, DDR4, desktop DIMMs, ...": the kind alone heads it too.)
const KIND_FOR_HEADING = /^\s*([A-Za-z][A-Za-z-]*(?:\s+(?!(?:wanted|needed|required|sought)\s*:)[A-Za-z-]+)?)(?:\s+(?:wanted|needed|required|sought))?(?:\s+for\s+(?:an?|my|the|our|his|her|their)\s+[^:.!?]{1,50}?)?:/i;

/** "Intel motherboards", "tablets": a kind's words and a platform's at most, no line or model ("Vexor Arc 5 cases"). */
const kindAndPlatformOnly = (subject: string): boolean => subject.split(/\s+/).every((w) => /^(?:Intel|AMD)$/.test(w) || subjectKind(w) !== undefined || /^(?:boards?|mobos?)$/i.test(w));

/** The kind a heading names, with the heading as written; undefined where the request opens with none. */
function kindHeading(text: string): { kind: string; heading: string } | undefined {
  const kindFor = KIND_FOR_HEADING.exec(text);
  // (Only before the wishes themselves, "made by ...": "Memory for my build: Acme DDR5, ..." and "Graphics card: a GeForce ..." name
  // the thing after the colon.)
  // ("Board for an Intel build: LGA1700 socket, DDR5 memory slots, ...": a standard's code or a figure opens the wishes too.)
  const wishesAfter = kindFor ? /^\s*(?!(?:an?|the|one)\s)(?:[a-z]|(?:LGA|AM\d|DDR\d|PCIe|USB|ATX|E-ATX|M\.2|\d))/.test(text.slice(kindFor.index + kindFor[0].length)) : false;
  const forPlace = HEADING_FOR_KIND_IN_PLACE.exec(text);
  const m = KIND_HEADING.exec(text) ?? (forPlace && subjectKind(forPlace[1]!) ? forPlace : null) ?? HEADING_FOR_KIND.exec(text) ?? (kindFor && wishesAfter && isKindOnly(kindFor[1]!.toLowerCase()) ? kindFor : null);
  // ("PC case": the case, as shops file it; "PC" is a word of every part's title and none's kind.)
  // ("Board checklist:": a board alone is a motherboard, as BOARD_ALONE reads it in the asking sentence.)
  return m ? { kind: m[1]!.replace(/^(?:PC|computer)\s+(?=\S)/i, '').replace(/\s+(?:requirements?|specs?|specification|checklist|criteria)$/i, '').replace(/^(?:board|mobo)$/i, 'motherboard'), heading: m[0] } : undefined;
}

/** "the inside to really glow", "the look to ...": a part of something and what it should do, no product. */
const NAMES_NOTHING = /^(?:the|its|my|our)\s+(?:inside|insides|interior|look|feel|sound|glow|colour|color|finish|style)\s+to\b/i;

/** "the plain model with ...", "the standard version": which model of a name said before, no name of its own. */
const PLAIN_MODEL_MEANT = /^(?:the|a)\s+(?:plain|ordinary|standard|basic|regular|normal|base|original|non-RGB)\s+(?:model|version|one|edition|variant)\b/i;

/** "bought one at a time rather than in a multi-pack", "sold singly": how the thing is to come, which a pack's title says. */
const HOW_BOUGHT_BEFORE = /\b(?:bought|sold|ordered)\s+(?:one\s+at\s+a\s+time|singly|individually|one\s+by\s+one)\b/i;

/** "To keep ... out of sight, for a full-size ATX board: a case ...": what the thing after the colon is for. */
const FOR_BEFORE_COLON = /(?:^|[,;]\s*)for\s+(an?\s+[^,;:.!?]+)$/i;

/**
 * What the sentence before a colon says of the thing after it: what it is for ("..., for a full-size ATX board: a case ...")
 * or the rules it states ("..., and the cables should sit in a chamber of their own behind the board: a case for ...").
 */
function saidBeforeColon(before: string): string | undefined {
  const clause = before.replace(/:\s*$/, '').split(/(?<=[.!?])\s+/).pop()?.trim() ?? '';
  const heading = FOR_BEFORE_COLON.exec(clause)?.[1];
  return heading ? `for ${heading}` : MUST.test(clause) ? clause : undefined;
}

/**
 * "Copying takes longer ... my pocket SSD ... The next one should read at up to 2000MB/s and hold at least 1TB. Find the cheapest offer for one.":
 * the next of the shopper's own thing, with what the sentence says it should do.
 */
const NEXT_ONE = /\b(?:the\s+)?(?:next|new|replacement)\s+one\s+(?:should|must|has\s+to|needs\s+to|ought\s+to|will\s+have\s+to)\s+([^.!?]+)/i;

function nextOne(lead: string): SubjectReading | undefined {
  const next = NEXT_ONE.exec(lead);
  if (!next) return undefined;
  // ("his photos on a little pocket SSD": the thing named with an article too.)
  const owned = [...lead.slice(0, next.index).matchAll(/\b(?:my|our|his|her|their|an?)\s+((?:[\w-]+\s+){0,2}[\w-]+)/gi)].map((m) => m[1]!).filter((thing) => subjectKind(thing)).pop();
  if (!owned) return undefined;
  // "pocket SSD" of "pocket SSD takes longer": the words up to the one that names the kind.
  const words = owned.split(/\s+/);
  while (words.length > 1 && !subjectKind(words[words.length - 1]!)) words.pop();
  // "... survive a fall. At least 1TB, and it has to plug into ...": the lead-in's sentences after it say more of the same one.
  const after = asClauses(lead.slice(next.index + next[0].length));
  return { subjects: [words.join(' ')], requirements: [next[1]!.trim(), after].filter(Boolean).join(', '), indefinite: true };
}

/** "I need 32GB of Kingston DDR5 for a desktop. ... Find the cheapest offer": an amount of a maker's thing the lead-in wants. */
function amountWanted(lead: string): SubjectReading | undefined {
  const wanted = WANTED_IN_LEAD.exec(lead)?.[1]?.trim();
  if (!wanted || !AMOUNT_OF.test(wanted)) return undefined;
  const read = splitSubject(wanted);
  return read.subjects.length === 1 && /[A-Z]/.test(read.subjects[0]!) ? read : undefined;
}

/** "I like the Fractal Torrent Compact, but I want the fans themselves to light up": a product liked, with a wish on it. */
const LIKED_BUT = /\b(?:I|[Ww]e)\s+(?:really\s+)?(?:like|love)\s+((?:the\s+)?(?:[A-Z][\w!+-]*['’]s\s+)?[A-Z0-9][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*)*),?\s+but\s+([^.!?]+)/;
/** "I'd like something from Fractal's Pop range made for low noise": something of a maker's line, described. */
const SOMETHING_FROM_LINE = /\bsomething\s+(?:from|of|in)\s+(?:the\s+)?([A-Z][\w!-]*)['’]s\s+((?:[A-Z0-9][\w!+-]*\s?){1,3})\s*(?:range|line|series|family|lineup)\b([^.!?]*)/;

/** A product the shopper likes or a maker's line something is wanted from, with what is said of it. */
function likedOrFromLine(lead: string): SubjectReading | undefined {
  const liked = LIKED_BUT.exec(lead);
  // (A name of two words or more, or one with a figure: "Corsair's 6500X", not "I like Daft Punk".)
  if (liked && (/\s/.test(liked[1]!.replace(/^the\s+/i, '')) || /\d/.test(liked[1]!))) {
    const read = splitSubject(liked[1]!.replace(/^(?:the\s+)?([A-Z][\w!+-]*)['’]s\s+/, '$1 '));
    // What the lead-in says after "but" and in its later sentences is said of it.
    const after = asClauses(lead.slice(liked.index + liked[0].length));
    if (read.subjects.length === 1) return { subjects: read.subjects, requirements: [liked[2]!.trim(), after].filter(Boolean).join(', '), indefinite: false };
  }
  const line = SOMETHING_FROM_LINE.exec(lead);
  return line ? { subjects: [`${line[1]} ${line[2]!.trim()}`], requirements: [line[3]!.trim(), asClauses(lead.slice(line.index + line[0].length)), lead.slice(0, line.index).replace(/[.!?]+\s+/g, ', ').replace(/\b(?:I|we)(?:'d|\s+would)\s+like\s*$/i, '').trim()].filter(Boolean).join(', '), indefinite: true } : undefined;
}

/** "The case needs something built in to carry it by; ...": a thing of a kind, and what a sentence says it must have. */
const KIND_THAT_MUST = /(?:^|[.!?]\s+)[Tt]he\s+([a-z]+)\s+((?:needs|must|should|has\s+to)\b[^.!?]*)/;

function kindThatMust(lead: string): SubjectReading | undefined {
  const must = KIND_THAT_MUST.exec(lead);
  return must && subjectKind(must[1]!) ? { subjects: [must[1]!], requirements: must[2]!.trim(), indefinite: true } : undefined;
}

/** "I love the cases where the whole inside is painted a loud colour, ...": things of a kind the shopper loves, told by a clause. */
const LOVED_KIND = /\b(?:I|[Ww]e)\s+(?:really\s+)?(?:love|like|adore|prefer)\s+(?:the\s+|those\s+)?([a-z]+s)\s+(where|that|which|whose|with)\b([^.!?]*)/;

/** "Any member of the Meshify 2 family will do": every product of a line, whatever the lead-in goes on to say of it. */
const ANY_MEMBER_OF = /\b[Aa]ny\s+(?:member|model|version|one|size)\s+of\s+the\s+((?:[A-Z][\w!+-]*|\d[\w+-]*)(?:\s+(?:[A-Z][\w!+-]*|\d[\w+-]*)){0,3})\s+(?:family|line|range|series|lineup)\s+(?:will\s+do|would\s+do|is\s+fine|would\s+be\s+fine|works)\b[^.!?;]*/;

/** "Any MSI board with the AM5 socket will do, whatever the size": a thing of a kind, any one of which is wanted. */
const ANY_THING_WILL_DO = /(?:^|[.!?]\s+)Any\s+((?:[A-Z][\w!-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\b[^.!?]*?)\s+(?:will|would)\s+do\b/;

function anyThingWillDo(lead: string): SubjectReading | undefined {
  const said = ANY_THING_WILL_DO.exec(lead)?.[1];
  const read = said ? splitSubject(said) : undefined;
  // ("board" alone names no kind to subjectKind, a circuit board being many things; a maker's board is a motherboard.)
  return read?.subjects.length === 1 && (subjectKind(read.subjects[0]!) || /^[A-Z][\w!-]*\s+boards?$/.test(read.subjects[0]!)) ? { ...read, indefinite: true } : undefined;
}

/** "...: every Hama cable that goes from USB-A to Lightning, whatever the length": each of a maker's things of a kind. */
const EVERY_MAKERS_THING = /\b(?:[Ee]very|[Aa]ll(?:\s+the)?|[Ee]ach)\s+([A-Z][\w!-]*\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\b[^.!?]*)/;

function everyMakersThing(lead: string): SubjectReading | undefined {
  const said = EVERY_MAKERS_THING.exec(lead)?.[1];
  const read = said ? splitSubject(said) : undefined;
  const maker = read?.subjects.length === 1 ? /^([A-Z][\w!-]*)\s/.exec(read.subjects[0]!)?.[1] : undefined;
  return maker && isMakerWord(maker) && !subjectKind(maker) && subjectKind(read!.subjects[0]!) ? { ...read!, indefinite: true } : undefined;
}

/** "White Corsair 3500X in any of its versions: the bare one ..., the 3500X ARGB, or ...": the product, every version of it. */
const IN_ANY_OF_ITS_VERSIONS = /(?:^|[.!?]\s+)((?:[A-Z][\w!+-]*\s+)?[A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*)*\s+[A-Z0-9]*\d[\w+-]*)\s+in\s+(?:any|all|each|every)\s+(?:one\s+)?of\s+its\s+(?:versions|editions|variants|models|forms|guises)\b/;

function anyOfItsVersions(lead: string): SubjectReading | undefined {
  const named = IN_ANY_OF_ITS_VERSIONS.exec(lead)?.[1];
  if (!named) return undefined;
  // ("White Corsair 3500X": a colour opening the sentence is a wish, no word of the name.)
  const colour = new RegExp(String.raw`^(${COLOUR_NAMES.join('|')})\s+`, 'i').exec(named);
  return { subjects: [colour ? named.slice(colour[0].length) : named], requirements: colour ? colour[1]!.toLowerCase() : '', indefinite: false };
}

/** Every product of a line the lead-in says will do, and what its other sentences say it must do. */
function anyMemberOf(lead: string): SubjectReading | undefined {
  const any = ANY_MEMBER_OF.exec(lead);
  if (!any) return undefined;
  // (Its own sentence says what does not count: "(the older Meshify C doesn't count)".)
  const refusals = [...any[0].matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim());
  // ("What I liked about the Meshify 2 was the angular mesh front; ...": a sentence on the old one's merits asks nothing new.)
  const others = asClauses(`${lead.slice(0, any.index)} ${lead.slice(any.index + any[0].length)}`.split(/(?<=[.!?])\s+/).filter((sentence) => !/^\s*what\s+(?:I|we)\s+(?:liked|loved|enjoyed|missed|hated|disliked)\b/i.test(sentence)).join(' '));
  return { subjects: [any[1]!], requirements: [others, ...refusals].filter(Boolean).join(', '), indefinite: true };
}

/** Things of a kind the shopper loves, described by the clause on them and by the lead-in's later sentences. */
function lovedKind(lead: string): SubjectReading | undefined {
  const loved = LOVED_KIND.exec(lead);
  const kind = loved ? singular(loved[1]!) : undefined;
  if (!loved || !kind || !subjectKind(kind)) return undefined;
  return { subjects: [kind], requirements: [`${loved[2]}${loved[3]}`.trim(), asClauses(lead.slice(loved.index + loved[0].length))].filter(Boolean).join(', '), indefinite: true };
}

/** "My old laptop takes DDR4 SO-DIMM memory, and I want to add ...": a thing of the shopper's, then the part it takes. */
const OWN_THING_TAKES = /\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:only\s+|all\s+|still\s+)?(?:takes|take|uses|use|runs\s+on|run\s+on|accepts|accept)\s+((?:[\w.+-]+\s+){0,3}[\w-]+)/i;

/**
 * "My old laptop takes DDR4 SO-DIMM memory, and I want to add at least 8GB ... Find all offers that would do.": the part the
 * shopper's own thing takes is what is asked for, described as it is said (the words up to the one that names its kind).
 */
function partItTakes(lead: string): SubjectReading | undefined {
  const takes = OWN_THING_TAKES.exec(lead);
  if (!takes) return undefined;
  const words = takes[2]!.split(/\s+/);
  while (words.length > 1 && !kindOfWord(words[words.length - 1]!)) words.pop();
  const part = words.join(' ');
  const kind = kindOfWord(words[words.length - 1]!);
  // What the lead-in says after it ("at least 8GB in a single purchase. No DDR5 ...") is said of it.
  const after = asClauses(lead.slice(takes.index + takes[0].length));
  return kind && kind !== subjectKind(takes[1]!) ? { subjects: [part], requirements: after, indefinite: true } : undefined;
}

/** "My new AM5 board needs 32GB of DDR5": an amount of a part the shopper's own thing needs. */
const OWN_THING_NEEDS_AMOUNT = /\b(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:needs|takes|wants|could\s+use)\s+(\d+(?:[.,]\d+)?\s?(?:GB|TB)\s+of\s+[A-Za-z0-9][\w-]*)/i;

/**
 * "My new AM5 board needs 32GB of DDR5 and I trust Kingston's Fury Beast line, but I don't want any lights ...": the line
 * the shopper vouches for is the thing, the amount needed and what follows the line said of it.
 */
function lineForAmount(lead: string): SubjectReading | undefined {
  const vouched = VOUCHED_LINE.exec(lead);
  const needs = OWN_THING_NEEDS_AMOUNT.exec(lead);
  if (!vouched || !needs || !LINE_AFTER.test(lead.slice(vouched.index + vouched[0].length - 1))) return undefined;
  const afterLine = asClauses(lead.slice(vouched.index + vouched[0].length).replace(/^\s*(?:range|line|series|family|lineup|brand)\b/i, ''));
  return { subjects: [`${vouched[1]} ${vouched[2]!.trim()}`], requirements: [needs[1]!, afterLine].filter(Boolean).join(', '), indefinite: true };
}

/** "Out of all the Fractal Design cases these shops carry, I want the one that ...": the kind one is chosen among (one-among.ts). */
/** "Building a Ryzen 7000 PC. For memory I want 32GB on two sticks; no RGB.": the kind a wish is said for, and the wish. */
const FOR_KIND_WANTED = /(?:^|[.!?]\s+)For\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+(?:I|we)\s+(?:want|need|'d\s+like|would\s+like)\s+([^.!?]+)/;

function forKindWanted(lead: string): SubjectReading | undefined {
  const said = FOR_KIND_WANTED.exec(lead);
  // ("For the case I want the big Maker Define 7": a product named for it is read as such elsewhere.)
  return said && subjectKind(said[1]!) && !/^(?:the|an?)\s+(?:[a-z]+\s+)?[A-Z]/.test(said[2]!) ? { subjects: [said[1]!], requirements: said[2]!.trim(), indefinite: true } : undefined;
}

function oneAmong(lead: string): SubjectReading | undefined {
  const kind = kindChosenAmong(lead);
  // "Of all the cases that can hold an E-ATX board, I want the one ...": what the clause after the kind says of them all.
  const said = kind ? new RegExp(String.raw`\b${escapeRe(kind)}\s+((?:that|which|with)\s[^,;.!?]+)`, 'i').exec(lead)?.[1] : undefined;
  return kind ? { subjects: [kind], requirements: said ?? '', indefinite: true } : undefined;
}

/** "I am after Corsair DDR4 desktop kits of two 16GB sticks ...": a maker's things wanted, named without an article. */
// ("I want Corsair DDR5, 32GB in total, ...": a maker's standard or kind wanted, named without an article.)
const MAKER_NEEDED = /\b(?:I|[Ww]e)(?:(?:'m|\s+am|'re|\s+are)\s+(?:after|looking\s+for)|\s+(?:want|need)|(?:'d|\s+would)\s+like)\s+((?:[A-Z][a-z][\w!-]*|[A-Z]{3,})\s+(?=(?:LP)?DDR\d|[a-z]+\b)(?:[^.!?]|\.(?=\d))+)/;
/** "I only buy MSI boards after years of good experience": a maker's things the shopper sticks to, up to the kind. */
// "I only want NVMe SSDs that are built for PCIe Gen3": with what a clause right after the kind says of it.
const ONLY_BUYS = /\b(?:I|[Ww]e)\s+(?:only|always|just)\s+(?:buy|use|trust|get|want|need|go\s+for|stick\s+(?:with|to))\s+([A-Z][\w!-]*\s+(?:[a-z][\w-]*\s+)?(?:boards?|motherboards?|cases?|coolers?|fans?|cards?|graphics\s+cards?|drives?|ssds?|SSDs|monitors?|keyboards?|mice|headsets?|memory|ram|kits?|processors?|cpus?|phones?|tablets?|laptops?|power\s+supplies|psus?)\b(?:\s+(?:that|which)\s+[^,.;!?]+)?)/;

/** "What I'd like is one of Corsair's dual-chamber cases, ...": the thing wanted, said after "what I want is". */
const WHAT_I_WANT_IS = /\b[Ww]hat\s+(?:I|we)(?:['’]d\s+like|\s+would\s+like|\s+want|\s+need|['’]m\s+after|\s+am\s+after|['’]re\s+after|\s+have\s+in\s+mind)\s+(?:is|are)\s+([^.!?]+)/;

function whatIWantIs(lead: string): SubjectReading | undefined {
  const said = WHAT_I_WANT_IS.exec(lead)?.[1];
  // ("one of Corsair's dual-chamber cases": any of that maker's things of the kind.)
  const read = said ? splitSubject(said.replace(/^one\s+of\s+([A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?)['’]s\s+/, 'a $1 ').replace(/,\s+the\s+(?:kind|sort|type)\s+(?=that\b|which\b)/i, ' ')) : undefined;
  return read?.subjects.length === 1 && subjectKind(read.subjects[0]!) ? { ...read, indefinite: true } : undefined;
}

/** "That's what I want, 32GB in total": the shopper pointing back at the thing the sentence before describes, then more of it. */
const THATS_WHAT_I_WANT = /(?:^|[.!?]\s+)(?:That|This)(?:['’]s|\s+is)\s+(?:exactly\s+|just\s+)?what\s+(?:I|we)\s*(?:want|need|'m\s+after|am\s+after|'re\s+after|are\s+after)\b\s*[,:;]?\s*([^.!?]*)/;
/** "some DDR4 memory is tuned specifically for AMD/Ryzen systems": a thing of a kind, said to be something. */
const SOME_THING_IS = /\b(?:some|certain|a\s+few|an?)\s+((?:[\w/-]+\s+){0,3}?[\w-]+)\s+(?:that\s+|which\s+)?(?:is|are)\s+([^.!?]+)/i;

/**
 * "I've read that some DDR4 memory is tuned specifically for AMD/Ryzen systems. That's what I want, 32GB in total, ...": the
 * thing the sentence before describes, as described, with what the pointing sentence adds.
 */
function pointedBackAtAsWanted(lead: string): SubjectReading | undefined {
  const that = THATS_WHAT_I_WANT.exec(lead);
  if (!that) return undefined;
  const before = lead.slice(0, that.index).split(/(?<=[.!?])\s+/).filter((x) => x.trim()).pop() ?? '';
  const thing = SOME_THING_IS.exec(before);
  if (!thing || !subjectKind(thing[1]!)) return undefined;
  return { subjects: [thing[1]!], requirements: [thing[2]!.trim(), that[1]!.trim()].filter(Boolean).join(', '), indefinite: true };
}

/** "... need to travel with me on a pocket-size SSD. Find the cheapest offer for one ...": the last thing of a kind the lead-in names. */
function kindInLead(lead: string): SubjectReading | undefined {
  const named = lastThingNamed(lead);
  const thing = named?.replace(/^(?:an?)\s+/i, '');
  // "... so it gets an air cooler, and it should be the most capable one made by Be Quiet": what is said of it after it.
  if (thing && subjectKind(thing)) return { subjects: [thing], requirements: IT_SHOULD.exec(lead.slice(lead.lastIndexOf(named!) + named!.length))?.[1]?.trim() ?? '', indefinite: true };
  // "the motherboard for my new Intel build should join in with RGB lighting": the thing said to need something.
  const said = [...lead.matchAll(THE_THING_SHOULD)].find((m) => subjectKind(m[1]!));
  // All the lead-in says is said of it.
  return said ? { subjects: [said[1]!], requirements: lead.trim().replace(/[.!?]+$/, ''), indefinite: true } : undefined;
}

/** ", and it should be the most capable one ...": what a clause says the thing named before it must be. */
const IT_SHOULD = /^[^.!?]*?\b(?:it|they)\s+(?:should|must|has\s+to|have\s+to|needs?\s+to|will\s+have\s+to)\s+(?:be\s+)?([^.!?]+)/i;

/** "the motherboard for my new Intel build should ...", "the cooler has to ...": a thing of a kind, then what it must do. */
const THE_THING_SHOULD = /\bthe\s+((?:[\w-]+\s+)?[\w-]+)\s+(?:(?:for|in|of)\s+[^,.;!?]*?\s+)?(?:should|must|has\s+to|needs?\s+to|ought\s+to|is\s+to)\b/gi;

/** "What is the least I can pay for a white case from Fractal Design?" */
const LEAST_TO_PAY = /(?:^|[.!?]\s+)what(?:\s+is|['’]s)\s+the\s+least\s+(?:I|we|you|one)\s+(?:can|could|would|will|have\s+to|must)\s+(?:pay|spend)\s+(?:for|on)\s+([^?]+)\?/i;
const WHICH_COSTS_LEAST = /(?:^|[.!?]\s+)(?:which|what)\s+([^?]+?)\s+(?:costs?\s+(?:the\s+)?least|is\s+(?:the\s+)?(?:cheapest|least\s+expensive)|(?:sells?|goes)\s+for\s+the\s+least)\b[^?]*\?/i;

/** "Which graphics card from Asus's ProArt line costs the least?", "What is the least I can pay for ...?": the thing a question asks the price of. */
function askedCheapest(lead: string): SubjectReading | undefined {
  const question = WHICH_COSTS_LEAST.exec(lead) ?? LEAST_TO_PAY.exec(lead);
  const asked = question ? splitSubject(question[1]!) : undefined;
  return asked?.subjects.length ? { ...asked, indefinite: true } : undefined;
}

/**
 * "... will be Palit's RTX 4070 Ti GamingPro OC in white: the 12GB Ti, not the Ti SUPER.": a thing after a colon (or "I mean")
 * whose words (figures aside) are all in the product named before it says which of that product is meant.
 */
function whichOfNamed(reading: SubjectReading | undefined, lead: string, need: RegExpExecArray): SubjectReading | undefined {
  // "Once the Palit RTX 4070 GamingPro is in the basket ...; I mean the plain 4070, not a SUPER": so does "I mean".
  if (!reading?.subjects.length || !(need[0].startsWith(':') || /^(?:i|we)\s+mean\b/i.test(need[0]))) return reading;
  const before = namedInLead(lead.slice(0, need.index));
  const name = new Set(tokens(before?.subjects[0] ?? ''));
  // "the plain 4070": a word saying it is the plain one is no other product.
  const covered = reading.subjects.every((subject) => tokens(subject).every((t) => name.has(t) || /\d/.test(t) || /^(?:plain|standard|regular|normal|basic|vanilla|original)$/.test(t)));
  return before && covered ? { ...before, requirements: [before.requirements, ...reading.subjects, reading.requirements].filter(Boolean).join(', ') } : reading;
}

/**
 * "Who sells the MSI MPG B650 EDGE WIFI? I mean the full-size AM5 board, not the small B650I EDGE WIFI.": a need said
 * by kind alone, after a question that names the product (or beside a name of its own), says which one of it; the named product is asked for.
 */
function withNameAskedAbout(reading: SubjectReading | undefined, lead: string, need: RegExpExecArray): SubjectReading | undefined {
  if (!reading?.subjects.length || reading.subjects.some(namesModel)) return reading;
  const asked = ASKED_ABOUT.exec(lead.slice(0, need.index));
  // "I have settled on the top Mini ITX board of Asus's ROG Strix range, the ROG Strix X670E-I GAMING WIFI": or the product the need names beside it.
  const named = asked ? neededThing(lead, asked) : namedInLead(need[1] ?? '');
  if (!named?.subjects.some((subject) => namesModel(subject) || spacedModels(subject).length > 0)) return reading;
  // What the need says beside the name repeats what is said of the name itself: each clause once.
  // A clause that restates the name ("and I have picked Asus's DUAL GTX 1650 OC ...") is the name's own reading, already taken.
  const modelWords = tokens(named.subjects.join(' ')).filter((t) => /\d/.test(t));
  const restates = (said: string) => tokens(said).some((t) => modelWords.includes(t));
  const clauses = (said: string) => said.split(/\s*,\s*/).filter(Boolean);
  const besides = [...reading.subjects, reading.requirements].flatMap(clauses).filter((said) => !restates(said));
  return { ...named, requirements: [...new Set([...clauses(named.requirements), ...besides])].join(', ') };
}

/** A subject with a model number of its own ("MSI MPG B650 EDGE WIFI"), not a kind described ("full-size AM5 board"). */
function namesModel(subject: string): boolean {
  return modelNumbers(withoutStandardNames(subject)).length > 0;
}

/** A maker's name and model in a lead-in, after "the" ("the standard ...") or the maker's possessive: capitalised words, one a model code ("LC II 360 ARGB", "Pure Loop 2"). */
// ("Antec's C8": after the maker's possessive, one model word with a figure is a name too; "Fractal Design's Prisma AL-14": a maker of two words.)
const MAKER_AND_MODEL = /(?:\b(?:[Tt]he|[Aa]n?)\s+(?:(?:standard|plain|regular|basic|ordinary|normal)\s+)?|\b((?:(?!(?:I|So|Then|And|But|My|Our|Now|Also|Only|Just|Not|Both|Either)\s)[A-Z][\w!-]*\s+)?[A-Z][\w!-]*)['’]s\s+)((?:[A-Z][\w!+-]*|[a-z]+[A-Z][\w!+-]*)(?:\s+(?:(?:[A-Z0-9]|[a-z][A-Z])(?:[\w!+/-]|\.(?=\d))*))*)/g;
/** "The S24+ is too big for my hand": a product named and said to be too much of something. */
const TOO_MUCH = /\b(?:[Tt]he|[Aa]n?)\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)\s+(?:is|are|was|were|would\s+be)\s+(?:far\s+|much\s+|way\s+)?too\s+[a-z]+/g;
/** "... range", "... series": the words before name a line. */
const LINE_AFTER = /^\s+(?:range|line|series|family|lineup|brand)\b/i;
/** "... and the Pop Mini or XL are other cases", "... don't count": what follows a name (and the names listed with it) to turn it down. */
const SAID_TO_BE_OTHER = /^(?:\s*,?\s+(?:and|or|nor)\s+(?:the\s+)?[^.;:!?]*?)?\s+(?:(?:is|are)\s+(?:another|a\s+different|a\s+separate|other|different|separate)\s|(?:does|do)(?:n['’]t|\s+not)\s+count\b|(?:is|are)\s+(?:out|ruled\s+out|excluded)\b)/;
/** What turns a name down or compares with it: "not the X", "rather than the X", "nor the X". */
const TURNED_DOWN_BEFORE = /\b(?:not|nor|than|instead\s+of|except|or|unlike|replaces?|replacing)\s+$/i;

/**
 * "To copy my friend's build, the cooler has to be the Asus ROG Strix LC II 360 ARGB, not the LC II 240 ...", "so the
 * Fractal Design Pop Air RGB goes into my basket in its Magenta Core TG version", "Nothing but the be quiet! Pure Loop 2
 * 120mm fits ...": the first product the lead-in names by maker and model that it does not turn down; the asides after
 * its name ("not the LC II 240, ...") are said of it.
 */
/** "that already runs a ", "which currently has the ": what comes next is the shopper's already. */
const OWNED_BEFORE = /\b(?:already|currently)\s+(?:runs?|has|have|uses?|owns?|got)\s+(?:an?\s+|the\s+|my\s+|its\s+)?$/i;

function namedInLead(lead: string): SubjectReading | undefined {
  for (const m of lead.matchAll(MAKER_AND_MODEL)) {
    // "Palit's RTX 4070 Ti GamingPro OC": the maker's possessive names the maker.
    const name = m[1] ? `${m[1]} ${m[2]}` : m[2]!;
    // "Corsair's iCUE LINK ...": a line written in mixed case opens a name only after its maker's possessive.
    if (/^[a-z]/.test(m[2]!) && !m[1]) continue;
    if (!/\s/.test(m[2]!) && !(m[1] && /\d/.test(m[2]!))) continue;
    // "Asus's ROG Strix range": a line, no product of it.
    // A name of three capitalised words or more ("Fractal Design Pop Air") needs no model code.
    if (TURNED_DOWN_BEFORE.test(lead.slice(0, m.index)) || !(/\d|\s[A-Z]{2,}\b/.test(name) || name.split(/\s+/).length >= 3) || LINE_AFTER.test(lead.slice(m.index + m[0].length))) continue;
    // "The Phone 24+ is too big for my hand, so ...": a name said to be too much is turned down, not asked for.
    if (/^\s+(?:is|are|was|were|would\s+be)\s+(?:far\s+|much\s+|way\s+)?too\s+[a-z]+/.test(lead.slice(m.index + m[0].length))) continue;
    // "The Pop Air RGB and the Pop Mini or XL are other cases": names said to be other products are turned down too.
    if (SAID_TO_BE_OTHER.test(lead.slice(m.index + m[0].length))) continue;
    // "a build that already runs a Corsair iCUE LINK hub": what the shopper has already is no thing asked for.
    if (OWNED_BEFORE.test(lead.slice(0, m.index))) continue;
    const sentenceEnd = lead.slice(m.index).search(/[.!?](?:\s|$)/);
    const after = lead.slice(m.index + m[0].length, sentenceEnd >= 0 ? m.index + sentenceEnd : undefined);
    const said = splitSubject(`the ${name}${after}`);
    // "... goes into my basket in its Magenta Core TG version": which edition, said after what happens to it.
    const edition = EDITION_NAMED.exec(after)?.[0];
    // "The S24+ is too big for my hand, so it has to be the standard Samsung Galaxy S24": a name said before it to be too much is turned down.
    const tooMuch = [...lead.slice(0, m.index).matchAll(TOO_MUCH)].map((t) => `not the ${t[1]}`);
    // "... he has picked Antec's CX700 RGB Elite. It has to be the black one, because the white one would not match his desk.": a
    // later sentence of the lead-in saying what it must be holds too.
    const later = lead.slice(m.index).split(/(?<=[.!?])\s+/).slice(1).filter((sentence) => /^(?:it|this|that|they)\b/i.test(sentence) && MUST.test(sentence)).map((sentence) => sentence.replace(/[.!?]+$/, ''));
    // "the Adata SE880 pocket SSD with 2TB": the name with its kind after it is the same thing, and what follows is said of it.
    const sameThing = said.subjects[0] === name || (said.subjects[0]?.startsWith(`${name} `) && (subjectKind(said.subjects[0].slice(name.length)) !== undefined || /^\s*(?:(?:starter|expansion|twin|triple|single|value|combo)\s+)?(?:kit|set|pair|pack|bundle|model|edition|version)$/i.test(said.subjects[0].slice(name.length))));
    return { subjects: [name], requirements: [sameThing ? said.requirements : '', edition, ...tooMuch, ...later].filter(Boolean).join(', '), indefinite: false };
  }
  return undefined;
}

/** "... goes into Antec's C8 dual-chamber case: the plain black one, not the C8 ARGB": the thing before the colon, which one after it. */
function whichOneAfterColon(lead: string): SubjectReading | undefined {
  const which = WHICH_ONE_AFTER_COLON.exec(lead);
  const asked = which ? splitSubject(which[1]!) : undefined;
  return asked?.subjects.length ? { ...asked, requirements: [asked.requirements, which![2]!].filter(Boolean).join(', ') } : undefined;
}

const IS_THERE_A = /(?:^|[.!?]\s+)is\s+there\s+(an?\s+(?!shop|store|site)[^?]+)\?/i;

/** "Which Palit graphics cards have exactly 4GB of video memory? Find all offers for them.": the ones the question asks about. */
function askedWhich(lead: string): SubjectReading | undefined {
  // "Would any SSD come with everything needed to ...?": the same question asked of any of a kind.
  // "Is there an LGA1700 motherboard that keeps DDR4 slots and has Wi-Fi 6E on board?": the thing asked after, as described.
  const thereIs = IS_THERE_A.exec(lead);
  const described = thereIs ? splitSubject(thereIs[1]!) : undefined;
  if (described?.subjects.length && subjectKind(described.subjects[0]!)) return { ...described, indefinite: true };
  const question = WHICH_ASKED.exec(lead) ?? ANY_ASKED.exec(lead);
  if (!question || /^(?:shops?|stores?|sites?|ones?)$/i.test(question[1]!)) return undefined;
  const asked = splitSubject(`${question[1]} that ${question[2]} ${question[3]}`);
  return asked.subjects.length ? asked : undefined;
}

/** "I have read enough reviews of the be quiet! Pure Rock 2 FX air cooler ... Find the cheapest offer.": the product the lead-in names. */
function namedProduct(lead: string): SubjectReading | undefined {
  for (const m of lead.matchAll(NAMED_THEN_WORDS)) {
    const words = m[2]!.trim().split(/\s+/);
    // "the Acme Pure Loop 2 120mm fits the mount ...": a verb ends the name's describing words.
    const verbAt = words.findIndex((w) => /^(?:fits?|goes|go|is|are|was|has|have|sits?|will|would|needs?|takes?|works?|runs?|comes?|must|should|can)$/i.test(w));
    let kindAt = words.findIndex((w, i) => (verbAt < 0 || i < verbAt) && kindOfWord(w) !== undefined);
    // "the Pure Wings 2 case fan": a kind named by two kind words is the last of them.
    while (kindAt >= 0 && kindAt + 1 < words.length && kindOfWord(words[kindAt + 1]!) !== undefined) kindAt++;
    const asked = kindAt >= 0 ? splitSubject(`${m[1]} ${words.slice(0, kindAt + 1).join(' ')}`) : undefined;
    if (asked?.subjects.length) return { ...asked, requirements: '' };
  }
  return undefined;
}

/** "a colleague swears by Kingston's FURY Beast", "I trust Noctua's NF-A12": a maker's line the lead-in vouches for. */
const VOUCHED_LINE = /\b(?:swears?\s+by|swore\s+by|trusts?|recommends?|recommended|only\s+buys?|sticks?\s+(?:with|to))\s+(?:the\s+)?([A-Z][\w!-]*)['’]s\s+((?:[A-Z0-9][\w!+-]*\s?){1,3})/;

/**
 * "... swears by Kingston's FURY Beast, so I'd like one of their kits of two sticks. Find all offers for kits that fit.":
 * a bare kind the lead-in asks of "their" line is that line's.
 */
function theirLine(subjects: string[], lead: string): string[] {
  if (subjects.length !== 1 || !isKindOnly(subjects[0]!)) return subjects;
  // "that is the Fractal North look I'm after. ... Find all offers for cases that match.": the line whose look is wanted.
  const look = LINE_LOOK.exec(lead);
  if (look) return [`${look[1]} ${subjects[0]}`];
  const vouched = VOUCHED_LINE.exec(lead);
  if (!vouched || !/\b(?:one\s+of\s+)?(?:their|its)\s+[a-z]+/i.test(lead.slice(vouched.index + vouched[0].length))) return subjects;
  return [`${vouched[1]} ${vouched[2]!.trim()} ${subjects[0]}`];
}

/** "I've had good experiences with GameMax, so one of theirs please": a maker the shopper vouches for, whose thing is wanted. */
const VOUCHED_MAKER = /\b(?:(?:good|great|nothing\s+but\s+good)\s+(?:experiences?|luck|results)\s+with|(?:always\s+)?(?:trust|trusted|like|liked|love|loved)|(?:am|['’]m)\s+a\s+(?:big\s+)?fan\s+of)\s+([A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?)\b(?!['’]s)[^.!?]*?[.!?,;]?\s*(?:so\s+)?one\s+of\s+theirs\b/;

/** A bare kind wanted as "one of theirs" is the vouched maker's. */
function theirMakersThing(subjects: string[], text: string): string[] {
  if (subjects.length !== 1 || !isKindOnly(subjects[0]!)) return subjects;
  const maker = VOUCHED_MAKER.exec(text)?.[1];
  return maker && isMakerWord(maker.split(/\s+/)[0]!) ? [`${maker} ${subjects[0]}`] : subjects;
}

/** "the Fractal North look", "the Lian Li O11 style": a line named for its look (two capitalised words or more). */
const LINE_LOOK = /\bthe\s+([A-Z][\w!-]*(?:\s+[A-Z0-9][\w!-]*)+)\s+(?:look|style|design|aesthetic)\b/;

/** "the German quiet-PC brand Be Quiet", "from Noctua": a maker the lead-in names as such. */
const MAKER_NAMED = /\bbrand\s+([A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?)|\b(?:from|by)\s+([A-Z][\w!-]*(?:\s+[A-Z][\w!-]*)?)(?=\s*[,.;]|\s+(?:and|but)\b)/g;

/**
 * "Everything on my desk comes from the brand Be Quiet, and now I'd like their case to glow": "their" thing is that maker's;
 * "their case to glow a little too" is a case that does.
 */
function theirOfNamedBrand(needed: string, before: string): string {
  const their = /^(?:their|its)\s+([\w-]+)(\s+to\s+)?/i.exec(needed);
  const maker = [...before.matchAll(MAKER_NAMED)].map((m) => (m[1] ?? m[2])!).pop();
  if (!their || !maker || !subjectKind(their[1]!)) return needed;
  return `the ${maker} ${their[1]}${their[2] ? ' that will ' : ''}${needed.slice(their[0].length)}`;
}

/** What a lead-in sentence says someone needs, has chosen or asks about (`need`, one of the readings above). */
function neededThing(lead: string, need: RegExpExecArray): SubjectReading | undefined {
  // "my dad wants his first smartwatch": a possessed thing the person does not have yet is one of its kind.
  // "... his first smartwatch and only needs the basics": a second verb says more of the person, not the thing.
  // "I want the same generation for my build: the Liquid Freezer II ARGB with ...": a need that names no thing, then the thing after a colon.
  const sameWhat = /^(?:the\s+)?same\s+(?:generation|line|series|model|family|range|make|brand|maker)\b[^:]*:\s*(.+)$/i.exec(need[1]!);
  if (sameWhat) return splitSubject(sameWhat[1]!);
  // "only needs a simple AM4 board, and we agreed on the Asrock A520M Pro4, the Micro ATX one": the model agreed on is the one.
  const agreed = /,?\s+and\s+(?:I|we|they|he|she)\s+(?:have\s+|'ve\s+)?(?:agreed|settled|decided|chose|picked|went)\s+(?:on|upon|for|with)?\s*((?:the|an?)\s+[^.!?]+)$/i.exec(need[1]!);
  const agreedOn = agreed ? splitSubject(agreed[1]!) : undefined;
  if (agreedOn?.subjects.length === 1 && namesModel(agreedOn.subjects[0]!)) return agreedOn;
  const split = splitSubject(theirOfNamedBrand(need[1]!, lead.slice(0, need.index)).replace(OWNER_FIRST, 'a ').replace(PERSON_GOES_ON, '').replace(SAID_OF_IT, ''));
  if (!split.subjects.length) return undefined;
  // "of the Crucial MX500 500GB models I want the plain 2.5-inch one": "one" of the product named before, the words before it saying which.
  const one = /^(.*?)\s*\bones?$/i.exec(split.subjects[0]!);
  const ofNamed = one ? namedInLead(lead.slice(0, need.index)) : undefined;
  if (one && ofNamed) return { subjects: ofNamed.subjects, requirements: [one[1]!.replace(/^(?:plain|standard|regular|basic)\s*/i, ''), split.requirements].filter(Boolean).join(', '), indefinite: false };
  // "his PC is in a Be Quiet Pure Base 500 and I want the same case": the product the lead-in names.
  const same = /^same\s+([a-z]+)$/i.exec(split.subjects[0]!);
  const named = same ? lastNameIn(lead.slice(0, need.index)) : undefined;
  if (named) return { ...split, subjects: [`${named} ${same![1]}`], indefinite: false };
  // "My small case only has room for a single 120mm radiator, and I would like a liquid cooler ...":
  // the room the shopper's case leaves is the size of the part the product brings.
  const room = roomLeft(lead.slice(0, need.index));
  return room && !/\bcases?\b/i.test(split.subjects[0]!) ? { ...split, requirements: [split.requirements, room].filter(Boolean).join(', ') } : split;
}

/**
 * The asking sentence's reading with the subject its lead-in gives, where it names none ("Find the cheapest
 * offer for it") or points back ("that case", "the versions of that case", even beside a quoted product);
 * what the asking sentence says of the thing still holds ("Find all offers for it in white").
 */
function withLedInSubject(split: SubjectReading, lead: string, { pointsBack, quotesProduct }: { pointsBack: boolean; quotesProduct: boolean }): SubjectReading {
  // "that case": the case the lead-in names, with its kind word, before any name or kind found in it as a last resort.
  const ledIn = (!quotesProduct && split.subjects.length === 0) || pointsBack
    // ("so the next one should be ...": the shopper's own thing's kind, before a lead-in need would read "next one" as a name.)
    // ("Case requirements: made by Asus, ... the Micro ATX cases are too small": notes headed by the kind name it before any
    // kind they mention.)
    // (Where the heading names the thing after its colon, "Case spec: a Micro ATX sized case ...", that thing is read as before.)
    ? firstReading(lead, [...(KIND_HEADING.test(lead) && !/^[^:]*:\s*(?:an?|the|one)\s/i.test(lead) ? [notesOpeningKind] : []), forKindWanted, pointedBackAtAsWanted, whatIWantIs, nextOne, oneAmong, likedOrFromLine, lovedKind, anyMemberOf, anyOfItsVersions, anyThingWillDo, everyMakersThing, function namedOrKindInLead(l) { return ledInSubject(l, { lastResort: false }); }, amountWanted, lineForAmount,
      function pointedAtBySplit(l) { return pointsBack ? pointedAt(split, l) : undefined; }, soldByMaker, notesOpeningName, namedInLead, openingName, oneMore, partItTakes, notesOpeningKind, kindInLead, openingKind, boardBySpecs, kindThatMust])
    // "<url> . Two more of the same black RX140 RGB fans should go on its chain ... Find all offers for them.": beside a quoted product, more of a kind the lead-in names.
    : quotesProduct && split.subjects.length === 0 ? firstReading(lead, [moreOfTheSame, saidOfTheQuoted, wantedInstead, neededOfKind]) : undefined;
  // "two parts are settled: the X and the Y. Find all offers for both of them", "... one the X, the other the Y. Find all
  // offers for both coolers": the two things the lead-in names (pointed-pair.ts).
  const pair = split.subjects.length === 1 && pointsAtPair(split.subjects[0]!) ? pairNamedIn(lead) : undefined;
  if (pair) return { subjects: pair.map(nameAlone), requirements: split.requirements.replace(/^\s*of\s+them\b\s*,?\s*/i, ''), indefinite: false };
  if (ledIn) return { ...ledIn, requirements: [...new Set([ledIn.requirements, split.requirements].filter(Boolean))].join(', ') };
  // "Out of all the cases these shops sell, which one ...? Show me every offer for that case": where the lead-in names no
  // product, the thing pointed at is of the kind the pointer says.
  const pointerKind = pointsBack && split.subjects.length === 1 ? /^(?:that|this|those|these)\s+([a-z]+)$/i.exec(split.subjects[0]!)?.[1] : undefined;
  return pointerKind && subjectKind(pointerKind) ? { ...split, subjects: [pointerKind] } : split;
}

/** "both be quiet! Shadow Rock coolers in the cart: the ... LP and the ... TF2": both things, each named after the colon. */
const BOTH_LISTED_AFTER_COLON = /\bboth\s+[^.:;]*:\s+the\s+[^.!?:;]*?[A-Z][^.!?:;]*\s+and\s+the\s+[^.!?:;]*[A-Z]/;
/** "...: the Basic 16GB or the Shadow Red 8GB.": two names after a colon, one or the other. */
const NAMES_OR_AFTER_COLON = /:\s+the\s+[A-Z][^.!?:;]*?\s+or\s+the\s+[A-Z][^.!?:;]*[.!?]/;
/** "Where's the lowest price", "What's the cheapest offer", "which offers have it", "I'll simply take the cheaper one": a clause asking the price. */
const PRICE_QUESTION_PART = /^(?:(?:just\s+)?(?:tell|show)\s+me\s+where\s+(?:it|they|one)(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:cheapest|least\s+expensive)\??$|(?:just\s+)?(?:where|what|which)(?:['’]s|\s+is|\s+are)?\s+(?:the\s+)?(?:lowest|cheapest|least|best)\s+(?:price|offer|deal)s?\??$|which\s+offers?\s+(?:have|has|share)\s+(?:it|that\s+price)\??$|which\s+(?:offer|one|shop|store)\s+is\s+(?:the\s+)?(?:cheapest|least\s+expensive)\??$|where\s+(?:do|can|could|would)\s+(?:I|we)\s+(?:get|find|buy)\s+(?:it\s+|one\s+|them\s+)?(?:at|for)?\s*(?:the\s+)?(?:lower|lowest|best)\s+price\??$|(?:I|we)(?:['’]ll|\s+will)\s+(?:simply\s+|just\s+)?(?:take|buy|get)\s+the\s+cheaper(?:\s+one)?$)/i;
/** Whether a clause names a listed product ("the Basic 16GB or the Shadow Red 8GB"): the list itself, read whole, asks nothing more. */
// ("either the standard DUAL (not the DUAL OC) or the JetStream OC" of "Palit RTX 4070 SUPER DUAL" and "... JetStream OC": versions
// of one product, each named by what its name adds.)
const namesListed = (part: string, names: readonly string[]): boolean => names.some((name) => part.includes(name) || part.includes(name.split(/\s+/).slice(1).join(' ')))
  || (names.length > 1 && versionWords(names).every((v) => v !== '' && new RegExp(String.raw`(?<![\w-])${escapeRe(v)}(?![\w-])`).test(part)));
/** What each name adds to the words all of them open with ("DUAL", "JetStream OC" of two Palit RTX 4070 SUPER cards). */
function versionWords(names: readonly string[]): string[] {
  const words = names.map((n) => n.split(/\s+/));
  let shared = 0;
  while (words.every((w) => w.length > shared + 1 && w[shared] === words[0]![shared])) shared++;
  return shared === 0 ? names.map(() => '') : words.map((w) => w.slice(shared).join(' '));
}
/** "(not the DUAL OC)": an aside in a clause that lists versions, turning one down; it still holds once the list is read. */
const refusingAsides = (part: string): string[] => [...part.matchAll(/\(\s*((?:not|no|never)\s+[^()]+)\)/gi)].map((m) => m[1]!.trim());
/** "it's down to two Micro ATX boards" before ": the X and the Y": the words heading a list of named things. */
const HEADS_LIST = (part: string, text: string): boolean => part.trim() !== '' && text.includes(`${part.trim()}:`);
/** "I'll simply take the cheaper one", "What's the lowest price", "which offers have it": how to choose, no requirement. */
const CHOOSING_BY_PRICE = /\b(?:cheaper|cheapest|lowest\s+price|lower\s+price|least\s+money|which\s+offers?|costs?\s+less)\b/i;
/** Adjectives of size, sound and price that open notes capitalised only because they open them. */
const PLAIN_ADJECTIVE = /^(?:Compact|Small|Smaller|Slim|Quiet|Silent|Cheap|Budget|Big|Large|Tiny)$/;

/**
 * Which lead-in reading gave the subject, for a debugging script (`npm run -s why:request -- "text"`): the order of the
 * readings decides which wins, so a changed order is the usual reason a request reads differently.
 */
export const leadInTrace: { report?: (reading: string) => void } = {};

/** The first reading, in the order given, that finds what the lead-in asks for. */
function firstReading(lead: string, readings: ((lead: string) => SubjectReading | undefined)[]): SubjectReading | undefined {
  for (const read of readings) {
    const found = read(lead);
    if (found) {
      leadInTrace.report?.(read.name);
      return found;
    }
  }
  return undefined;
}

/** "<url> I just got a phone and need a USB-C to USB-C cable to charge it. What fits?": a thing of a kind the lead-in needs. */
function neededOfKind(lead: string): SubjectReading | undefined {
  const read = ledInSubject(lead, { lastResort: false });
  return read?.subjects.length === 1 && subjectKind(read.subjects[0]!) ? read : undefined;
}

/** "I'd like a single Kingston DDR4 desktop stick with twice the capacity, 16GB, ...": what the shopper wants instead of the quoted product. */
const WANTED_INSTEAD = /\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:still\s+|really\s+|just\s+|also\s+)?(?:like|prefer|rather\s+have)\s+(?:an?|one)\s+((?:single|bigger|larger|smaller|faster|cheaper)\s+)?((?:[^.!?]|\.(?=\d))+)/;

/**
 * Beside a quoted product, the thing the lead-in says the shopper would like instead, described: all of it is what the
 * alternative must be, its maker too ("a single Kingston DDR4 desktop stick": from Kingston, one stick).
 */
function wantedInstead(lead: string): SubjectReading | undefined {
  const wanted = WANTED_INSTEAD.exec(lead);
  if (!wanted) return undefined;
  const said = wanted[2]!.trim();
  const maker = /^([A-Z][\w!-]*)\s/.exec(said)?.[1];
  const fromMaker = maker && withoutStandardNames(maker).trim() ? `from ${maker}` : '';
  return { subjects: [], requirements: [fromMaker, /^single/i.test(wanted[1] ?? '') ? 'a single module, not a kit' : '', said].filter(Boolean).join(', '), indefinite: false };
}

/** "ok, one more memory stick for the desktop, a single 16GB DDR4 one, and it should have ... XMP": another of a kind, and what the sentence says of it. */
const ONE_MORE = /\b(?:one|another)\s+more\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:for|to|with|that|which|in)\b|\s*[,.])([^.!?]*)/i;

function oneMore(lead: string): SubjectReading | undefined {
  const more = ONE_MORE.exec(lead);
  // "There's one 8GB Corsair DDR4 stick in my desktop and I want to add one more 8GB Corsair stick": the generation said of the
  // stick already there is the new one's.
  const stick = more ? /^(.*?)\s*\b(?:sticks?|modules?)$/i.exec(more[1]!) : null;
  const generation = more ? /\bDDR\d\b/i.exec(more[2]!)?.[0] ?? (stick ? /\bDDR\d\b/i.exec(lead)?.[0] : undefined) : undefined;
  if (!more || (!subjectKind(more[1]!) && !(stick && generation))) return undefined;
  // "one more memory stick ..., a single 16GB DDR4 one": a stick of DDR memory is a module, not a USB stick.
  // Searched as the generation's memory ("DDR4 memory"), which every such title carries.
  // ("8GB Corsair stick": the maker named with it makes the memory that maker's.)
  const maker = stick?.[1] ? makerIn(stick[1]) : undefined;
  const thing = generation && /\bsticks?\b/i.test(more[1]!) ? `${maker ? `${maker} ` : ''}${generation.toUpperCase()} memory` : more[1]!;
  const said = thing === more[1] || !stick?.[1] || /^(?:memory|ram)$/i.test(stick[1]) ? '' : stick[1].replace(maker ?? /^$/, '').trim();
  return { subjects: [thing], requirements: [said, more[2]!.replace(/^\s*,\s*/, '').trim()].filter(Boolean).join(', '), indefinite: true };
}

/** "Two more of the same black RX140 RGB fans should go on its chain, bought as single-fan packs": the things wanted, and the rest of the sentence said of them. */
const MORE_OF_THE_SAME = /\b(?:more|another)\s+(?:one\s+)?of\s+the\s+same\s+([^.!?]+)/i;

function moreOfTheSame(lead: string): SubjectReading | undefined {
  const more = MORE_OF_THE_SAME.exec(lead);
  if (!more) return undefined;
  const words = more[1]!.split(/\s+/);
  const kindAt = words.slice(0, 6).findIndex((w) => kindOfWord(w.replace(/[,;:]$/, '')) !== undefined);
  if (kindAt < 0) return undefined;
  const thing = words.slice(0, kindAt + 1).join(' ').replace(/[,;:]$/, '');
  return { subjects: [thing], requirements: words.slice(kindAt + 1).join(' ').replace(/^,\s*/, ''), indefinite: true };
}

/** "The same Hama cable as this one, but in white so that it matches my charger": what is to differ from the quoted product. */
/** "Arctic also makes the same 240mm Liquid Freezer III with A-RGB fans in white": the same product, with what sets the wanted one apart. */
const MAKES_THE_SAME_WITH = /\b(?:also\s+)?(?:makes|sells|offers|has|does|comes?\s+in)\s+(?:the\s+)?(?:very\s+)?same\s+[^.:;,]*?\s((?:in|with|without)\s+[^,.:;]+?)(?=\s+(?:so\s+that|so|because|as|since|to|which)\b|\s*[,.:;]|\s*$)/i;

// "but with RGB fans, a glass side and the cyan interior": a list of what differs, to its end.
const SAME_BUT = /\bsame\s+[^.:;]*?\bbut\s+((?:in|with|without)\s+[^,.:;]+?(?:,\s*(?:and\s+)?(?:an?|the|some|its|\d+)\s+[^,.:;]+?)*)(?=\s+(?:so\s+that|so|because|as|since|to)\b|\s*[,.:;]|\s*$)/i;
/** "New case / Mini ITX only / still MSI / still AM5": a list of needs written as fragments between slashes. */
const SLASH_LIST = /(?:^|[.!?]\s+)([^.!?]*?\S\s+\/\s+[^.!?]*?\S\s+\/\s+[^.!?]+)[.!?]?/;

/** The fragments of the lead-in's slash list, trimmed; undefined where it has none. */
function slashFragments(lead: string): string[] | undefined {
  return SLASH_LIST.exec(lead)?.[1]?.split(/\s+\/\s+/).map((fragment) => fragment.trim());
}

/**
 * "<url> . New case / Mini ITX only / still MSI / still AM5. Find the cheapest alternative that fits.": beside a quoted product
 * and an asking sentence that says nothing of its own, the lead-in's "same X, but in white" or list of fragments says what the
 * alternative must be.
 */
function saidOfTheQuoted(lead: string): SubjectReading | undefined {
  const but = SAME_BUT.exec(lead)?.[1] ?? MAKES_THE_SAME_WITH.exec(lead)?.[1];
  const fragments = slashFragments(lead)?.map((fragment) => fragment.replace(/^(?:still|only|must\s+be|has\s+to\s+be)\s+|\s+only$/gi, ''))
    // "New case": the shopper's situation, no need of the part.
    .filter((fragment) => fragment && !/^new\s+\w+$/i.test(fragment)) ?? [];
  const said = [but ?? '', ...fragments].filter(Boolean);
  return said.length ? { subjects: [], requirements: said.join('; '), indefinite: false } : undefined;
}

/** "Crucial sells the MX500 with 500GB together with a cloning kit": a maker, then the model it sells, and what is said of it. */
const MAKER_SELLS = /\b([A-Z][\w-]*)\s+(?:sells|makes|offers|builds)\s+(?:the|an?)\s+([A-Z0-9][\w+-]*\d[\w+-]*(?:\s+[A-Z0-9][\w+-]*)*)([^.!?]*)/;

/** The product a lead-in says a maker sells, by maker and model, with what the sentence says of it. */
function soldByMaker(lead: string): SubjectReading | undefined {
  const sold = MAKER_SELLS.exec(lead);
  if (!sold || sold[1] === 'I') return undefined;
  const name = `${sold[1]} ${sold[2]}`;
  const said = splitSubject(`the ${name}${sold[3]}`);
  return { subjects: [name], requirements: said.subjects[0] === name ? said.requirements : '', indefinite: false };
}

/** "Apple Watch for a slim wrist: 41 mm case at most, ...": a request that opens with the product's name, as a heading. */
/**
 * "fractal design torrent, the full size one (...), in the Light TG version. where is it cheapest?": notes that open with the
 * name, then say which one after a comma, name it first; a version named later is which of it.
 */
function notesOpeningName(lead: string): SubjectReading | undefined {
  const read = openingName(lead);
  const after = read ? /^[^.!?]*/.exec(lead.trim())![0].slice(read.subjects[0]!.length) : '';
  return read && /^\s*,/.test(after) ? { ...read, requirements: after.replace(/^\s*,\s*/, '').trim() } : undefined;
}

function openingName(lead: string): SubjectReading | undefined {
  const name = /^([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)+)(?=\s+(?:for|with|in)\b|\s*[:,])/.exec(lead.trim())?.[1];
  // "Fractal Define 7, the full-size one (not the Nano or Compact). ...": what the rest of its sentence says is said of it.
  // (Only a sentence that turns something down: "Acme Armor Pro for Acme Watch, the 44mm one" stays the product's offers.)
  const sentence = name ? /^[^.!?]*/.exec(lead.trim().slice(name.length))![0].replace(/^\s*[:,]\s*/, '').trim() : '';
  const rest = /\b(?:not|no|nor|without)\b/i.test(sentence) ? sentence : '';
  return name && !/^(?:I|We|My|Our|The|This|That|Not|No)\b/.test(name) ? { subjects: [name], requirements: rest, indefinite: false } : undefined;
}

/**
 * "Specs: socket LGA1700; DDR5 slots; full-size ATX. Cheapest offer please.": a spec list that names no kind but a socket
 * and memory slots describes a motherboard (general PC knowledge); all of it is said of it.
 */
function boardBySpecs(lead: string): SubjectReading | undefined {
  if (!/\b(?:DDR\d|memory|RAM|DIMM)\s+slots?\b/i.test(lead) || !/\bsocket\b|\bLGA\s?\d{4}\b|\bAM[2-5]\b/i.test(lead)) return undefined;
  return { subjects: ['motherboard'], requirements: lead.trim().replace(/^[\w\s]{0,30}:\s*/, '').replace(/[.!?]+$/, ''), indefinite: true };
}

/** "Memory for an older AM4 board: DDR4, 32GB as two 16GB sticks. What is the cheapest offer?": notes that open with the kind, then its specs. */
function openingKind(lead: string): SubjectReading | undefined {
  const first = /^[^.!?]+/.exec(lead.trim())?.[0] ?? '';
  const read = splitSubject(first);
  // (A lead-in that names a product by its name has it read by withNamedProduct.)
  // ("Compact Micro ATX case with ...": a board size's capitals name no product.)
  const named = /\b[A-Z][\w!-]*\s+[A-Z][\w!-]*\s+[A-Z0-9]/.test(lead.replace(/\b(?:E-ATX|(?:Micro|Mini)\s+(?:ATX|ITX)|XL-ATX)\b/g, 'size')) || namesModel(first);
  // ("Every second weekend my PC rides the tram ...": a sentence about the shopper's own thing names no kind asked for.)
  return read.subjects.length === 1 && subjectKind(read.subjects[0]!) && !named && !/^(?:I|We|My|Our)\b/.test(first) && !/\b(?:my|our|his|her|their)\b/i.test(read.subjects[0]!) ? { ...read, indefinite: true } : undefined;
}

/**
 * "Internal SSD to bring an old PC back to life, with at least 480GB. ...": notes that open with the kind itself name the
 * thing, before any thing named later in them (the PC it goes in).
 */
function notesOpeningKind(lead: string): SubjectReading | undefined {
  const read = openingKind(lead);
  // ("Internal SSD": a describing word capitalised only because it opens the notes.)
  // ("Compact Micro ATX case with ...": so is a plain adjective before a board size, no name's word.)
  const subject = read?.subjects[0]!.replace(/^\S+/, (first) => (isDescribingWord(first) || (PLAIN_ADJECTIVE.test(first) && /^\S+\s+(?:E-ATX|(?:Micro|Mini)\s+(?:ATX|ITX)|ATX)\b/.test(read.subjects[0]!)) ? first.toLowerCase() : first));
  // ("Board for an Intel build: ...": the opening word of the kind read, "motherboard", opens the notes too.)
  const opening = lead.trim().split(/[\s:,]+/)[0] ?? '';
  return read && subject && (lead.trim().toLowerCase().startsWith(subject.toLowerCase()) || (isKindOnly(subject) && /^[A-Z]/.test(opening) && subjectKind(opening) === subjectKind(subject))) ? { ...read, subjects: [subject] } : undefined;
}

/** "that Samsung makes in its 870 EVO line": a maker, then the line it makes the thing in. */
const MAKER_MAKES_LINE = /\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:makes|sells|offers|builds)\s+in\s+(?:its|their)\s+((?:[A-Z0-9][\w+-]*\s+){0,3}[A-Z0-9][\w+-]*)\s+(?:line|range|series|family|lineup)\b/;

/**
 * "... built into an Antec VSK2000-U3 slimline case. Find the cheapest offer for that case.": "that case"
 * is the last product the lead-in names, of the kind the pointer says.
 */
function pointedAt(split: SubjectReading, written: string): SubjectReading | undefined {
  // ("... in white (the one with RX120 fans + the link hub)": what brackets say of a name names no other product.)
  const lead = written.replace(/\s*\([^()]*\)/g, '');
  const pointer = /^(?:that|this|those|these)\s+((?:\S+\s+){0,2}?)([a-z]+)$/i.exec(split.subjects[0]!);
  // "this memory module": a word that names no kind alone ("module") names one with the words before it.
  const word = pointer && !subjectKind(pointer[2]!) && subjectKind(`${pointer[1]}${pointer[2]}`) ? `${pointer[1]}${pointer[2]}` : pointer?.[2];
  // "... its Meshify cases ...": else the name the lead-in gives that kind itself.
  // "the biggest one that Samsung makes in its 870 EVO line": the maker's line, before any other name.
  const line = MAKER_MAKES_LINE.exec(lead);
  // "Motherboard: GIGABYTE B760M H DDR4. ... The B760M GAMING X variants are not approved.": a field naming that kind names it, before any later name.
  const lastNamed = lastUnrefused(lead);
  // ("... Meshify 2 in White TG. The Meshify 2 RGB, the Compact and the XL don't count.": a last name turned down is not it.)
  const lastName = lastNameIn(lead);
  // "... in Antec's C8: any edition that comes without the ARGB fan bundle, so the plain C8 or the C8 Aluminium": the product
  // named whole, whichever of its editions the lead-in then lists.
  const anyEdition = /\b(?:any|every|either|each)\s+(?:edition|version|variant)\b/i.test(lead) ? namedInLead(lead)?.subjects[0] : undefined;
  const named = word && subjectKind(word) ? anyEdition ?? specifiedName(lead, word) ?? (line ? `${line[1]} ${line[2]}` : undefined) ?? (lastName && !refusedIn(lead, lastName) ? lastName : undefined) ?? new RegExp(String.raw`\b((?:[A-Z][\w-]*\s+){1,3})${escapeRe(word)}\b`).exec(lead)?.[1]?.trim()
    // "two sticks of Corsair Vengeance RGB Pro with 3600MHz": a maker's model after "of".
    // "... the H150i in black, and ... the older H150i ELITE CAPELLIX XT is not the same thing": else the last name not turned down.
    ?? OF_NAME.exec(lead)?.[1] ?? lastNamed?.name : undefined;
  // "... gets a Corsair MP600 CORE XT with 2TB ... Find all offers for this drive.": what the lead-in says after the name holds too.
  const said = named ? namedInLead(lead) : undefined;
  // "Only one stick with 8GB, not a kit with two sticks.": a lead-in sentence of the bare rule says which one too.
  const only = lead.split(/(?<=[.!?])\s+/).filter((sentence) => /^(?:only|just|exactly)\s/i.test(sentence)).map((sentence) => sentence.replace(/[.!?]+$/, ''));
  // A name found anywhere (lastUnrefused): what is said right after it ("the H150i in black"), and the names turned down beside it.
  const found = named !== undefined && named === lastNamed?.name ? lastNamed : undefined;
  const besideName = found ? [/^\s+((?:in|with|without)\s+[^,.;:]+)/.exec(lead.slice(found.end))?.[1] ?? '', ...namedProducts(lead).filter((n) => n.refused).map((n) => `not the ${n.name}`)] : [];
  const requirements = [said && said.subjects[0] === named ? said.requirements : '', split.requirements, ...only, ...besideName].filter(Boolean).join(', ');
  return named ? { ...split, subjects: [`${named} ${word}`], requirements, indefinite: false } : undefined;
}

/** The last product the text names that is not turned down. */
/** Whether the sentence of `text` that names `name` turns it down ("The X, the Compact and the XL don't count"). */
function refusedIn(text: string, name: string): boolean {
  const sentence = text.split(/(?<=[.!?])\s+/).filter((s) => s.includes(name)).pop() ?? '';
  return new RegExp(String.raw`\bnot\s+(?:the\s+)?${escapeRe(name)}\b`).test(refusalSaidAsNot(sentence) ?? sentence);
}

function lastUnrefused(text: string): ReturnType<typeof namedProducts>[number] | undefined {
  // ("The C8 ARGB is not wanted.": turned down in words namedProducts does not read as a refusal.)
  return namedProducts(text).filter((n) => !n.refused && !refusedIn(text, n.name)).pop();
}

/** "two sticks of Corsair Vengeance RGB Pro": a maker's name and model (a code, or three capitalised words) after "of". */
const OF_NAME = /\bof\s+([A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+-]*){2,})/;

/** "Motherboard: GIGABYTE B760M H DDR4", "Requirements for the case ...: Fractal Design Define 7, ...": a label, a colon, a maker's model. */
const SPECIFIED = /(?:^|[.!?;:]\s+)([^.!?;:]*?):\s+([A-Z][\w!+-]*(?:\s+[A-Z0-9][\w!+/-]*(?:\.\d+)?)+)/g;

/** The product a specification's field names for a thing of `word`'s kind: its label names that kind; a model code or three capitalised words name a product. */
function specifiedName(lead: string, word: string): string | undefined {
  const kind = subjectKind(word);
  for (const m of lead.matchAll(SPECIFIED)) {
    const name = m[2]!.replace(/[,.]$/, '');
    if (!kind || subjectKind(m[1]!) !== kind) continue;
    if (namesModel(name) || name.split(/\s+/).length >= 3) return name;
    // "RAM: Corsair DDR5": a maker and the standards its thing must meet (read with the other rules), the maker named.
    const maker = withoutStandardNames(name).trim();
    if (maker && maker !== name && /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$/.test(maker)) return maker;
  }
  return undefined;
}

/**
 * "Requirements for the case of the new workstation: Fractal Design Define 7, full-size model only; ... Find all offers for cases that
 * meet these requirements.": a kind asked for by the rules the lead-in lists is the product their field names, of that kind.
 */
function specifiedThing(chosen: SubjectReading, lead: string): SubjectReading {
  const subject = chosen.subjects.length === 1 ? chosen.subjects[0]!.trim() : '';
  const name = subject && isKindOnly(subject) && /^[a-z]+(?:\s+[a-z]+)?$/i.test(subject) ? specifiedName(lead, subject) : undefined;
  return name ? { ...chosen, subjects: [`${name} ${subject}`], indefinite: false } : chosen;
}

/** "It must be a laptop, as staff take it to client visits": the kind a lead-in's rule says the thing is. */
const MUST_BE_KIND = /\b(?:it|they|each|every\s+one|the\s+(?:machines?|units?|devices?|systems?|computers?))\s+(?:must|has\s+to|have\s+to|needs?\s+to|should|shall)\s+be\s+(?:an?\s+)?([a-z][\w-]*)\b/gi;

/**
 * "Hardware standard for the sales team's new machines. It must be a laptop, ... Find all offers for machines that meet this
 * standard.": a word that names no kind ("machines", "units", "devices") is the kind the lead-in's rule names.
 */
function mustBeKind(chosen: SubjectReading, lead: string): SubjectReading {
  const subject = chosen.subjects.length === 1 ? chosen.subjects[0]!.trim() : '';
  if (!/^[a-z]+$/i.test(subject) || subjectKind(subject) && subjectKind(subject) !== 'pc') return chosen;
  const kinds = [...lead.matchAll(MUST_BE_KIND)].map((m) => m[1]!).filter((word) => subjectKind(word) !== undefined);
  return kinds.length === 1 ? { ...chosen, subjects: [kinds[0]!] } : chosen;
}

/**
 * "... four monitors running off one graphics card. Find the cheapest offer for a card with ...": a
 * word that names no kind alone ("card") is the kind the lead-in names with it ("graphics card").
 */
function kindFromLeadIn(chosen: SubjectReading, lead: string): SubjectReading {
  // "the stick itself should be red": the thing, not "itself".
  const subject = chosen.subjects.length === 1 ? chosen.subjects[0]!.trim().replace(/\s+(?:itself|themselves)$/i, '') : '';
  // "One DDR4 slot is left on my board ... a single 16GB module with lighting": a module of the memory the lead-in names, of its generation.
  const memoryPart = /^(.+\s)?(kit|sticks?|modules?)$/i.exec(subject);
  const memory = /\b(DDR\d|RAM|memory)\b/i.exec(lead);
  if (memoryPart?.[1] && memory && !subjectKind(subject)) {
    const generation = /^DDR\d$/i.test(memory[1]!) && !/\bDDR\d\b/i.test(subject) ? memory[1]! : '';
    return { ...chosen, subjects: [`${memoryPart[1]}memory ${memoryPart[2]!.toLowerCase() === 'kit' ? 'kit' : 'module'}`], requirements: [chosen.requirements, generation].filter(Boolean).join(', ') };
  }
  // "... moving into a new case, ...: the case should arrive with at least five fans fitted. Cheapest offer for something
  // like that?": "something" is the thing the lead-in says what it should be.
  if (/^(?:something|anything)$/i.test(subject)) {
    const should = [...lead.matchAll(THE_THING_SHOULD)].map((m) => m[1]!).filter((thing) => subjectKind(thing) !== undefined);
    return should.length ? { ...chosen, subjects: [should[should.length - 1]!] } : chosen;
  }
  if (!/^[a-z]+$/i.test(subject) || subjectKind(subject)) return chosen;
  // "such a kit" of "16GB of DDR4 on two sticks": a kit, sticks or modules of memory the lead-in names.
  // ("the stick itself": one stick is memory, no kit.)
  if (/^(?:stick|module)$/i.test(subject) && /\b(?:DDR\d|RAM|memory)\b/i.test(lead)) return { ...chosen, subjects: ['memory'] };
  if (/^(?:kit|sticks?|modules?|pair)$/i.test(subject) && /\b(?:DDR\d|RAM|memory)\b/i.test(lead)) return { ...chosen, subjects: ['memory kit'] };
  const named = [...lead.matchAll(new RegExp(String.raw`\b((?:[a-z-]+\s+){1,2}${escapeRe(subject)})s?\b`, 'gi'))]
    .map((m) => m[1]!.replace(/^(?:an?|the|one|my|some)\s+/i, '')).filter((phrase) => subjectKind(phrase) !== undefined);
  return named.length ? { ...chosen, subjects: [named[named.length - 1]!] } : chosen;
}

/**
 * "I only trust Palit for graphics cards. Find all offers for their RTX 3050 cards": "their" is the
 * maker the lead-in names (the last capitalised name in it, not a sentence's first word).
 */
function theirMaker(chosen: SubjectReading, lead: string): SubjectReading {
  const subject = chosen.subjects.length === 1 ? /^(?:their|its)\s+(.+)$/i.exec(chosen.subjects[0]!) : null;
  if (!subject) return chosen;
  const names = [...lead.matchAll(/(?<![.!?]\s|^)\b([A-Z][\w!-]*[\w])\b/g)].map((m) => m[1]!).filter((w) => w !== 'I');
  const maker = names[names.length - 1];
  return maker ? { ...chosen, subjects: [`${maker} ${subject[1]}`], indefinite: false } : chosen;
}

/**
 * "... with an Asus all-in-one cooler of that size. Find all offers for such a cooler.": "such a" thing
 * is the one of that kind the lead-in describes, with what it says of it.
 */
function suchThing(chosen: SubjectReading, lead: string): SubjectReading {
  // "such graphics cards": a kind of two words too.
  const such = chosen.subjects.length === 1 ? /^(?:such|similar)\s+(?:an?\s+)?((?:[\w-]+\s+)?[\w-]+?)s?$/i.exec(chosen.subjects[0]!) : null;
  if (!such) return chosen;
  // "... so its case should have handles ...": a wish said of the thing as the shopper's own one to come.
  // "An Asus motherboard ... such a board": the kind word may end a compound ("motherboard").
  // "the new motherboard should be one that ...": the new one is the one wanted.
  const kindWord = String.raw`((?:[\w-]+\s+){0,4}?(?:mother)?${escapeRe(such[1]!)}s?)\b([^.:;!?]*)`;
  const articled = [...lead.matchAll(new RegExp(String.raw`\b(?:(?:an?|some|its|their)\s+|the\s+(?=new\s))${kindWord}`, 'gi'))]
    // "nothing larger than an ATX board fits my case": a thing compared with is a bound, not the thing.
    // "Paying extra for a Gen4 drive ... makes no sense": a thing the shopper will not pay for is not it either.
    .filter((m) => !/\bthan\s+$/i.test(lead.slice(0, m.index)) && !WILL_NOT_PAY_FOR_BEFORE.test(lead.slice(0, m.index)));
  // "Corsair all-in-one liquid cooler, 120mm radiator ...", "Spec ...: Asus board from ...": else a field of a spec list names it
  // by maker, with no article (not a slash list's fragment, read below).
  const fielded = articled.length || SLASH_LIST.test(lead) ? [] : [...lead.matchAll(new RegExp(String.raw`(?:^|[:;]\s*)${kindWord}`, 'g'))]
    .filter((m) => /^[A-Z]/.test(m[1]!) && /\s/.test(m[1]!) && !opensSentence(m[1]!.split(/\s+/)[0]!)
      && m[1]!.split(/\s+/).every((w) => /^\w[\w!-]*$/.test(w) && !/^(?:for|the|of|to|an?|my|our|with|in|on|at|is|are|and|or)$/i.test(w)))
    // "Liquid cooler for the new build: ...": a sentence's capital on a kind's own word names no maker.
    // The fields after it ("...: 360mm radiator, addressable RGB fans, ...") are all said of it.
    .map((m) => ({ 1: SENTENCE_OPENING_DESCRIBER.test(m[1]!) ? m[1]!.replace(/^\S+/, (w) => w.toLowerCase()) : m[1]!, 2: lead.slice(m.index + m[0].length - m[2]!.length).replace(/[.!?]\s*$/, ''), index: m.index + m[0].length - m[1]!.length - m[2]!.length }));
  const things: { 1: string; 2: string; index: number }[] = [...articled.map((m) => ({ 1: m[1]!, 2: m[2]!, index: m.index })), ...fielded];
  const named = things.pop();
  // "moving to a Gigabyte board ... It must be a full ATX board": the maker said of the same thing earlier.
  const saidMaker = named && !makerIn(named[1]!) ? things.map((m) => makerIn(m[1]!)).find(Boolean) : undefined;
  if (named && saidMaker) named[1] = `${saidMaker} ${named[1]!.replace(/^(?:full|full-size|proper|standard)\s+(?=[A-Z])/i, '')}`;
  // "... copied to a portable hard disk, not an SSD ... such a drive": or a thing of a narrower kind, named in other words.
  // "RAM spec: 16GB DDR4 as a kit of 2 x 8GB; rated 3200MHz or faster; ...": in a spec list, every field after it is said of it.
  const fieldsAfter = named ? /^[^.!?]*/.exec(lead.slice(lead.indexOf(named[1]!, named.index) + named[1]!.length))![0] : '';
  const described = named ? { thing: named[1]!, rest: /;/.test(fieldsAfter) ? fieldsAfter : named[2]! } : narrowerThingIn(lead, such[1]!);
  // "Does Gigabyte still have Micro ATX boards from its Gaming X line ...? Find all offers for such boards.": the maker's things the question asks after.
  const maker = described ? undefined : MAKER_STILL_HAS.exec(lead);
  const asked = maker ? splitSubject(`${maker[1]} ${maker[2]}`) : undefined;
  const sameThing = (thing: string) => new RegExp(String.raw`\b${escapeRe(such[1]!)}s?$`, 'i').test(thing) || (subjectKind(thing) !== undefined && subjectKind(thing) === subjectKind(such[1]!));
  if (asked?.subjects.length === 1 && sameThing(asked.subjects[0]!)) {
    return { subjects: asked.subjects, requirements: ['like that', asked.requirements, chosen.requirements].filter(Boolean).join(', '), indefinite: true };
  }
  // "AORUS board / socket AM4 / Wi-Fi built in. Find all offers for such boards.": the fragment naming the kind, and the others said of it.
  const fragments = described ? undefined : slashFragments(lead);
  const thing = fragments?.find((fragment) => sameThing(fragment));
  // Each fragment stays a clause of its own ("Mini ITX, Micro ATX or ATX, any of them" leaves the others standing).
  if (fragments && thing) return { subjects: [thing], requirements: [...fragments.filter((fragment) => fragment !== thing), chosen.requirements].filter(Boolean).join('; '), indefinite: true };
  // "... and I want 16GB of DDR4 on two sticks that light up. Find the cheapest offer for such a kit.": what the lead-in wants.
  const wanted = described ? undefined : WANTED_IN_LEAD.exec(lead)?.[1]?.trim();
  if (wanted) return { subjects: [such[1]!], requirements: [wanted, chosen.requirements].filter(Boolean).join(', '), indefinite: true };
  // "... should arrive without any ... It has to be white all over. Find all offers for such a case": a lead-in of
  // several sentences describes it in all of them, not only in the one naming its kind ("like that" takes it in: withLeadIn).
  const whole = lead.split(/(?<=[.!?])\s+/).filter((sentence) => /\w/.test(sentence)).length > 1 ? ['like that'] : [];
  // "As long as it is made by be quiet! and takes an E-ATX board, the model does not matter. Find ... such a case.": a lead-in
  // that names no thing of the kind describes it all the same.
  if (!described) return /\w/.test(lead) ? { subjects: [such[1]!], requirements: ['like that', chosen.requirements].filter(Boolean).join(', '), indefinite: true } : chosen;
  // "a short Hama HDMI cable": a size word before the maker describes it; no title carries it.
  const subject = described.thing.replace(PLAIN_BEFORE_NAME, '').replace(SIZE_BEFORE_NAME, '').replace(/^new\s+(?=[a-z])/, '');
  // "..., and the cables should sit in a chamber of their own behind the board: a case for a Micro ATX board ...": what the
  // sentence before the colon that introduces it says describes it too.
  const before = named ? lead.slice(0, named.index) : '';
  const colonSaid = /:\s*$/.test(before) ? saidBeforeColon(before) : undefined;
  return { subjects: [subject], requirements: [...whole, described.rest.trim(), colonSaid ?? '', chosen.requirements].filter(Boolean).join(', '), indefinite: true };
}

/** "Paying extra for a Gen4 drive ... makes no sense": a thing named right after this is one the shopper will not pay for. */
const WILL_NOT_PAY_FOR_BEFORE = /\b(?:paying\s+(?:extra\s+|more\s+)?for|buying)\s+$/i;

/** A word describing a kind that opens a sentence with a capital ("Liquid cooler for ..."), no maker's name. */
const SENTENCE_OPENING_DESCRIBER = /^(?:graphics|video|sound|network|power|memory|storage|liquid|air|water|gaming|wireless|wired|mechanical|external|internal|portable|silent|quiet|compact|small|big|large|mini|full|slim|cheap|budget|new|tower|desktop|white|black|grey|gray|silver|pink|red|blue|green|low|high|smart|fanless|passive)\b/i;

/** The maker a thing's words name: a capitalised word that is no standard or size ("Gigabyte" of "Gigabyte board", not "ATX"). */
function makerIn(thing: string): string | undefined {
  return thing.split(/\s+/).find((w) => isMakerWord(w) && !/^(?:ATX|ITX|E-ATX|EATX|Micro|Mini|I)$/.test(w));
}

/** The first thing the lead-in names ("a portable hard disk") of a kind narrower than `word`'s ("drive"), and the rest of its clause. */
function narrowerThingIn(lead: string, word: string): { thing: string; rest: string } | undefined {
  const kind = subjectKind(word);
  if (!kind) return undefined;
  // "Help-desk spares: 2.5-inch SATA SSD, capacity 500GB or more": a field's value names it without an article.
  // ("still has a spinning hard disk": the shopper's own thing, which the new one replaces, is not it.)
  for (const m of lead.matchAll(/(?:\b(?<!\b(?:not|no|nor|has|have|had|owns?)\s+)(?:an?|some|its|their)\s+|:\s+)(?=((?:[\w.-]+\s+){0,4}[\w.-]+))/gi)) {
    // The words up to the one that names the kind ("portable hard disk" of "a portable hard disk which ...").
    let words = m[1]!.split(/\s+/);
    const thing = subjectKind(words.join(' '));
    while (words.length > 1 && subjectKind(words.slice(0, -1).join(' ')) === thing) words = words.slice(0, -1);
    const named = words.join(' ');
    if (thing && thing !== kind && coversKind(kind, thing)) return { thing: named, rest: lead.slice(m.index + m[0].length + named.length).split(/[.:;!?]/)[0]! };
  }
  return undefined;
}

/**
 * The thing a subject reading stands for, read against the whole request: a statement or activity taken for it ("Everyone says
 * 3600 is the sweet spot") is the kind the request names; an edition named alone is that edition of the named product; a
 * bare wider kind ("the new drive") is the narrower one the shopper wants ("swap in an SSD").
 */
function thingMeant(subject: string, text: string): string {
  if (saysSomething(subject)) return firstKindSaid(text) ?? subject;
  const edition = editionOfNamed(subject, text);
  // (Only a kind named by one word of its own, "an SSD": "an NVMe drive" is the same drive described, searched as the rules plan.)
  return /^[a-z]+$/.test(edition) && isKindOnly(edition) ? narrowerKindWord(text, edition) ?? edition : edition;
}

/** The narrower kind the request names for a bare wider one, when one word names it ("SSD" for "drive"). */
function narrowerKindWord(text: string, word: string): string | undefined {
  const thing = narrowerThingIn(text, word)?.thing.replace(/[.,;:!?]+$/, '');
  return thing && /^\S+$/.test(thing) ? thing : undefined;
}

/** "Does Gigabyte still have Micro ATX boards ...?": a maker asked whether it has (makes, sells) things of a kind. */
const MAKER_STILL_HAS = /\b(?:[Dd]oes|[Dd]o)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:still\s+)?(?:have|make|sell|offer)\s+((?!(?:an?|the|any)\s)[^?]+)\?/;

/** "I want 16GB of DDR4 on two sticks that light up": what the shopper says they want, to the end of the sentence. */
const WANTED_IN_LEAD = /\b(?:i|we)\s+(?:want|need|would like|am after|are after)\s+((?:\d|an?\s|some\s)(?:[^.!?:;]|\.(?=\d))*)/i;

/** Readings of an asking sentence's subject that take what the lead-in names, applied in turn. */
const LEAD_IN_READINGS: ReadonlyArray<(chosen: SubjectReading, lead: string) => SubjectReading> = [suchThing, likeThatMaker, theirMaker, kindFromLeadIn, specifiedThing, mustBeKind, onlyMakersKind];

/** "Any colour, glass or not, handles or not": a thing either way, said in two words. */
// ("LCD or no LCD": so is a thing or none of it.)
const EITHER_WAY_SAID_SHORT = /,?\s*\b(?!whether\b)(?:with\s+)?[\w-]+\s+or\s+not\b(?!\s+(?:the|an?|to|it|they)\b)|,?\s*\b([\w-]+)\s+or\s+no\s+\1\b/gi;

/** "Intel or AMD, I haven't decided yet.": two choices left open, neither asked for. */
// ("AMD or Intel, I'll pick the processor to match.": so are two the shopper will choose between later.)
const EITHER_NOT_DECIDED = /(?<=^|[.!?;:]\s+)[^.!?;:,]*?\s+or\s+[^.!?;:,]*?,\s*(?:(?:I|we)\s+(?:have\s*n['’]?t|haven['’]t|have\s+not)\s+(?:yet\s+)?(?:decided|chosen|picked)(?:\s+yet)?\b|(?:I|we)(?:['’]ll|\s+will)\s+(?:pick|choose|decide\s+on|buy|get)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+match|later|afterwards)\b)[.!?]?/gi;

/** The request without its sentences that leave things open, and the stops they leave behind; unchanged where it has none. */
export function withoutOpenChoices(text: string): string {
  const open = [...text.matchAll(OPEN_CHOICE)].filter((m) => m[0].trim());
  // "with 5G built in (plain LTE/4G isn't enough)": what falls short of a wish asks nothing of its own, and may still be on the page.
  const undecided = text.replace(FORMS_BOTH_COUNT, '').replace(EITHER_NOT_DECIDED, '').replace(SHORT_OF_IT, '').replace(PLAIN_FALLS_SHORT, '').replace(UNDECIDED_BETWEEN, ' ').replace(EITHER_WAY_SAID_SHORT, '').replace(/,\s*(?:and|but)?\s*(?=,|[.!?;:]|$)/g, '').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ');
  if (undecided !== text) return withoutOpenChoices(undecided);
  if (!open.length) return text;
  let out = text;
  for (const m of open.reverse()) {
    const after = out.slice(m.index! + m[0].length);
    const end = /^\s*([.!?])/.exec(after)?.[1];
    // "...in these shops; which maker built it does not matter. Find ...": the clause's sentence end closes what came before it.
    const before = end ? out.slice(0, m.index).replace(/\s*[;:,]\s*$/, `${end} `) : out.slice(0, m.index);
    out = `${before}${after.replace(/^\s*[.!?;:]/, '')}`;
  }
  return out.replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' ').trim();
}

/** A verb that makes words a sentence of their own ("Everyone says 3600 is the sweet spot"), which no product's name holds. */
const SAYING_VERB = /\s(?:says?|said|thinks?|thought|reckons?|is|are|was|were)\s/i;

/** Whether a subject is a statement rather than a product: a verb between its words, no kind and no model named. */
function saysSomething(subject: string): boolean {
  return DOING_OPENER.test(subject) || (SAYING_VERB.test(subject) && !subjectKind(subject) && !namesModel(subject));
}

/** "Building a Ryzen 7000 PC", "Upgrading my old rig": what the shopper is doing, read where a thing was looked for. */
const DOING_OPENER = /^(?:building|upgrading|replacing|planning|finishing|putting|setting|moving|swapping|refreshing|fixing|making)\s/i;

/** "the Black/White TG version": an edition's words, and the word saying it is one. */
const EDITION_ONLY = /^(?:the\s+)?(.+?)\s+(?:version|edition|variant)$/i;

/**
 * "Saw a Fractal Design Define 7 ... the Black/White TG version. That exact case is what I want": a subject that only names an
 * edition is that edition of the product the request names (the first one it does not turn down).
 */
function editionOfNamed(subject: string, text: string): string {
  const edition = EDITION_ONLY.exec(subject)?.[1];
  if (!edition || namesModel(edition) || subjectKind(edition) || isKindOnly(edition)) return subject;
  const named = firstNamedProduct(text);
  return named && !tokens(named.name).some((w) => tokens(edition).includes(w)) ? `${named.name} ${edition}` : subject;
}

/** A maker's name: "be quiet!", or one or two capitalised words ("Corsair", "Fractal Design"). */
const MAKER_NAME = String.raw`(be\s+quiet!|[A-Z][\w!-]*(?:\s+[A-Z][a-z][\w!-]*)?)`;
/** "Only be quiet! fans go into my builds", "I only buy Noctua fans", "I'll stay with Corsair": the one maker the shopper buys from. */
const ONLY_MAKER = new RegExp(String.raw`\b(?:[Oo]nly|[Jj]ust|[Nn]othing\s+but|[Ee]xclusively)\s+(?:buy\s+|use\s+|trust\s+)?${MAKER_NAME}(?:['’]s)?(?:\s+([a-z][\w-]*))?|\b(?:stay|stick|staying|sticking)\s+with\s+${MAKER_NAME}`, 'g');

/**
 * "Only be quiet! fans go into my builds. ... Find all offers for such fans.": a kind asked for with no maker is the maker's
 * the lead-in limits that kind to (a maker named with another kind, "only Corsair cases", says nothing of it).
 */
function onlyMakersKind(chosen: SubjectReading, lead: string): SubjectReading {
  const subject = chosen.subjects.length === 1 ? chosen.subjects[0]!.trim() : '';
  if (!subject || !isKindOnly(subject) || /[A-Z]/.test(subject)) return chosen;
  for (const m of lead.matchAll(ONLY_MAKER)) {
    const maker = (m[1] ?? m[3])!;
    const kindWord = m[2];
    if (opensSentence(maker.split(/\s+/)[0]!) || !withoutStandardNames(maker).trim() || subjectKind(maker)) continue;
    if (kindWord !== undefined && kindOfWord(kindWord) !== undefined && subjectKind(kindWord) !== subjectKind(subject)) continue;
    return { ...chosen, subjects: [`${maker} ${subject}`] };
  }
  return chosen;
}

/**
 * "This board is going into a Corsair dual-chamber case, a black one with RGB fans ... Find all offers for a case like that":
 * a thing of the kind "like that" points at, which the lead-in names with its maker, is that maker's, described so.
 */
function likeThatMaker(chosen: SubjectReading, lead: string): SubjectReading {
  const subject = chosen.subjects.length === 1 ? chosen.subjects[0]!.trim() : '';
  // ("coolers that fit the bill" of "a Corsair all-in-one liquid cooler with a 420mm radiator": so too.)
  if (!/^[a-z]+$/i.test(subject) || !/^like\s+(?:that|this)\b|^(?:that|which)\s+fits?\s+the\s+bill\b/i.test(chosen.requirements)) return chosen;
  // "I want Corsair Vengeance RGB DDR5 in a 2 x 16GB kit ... kits like that": a maker and line wanted, named without an article.
  const wanted = WANTED_MAKER_LINE.exec(lead);
  const first = wanted?.[1]!.split(/\s+/)[0] ?? '';
  if (wanted && !opensSentence(first) && withoutStandardNames(first).trim()) {
    return { ...chosen, subjects: [`${wanted[1]} ${subject}`] };
  }
  if (!subjectKind(subject)) return chosen;
  // "coolers like that" of "a be quiet! tower air cooler": the kind word singular or plural.
  const word = String.raw`${escapeRe(subject.replace(/s$/i, ''))}s?`;
  // ("Paying extra for a Gen4 drive ... makes no sense": not one the shopper will pay for.)
  const named = [...lead.matchAll(new RegExp(String.raw`\b(?:an?|the|my|our)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:[a-z][\w-]*\s+){0,2}${word})\b`, 'g'))]
    // ("so a Micro ATX case won't do": a size, no maker, and one turned down.)
    .find((m) => !WILL_NOT_PAY_FOR_BEFORE.test(lead.slice(0, m.index)) && withoutStandardNames(m[1]!.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).join(' ')).trim() !== '')
    // "the board below is going into a Fractal Torrent Compact with tinted glass": what a part goes into is a case.
    ?? (subjectKind(subject) === 'case' ? /\b(?:going|goes|go|fits?|sits?|moving|move)\s+(?:in|into|inside)\s+(?:an?|the|my|our)\s+([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)+)/.exec(lead) : null);
  if (named) return { ...chosen, subjects: [named[1]!] };
  // "I will replace them with Fractal Design's own 14cm fans": the maker's own things of that kind.
  const owned = new RegExp(String.raw`\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:own\s+)?((?:[\w-]+\s+){0,2}?${word})\b`).exec(lead);
  return owned ? { ...chosen, subjects: [`${owned[1]} ${owned[2]}`] } : chosen;
}

/** "I want Corsair Vengeance RGB DDR5 in a ... kit", "Corsair Vengeance LPX, two 16GB sticks, ...": a maker and line said as what is wanted. */
const WANTED_MAKER_LINE = /(?:\b(?:want|need|'d\s+like|would\s+like|am\s+after|'m\s+after)\s+|^\s*)([A-Z][\w!-]*(?:\s+[A-Z0-9][\w!+-]*){1,4})(?=\s+(?:in|with|at)\b|\s*[,;])/;

/** "I have no power supply, so one must come with the case.", "Any colour except white.": a later sentence that says what the product must do, have or not be. */
const MUST = /\b(?:must|has to|have to|needs? to|should)\b|\b(?:any|every)\s+colou?r\s+(?:except|but|other\s+than)\b/i;

/** "Best price?", "What is the cheapest offer?", "If two shops tie, give me both.", "Ties all count.": how to answer, no requirement. */
const HOW_TO_ANSWER = /^(?:(?:(?:what|which)(?:'s|\s+is|\s+are)\s+)?(?:the\s+)?(?:best|lowest|cheapest)\s+(?:price|offer|deal)s?(?:\s+\w+){0,3}\s*[?.!]?$|.*\bties?\b.*\b(?:count|both|all|them|list|show|give|return|fine)\b|.*\b(?:tie|tied|ties)\s*[?.!]?$)/i;

/** Sentences after the asking one that state a requirement; the closing "If multiple offers ..." is how to answer, not one. */
function laterRequirements(asking: string): string[] {
  // "Corsair DDR4 with RGB. 32GB as 2 x 16GB, so no four-stick kits. All offers.": a request of fragments, with no verb asking,
  // says what the product must be in every sentence.
  const terse = !new RegExp(String.raw`\b${ASKING_VERB}`, 'i').test(asking);
  return asking.split(/(?<=[.!?])\s+/).slice(1)
    // "I mean the regular black edition ...; the EVA-02 edition ... are different products": which one is meant, after the ask.
    .filter((sentence) => (terse || MUST.test(sentence) || /^(?:I|we)\s+mean\b/i.test(sentence)) && !/^(?:if\s+(?:multiple|several|more)\b|(?:all|every)\s+(?:the\s+)?offers?\b)/i.test(sentence) && !HOW_TO_ANSWER.test(sentence) && !PRICE_QUESTION_PART.test(sentence.replace(/[.!?]+$/, '').trim()))
    .map((sentence) => sentence.replace(/[.!?]+$/, '').trim());
}

// "the cheapest remaining offer": the offers left once a shop is turned down, no product of their own.
const LEAD = /^(?:all\s+|every\s+|the\s+)*(?:cheapest\s+|lowest priced?\s+)?(?:(?:remaining|other|available)\s+)?(?:offers?|alternatives?|substitutes?|replacements?)\s+(?:for\s+)?/i;
// ("another 16GB of DDR4": one more of a kind, any of it.)
const ARTICLE = /^(?:the|an?|some|any|each|another|(?:some\s+)?(?:more|extra|additional))\s+(?!than\b)/i;
// "the bigger Galaxy S24+": a comparative only before a name, which it does not belong to.
const SUPERLATIVE_WORD = /^(?:fastest|largest|biggest|smallest|longest|shortest|cheapest|least expensive|lowest[\s-]priced)\s+|^(?:bigger|larger|smaller)\s+(?=[A-Z])/i;
// "...3200G; it is going into a spare PC": a clause on what it is for, after a semicolon, names no product.
const CUT = /\s*(?:\.\s|\bif multiple\b|,?\s*\b(?:(?:in|at|across|from)\s+)?(?:all|every|each)\s+(?:the\s+)?(?:shops?|stores?)\b|,?\s*\b(?:and\s+)?if\s+(?:more\s+than\s+one|several|two\s+or\s+more|many|some)\b|\band add\b|\band put\b|(?:^|\s+)and\s+(?:every|all|each|any)\s+(?:other\s+)?offers?\s+(?:that\s+|which\s+)?(?:ties?|tied|matches|shares?)\b|\s+(?:in)?to\s+(?:the\s+|my\s+|a\s+)?(?:shopping\s+)?(?:carts?|baskets?)\b|,?\s*\band\s+(?:include|return|list|show|give\s+me)\s+(?:all|every|each|both|them|any)\b|,?\s*\band\s+(?:all|each|every\s+one)\s+of\s+them\s+if\b|;\s+(?:it|this|that|they|these)\s+(?:is|are|'s|will|goes|go|would|should)\b|\s+where\s+(?:I|we|you|it|they)\s+(?:can|could|will|would)\b|,\s*(?:and|but)\s+(?:it|they)\s+(?:has|have|must|needs?|should)\s+(?:to\s+)?(?:be|fit|take|support|hold|have)\b|:|\?|$)/i;
/** "so it should come with ...", "so they must be ...": what follows "so" says what the thing must be. */
const MUST_BE_AFTER_SO = new RegExp(String.raw`^,?\s*${MUST_BE_CUE}`, 'i');
/** A reason after the request: "so that my computer can sit under the TV", "because my flatmate sleeps early". */
const REASON = new RegExp(String.raw`,?\s*\b${REASON_CUE}\s*`, 'i');
// "a desktop PC I can use for ...": a clause led by its own subject, the "that" left out. "a cable to
// charge my iPhone from ...": what it charges or connects, a verb after "to", says its ends, no name;
// "a 2.5-inch hard drive to fit inside it": where it goes, no name either. "the case has to deaden ...": what it must do.
// "140 mm case fans bought together in one box", "fans sold in pairs": how it is sold, no word of its name.
const CLAUSE = /\s+(?:(?:has|have|needs?)(?=\s+to\b)|must|should|to(?=\s+(?:be|charge|power|sync|copy|transfer|plug|hook|link|wire|connect|network|fit|go|sit|slot|add|install|enable|fix|replace|swap|upgrade|bring|give|revive|breathe|light|glow|shine|match|blend|run|handle|stay)\b)|(?:long|short|big|large|small|light|strong|powerful|fast|quiet)\s+enough\b|as\s+(?:big|large|wide|long|small|tall|bright|loud|fast|quiet|light|thin)\s+as\b|(?:i|we|you|it|they|he|she)(?=\s+(?:can|could|will|would|may|might|need|want|should|shall|fits?|goes|sits|works|holds|takes|accepts|supports|buy|pick|choose|get|order|(?:already\s+|currently\s+)?(?:use|own|have|run|bought|got)\b))|based on|built (?:on|around|with)|(?:built|made|designed)(?=\s+(?:like|that\s+way)\b)|(?:made|built|meant|intended|engineered)(?=\s+(?:to|for)\b)|(?:made|manufactured|produced|built)(?=\s+by\b)|at(?=\s+the\s+(?:back|front|rear|top|bottom|side)\b)|on(?=\s+PCI-?e\b)|powered by|featuring|equipped with|shaped like|looking like|styled like|looks? like|like(?=\s+(?:that|this|those|these)\b)|in the (?:shape|style) of|which|whose|that|with|without|who|from|in|by|on which|of|suitable|suited|designed|compatible|to connect|for|(?:longer|shorter|bigger|larger|smaller|faster|cheaper) than|under|over|below|above|at (?:least|most)|(?:running|clocked|rated|operating) at|at(?=\s+\d+(?:[.,]\d+)?\s?(?:mhz|ghz|hz|rpm|mt\/s)\b)|rated(?=\s+(?:for|to|ip[\dx]{1,2})\b)|(?:bought|sold|packed|boxed|shipped|supplied)(?=\s+(?:together|singly|individually|separately|in\s+(?:pairs|packs?|twos|threes|fours|one|a|the\s+same))\b))\s+/i;

/** "Maker Explorer, the movable 31.5-inch 4K touchscreen": a name, then a description in plain words and figures ("4K" too). */
const DESCRIBED_AFTER_NAME = /^(\s*\S*[A-Z][^,]*?),\s+(?:the|an?)\s+((?:[a-z0-9][\w.-]*|[A-Z0-9]{1,5}[a-z]?)(?:\s+(?:[a-z0-9][\w.-]*|[A-Z0-9]{1,5}[a-z]?)){0,6})$/;

/** ", the plain one", ", the version with ...", ", the white edition": which of a line is meant, after its name. */
const WHICH_ONE = /\s*,\s+(?=(?:the|a|an)\s+(?:[\w.-]+\s+){0,2}(?:one|ones|version|edition|model|variant)\b)/i;

/** "Intel socket 1700 motherboard", "AMD AM5 coolers": a platform maker, then the socket of a part that mounts on it. */
const PLATFORM_BEFORE_SOCKET = /\b(?:Intel|AMD)(?:['’]s)?\s+(?=(?:socket\s+)?(?:LGA\s?\d{4}|\d{4}|AM[2-5])\b(?:\s+[\w-]+)?\s+(?:motherboards?|boards?|(?:CPU\s+)?coolers?)\b)/i;

/** "the largest size of Intel socket 1700 motherboard it holds": the boards themselves, of the largest size that fits (compatibility-keys.ts). */
const LARGEST_SIZE_FIRST = new RegExp(String.raw`^(?:the\s+)?${LARGEST_SIZE_OF.source}\s+`, 'i');

const WHAT_IS_NEEDED = /^what\s+(?:i|we)\s+(?:need|want|would need|should get|must get)\s+(?=to\s)/i;
/** "what makes it work", "what gets it going": something, described by what it does. */
const WHAT_DOES = /^what\s+(?=(?:makes?|gets?|lets?|keeps?)\s+(?:it|them|this|that)\s)/i;

/** "the plain Asus DUAL RTX 4070 SUPER", "the big Fractal Design Define 7": the model under its own name, which no title calls plain or big. */
// "a classic portable hard drive", "a traditional wired mouse": the kind as it used to be, which no title calls classic.
const PLAIN_BEFORE_NAME = /^(?:plain|basic|ordinary|regular|big|large)\s+(?=[A-Z])|^(?:[Cc]lassic|[Tt]raditional|[Cc]onventional|[Oo]ld[\s-]fashioned|[Oo]ld[\s-]school|[Gg]ood\s+old)\s+(?=[a-z])/;
/** "a short Hama HDMI cable", "a new Asus board": a describing word before a maker's name in a lead-in's description. */
const SIZE_BEFORE_NAME = /^(?:short|long|small|little|cheap|new)\s+(?=[A-Z])/;

/**
 * An aside between commas (or to the end) that leaves something out: ", not the OC or EVO editions,", ", not the Compact,
 * Lite, Mini or XL", ", not the LC II 240, the LC III or the TUF Gaming LC II 360".
 */
const COMMA_ASIDE = /\s*,\s+((?:(?:and|but)\s+)?(?:the\s+(?:plain|standard|regular|basic|base|ordinary)\s+[\w.+-]+\s+(?:and|but)\s+)?not\s+(?:the|an?)\s+(?:[^,()]+(?:,\s+(?:the|an?)\s+[^,()]+)*,?\s+(?:or|nor)\s+(?:the|an?)\s+[^,()]+?|(?:[A-Z][\w+-]*,\s+(?:the\s+)?)*[^,()]*?))\s*(?:,|$)/gi;

/** "that come together as a set", "sold together in one bundle": the things named are one package. */
const TOGETHER = /^\s*(?:that|which)\s+(?:come|comes|are sold|is sold|sold)\s+(?:together\s+)?(?:as|in)\s+(?:a|one)\s+(set|kit|bundle|combo|pack)\b/i;

/** "a DisplayPort to HDMI adapter", "some cables": an indefinite article asks for any thing of a kind. */
const INDEFINITE = /^(?:an?|some|another)\s/i;
/**
 * "replacement laptop charger", "a replacement for the fan in my PC": how the thing will be used, words
 * no title carries; what it replaces is the kind asked for.
 */
const REPLACEMENT = /^replacement\s+(?:for\s+(?:the|my|our|an?)\s+)?(?=\S)/i;

/** "that goes from USB-A to Lightning": a clause naming the two ends a thing runs between. */
const RUNS_FROM_TO = /^(?:that|which)\s+(?:goes|go|runs|run|connects|connect|leads|lead)\s+from\s+(?:an?\s+|the\s+)?([\w.-]+(?:\s+[A-Z][\w.-]*)?)\s+to\s+(?:an?\s+|the\s+)?([\w.-]+(?:\s+[A-Z][\w.-]*)?)/i;

/** "alternative", "a substitute": the thing asked for is another product, described after a colon if at all. */
const ALTERNATIVE_ALONE = /^(?:(?:an?|the)\s+)?(?:cheaper\s+|cheapest\s+)?(?:alternatives?|substitutes?|replacements?)$/i;

/** "Find the cheapest alternative: any full-size ATX board for AM4 with RGB lighting will do": what any alternative must be. */
function alternativeDescribedAfterColon(afterColon: string): string {
  return afterColon.replace(/^(?:any|an?|some|one)\s+/i, '').replace(/,?\s+(?:will|would|should)\s+(?:do|be\s+fine|work)$/i, '').trim();
}

export function splitSubject(text: string): SubjectReading {
  // "the fastest DDR5 memory kit": the superlative ranks (SUPERLATIVES), no title carries the word.
  // "the cheapest offer that's left" (once a shop is ruled out): the offers there are, no thing of its own.
  const asked = text.replace(OFFERS_LEFT, '$1$2').replace(ASK, '').replace(LEAD, '');
  const indefinite = INDEFINITE.test(asked);
  // "what I need to connect the two": something, described by what it must do.
  let body = asked.replace(LARGEST_SIZE_FIRST, '').replace(WHAT_IS_NEEDED, 'something ').replace(WHAT_DOES, 'something that ').replace(ARTICLE, '').replace(SUPERLATIVE_WORD, '').replace(REPLACEMENT, '').replace(PLAIN_BEFORE_NAME, '');
  // "Corsair iCUE LINK H170i, 420mm, QX140 fans: the ordinary one, no LCD screen on the pump.": what a colon adds to a
  // named product in the same sentence says which one.
  const cutAt = body.search(CUT);
  const afterColon = cutAt >= 0 && /^\s*:\s*[\w(]/.test(body.slice(cutAt)) ? body.slice(cutAt).replace(/^\s*:\s*/, '').split(/[.!?](?:\s|$)/)[0]!.trim() : '';
  // "the Antec CX700 RGB Elite, and it has to be the white one", "Asus case, and it has to fit an E-ATX board": what it must
  // be or do, said after the name.
  // ("a regular Fractal Meshify 2 where I can see my parts through the side, so a glass version": so is where it is used.)
  const mustBe = cutAt >= 0 ? /^(?:,\s*(?:and|but)\s+(?:it|they)\s+((?:has|have|must|needs?|should)\s+(?:to\s+)?(?:be|fit|take|support|hold|have)\b[^.!?;]*)|\s+(where\s+(?:I|we|you|it|they)\s+[^.!?;]*))/i.exec(body.slice(cutAt))?.slice(1).find(Boolean)?.trim() ?? '' : '';
  body = body.slice(0, cutAt >= 0 ? cutAt : body.length).trim().replace(/[.!]+$/, '');
  // "I need an AM4 board: the Gigabyte AORUS B550 ELITE V2 in full ATX, ...", "Graphics card: a GeForce RTX 4070 SUPER built by ...":
  // a kind, then the model after the colon, is that model.
  if (afterColon && (isKindOnly(body.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())) || /^(?:[\w-]+\s+){0,3}boards?$/i.test(body)) && /^(?:the|an?)\s+[A-Z]/.test(afterColon) && (namesModel(afterColon.split(/\s*[,;]\s*/)[0]!) || spacedModels(afterColon.split(/\s*[,;]\s*/)[0]!).length > 0)) {
    const model = splitSubject(afterColon);
    if (model.subjects.length === 1) return { ...model, indefinite: false };
  }
  // "a cable long enough": what it must be, said after it at the end.
  body = body.replace(/\s+((?:long|short|big|large|small|quiet|fast)\s+enough)$/i, ' that is $1');
  // "a pack of three fans": the fans are the product, three of them (pack-phrase.ts).
  body = withPackageAsCount(body);
  // "Fractal Design 14cm ARGB fans sold as a pack of three that ...": the count the pack holds, said before the name as above.
  const packOf = SOLD_AS_PACK_OF.exec(body);
  if (packOf) body = `${packOf[1]} ${body.slice(0, packOf.index)}${body.slice(packOf.index + packOf[0].length)}`;
  // "Find the cheapest alternative that fits.": a clause with no thing before it says what the alternative must do.
  if (/^(?:that|which)\s+(?:fits?|works?|will\s+(?:fit|work|do)|does|suits?(?:\s+me)?)(?:\s+(?:it|them|there|in))?$/i.test(body.trim())) return { subjects: [], requirements: body, indefinite: false };
  // "that case", "this one", "the versions of that case", "one of those cases": a pointer at what was named before, never a relative clause.
  // ("that case, whatever colour it comes in": the aside allows any colour, the pointer stays.)
  const pointer = body.replace(ANY_WILL_DO, '').replace(/[,\s]+$/, '').replace(VERSIONS_OF, '').replace(/^one\s+of\s+(?=(?:those|these)\s)/i, '');
  if (POINTER_SUBJECT.test(pointer)) return { subjects: [pointer], requirements: '', indefinite: false };
  // "those cases in white": a pointer at a kind; "that sits in the ear" is a clause, no pointer.
  const pointed = POINTER_THEN_CLAUSE.exec(pointer);
  if (pointed && subjectKind(pointed[1]!.split(/\s+/)[1]!)) return { subjects: [pointed[1]!], requirements: pointed[2]!, indefinite: false };
  // "keyboards, whatever switches they have": any of that is fine, so it asks nothing.
  body = body.replace(ANY_WILL_DO, ' ').replace(EITHER_WAY, ' ').replace(BODY_ALONE, ' ')
    .replace(DO_WITHOUT_VERSION, ', not the $1 version').replace(DO_WITHOUT, ' ').replace(NOT_MINDED, ' ').replace(/[;,\s]+$/, '').replace(/\s+/g, ' ').trim();
  // "the 2TB Corsair MP600 PRO XT; the PRO NH and the CORE XT are other drives": after a semicolon, a clause on it.
  const semicolon = body.indexOf('; ');
  const afterSemicolon = semicolon >= 0 ? body.slice(semicolon + 2).trim() : '';
  if (semicolon >= 0) body = body.slice(0, semicolon);
  // "Intel socket 1700 motherboards": the processor maker before a board's or cooler's socket is its platform, no
  // word of its title ("MSI 1700 MAG B760M MORTAR WIFI II"); the socket says it all.
  body = body.replace(PLATFORM_BEFORE_SOCKET, '');
  // "B760 boards this processor fits": a clause without its "that", on the quoted product, says what fits; no word of the thing.
  body = body.replace(/\s+(?:this|that|the|my|our)\s+(?:processor|cpu|chip|board|motherboard|case|card|graphics\s+card|cooler|drive|ssd)\s+(?:fits?|goes|will\s+(?:fit|go)|takes?|suits?)(?:\s+(?:in|into|on|with))?$/i, '');
  // "Team's MP33 NVMe SSDs": the maker's possessive names the maker.
  body = body.replace(/^([A-Z][\w-]*)['’]s\s+/, '$1 ');
  // "64GB of DDR4 desktop memory": the amount is a requirement of the kind named after it.
  const amount = AMOUNT_OF.exec(body);
  if (amount) body = body.slice(amount[0].length);
  // "the high-speed version of the Be Quiet Light Wings 12cm ARGB fans": the named product, in that version.
  const versionOf = VERSION_OF_NAME.exec(body);
  if (versionOf) body = body.slice(versionOf[0].length);
  // "the original Canon EOS R5": the first of its name, no later generation of it ("R5 Mark II").
  // ("the original Fractal Design Meshify C": a name of three capitalised words or more needs no model number.)
  const original = ORIGINAL_BEFORE_NAME.exec(body) && (namesModel(body) || capitalisedWords(body.replace(ORIGINAL_BEFORE_NAME, '')) >= 3) && !GENERATION_MARK.test(body);
  if (original) body = body.replace(ORIGINAL_BEFORE_NAME, '');
  // "a standard Galaxy S24 (not the Plus or the Ultra) with 256GB": an aside in brackets that leaves
  // something out is a requirement, never part of the name ("16GB (2 x 8GB)" stays: it describes the kit).
  const asides: string[] = [];
  // "(the white edition does not match my desk)": so is one that turns something down in a clause of its own
  // (not "(the plain H150 RGB, not an iCUE H150i)", which names the product: title-wishes.ts reads it).
  body = body.replace(/\s*\(((?:not|no|without|except|excluding|but not)\b[^()]*|[^()]*\b(?:(?:does|do|is|are|will|would|did|was)\s+not|doesn't|don't|isn't|aren't|won't|wouldn't|never)\b[^()]*)\)/gi, (_, aside: string) => { asides.push(aside.trim()); return ' '; })
    // "the plain Asus DUAL RTX 4070 SUPER, not the OC or EVO editions": so between commas too, and
    // "RTX 4070 graphics cards, the plain 4070 and not the SUPER or Ti models" says which ones are meant.
    .replace(COMMA_ASIDE, (_, aside: string) => { asides.push(aside.trim()); return ' '; }).replace(/\s+/g, ' ').trim();
  const reasonAt = body.search(REASON);
  const reason = reasonAt >= 0 ? body.slice(reasonAt).replace(REASON, '').trim() : '';
  const spaced = ` ${reasonAt >= 0 ? body.slice(0, reasonAt) : body}`;
  // "the Asus TUF Gaming GT502 case, the plain one rather than ...": an aside naming which one ends the name.
  const starts = [spaced.search(WHICH_ONE), spaced.search(CLAUSE)].filter((at) => at >= 0);
  const clauseAt = starts.length ? Math.min(...starts) : -1;
  // "the 500GB Kingston Fury Renegade M.2 SSD, which will ...": the comma before a clause ends the name, no part of it.
  let head = (clauseAt >= 0 ? spaced.slice(0, clauseAt) : spaced).replace(/[\s,;]+$/, '');
  // "Corsair iCUE LINK H170i, 420mm, QX140 fans": a model, then its specs as notes list them, figure first; no list of models.
  const specs = SPECS_AFTER_MODEL.exec(head);
  if (specs) {
    head = specs[1]!;
    asides.push(specs[2]!);
  }
  // "the Dahua Explorer, the movable 31.5-inch 4K touchscreen": a description after the name says what it is, in
  // words its titles need not use; it is read as a clause on the name.
  const described = DESCRIBED_AFTER_NAME.exec(head);
  if (described) {
    head = described[1]!;
    asides.push(described[2]!);
  }
  // A reason says why, which no product page shows; but for a generic "something" it is all that
  // says what is needed ("something so that my fan's cable reaches the header").
  const said = clauseAt >= 0 ? spaced.slice(clauseAt).replace(/^\s*,\s*/, '').trim() : '';
  // "..., so it should come with a Game Pass subscription included": a consequence saying what it must be is no reason.
  const consequence = reasonAt >= 0 && MUST_BE_AFTER_SO.test(body.slice(reasonAt)) ? reason : '';
  // The clause after a semicolon keeps it: "...; the RGB edition and the XL are not what I mean" turns those down, not what comes before.
  const requirements = [[isGenericThing(head) && reason ? `${said} that ${reason}`.trim() : said, consequence, ...asides, (namesModel(head) || subjectKind(head) || isName(head) || BOARD_ALONE.test(head)) && !namedAfterColon(afterColon) ? afterColon : ALTERNATIVE_ALONE.test(head.trim()) ? alternativeDescribedAfterColon(afterColon) : '', amount?.[1] ?? '', versionOf ? `${versionOf[1]!.trim()} ${versionOf[2]!}` : '', original ? NO_LATER_GENERATION : '', mustBe].filter(Boolean).join(', '), afterSemicolon].filter(Boolean).join('; ');
  // "every Hama cable that goes from USB-A to Lightning": the ends a cable runs between name it, as titles do ("USB-A to Lightning Cable").
  const runs = RUNS_FROM_TO.exec(requirements);
  if (runs && connectorEnds(`${runs[1]} to ${runs[2]}`) && subjectKind(head)) {
    const kindAt = head.search(/\S+$/);
    return { subjects: [`${head.slice(0, kindAt)}${runs[1]} to ${runs[2]} ${head.slice(kindAt)}`.trim()], requirements: requirements.replace(runs[0], '').replace(/^[\s,;]+|[\s,;]+$/g, ''), indefinite };
  }
  // "a wired keyboard and mouse that come together as a set": one package of both kinds.
  const together = TOGETHER.exec(requirements);
  if (together && /\s(?:and|&)\s/i.test(head)) {
    return { subjects: [`${head.trim()} ${together[1]!.toLowerCase()}`], requirements: requirements.replace(TOGETHER, '').replace(/^[\s,]+|[\s,]+$/g, ''), indefinite };
  }
  // "this SSD, another 2.5-inch SATA SSD with ...": what the other one must be, said beside the pointer.
  const beside = POINTER_THEN_ANOTHER.exec(head.trim());
  if (beside) return { subjects: [], requirements: [beside[1]!, requirements].filter(Boolean).join(' '), indefinite };
  // "a screen that has a camera built in": a screen asked for on its own is a monitor (a cooler's or
  // a phone's screen is part of another kind, named with it); a board on its own is a motherboard.
  head = head.replace(SCREEN_ALONE, (_m, lead: string) => `${lead}monitor`).replace(BOARD_ALONE, (_m, lead: string) => `${lead}motherboard`)
    // "the AP201 versions it fits in": which of a named product, no word of its title.
    .replace(/(\S)\s+(?:versions|editions|variants)\s*$/i, '$1');
  // "alternative for this item": the subject is the quoted product, read from its page.
  const subjects = /^((this|that|my|the) \w+|alternatives?|substitutes?|it|this|one|them|(?:(?:all|every|remaining|other|available)\s+(?:the\s+)?)?offers?)?$/i.test(head.trim()) ? [] : splitAnd(head.trim());
  return { subjects, requirements, indefinite };
}

/** How many of a text's words open with a capital: a name of three or more ("Fractal Design Meshify C") needs no model number. */
function capitalisedWords(text: string): number {
  return text.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length;
}

/** The rest of a lead-in, its sentences as clauses of one requirement ("at least 8GB. No DDR5." as "at least 8GB, No DDR5"). */
function asClauses(text: string): string {
  return text.replace(/^[,.!?\s]+/, '').replace(/[.!?]+\s+/g, ', ').replace(/[.!?\s]+$/, '');
}

/** "Fractal Design Pop Air RGB": a maker's product named by capitalised words, no kind alone ("Gaming Case" is one). */
function isName(subject: string): boolean {
  return !isKindOnly(subject) && !isGeneric(subject) && capitalisedWords(subject) >= 2;
}

/** "...: Acme ROG Strix Flare PNK LTD, the mechanical one": a product named after the colon (other readings take it), no specs. */
function namedAfterColon(after: string): boolean {
  const first = after.split(/\s*[,;]\s*/)[0] ?? '';
  return /^[A-Z][\w!-]*\s+[A-Z]/.test(first) || (namesModel(first) && first.split(/\s+/).length > 1);
}

/** A name with a model number ("Corsair iCUE LINK H170i"), then, after a comma, a figure with its unit and whatever follows it. */
// ("the Corsair Vengeance DDR5 kit, 32GB as two 16GB sticks": a name ending in its kind, so too.)
const SPECS_AFTER_MODEL = /^\s*((?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:[A-Za-z-]*\d[\w-]*|kit|kits|case|cooler|card|board|motherboard|drive|ssd|fan|fans|processor|cpu|monitor|phone|stick|sticks|memory))\s*,\s*(\d+(?:[.,]\d+)?\s?(?:mm|cm|gb|tb|w|hz|mhz|inch(?:es)?|rpm)\b.*)$/i;

/** A head that is a screen or display and nothing else ("a big screen", "external displays"). */
const SCREEN_ALONE = /^(\s*(?:(?:an?|the|big|large|small|external|second|extra|desk|computer|pc)\s+)*)(?:screen|display)(?=s?\s*$)/i;
/** A head that is a board and nothing else ("a board", "a new board", "a full-size ATX board"): in a computer, the motherboard. */
const BOARD_ALONE = /^(\s*(?:(?:an?|the|new|replacement|spare|second|cheap|other|full[\s-]?size[d]?|standard|compact|small|big|(?:e-|micro[\s-]|mini[\s-]|xl-)?atx|(?:mini[\s-])?itx|m-?atx|ddr\d|am[45]|lga\s?\d{4}|\d{4}|[abhqxz]\d{3}[a-z]?)\s+)*)board(?=s?\s*$)/i;

/** "64GB of ", "2TB of ": an amount, then the kind it is of. */
const AMOUNT_OF = /^(\d+(?:[.,]\d+)?\s?(?:gb|tb|mb))\s+of\s+(?=[a-z0-9])/i;

/** "original Canon EOS R5": the first product of that name, said before it. */
const ORIGINAL_BEFORE_NAME = /^(?:original|first[\s-]generation)\s+(?=[A-Z])/i;
/** A later generation written after a name: "Mark II", "II", "Gen 2", "V2". */
const GENERATION_MARK = /\b(?:mark\s+(?:ii|iii|iv|\d)|mk\s?(?:ii|iii|\d)|ii|iii|iv|gen\s?\d|v\d)\b/i;

/** " sold as a pack of three", " in packs of two": how many one offer holds, said after what it holds. */
const SOLD_AS_PACK_OF = /\s+(?:sold\s+|bought\s+|offered\s+|that\s+come\s+)?(?:as|in)\s+(?:a\s+|the\s+)?(?:pack|set|multipack|box)s?\s+of\s+(two|three|four|2|3|4)\b/i;

/** "high-speed version of ", "white edition of the ": which version, then the product named by its capitalised name. */
const VERSION_OF_NAME = /^((?:[\w-]+\s+){1,2})(version|edition|variant)\s+of\s+(?:the\s+)?(?=[A-Z])/;

/** "this SSD, another 2.5-inch SATA SSD": a pointer at the quoted product, then what its alternative must be. */
const POINTER_THEN_ANOTHER = /^(?:this|that|the|my)\s+[\w-]+\s*,\s*(?:another|an?|one)\s+(.+)$/i;

/** One of two named products, by its name alone: its kind and board size, said after it, are no words of its title's name. */
function nameAlone(named: string): string {
  return named.trim().replace(/(?:\s+(?:micro|mini)[\s-]?(?:atx|itx)|\s+e-?atx|\s+atx)?\s+(?:board|motherboard|processor|cpu|chip|case|cooler|card|graphics\s+card|drive|ssd|kit|all-in-one|aio)$/i, '');
}

/** "Samsung Galaxy A25 and A35" -> two subjects sharing the words before the first model; "HDMI cables or adapters" -> two kinds. */
function splitAnd(head: string): string[] {
  // "HDMI cables or adapters": two kinds sharing the words before the first, either of which will do.
  const either = head.split(/\s+or\s+/i);
  if (either.length === 2 && /^[a-z]+$/i.test(either[1]!.trim()) && subjectKind(either[1]!) && subjectKind(either[0]!.trim().split(/\s+/).pop() ?? '')) {
    return [either[0]!, `${either[0]!.split(/\s+/).slice(0, -1).join(' ')} ${either[1]!.trim()}`.trim()];
  }
  // "S24, S24+ or S24 Ultra phones": a list of models, each of the kind named after the last.
  const models = head.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/i);
  const kind = /(?:\s+[a-z][\w-]*)+$/.exec(models[models.length - 1] ?? '')?.[0] ?? '';
  if (models.length >= 3 && !/[()]/.test(head) && models.every((m) => /\d/.test(m) && m.split(/\s+/).length <= 4)) return models.map((m) => `${m.slice(0, m.length - (m.endsWith(kind) ? kind.length : 0))}${kind}`.trim());
  // "the Acme Ryzen 5 5600GT processor and the Acme A520M Pro4 board": two named products, each asked for.
  const named = head.split(/\s+and\s+(?:the|an?)\s+/i);
  if (named.length === 2 && named.every((n) => /\b[A-Z][\w!-]*\b/.test(n) && /\d/.test(n))) return named.map(nameAlone);
  const parts = head.split(/\s+(?:and|&)\s+/i);
  if (parts.length !== 2) return [head];
  const [a, b] = parts as [string, string];
  if (/\s/.test(b.trim())) return [head];
  const prefix = a.split(/\s+/).slice(0, -1).join(' ');
  return [a, `${prefix} ${b}`.trim()];
}
