/**
 * The shopping agent, one explicit step at a time: classify the request, read quoted products,
 * build the checklist, search every site (bounded, each with a deadline), open the product pages
 * that decide something, verify, select by the request's shape, explain, and add to cart if asked.
 */
import { subBrandsOf } from '../checklist/items/brand';
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import type { ProductRecord } from '../page/types';
import type { SiteRef } from '../sites/types';
import { deadline, mapLimit } from './bounded';
import { mergeSameShopDuplicates } from './duplicates';
import { escapeRe, findPhrase, singular, stripTags, tokens } from '../checklist/text';
import { explainPick } from './explain';
import { modelMatch, productKey } from './product-match';
import { chooseShops, namesAShop, sameShopAsQuoted, siteOfUrl, withoutShopChoice } from './shop-choice';
import { gpuTierWishes } from './gpu-tiers';
import { acceptsCard, cardMatcher, chipsetOpening, chipsetSizeQuery, lineTierWish, makerItems, makerWords, unknownKindItems, type CardRules } from './card-match';
import { isKindOnly, lineQueries, otherKindWords, subjectKind, kindModifierItems, titleKinds, withKindWord, withOtherSpecWords, withoutImpliedWords } from './product-kind';
import { boardSizeRefused, boardSizesWritten, withJoinedSocketNames, withoutStandardNames } from './standards';
import { isGenericThing, namedEndsWish, readNeed, socketEndWish } from './need-kinds';
import { connectorsMeant } from './connectors';
import { displayOutputsWish } from './display-outputs';
import { isIdleWish, withoutContradictedRefusals, withoutRestatedWords } from './idle-wishes';
import { boardSizeWishes, refineSubject, type TitleWish } from './title-wishes';
import { earlierGenerationWish, plusModelWish, sameLineWish, sameModelWish } from './variant-readings';
import { impliedKinds, planQueries, profilePlans, sizedQuery, socketQueries } from './query-plan';
import { figureFor, statedFloors } from './figures';
import { selectOffers, type Candidate } from './rank';
import { caseForBoardWish, compatibilityKeys, statedSocketItems } from './compatibility-keys';
import { asksOnlyLessMoney, coveredPower, sameProductInColour, compatibleItems, compatibleSubjects, isSameProduct, sameProductCheaper, withoutQuotedProductClause, statedFitsFirst, withoutUncheckedFits, withSameProductStatements, substituteFloors, substituteItems, substituteSubjects } from './reference';
import { classifyRequest, withoutOpenChoices, type RequestShape, type ShapeMode } from './request-shape';
import { describesOwnProduct, isHeadingWords, isNotMinded, isDemandedBrand, isFromQuotedUrl, isQuantityReadAsPrice, restatesSubject, saidOfOneSubject } from './misread-intents';
import { chipGraphicsWishes, gpuChipMakerWishes, makersLetterLineWishes, makersLineItems, makersLineQueries, numberedLineWishes, requirementItems, thousandSeriesWishes } from './requirements';
import { formFactorQueries, sharedSubjectRequirements } from './subject-requirements';
import { watchReadability } from './readability';
import { searchSite, withMoreCards } from './site-search';
import { readTopCandidates } from './top-reads';
import type { CurateOptions, CurationResult, Decision, Offer, SiteReport } from './types';
import { readCandidates } from './product-reads';
import { distinctiveCandidates, hardWishCandidates, readNothingOfClause, type WordSearchRun } from './word-searches';
import { assistOffers, finishModelAssist, restatedByModel, searchWithRewrites, startModelAssist, type ModelAssistRun } from './model-assist';
import { extractIntents } from '../intents/extract';
import { withoutUrls } from '../intents/quoted-urls';
import { COLOURED_PARTS, colourItem } from './spec-items';
import { coloursIn, isColourWord } from './colour-words';
import { buildContextItems, buildContextWishes } from './build-context';
import { saidQualities } from './said-qualities';
import { namesOneProduct, withoutSelfRefusals } from './self-refusals';
import { firstKindSaid } from './kind-said';
import { emptyAnswerNote } from './empty-answer';
import { keptNameWish, refusedLineModels, wholeNameWish } from './refused-names';

/**
 * Intent categories reliable enough to be hard constraints when they come from the extractor. A pack size ("sold one fan
 * per box", "no three-packs") is one too: titles state it (pack-size.ts), and one that states none passes a wish for one.
 */
const HARD_FROM_INTENTS = new Set(['price-at-most', 'price-at-least', 'brand-is-not', 'rating-at-least', 'in-stock', 'pack-size']);

/** "Asus case": the brand the one subject opens with is required (the brand check knows "Asus BTF Compatible" is another maker's). */
function isSubjectsMaker(item: ChecklistItem, subjects: readonly string[]): boolean {
  const rest = item.kind === 'brand-is' && subjects.length === 1 ? new RegExp(`^${escapeRe(item.brand)}\\s+(.+)$`, 'i').exec(subjects[0]!)?.[1] : undefined;
  return rest !== undefined && isKindOnly(rest);
}

/**
 * "not refurbished", "one that has been refurbished": titles state an offer's condition, so a refused
 * or wanted one is as reliable as a brand.
 */
function isCondition(item: ChecklistItem): boolean {
  return (item.kind === 'attribute-absent' || item.kind === 'attribute-present') && item.name === 'condition';
}

/** "anything but white": a colour turned down, which pages state of the product as of its lights ("White LED Fans"). */
function isRefusedColour(item: ChecklistItem): item is Extract<ChecklistItem, { kind: 'attribute-absent' }> {
  return item.kind === 'attribute-absent' && item.origin === 'request' && /^colou?r$/.test(item.name ?? '');
}

/** A colour the request asks for, read as an option ("the white one"). */
function isWantedColour(item: ChecklistItem): item is Extract<ChecklistItem, { kind: 'option' }> {
  return item.kind === 'option' && item.origin === 'request' && /^colou?r$/.test(item.name) && isColourWord(item.value);
}

/** "of the Micro ATX size", "in the Mini ITX format": the size the product itself is. */
const OWN_BOARD_SIZE = /\b(?:of|in)\s+the\s+(?:[\w-]+\s+){1,2}(?:size|format|form\s+factor)\b/i;

/**
 * "the same model of fan that came fitted in it", "the very same fan model that sits on its radiator": a part the quoted
 * product comes with, asked again.
 */
const SAME_FITTED = /\bsame\s+(?:(?:model|kind|type|make)\s+of\s+([a-z]+)|([a-z]+)\s+(?:model|kind|type))\s+(?:that|which|as)\s+(?:(?:(?:came|comes|was|were|is|are)\s+)?(?:fitted|installed|pre-?installed|included|supplied|bundled|shipped)\s+(?:in|with|on)\s+(?:it|this|them)\b|(?:sits?|sitting|is|are|comes?|came)\s+(?:on|in|with)\s+(?:it|its\s+[a-z]+|the\s+[a-z]+)\b)/i;

