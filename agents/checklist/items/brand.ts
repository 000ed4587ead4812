import type { CheckedRecord, ItemKind, Verdict } from '../types';
import { isProduct } from '../fields';
import { escapeRe, findPhrase, normalizeText } from '../text';

type Found = Pick<Verdict, 'status' | 'evidence' | 'reason'> | undefined;

/** A maker's own brands, which shops title products by alone ("AORUS 1700 Z790 AORUS ELITE" is Gigabyte's). General knowledge. */
// (And the short name a maker titles its products by: "WD Elements SE 1TB ..." is Western Digital's.)
const SUB_BRANDS: Readonly<Record<string, readonly string[]>> = { gigabyte: ['AORUS'], 'western digital': ['WD'] };

/** A title that opens with a maker's own brand, with the maker's name before it ("Gigabyte AORUS 1700 B760 ..."); others as they are. */
export function withSubBrandMaker(title: string): string {
  const first = title.trimStart().split(/\s+/)[0] ?? '';
  const maker = Object.keys(SUB_BRANDS).find((m) => SUB_BRANDS[m]!.some((b) => normalizeText(b) === normalizeText(first)));
  return maker ? `${maker[0]!.toUpperCase()}${maker.slice(1)} ${title}` : title;
}

/** The maker's own brands that titles carry alone ("AORUS" for Gigabyte); none for most makers. */
export function subBrandsOf(maker: string): readonly string[] {
  return SUB_BRANDS[normalizeText(maker)] ?? [];
}

/**
 * The name without the places it names `maker` as what the product works with, not who made it: "Antec C5 ..., Asus BTF
 * Compatible", "Akasa ... Case for ASUS PN51", "Band Compatible With Apple Watch". A name that opens with the maker keeps it.
 */
function withoutOtherMakersNamed(name: string, maker: string): string {
  if (normalizeText(name).startsWith(normalizeText(maker))) return name;
  const m = escapeRe(maker).replace(/\s+/g, '\\s+');
  return name.replace(new RegExp(String.raw`\b(?:for|fits?|with|supports?|compatible\s+with)\s+(?:the\s+|all\s+|most\s+)?${m}\b|\b${m}(?:\s+[\w-]+)?\s+(?:compatible|ready|certified)\b`, 'gi'), ' ');
}

/** The brand field decides when present; otherwise the brand (or one of its own brands) usually leads the product name. */
function brandSeen(brand: string, record: CheckedRecord): { matched: boolean; field: string; value: string } | undefined {
  if (!isProduct(record)) return undefined;
  const names = [brand, ...(SUB_BRANDS[normalizeText(brand)] ?? [])];
  if (record.brand) return { matched: names.some((n) => normalizeText(record.brand!) === normalizeText(n) || !!findPhrase(record.brand!, n)), field: 'brand', value: record.brand };
  if (!record.name) return undefined;
  const snippet = names.map((n) => findPhrase(withoutOtherMakersNamed(record.name!, n), n)).find(Boolean);
  return snippet ? { matched: true, field: 'name', value: snippet } : undefined;
}

export const brandIs: ItemKind<'brand-is'> = {
  kind: 'brand-is',
  appliesTo: 'product',
  verify(item, record): NonNullable<Found> {
    // "from Asus or MSI": the first maker the page shows decides.
    const seen = [item.brand, ...item.orBrands ?? []].map((brand) => brandSeen(brand, record)).find((s) => s?.matched) ?? brandSeen(item.brand, record);
    // Shops lead the name with the maker: a name that never says the brand is another maker's (as brand-is-not reads it).
    if (!seen) return isProduct(record) && record.brand === undefined && record.name
      ? { status: 'fail', evidence: { field: 'name', value: record.name }, reason: `"${item.brand}" is not in the name` }
      : { status: 'unknown', reason: 'brand not shown, and no name to read it from' };
    const evidence = { field: seen.field, value: seen.value };
    const asked = [item.brand, ...item.orBrands ?? []].join(' or ');
    return seen.matched ? { status: 'pass', evidence, reason: `brand is ${seen.field === 'brand' ? seen.value : asked}` } : { status: 'fail', evidence, reason: `brand is ${seen.value}, not ${asked}` };
  },
};

export const brandIsNot: ItemKind<'brand-is-not'> = {
  kind: 'brand-is-not',
  appliesTo: 'product',
  verify(item, record): NonNullable<Found> {
    const seen = brandSeen(item.brand, record);
    if (!seen) return isProduct(record) && record.brand === undefined && record.name
      ? { status: 'pass', evidence: { field: 'name', value: record.name }, reason: `"${item.brand}" is not in the name` }
      : { status: 'unknown', reason: 'brand not shown' };
    const evidence = { field: seen.field, value: seen.value };
    return seen.matched ? { status: 'fail', evidence, reason: `brand is ${item.brand}` } : { status: 'pass', evidence, reason: `brand is ${seen.value}` };
  },
};
