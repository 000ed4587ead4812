/**
 * Shops the shopper turns down or keeps to, by the names the user gave the sites: "TechTalk is off my list",
 * "Hardware Cafe stopped shipping to my address, so leave that shop out of it", "please don't look there",
 * "only TechTalk counts here". A sentence that names a shop and turns something down turns that shop down; one
 * that names it with "only" keeps to it. A shop left out is not searched at all, so none of its offers can be
 * picked; the answer says so.
 */
import { escapeRe } from '../checklist/text';
import type { SiteRef } from '../sites/types';
import { URL_RE } from '../intents/quoted-urls';

/** Turning down, in a sentence about a shop: "not", "don't", "never", "avoid", "skip", "ignore", "leave ... out", "off my list". */
const REFUSAL = /\b(?:not|no|never|nothing|none|avoid\w*|skip\w*|ignor\w*|exclud\w*|except|leave\s+(?:\w+\s+){0,3}?out|left\s+out|off\s+(?:my|our|the|his|her|their)\s+list|off\s+the\s+table|out\s+of\s+(?:it|the\s+question)|is\s+out|are\s+out|ruled\s+out|banned|blocked|barred|forbidden|blacklisted|off[\s-]limits|no[\s-]go|any\s*more|stopped|refuse\w*|won't|can't|don't|doesn't|didn't|isn't|aren't|wouldn't|shouldn't)\b|n't\b/i;
/** Not minding it: "I don't mind if it comes from TechTalk", "TechTalk is fine too". */
const ALLOWED = /\b(?:(?:do\s+not|don't|doesn't|does\s+not)\s+(?:mind|care|matter)|(?:is|are)\s+fine|no\s+problem|happy\s+to)\b/i;
/** Keeping to one shop: "only TechTalk counts", "I only buy from Case Corner", "just at". */
const ONLY = /\b(?:only|exclusively|solely)\b/i;

export interface ShopChoice {
  /** The sites to search. */
  sites: SiteRef[];
  /** The names of the sites left out because the request turns them down (or keeps to others). */
  leftOut: string[];
}

/** A site's name as a pattern, or undefined for a site named by its id alone (nothing a shopper would write). */
function namePattern(site: SiteRef): RegExp | undefined {
  const name = site.name.trim();
  if (name.length < 3 || name === site.id) return undefined;
  return new RegExp(String.raw`(?<![\w-])${escapeRe(name).replace(/\s+/g, String.raw`[\s-]*`)}(?![\w-])`, 'i');
}

/** The request's sentences (a semicolon ends one too). */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.;!?])\s+/);