/** "exactly the model Fractal pre-installs in this case", "the kind of fan they fit in it": the part its maker fits, by the maker's choice. */
const MODEL_MAKER_FITS = /\bthe\s+(?:very\s+)?(?:same\s+)?(?:model|kind|type|make)\s+(?:of\s+([a-z]+)\s+)?(?:that\s+)?(?:[A-Z][\w!-]*\s+|they\s+|it\s+)?(?:pre-?installs?|installs?|fits?|includes?|ships?|puts?|bundles?)\s+(?:in|with|on|into)\s+(?:it|this|them|(?:this|the)\s+[a-z]+)\b/;
/** "Find all offers for that fan": the kind of part a pointer names. */
const POINTED_PART = /\b(?:for|of)\s+(?:that|those|these|this)\s+([a-z]+?)s?\b(?!.*\b(?:for|of)\s+(?:that|those|these|this)\s)/i;

/** The name the quoted page gives the part it comes with ("three preinstalled Dynamic X2 GP-14 fans"), with the part's word. */
function fittedPartName(ref: ProductRecord, text: string): string | undefined {
  const said = SAME_FITTED.exec(text);
  // "more of exactly the model Fractal pre-installs in this case ... all offers for that fan": the part the asking sentence points at.
  const makerFits = said ? null : MODEL_MAKER_FITS.exec(text);
  const part = (said?.[1] ?? said?.[2] ?? makerFits?.[1] ?? (makerFits ? POINTED_PART.exec(text)?.[1] : undefined))?.toLowerCase();
  if (!part) return undefined;
  const page = `${ref.name ?? ''} ${stripTags(ref.description ?? '')}`;
  // The page names it as fitted ("three preinstalled Dynamic X2 GP-14 fans"), or the title lists it by name ("..., AF120 RGB ELITE Fans, ...").
  const named = (new RegExp(String.raw`\b(?:pre-?installed|included|bundled|fitted|stock|supplied)\s+((?:[A-Z][\w-]*\s+){1,4}?)${escapeRe(part)}s?\b`).exec(page)
    ?? new RegExp(String.raw`(?:^|,\s*)(?:\d+x?\s+)?((?:[A-Z0-9][\w-]*\s+){1,4}?)${escapeRe(part)}s?\b`, 'i').exec(ref.name ?? ''))?.[1]?.trim();
  return named ? `${named} ${part}` : undefined;
}

/** "a compact Micro ATX case", "a Mini ITX tower", "made for Mini ITX boards and nothing bigger": a case named by the board size it is built for. */
const SIZED_CASE = /\b(Mini[\s-]?ITX|Micro[\s-]?ATX|m-?ATX|E-?ATX|XL-?ATX)\s+(?:(?:gaming\s+)?(?:cases?|towers?|chassis)\b|boards?\s+(?:and\s+nothing\s+(?:bigger|larger)|only)\b)/i;

/**
 * "an Apple Watch Series 8": a name whose number is a word of its own names that generation; a title with the name and
 * another number ("Series 7") is another product, however the search found it.
 */
function numberedNameWish(subject: string): TitleWish | undefined {
  const m = /\b([A-Z][a-z]+)\s+(\d{1,2})$/.exec(subject.trim());
  if (!m || makerWords(subject) === undefined) return undefined;
  const [word, n] = [m[1]!.toLowerCase(), m[2]!];
  return { id: `numbered:${word} ${n}`, label: `The ${m[1]} ${n} itself`, met: (title) => {
    const t = tokens(title);
    return !t.some((w, i) => w === word && /^\d{1,2}$/.test(t[i + 1] ?? '') && t[i + 1] !== n);
  } };
}

/** "any member of the Meshify 2 family", "whatever its size": every model of the line will do. */
const ANY_SIZE_OF_LINE = /\bany\s+(?:member|model|size)\s+of\s+the\b|\bwhatever\s+(?:its|the|their)\s+size\b|\b(?:in\s+)?any\s+size\b/i;

/** "Micro ATX; white; ...": a board size said alone, as a clause of a list of what the thing must be. */
// (Not "Mini ITX, ATX or E-ATX, I don't mind which": a list of sizes leaves the size open.)
const SIZE_CLAUSE = /(?:^|[;:,]\s*)(Mini[\s-]?ITX|Micro[\s-]?ATX|m-?ATX|E-?ATX)\s*(?=[;.]|$|,(?![^,;.]*\b(?:ATX|ITX)\b))/i;

/** "the full-size model", "rather than a smaller one": the line's own model, none of its smaller siblings. */
const FULL_SIZE_MODEL = /\bfull[\s-]?sized?\s+(?:model|version|one|edition)\b|\brather\s+than\s+(?:a|the)\s+smaller\s+(?:one|model|version)\b/i;

/**
 * Title wishes of a best fit of one subject: a case must hold the board named; "the Meshify C case"
 * is that model and no other of its line ("Meshify C Mini"), where "Pop XL cases" are every Pop XL.
 */
function fitTitleWishes(shape: RequestShape, text: string): TitleWish[] {
  // "a case for this cooler: the Define 7, the full-size model rather than a smaller one": that model of its line too.
  const fullSize = shape.mode === 'compatible' && FULL_SIZE_MODEL.test(shape.requirements);
  if ((shape.mode !== 'fit' && !fullSize) || shape.subjects.length !== 1) return [];
  const subject = shape.subjects[0]!;
  const last = subject.trim().split(/\s+/).at(-1)!;
  // "the Fractal Design Torrent": a name with no kind word is the line itself.
  const line = singular(last.toLowerCase()) === last.toLowerCase() ? makerWords(subject) ?? (subjectKind(subject) || isKindOnly(subject) ? undefined : subject) : undefined;
  // "Antec cases of the Micro ATX size": the product's own board size, which its title names.
  // "it should be a compact Micro ATX case rather than a full ATX tower": a case's own size, said with its kind word.
  // "Checklist for my daughter's first PC case: Micro ATX; white; ...": a case's size said as a clause of its own.
  // ("not a Micro ATX case, not an E-ATX one": a size turned down is no size of its own.)
  const sizedCase = [...text.matchAll(new RegExp(SIZED_CASE.source, 'gi'))].find((m) => !boardSizeRefused(text, m.index!))?.[1];
  const ownSize = OWN_BOARD_SIZE.exec(text)?.[0] ?? (subjectKind(subject) === 'case' ? sizedCase ?? SIZE_CLAUSE.exec(text)?.[1] : undefined);
  // ("Any member of the Meshify 2 family will do, whatever its size": its Compact and XL too.)
  return [caseForBoardWish(subject, shape.requirements, text), line && !ANY_SIZE_OF_LINE.test(text) ? lineTierWish(line, text) : undefined, numberedNameWish(subject), ...(ownSize ? boardSizeWishes(ownSize) : [])].filter((w): w is TitleWish => w !== undefined);
}

