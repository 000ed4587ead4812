import { join } from 'node:path';
import { readCsv } from './csv';
import { assignUniqueSlugs, decodeEntities, htmlToText, wooSlug } from './text';

export type ShopNumber = 1 | 2 | 3 | 4;

export const SHOP_NAMES: Record<ShopNumber, string> = {
  1: 'E-Store Athletes',
  2: 'TechTalk',
  3: 'CamelCases',
  4: 'Hardware Cafe',
};

export interface ShopProduct {
  id: string;
  slug: string;
  name: string;
  shortDescriptionHtml: string;
  descriptionHtml: string;
  /** Title, short description and description as plain text, for search. */
  searchText: string;
  regularPrice?: number;
  salePrice?: number;
  /** What the buyer pays now. */
  price?: number;
  inStock: boolean;
  brand?: string;
  sku?: string;
  gtin?: string;
  /** Each category as its path, e.g. ["PC Components", "Motherboard", "Asus"]. */
  categories: string[][];
  /** File name of the original image (rewritten to a local placeholder by the sites). */
  imageKey?: string;
}

/** Prices in the exports use a decimal comma ("1.234,56") or, in one shop, a decimal point ("8.0"). */
export function parseExportPrice(value: string | undefined): number | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const normalised = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  const price = Number(normalised);
  if (!Number.isFinite(price)) throw new Error(`Unreadable price "${value}" in a WebMall shop export.`);
  return Math.round(price * 100) / 100;
}

function parseCategories(value: string): string[][] {
  return value
    .split(',')
    .map((path) => path.split('>').map((part) => decodeEntities(part.trim())).filter(Boolean))
    .filter((path) => path.length > 0);
}

const cache = new Map<string, ShopProduct[]>();

/** Loads one shop's products in id order, with WordPress-unique slugs. Cached per process. */
export function loadShopProducts(dataDir: string, shop: ShopNumber): ShopProduct[] {
  const path = join(dataDir, 'webmall', `shop${shop}.csv`);
  const cached = cache.get(path);
  if (cached) return cached;
  const rows = readCsv(path)
    .filter((row) => row['Published'] !== '0' && row['Published'] !== '-1')
    .sort((a, b) => Number(a['ID']) - Number(b['ID']));
  const slugs = assignUniqueSlugs(rows, (row) => wooSlug(row['Name'] ?? ''));
  const products = rows.map((row): ShopProduct => {
    const name = decodeEntities(row['Name'] ?? '');
    const regularPrice = parseExportPrice(row['Regular price']);
    const salePrice = parseExportPrice(row['Sale price']);
    const shortDescriptionHtml = row['Short description'] ?? '';
    const descriptionHtml = row['Description'] ?? '';
    const image = (row['Images'] ?? '').split(',')[0]?.trim();
    return {
      id: String(row['ID']),
      slug: slugs.get(row)!,
      name,
      shortDescriptionHtml,
      descriptionHtml,
      searchText: `${name} ${htmlToText(shortDescriptionHtml)} ${htmlToText(descriptionHtml)}`.toLowerCase(),
      regularPrice,
      salePrice: salePrice !== undefined && regularPrice !== undefined && salePrice < regularPrice ? salePrice : undefined,
      price: salePrice !== undefined && regularPrice !== undefined && salePrice < regularPrice ? salePrice : (regularPrice ?? salePrice),
      inStock: row['In stock?'] !== '0',
      brand: decodeEntities(row['Brands'] ?? '').trim() || undefined,
      sku: (row['SKU'] ?? '').trim() || undefined,
      gtin: (row['GTIN, UPC, EAN, or ISBN'] ?? '').trim() || undefined,
      categories: parseCategories(row['Categories'] ?? ''),
      imageKey: image ? image.split('/').pop()!.replace(/\.[a-z0-9]+$/i, '') : undefined,
    };
  });
  cache.set(path, products);
  return products;
}