/** "only the other shops", "only the rest": keeping to the shops not named, so the named one is turned down. */
const ONLY_OTHERS = /\bonly\s+(?:the\s+)?(?:other|remaining|rest)\b|\b(?:other|remaining)\s+(?:shops|stores)\s+(?:are|will\s+do)\b/i;
/** Turned down right before the name: "..., not TechTalk", "except at", "but not from". */
const REFUSED_RIGHT_BEFORE = /(?:\b(?:not|nor|except|excluding|but\s+not|other\s+than|apart\s+from|never|avoid\w*|skip\w*|ignor\w*)\s+|\b(?:can't|cannot|can\s+not|won't|will\s+not|don't|do\s+not|never|not)\s+(?:\w+\s+){1,2}?(?=(?:at|from|with|through|via)\s))(?:(?:at|from|with|in|through|via)\s+)?(?:the\s+(?:shop|store)\s+)?$/i;

/** What a sentence naming shops says of them: turned down, kept to, or neither. */
function choiceIn(sentence: string): 'refused' | 'only' | undefined {
  if (ONLY_OTHERS.test(sentence)) return 'refused';
  if (ONLY.test(sentence) && !/\bnot\s+only\b/i.test(sentence)) return 'only';
  if (REFUSAL.test(sentence) && !ALLOWED.test(sentence)) return 'refused';
  return undefined;
}

/** Whether the sentence turns the shop down right before its name: "..., not TechTalk", "except I can't buy from TechTalk". */
function refusedByName(sentence: string, name: RegExp): boolean {
  const at = name.exec(sentence)?.index ?? -1;
  return at >= 0 && REFUSED_RIGHT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/** The sites with the patterns of their names (a site named by its id alone has none). */
const namedSites = (sites: readonly SiteRef[]) => sites.flatMap((site) => { const name = namePattern(site); return name ? [{ site, name }] : []; });

/** The sites a request lets us search: all but the ones it turns down by name, or only the ones it keeps to. */
export function chooseShops(text: string, sites: readonly SiteRef[]): ShopChoice {
  const refused = new Set<SiteRef>();
  const only = new Set<SiteRef>();
  const known = namedSites(sites);
  for (const sentence of sentencesOf(text)) {
    const named = known.filter(({ name }) => name.test(sentence)).map(({ site, name }) => ({ site, byName: refusedByName(sentence, name) }));
    if (!named.length) continue;
    const choice = choiceIn(sentence);
    // "can only pay A, B and C, not D": with one shop turned down by name, the sentence's "only" keeps the others it names.
    const onlyButOne = ONLY.test(sentence) && named.some((n) => n.byName);
    // A shop turned down by name is out whatever else the sentence says ("X is fine, except I can't buy from Y").
    for (const { site, byName } of named) {
      if (byName) refused.add(site);
      else if (choice === 'only' || onlyButOne) only.add(site);
      else if (choice === 'refused') refused.add(site);
    }
  }
  const kept = (only.size ? sites.filter((s) => only.has(s)) : [...sites]).filter((s) => !refused.has(s));
  // Turning every shop down leaves nothing to answer from; the request is read as naming no shop then.
  if (!kept.length || kept.length === sites.length) return { sites: [...sites], leftOut: [] };
  return { sites: kept, leftOut: sites.filter((s) => !kept.includes(s)).map((s) => s.name) };
}

/** Whether a text names one of the sites ("from CamelCases"), as the user named them. */
export function namesAShop(text: string, sites: readonly SiteRef[]): boolean {
  return namedSites(sites).some(({ name }) => name.test(text));
}

/**
 * The request without what it says of shops: the clauses of a shop-choosing sentence that name a shop, or that turn
 * something down and name nothing a product page could ("so leave that shop out of it", "please don't look there").
 * The sentence's other clauses stay ("We standardise on Asus graphics cards with 8GB, and our rules don't allow
 * orders from ByteHouse" keeps the cards).
 */
export function withoutShopChoice(text: string, sites: readonly SiteRef[]): string {
  const patterns = namedSites(sites).map(({ name }) => name);
  if (!patterns.length) return text;
  return sentencesOf(text).map((sentence) => {
    if (!patterns.some((p) => p.test(sentence)) || !(choiceIn(sentence) || patterns.some((p) => refusedByName(sentence, p)))) return sentence;
    const end = /[.!?;]$/.test(sentence) ? sentence.slice(-1) : '';
    const clauses = sentence.replace(/[.!?;]$/, '').split(/(?=,\s|\s+(?:and|but|so|except|apart\s+from|other\s+than)\s)/i);
    const kept = clauses.filter((clause) => !patterns.some((p) => p.test(clause)) && !((REFUSAL.test(clause) || ONLY_OTHERS.test(clause)) && !/[A-Z0-9]/.test(clause.replace(/^[\s,]*\w/, '')))
      && !/^[\s,]*(?:please|thanks|thank\s+you)\s*$/i.test(clause));
    const out = kept.join('').replace(/^[\s,]*(?:and|but|so)?\s*/i, '').replace(/[\s,]+$/, '');
    return out ? `${out[0]!.toUpperCase()}${out.slice(1)}${end}` : '';
  }).filter(Boolean).join(' ');
}

/** "from the same shop (as the case)", "so it all comes in one parcel", "bought in the same shop as the board". */
const SAME_SHOP = /\b(?:(?:the\s+)?same\s+(?:shop|store|seller|site|retailer)|one\s+(?:parcel|package|delivery|order)|(?:shop|store)\s+(?:it|that)\s+(?:came|comes)\s+from)\b/i;

/** The quoted product's shop, when the request keeps to it ("ordered from the same shop"); undefined otherwise. */
export function sameShopAsQuoted(text: string, sites: readonly SiteRef[]): SiteRef | undefined {
  const quoted = text.match(URL_RE)?.[0];
  return quoted && SAME_SHOP.test(text) ? siteOfUrl(quoted, sites) : undefined;
}

/** The site a URL is on: the one whose address it starts with. */
export function siteOfUrl(url: string, sites: readonly SiteRef[]): SiteRef | undefined {
  const within = (base: string) => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
  return sites.find((s) => within(s.baseUrl.replace(/\/+$/, '')));
}