/** "The alternative must be an all-in-one liquid CPU cooler", "it should be a 2.5-inch SSD": the kind the clause says the alternative is. */
const ALTERNATIVE_IS = /\b(?:alternative|it|one)\s+(?:must|should|has\s+to|needs?\s+to)\s+be\s+(?:an?\s+)?([a-z0-9][\w\s.-]*?)(?=\s*(?:[,.;]|$|\s+(?:with|that|which|made|priced|but)\b))/i;

/** The kind the requirements say an alternative must be ("all-in-one liquid CPU cooler"), or undefined. */
function alternativeKind(requirements: string): string | undefined {
  const said = ALTERNATIVE_IS.exec(requirements)?.[1]?.trim();
  return said && isKindOnly(said) && subjectKind(said) ? said : undefined;
}

/**
 * "Adata pocket-size SSDs": the words between a maker and the kind describe it as a kind-only
 * subject's do ("pocket-size SSDs"), so they are read the same way; the subject itself when no maker
 * opens it or more than a kind follows.
 */
function describedKind(subject: string): string {
  // "Corsair RGB memory kit": lighting said after the maker describes the kind ("RGB memory kit"), as no line of it is named.
  const maker = makerWords(subject)?.replace(/(?:\s+(?:A-?RGB|RGB|LED))+$/i, '');
  const rest = maker && subject.startsWith(maker) ? subject.slice(maker.length).trim() : '';
  return rest && isKindOnly(rest) ? rest : subject;
}

export async function curateShopping(given: CurateOptions): Promise<CurationResult> {
  // "TechTalk is off my list": a shop turned down is not searched, and the sentence saying so is no product's words.
  // "I want to order it from the same shop as the case": only the quoted product's shop.
  const sameShop = sameShopAsQuoted(given.request.text, given.sites);
  const shops = sameShop ? { sites: [sameShop], leftOut: given.sites.filter((s) => s !== sameShop).map((s) => s.name) } : chooseShops(given.request.text, given.sites);
  const chosen = shops.leftOut.length ? { ...given, sites: shops.sites, request: withoutShopWords(given.request, given.sites) } : given;
  const assist = startModelAssist(chosen.modelAssist, chosen.signal);
  // With a model: the request as the model read it, in the words the rules read best (restate-request.ts); the rules
  // still plan, search and check every pick against its page. Without one, or with no usable reading, the shopper's words.
  const restated = await restatedByModel(chosen.request.text, assist);
  // (Its intents are then the rules' reading of the restated words, and say so: "checklist from intents" by the rules.)
  // (A shop the reading turns down is left out of the search already: as a refusal of the product's words it would rule out every page.)
  const reread = restated ? extractIntents(restated, { domain: 'shopping' }) : undefined;
  const opts = reread ? { ...chosen, request: shops.leftOut.length ? withoutShopWords(reread, given.sites) : reread } : chosen;
  const { request, visitor, signal } = opts;
  // The request's own words, without the quoted products' addresses.
  const said = withoutUrls(request.text);
  const { shape, wishes, items: needItems, queries: qualityQueries } = refineShape(withoutQuotedProductClause(classifyRequest(request.text)), said);
  const socketEnd = socketEndWish(request.text);
  if (socketEnd) wishes.push(socketEnd);
  wishes.push(...makersLetterLineWishes(said), ...thousandSeriesWishes(said), ...numberedLineWishes(said), ...chipGraphicsWishes(shape.requirements, subjectKind(shape.subjects[0] ?? '')), ...gpuChipMakerWishes(shape.requirements, subjectKind(shape.subjects[0] ?? '')), ...buildContextWishes(said, shape.subjects),
    ...gpuTierWishes(said, subjectKind(shape.subjects[0] ?? '')));
  const ends = namedEndsWish(shape.subjects, request.text);
  if (ends) wishes.push(ends);
  const outputs = shape.subjects.length === 1 ? displayOutputsWish(said, subjectKind(shape.subjects[0]!)) : undefined;
  if (outputs) wishes.push(outputs);
  wishes.push(...fitTitleWishes(shape, request.text));
  // "an alternative ... in the same Micro ATX size": the alternative's own size, which its title names;
  // "from the same Pop Silent model": its line.
  if (shape.mode === 'substitute') wishes.push(...boardSizeWishes(shape.requirements));
  // "Asus motherboards in the standard ATX size that it fits": a compatible clause's other board sizes are
  // the compatibility keys' (ownBoardSizeWishes); only a plain ATX said as such is added here.
  if (shape.mode === 'compatible') wishes.push(...boardSizeWishes(shape.requirements).filter((w) => w.id === 'board-size:atx'));
  // "the gaming mouse from the same Aim Lab edition" as the quoted pad: a part that goes with it, of that line.
  const sameLine = shape.mode === 'substitute' || shape.mode === 'compatible' ? sameLineWish(said) : undefined;
  if (sameLine) wishes.push(sameLine);
  const decisions: Decision[] = [{ what: `request shape: ${shape.mode}${shape.cheapest ? ', cheapest' : ''}`, engine: 'rules' }];
  const notes: string[] = sameShop ? [`Searched only ${sameShop.name}, the shop of the product you quoted, as you asked.`]
    : shops.leftOut.length ? [`Not searched, as you asked: ${shops.leftOut.join(', ')}.`] : [];
  const seenReads = new Set<string>();

  // Step 1: products quoted in the request are read before anything else.
  const references: ProductRecord[] = [];
  for (const url of shape.productUrls) {
    seenReads.add(url);
    const page = await visitor.read(url, signal).catch((e: unknown) => ({ kind: 'unknown' as const, url, reason: String(e) }));
    if (page.kind === 'product') references.push(page.product);
    else notes.push(`Could not read the product at ${url}; answered from the request text alone.`);
  }

  // Step 2: the checklist: request intents (extractor), requirement clauses, quoted products, profile.
  // This is a shopping run whatever the kind classifier said ("a gaming headset" has a music word):
  // genre or mood items cannot be checked on a product, and the profile must give shopping items.
  const shoppingRequest = { ...request, kind: 'shopping' as const, intents: request.intents.filter((i) => i.domain !== 'music' && !isQuantityReadAsPrice(i, request.text) && !isFromQuotedUrl(i, request.text, shape.productUrls) && !restatesSubject(i, shape.subjects) && !saidOfOneSubject(i, shape.subjects, request.text) && !describesOwnProduct(i, request.text) && !isNotMinded(i, request.text) && !isHeadingWords(i)) };
  const fromIntents = buildChecklist(shoppingRequest, opts.profile).map((i): ChecklistItem =>
    isRefusedColour(i) ? { ...i, hard: true, notBefore: COLOURED_PARTS }
      // "Arctic Liquid Freezer III A-RGB, the white one": of a named product's offers, a colour wished picks its version, the
      // colour a title names (another colour's title, ", Black", is not it), as where a requirement clause names it.
      // (Only where it is the one colour the request names: "the standard black GT501 ... the white one" names both.)
      : shape.mode === 'offers' && isWantedColour(i) && coloursIn(withoutUrls(request.text)).length === 1 ? { ...colourItem(i.value), label: i.label }
      : i.origin === 'request' && !HARD_FROM_INTENTS.has(i.kind) && !isCondition(i) && !isDemandedBrand(i, request.text) && !isSubjectsMaker(i, shape.subjects) ? { ...i, hard: false } : i);
  let subjects = shape.subjects;
  const keyQueries: string[] = [];
  // Whether a key of the quoted product (a socket, a size, a device's name) says what fits it.
  let fitKeyed = false;
  // Offers of two named products ("the X processor and the Y board"): what one's name says is no wish of the other's; each
  // title is matched by its own name.
  const namedApart = shape.mode === 'offers' && subjects.length > 1;
  // (An alternative to a quoted product is of its kind, where the request names none: "a single 16GB DDR4 desktop stick" of memory.)
  const askedKind = subjectKind(subjects[0] ?? '') ?? (shape.mode === 'substitute' && references[0] ? subjectKind(references[0].name ?? '') : undefined);
  const shapeItems: ChecklistItem[] = [...needItems, ...requirementItems(shape.requirements, askedKind), ...makersLineItems(said), ...(namedApart ? [] : sharedSubjectRequirements(subjects)),
    ...(shape.mode === 'substitute' || namedApart ? [] : [...statedSocketItems(request.text, subjects), ...buildContextItems(said, subjects)])];
  const fitted = shape.mode === 'compatible' && references[0] ? fittedPartName(references[0], request.text) : undefined;
  // "The next one should read at up to 2000MB/s": a figure said as a floor every pick must reach.
  const stated = statedFloors(shape.requirements);
  if (stated.length) shape.floors = stated;
  // "The alternative must be a graphics card": the kind the shopper names for an alternative, if any.
  const saidKind = shape.mode === 'substitute' && references[0] ? alternativeKind(shape.requirements) : undefined;
  if (shape.mode === 'substitute' && references[0]) {
    // "The alternative must be an all-in-one liquid CPU cooler" beside a quoted water block: another kind, searched as such.
    // "The alternative must be a graphics card" beside a quoted card: the kind as the shopper names it is searched as well.
    const otherKind = saidKind && !titleKinds(references[0].name ?? '').includes(subjectKind(saidKind)!) ? saidKind : undefined;
    subjects = otherKind ? [...new Set([otherKind, withKindWord(otherKind) ?? otherKind, planQueries(otherKind)[1] ?? otherKind])]
      : [...new Set([...substituteSubjects(references[0]), ...(saidKind ? [saidKind] : [])])];
    shapeItems.push(...substituteItems(references[0], shape, request.text));
    // "I need the same 8-core Core i7 for LGA1200, but with graphics built in": what "the same" names of it, it must be.
    const same = SAME_NAMED.exec(said)?.[1];
    if (same && /\d|[A-Z]/.test(same)) shapeItems.push(...requirementItems(same, subjectKind(references[0].name ?? '')), ...sameLineItems(same, references[0].name ?? ''));
    shape.floors = [...substituteFloors(references[0], shape.requirements), ...stated];
    const sameModel = sameModelWish(said, references[0].name ?? '');
    if (sameModel) wishes.push(sameModel);
    wishes.push(...[earlierGenerationWish(said, references[0].name ?? ''), plusModelWish(said), keptNameWish(said)].filter((w): w is TitleWish => w !== undefined));
  } else if (fitted) {
    // "the same model of fan that came fitted in it": that part, by the name the quoted page gives it. ("Two fan mounts are
    // still empty": how many mounts there are says how many to buy, no pack size a title must state.)
    subjects = [fitted];
    wishes.splice(0, wishes.length, ...wishes.filter((w) => !w.id.startsWith('pack:')));
  } else if (shape.mode === 'compatible' && references[0]) {
    shapeItems.push(...compatibleItems(references[0], subjects, request.text));
    const covered = coveredPower(references[0], request.text);
    if (covered.length) shape.floors = [...covered, ...stated];
    const keys = compatibilityKeys(references[0], subjects, request.text);
    fitKeyed = keys.items.length > 0 || (keys.wishes?.length ?? 0) > 0;
    shapeItems.push(...keys.items);
    keyQueries.push(...keys.queries);
    wishes.push(...(keys.wishes ?? []));
    // A part that fits ("16GB registered ECC memory modules that work in this motherboard") is described
    // by its words as a bare kind is (below); a board's size is the keys' (a title naming none is left to its page).
    shapeItems.push(...subjects.flatMap((s) => kindModifierItems(isKindOnly(s) ? s : describedKind(s)))
      .filter((i) => !(i.kind === 'attribute-present' && boardSizesWritten(i.text).length)));
    // "watch bands" are titled "Watch Strap" too: the kind's usual shop word is searched as well.
    subjects = [...new Set(compatibleSubjects(references[0], subjects).flatMap((s) => [s, withKindWord(s) ?? s]))];
  }
  // A bare kind ("gaming headset", "ram"): its describing words are wishes, and the word shops title
  // that kind with ("memory" for "ram", "smartphone" for "phone") is searched as well.
  if (shape.mode === 'fit' && !references.length) {
    shapeItems.push(...subjects.flatMap((s) => kindModifierItems(isKindOnly(s) ? s : describedKind(s))));
    subjects = [...new Set(subjects.flatMap((s) => [s, withKindWord(s) ?? s]))];
    shapeItems.push(...unknownKindItems(subjects));
  }
  // The kind asked for ("motherboard") is checked on the title's head noun (sellsKind), not as a word
  // every page must contain; its describing words came in above as wishes. With the rules engine the
  // product's own reading is gone already (restatesSubject; this never fired on the 652 WebMall and
  // personal requests, 2026-12-05); a model may still return the kind as a soft, referential reading.
  const kindAsked = new Set(shape.mode === 'fit' || shape.mode === 'compatible' ? shape.subjects.filter(isKindOnly).map((s) => s.toLowerCase()) : []);
  // "alternative", "offers": words of the request's shape, which no product page carries.
  const shapeWord = (text: string) => /^(alternatives?|substitutes?|replacements?|offers?)$/i.test(text.trim());
  const checklist = withoutContradictedRefusals(withoutRestatedWords(dedupe([...shapeItems, ...fromIntents.filter((i) => !(i.kind === 'attribute-present' && !i.hard && (kindAsked.has(i.text.toLowerCase()) || shapeWord(i.text))))].filter((i) => !isIdleWish(i, request.text)))));
  if (shape.mode === 'fit' && !references.length) checklist.push(...makerItems(shape.subjects, checklist));
  decisions.push({ what: 'checklist from requirement clauses', engine: 'rules' }, { what: 'checklist from intents', engine: request.engine });
  // A refusal the named product's own title fails turns down the product itself: its edition was misread.
  if ((shape.mode === 'offers' || shape.mode === 'fit') && !references.length) {
    // "not the Pop Mini or the Pop XL": other models of the named product's line, turned down by name anywhere in the request.
    if (shape.subjects.length === 1 && namesOneProduct(shape.subjects[0]!)) {
      const known = new Set(wishes.map((w) => w.id));
      wishes.push(...refusedLineModels(shape.subjects[0]!, said).filter((w) => !known.has(w.id)));
      const whole = shape.mode === 'fit' ? wholeNameWish(shape.subjects[0]!) : undefined;
      if (whole) wishes.push(whole);
    }
    const kept = withoutSelfRefusals(shape.subjects, checklist, wishes);
    if (kept.dropped.length) {
      checklist.splice(0, checklist.length, ...kept.checklist);
      wishes.splice(0, wishes.length, ...kept.wishes);
      decisions.push({ what: `refusals the named product itself fails, dropped: ${kept.dropped.join('; ')}`, engine: 'rules' });
    }
  }

  // Step 3: search every site, a few at a time; a failing site is reported and skipped.
  const brand = checklist.find((i) => i.kind === 'brand-is' && i.hard)?.kind === 'brand-is'
    ? (checklist.find((i) => i.kind === 'brand-is' && i.hard) as { brand: string }).brand : undefined;
  // "something that lets me connect my laptop's Mini DisplayPort to the TV": no shop titles a product
  // "something"; the plugs the request names are what such a product's title shows.
  const plugs = connectorsMeant(request.text).join(' ');
  const searched = subjects.map((s) => (isGenericThing(s) && plugs ? plugs : s));
  const plans = (searched.length ? searched : [request.text]).map((s) => planQueries(s, brand));
  if (shape.mode === 'fit') {
    plans.push(...formFactorQueries(subjects), ...socketQueries([...subjects, shape.requirements]), ...qualityQueries.map((q) => [q]));
    // A spec word shops write another way ("portable" drives titled "External ..."): searched both ways.
    plans.push(...subjects.flatMap(withOtherSpecWords).map((s) => planQueries(s, brand).slice(0, 1)));
    plans.push(...impliedKinds(shape.subjects, checklist).map((k) => [k]), ...lineQueries(shape.subjects));
    // "from Asus's TUF Gaming series": the maker's line searched by name, as shops title its products by it.
    // (A line named with its model code, "MP33 NVMe", is searched by the code too.)
    plans.push(...makersLineQueries(said));
    plans.push(...subjects.map(sizedQuery).filter((q): q is string => q !== undefined).map((q) => [q]));
    plans.push(...subjects.map(chipsetSizeQuery).filter((q): q is string => q !== undefined).map((q) => [q]));
    // A maker's kind under the other names shops title it by ("Vida heatsink" for a Vida CPU cooler
    // sold as a "Heatsink & Fan"): the maker keeps these searches narrow.
    if (brand) plans.push(...subjects.filter(isKindOnly).flatMap((s) => otherKindWords(subjectKind(s) ?? '')).map((w) => [`${brand} ${w}`]));
    // The cheapest of a kind named alone ("the cheapest CPU cooler across all the shops"): every word shops title it by is
    // searched, as the cheapest one may be a "Heatsink & Fan".
    // (A described kind, "noise-cancelling headphones", keeps its words: the plain ones would only undercut it.)
    else if (shape.cheapest && !shape.requirements.trim()) plans.push(...subjects.filter((s) => isKindOnly(s) && !kindModifierItems(s).length).flatMap((s) => otherKindWords(subjectKind(s) ?? '')).map((w) => [w]));
  }
  // "an alternative that sits in the ear instead" of a headset, "cases that have a Kensington lock point": the quality's
  // word finds what the kind's word does not ("In-Ear Earset", "CiT Classic ... Supports Kensington Lock").
  if (shape.mode === 'substitute') plans.push(...qualityQueries.map((q) => [q]));
  // "I'd like to stay with Asrock ..." of a quoted board: the maker's boards by the words shops title them by ("Asrock ... ATX"),
  // as no title says "motherboard".
  if (shape.mode === 'substitute' && brand && references[0]) plans.push(...lineQueries([titleKinds(references[0].name ?? '')[0] ?? '']).map(([line]) => [`${brand} ${line}`]));
  // "I'd settle for Corsair's Vengeance RGB line instead": the line the alternative must come from is searched by its name.
  if (shape.mode === 'substitute' && /\binstead\b/i.test(said)) plans.push(...makersLineQueries(shape.requirements));
  // A part that fits the quoted product, of a kind the cards are checked against ("cases"), so what the quality's word
  // finds of other kinds (a cooler with a temperature display for "an upgrade kit") stays out.
  if (shape.mode === 'compatible' && subjects.length === 1 && subjectKind(subjects[0]!)) plans.push(...qualityQueries.map((q) => [q]));
  // "a drive for its M.2 slot": the narrower kind the standard names ("SSD"), which titles carry where "drive" is missing.
  if (shape.mode === 'compatible') plans.push(...impliedKinds(shape.subjects, checklist).map((k) => [k]));
  // A maker's kind that fits the quoted product, under the other names shops title it by ("be quiet! heatsink" for an air cooler).
  if (shape.mode === 'compatible' && brand) plans.push(...subjects.filter(isKindOnly).flatMap((s) => otherKindWords(subjectKind(s) ?? '')).map((w) => [`${brand} ${w}`]));
  // A kind named alone ("a graphics card") with a profile: the profile is what narrows it, and shops
  // title by maker and model, so what it likes is searched too. A described kind ("a long hdmi cable")
  // is narrowed by the request: a liked maker's other cables would only crowd it.
  if (shape.mode === 'fit' && !references.length && shape.subjects.length === 1 && isKindOnly(shape.subjects[0]!) && !kindModifierItems(shape.subjects[0]!).length) {
    plans.push(...profilePlans(planQueries(shape.subjects[0]!)[0] ?? '', opts.profile));
  }
  // A described kind ("gaming headset") is searched broader ("headset") on a site where it matched
  // fewer than a handful: one stray match in another product's text would otherwise hide the rest.
  // A named maker's described kind ("Xbox gaming console") is searched by its most relaxed query
  // ("Xbox") there too: shops title such products by model ("Xbox Series S Bundle | White").
  // "Gigabyte B760": the maker's own brand searched the same way ("AORUS B760"), as shops title its boards by that alone.
  // ("Western Digital portable drive": a maker of two words, "WD portable drive".)
  plans.push(...plans.flatMap((plan) => plan.slice(0, 1).flatMap((q) => {
    const words = q.split(/\s+/);
    const n = [2, 1].find((k) => words.length > k && subBrandsOf(words.slice(0, k).join(' ')).length > 0);
    return n ? subBrandsOf(words.slice(0, n).join(' ')).map((b) => [`${b} ${words.slice(n).join(' ')}`]) : [];
  })));
  const broader = shape.mode === 'fit' ? subjects.map((s) => (isKindOnly(s) ? planQueries(s, brand)[1] : makerWords(s) ?? chipsetOpening(s)))
    .filter((q): q is string => Boolean(q)).map((q) => [q]) : keyQueries.map((q) => [q]);
  decisions.push({ what: `queries: ${plans.map((p) => p.join(' | ')).join(' ; ')}`, engine: 'rules' });
  if (wishes.length) decisions.push({ what: `titles must show: ${wishes.map((w) => w.label).join('; ')}`, engine: 'rules' });
  const seenQueries = new Set<string>();
  // ("Whichever PC case comes with the largest number of fans": every case of the shop is a candidate, not only those "PC case" finds.)
  const rules: CardRules = { wishes, quoted: references[0]?.name, floors: shape.floors, wholeKind: shape.mode === 'fit' && shape.superlative !== undefined && shape.subjects.every(isKindOnly) };
  let perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 3, (site) => visitSite(site, [plans, broader], subjects, checklist, seenQueries, seenReads, opts, [shape.mode, rules], assist));
  // Not one card on any shop: what was read as the thing wanted is nothing shops title (a sentence taken for it, "I take my PC
  // to LAN parties"). The kind the request names ("... so the case needs handles") is searched instead, against the same checklist.
  // (A request that named no product at all, read as "all offers" of nothing, is a best fit of that kind.)
  const looseSubject = shape.mode === 'fit' || (shape.mode === 'offers' && !shape.subjects.length);
  const kindSaid = looseSubject && !references.length && nothingListed(perSite.map((s) => s.report)) ? firstKindSaid(said) : undefined;
  if (kindSaid && !subjects.some((s) => s.toLowerCase() === kindSaid.toLowerCase())) {
    const first = perSite;
    const kindSubjects = [...new Set([kindSaid, withKindWord(kindSaid) ?? kindSaid])];
    // The wishes that named the misread thing itself go with it; the rest (a pack size, a part that must come with it) stay.
    const kindRules = { ...rules, wishes: wishes.filter((w) => !NAME_WISH.test(w.id)) };
    decisions.push({ what: `no shop listed anything for ${subjects.join('; ') || 'the whole request'}; searched the kind the request names: ${kindSaid}`, engine: 'rules' });
    notes.push(subjects.length ? `No shop listed anything for "${subjects.join('; ')}"; searched for ${kindSaid} instead and checked those against your wishes.`
      : `The request names no product; searched for ${kindSaid} and checked those against your wishes.`);
    shape.subjects = [kindSaid];
    shape.mode = 'fit';
    // The request's figures and words were read against the misread thing, if at all: they are read again against the kind.
    const known = new Set(checklist.map((i) => i.id));
    const reread = withoutOpenChoices(said);
    checklist.push(...dedupe([...saidQualities(reread, subjectKind(kindSaid)).items, ...requirementItems(reread, subjectKind(kindSaid))]).filter((i) => !known.has(i.id)));
    perSite = await mapLimit(opts.sites, opts.maxConcurrent ?? 3, (site) => visitSite(site, [kindSubjects.map((s) => planQueries(s, brand)), []], kindSubjects, checklist, seenQueries, seenReads, opts, ['fit', kindRules], assist));
    perSite = perSite.map((s, i) => ({ ...s, report: { ...s.report, queries: [...first[i]!.report.queries, ...s.report.queries] } }));
  }
  const merged = mergeSameShopDuplicates(perSite.flatMap((s) => s.candidates), shape.cheapest).filter((c) => !shape.productUrls.includes(c.offer.record.url) || shape.mode === 'offers')
    // Another shop's listing of the quoted product is no part that fits it.
    .filter((c) => shape.mode !== 'compatible' || !references.some((r) => isSameProduct(r, c.offer.record)));
  const found = shape.mode === 'compatible' ? withSameProductStatements(merged) : merged;
  // The model itself where any shop has it; its closest siblings only when none does, model by model
  // (the Shadow Rock TF2 found as itself keeps no shop's Pure Rock 2 FX RGB from standing for a Pure Rock 2 FX).
  const onlySiblings = siblingsStandingIn(found, shape.subjects);
  const exact = found.filter((c) => !c.sibling);
  let candidates = [...exact, ...onlySiblings];
  const sameCheaper = shape.mode === 'substitute' && asksOnlyLessMoney(shape.requirements, said) && references[0] ? sameProductCheaper(references[0], candidates, request.text) : [];
  // "The very same Antec C8 in black would do": the quoted product in another colour, all its offers in it.
  const inColour = shape.mode === 'substitute' && references[0] ? sameProductInColour(references[0], candidates, request.text) : [];
  if (inColour.length) {
    candidates = inColour;
    notes.push('The quoted product in the colour you asked for; other models were not compared.');
  } else if (sameCheaper.length) {
    candidates = sameCheaper;
    notes.push('Another shop sells this very product for less; other models were not compared, as the request names nothing they may do differently.');
  }
  if (onlySiblings.length) notes.push(shape.subjects.length > 1 && exact.length ? 'No shop lists exactly one of these models; its closest siblings stand in for it.' : 'No shop lists exactly this model; these are its closest siblings.');
  const wordRun: WordSearchRun = { shape, checklist, rules: { wishes, quoted: rules.quoted }, opts, seenReads, assist };
  // All offers of a best fit: a rare hard wish is also searched by its word (word-searches.ts).
  if ((shape.mode === 'fit' || shape.mode === 'compatible') && shape.subjects.length === 1) {
    candidates = mergeSameShopDuplicates([...candidates, ...await hardWishCandidates(candidates, wordRun)], shape.cheapest);
  }
  // An alternative of a kind the request names ("a graphics card with at least 8GB and DVI"), where nothing found by the quoted
  // product's words meets every hard wish: the rarest wishes are searched by their words too, as a best fit's are (shops
  // title cards by chip, never "graphics card").
  if (saidKind && !candidates.some((c) => c.verdicts.every((v) => !v.hard || v.status === 'pass'))) {
    candidates = mergeSameShopDuplicates([...candidates, ...await hardWishCandidates(candidates, { ...wordRun, shape: { ...shape, mode: 'fit', subjects: [saidKind] } })], shape.cheapest);
  }

  // Step 4: for a personal best fit, settle the top candidates' undecided wishes on their pages;
  // then select by shape, explain, act.
  let settled = await assistOffers(shape.mode === 'fit' && !shape.cheapest
    ? await readTopCandidates(candidates, checklist, visitor, signal, seenReads) : candidates, checklist, assist);
  if (!qualityQueries.length && !needItems.length && readNothingOfClause(shape, references.length, settled, wishes, checklist)) {
    const distinct = await distinctiveCandidates(settled, wordRun);
    if (distinct) {
      settled = distinct.kept;
      if (distinct.proposed) assist?.decided(`words a page would use for "${distinct.proposed.need}": ${distinct.proposed.terms.join(', ')}`, distinct.proposed.decidedBy);
      decisions.push({ what: `kept the offers whose pages state ${distinct.words.map((w) => `"${w}…"`).join(', ')}, which few others do`, engine: 'rules' });
    }
  }
  const selected = selectOffers(settled, shape);
  const { leftOut, nearMisses } = selected;
  const unchecked = shape.mode === 'compatible' && references[0]
    ? withoutUncheckedFits(fitKeyed ? selected.picks : statedFitsFirst(selected.picks, references[0]), checklist, wishes.length, references[0])
    : { picks: selected.picks };
  const picks = unchecked.picks;
  if (unchecked.note) notes.push(unchecked.note);
  if (nearMisses) notes.push(`No offer met every wish; these come closest, each missing one of: ${nearMisses}.`);
  const siteNames = new Map(opts.sites.map((s) => [s.id, s.name]));
  const siteName = (id: string) => siteNames.get(id) ?? id;
  decisions.push({ what: 'verification, selection and ranking', engine: 'rules' });
  finishModelAssist(assist, notes, decisions);
  const result: CurationResult = {
    shape: shape.mode + (shape.cheapest ? '+cheapest' : ''),
    checklist,
    picks: picks.map((c) => ({ offer: c.offer, verdicts: c.verdicts, explanation: explainPick(c, shape, picks, siteName) })),
    leftOut: shape.explainLeftOut || opts.explainLeftOut ? leftOut : [],
    sites: perSite.map((s) => s.report),
    decisions,
    notes,
    references: references.map((record) => referenceOffer(record, opts.sites)),
    emptyNote: picks.length ? undefined : emptyAnswerNote(settled, perSite.map((s) => s.report)),
    ranking: shape.mode === 'fit' && !shape.cheapest && (!shape.requirements.trim() || /^for\s/i.test(shape.requirements.trim())) && !references.length && shape.subjects.length > 0 && shape.subjects.every(isKindOnly),
  };
  if ((shape.addToCart || opts.addToCart) && result.picks.length) {
    if (!visitor.addToCart) notes.push('This site visitor cannot add to cart; the picks are listed for you to add.');
    else for (const pick of result.picks) {
      pick.cart = await visitor.addToCart(pick.offer.record.url, signal).catch((e: unknown) => ({ ok: false, message: `Adding to cart failed: ${String(e)}` }));
    }
  }
  return result;
}

/** "the same 8-core Core i7 for ...": what the shopper keeps of the quoted product, named before a clause. */
/** ("Same full-size Fractal Torrent please (not the Compact)": said as a sentence of its own too.) */
const SAME_NAMED = /(?:\b(?:need|want|would\s+like|'d\s+like|after|makes|sells|offers)\s+the\s+same|(?:^|[.!?]\s+)(?:the\s+)?same)\s+((?:[\w-]+\s+){0,4}?[\w-]+)(?=\s+(?:for|but|with|in|again|please)\b|\s*[,.(])/i;

/**
 * "I'd like the same Fractal Pop Air but with RGB fans": the line "the same" names, by the words of it the quoted title
 * carries after its maker ("Pop Air" of "Fractal Design Pop Air (Black Solid) Gaming Case"), which the alternative's title must carry.
 */
function sameLineItems(same: string, quoted: string): ChecklistItem[] {
  const words = same.split(/\s+/).filter((w) => /^[A-Z0-9]/.test(w));
  const maker = quoted.split(/\s+/)[0]?.toLowerCase();
  const line = words.filter((w) => w.toLowerCase() !== maker && findPhrase(quoted, w) !== undefined);
  // One word names a line where it is a name of its own ("Torrent"), not a figure or a standard ("360", "ATX").
  const named = line.length >= 2 || (line.length === 1 && /^[A-Z][a-z]{3,}$/.test(line[0]!) && withoutStandardNames(line[0]!).trim() !== '');
  if (!named || findPhrase(quoted, line.join(' ')) === undefined) return [];
  return [{ kind: 'attribute-present', id: `present:${line.join(' ').toLowerCase()}`, label: `The same ${line.join(' ')}`, text: line.join(' '), hard: true, origin: 'request' }];
}

/** The request without its sentences about shops, and without readings of a shop's name (a "brand" TechTalk). */
function withoutShopWords(request: CurateOptions['request'], sites: CurateOptions['sites']): CurateOptions['request'] {
  return { ...request, text: withoutShopChoice(request.text, sites), intents: request.intents.filter((i) => !namesAShop(i.text, sites)) };
}

/**
 * Result pages followed per query. A bare kind lists everything a shop files under it ("case": 140 cards over 12
 * pages, phone cases among them), ranked by the shop, not by the wish; an offer the wish needs ("at least six fans")
 * can sit on page 11. At 12 cards a page this reads up to 192 cards, more than any kind listing of the demo shops.
 */
const MAX_RESULT_PAGES = 16;

/** A bare kind that matched fewer cards than this on a site is searched broader there. */
const FEW_MATCHES = 3;

async function visitSite(site: SiteRef, [plans, broader]: [string[][], string[][]], subjects: string[], checklist: ChecklistItem[], seenQueries: Set<string>, seenReads: Set<string>, opts: CurateOptions, [mode, rules]: [ShapeMode, CardRules], assist?: ModelAssistRun)
  : Promise<{ candidates: Candidate[]; report: SiteReport }> {
  const { signal, dispose } = deadline(opts.signal, opts.siteTimeoutMs ?? 60_000, site.name);
  const queries: string[] = [];
  const watch = watchReadability(opts.visitor);
  try {
    const accepts = acceptsCard(mode, subjects, rules);
    // All offers of several named products, one plan each: each plan stops at what its own product's cards show.
    const eachOwn = mode === 'offers' && subjects.length > 1 && plans.length === subjects.length;
    const acceptsForPlan = eachOwn ? (plan: number) => acceptsCard(mode, [subjects[plan]!], rules) : undefined;
    const context = { visitor: watch.visitor, signal, onProgress: opts.onProgress, seen: seenQueries, maxPages: MAX_RESULT_PAGES, accepts, acceptsForPlan };
    let found = await searchWithRewrites(site, plans, context, assist);
    queries.push(...found.queries);
    const isSibling = (name: string) => mode === 'offers' && subjects.length > 0 && !subjects.some((s) => modelMatch(name, s) === 'exact');
    // The title must sell the kind asked for: a PC "with a Fractal case" is no case, a barebone "- No RAM" no memory.
    let matching = found.cards.filter(cardMatcher(mode, subjects, found, rules));
    // A compatible product's keys ("AM5") are always searched: titles often omit the kind word.
    if (broader.length && (matching.length < FEW_MATCHES || mode === 'compatible' || rules.wholeKind)) {
      const more = await searchSite(site, broader, context);
      queries.push(...more.queries);
      found = withMoreCards(found, more);
      matching = found.cards.filter(cardMatcher(mode, subjects, found, rules));
    }
    // Not one search page could be read: the site changed or blocks us. Saying "nothing found" would hide that.
    if (!watch.state.readable && watch.state.problem) throw new Error(watch.state.problem);
    // A figure the pick must reach that the title does not show ("up to 2000MB/s" in a pocket SSD's description): its page says it.
    const floorUnshown = rules.floors?.length ? (card: ProductRecord) => rules.floors!.some((floor) => figureFor(card.name ?? '', floor) === undefined) : undefined;
    const candidates = (await readCandidates(site.id, matching, checklist, opts.visitor, signal, seenReads, floorUnshown))
      .map((c): Candidate => ({ ...c, sibling: isSibling(c.offer.record.name ?? '') }));
    opts.onProgress?.({ site: site.id, status: 'done', items: found.cards.length });
    return { candidates, report: { site: site.id, status: 'done', queries, itemsRead: found.cards.length } };
  } catch (e) {
    const message = `${site.name}: ${e instanceof Error ? e.message : String(e)}`;
    opts.onProgress?.({ site: site.id, status: 'failed', message });
    return { candidates: [], report: { site: site.id, status: 'failed', message, queries, itemsRead: 0 } };
  } finally {
    dispose();
  }
}

/** The sibling candidates of each subject that no shop sells as itself: they are the closest answer for that subject. */
function siblingsStandingIn(found: Candidate[], subjects: readonly string[]): Candidate[] {
  // Each candidate's match against each subject, read once.
  const matches = new Map(found.map((c) => [c, subjects.map((s) => modelMatch(c.offer.record.name ?? '', s))]));
  const unmet = subjects.map((_, i) => !found.some((c) => !c.sibling && matches.get(c)![i] === 'exact'));
  const anyExact = found.some((c) => !c.sibling);
  // A sibling no subject matches (a request whose subjects were rewritten): the old rule, siblings only when nothing is exact.
  return found.filter((c) => c.sibling && (matches.get(c)!.some((m, i) => unmet[i] && m !== undefined) || (!anyExact && matches.get(c)!.every((m) => m === undefined))));
}

/** A quoted product as an offer: its shop is the site whose address the URL starts with, else the URL's host. */
function referenceOffer(record: ProductRecord, sites: SiteRef[]): Offer {
  const site = siteOfUrl(record.url, sites)?.id ?? hostOf(record.url);
  return { site, record, productKey: productKey(record.name ?? record.url), readInFull: true };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The request's subjects without the words that name no product: a pack size ("single"), how it is
 * sold ("as a kit together with a lens"), parts it must come with installed, words its kind implies
 * ("mechanical" hard drives), and a generic "device" replaced by the kind its need asks for. Those
 * become wishes on the title (and, for a need, checklist items).
 */
function refineShape(shape: RequestShape, text: string): { shape: RequestShape; wishes: TitleWish[]; items: ChecklistItem[]; queries: string[] } {
  // "the cheapest alternative that is made to survive a fall": a quality said of the alternative is one it must have.
  // Board sizes and the rest of the clause stay for the substitute's own readings (boardSizeWishes, substituteItems).
  if (shape.mode === 'substitute') {
    const said = saidQualities(shape.requirements, shape.subjects.length === 1 ? subjectKind(shape.subjects[0]!) : undefined);
    // "sits in the ear instead": a quality shops title by its own word ("In-Ear Earset") is searched too.
    // (The lead-in's qualities are not read: tried in session 19, it cost a fresh set's substitute, as a lead-in may praise the quoted product.)
    return { shape, wishes: [], items: said.items.filter((i) => i.id.startsWith('quality:')), queries: said.queries };
  }
  if (shape.subjects.length !== 1) return { shape, wishes: [], items: [], queries: [] };
  const need = readNeed(shape.subjects[0]!, shape.requirements, text);
  const refined = refineSubject(withoutImpliedWords(withJoinedSocketNames(need?.subject ?? shape.subjects[0]!)), withJoinedSocketNames(need?.requirements ?? shape.requirements));
  const wishes = [...(need?.wishes ?? []), ...refined.wishes];
  return { shape: { ...shape, subjects: [refined.subject], requirements: refined.requirements }, wishes, items: [...(need?.items ?? []), ...refined.items], queries: [...(need?.queries ?? []), ...(refined.queries ?? [])] };
}

/** Title wishes that name the thing read as the subject: its line, its whole name, the name kept of it. */
const NAME_WISH = /^(?:line-tier|whole-name|kept-name|not-variant):/;

/** Whether every shop was searched and not one listed a card. */
function nothingListed(reports: SiteReport[]): boolean {
  return reports.some((r) => r.status === 'done') && reports.every((r) => r.status !== 'done' || r.itemsRead === 0);
}

/** One item per id; the same wish read twice keeps every spelling either reading knows ("DDR4" and "AM4" boards). */
function dedupe(items: ChecklistItem[]): ChecklistItem[] {
  const kept = new Map<string, ChecklistItem>();
  for (const item of items) {
    const first = kept.get(item.id);
    if (!first) kept.set(item.id, item);
    else if (first.kind === 'attribute-present' && item.kind === 'attribute-present' && item.anyOf?.length) {
      kept.set(item.id, { ...first, anyOf: [...new Set([...(first.anyOf ?? []), ...item.anyOf])] });
    }
  }
  return [...kept.values()];
}
