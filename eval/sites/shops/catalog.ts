import type { ShopProduct } from '../data/webmall';
import { wooSlug } from '../data/text';
import { matchesTerms, parseSearchTerms, relevanceBucket } from './search-terms';

export interface CategoryNode {
  name: string;
  /** Names from the root, e.g. ["PC Components", "Motherboard"]. */
  path: string[];
  /** Slugs from the root joined by "/", e.g. "pc-components/motherboard". */
  slugPath: string;
  children: CategoryNode[];
  productCount: number;
}

export type SortOrder = 'relevance' | 'price-asc' | 'price-desc' | 'name' | 'newest';

/** One shop's products with lookups, WordPress-style search and a category tree. */
export class ShopCatalog {
  readonly byId = new Map<string, ShopProduct>();
  readonly bySlug = new Map<string, ShopProduct>();
  readonly categoryRoots: CategoryNode[] = [];
  private readonly categoriesBySlugPath = new Map<string, CategoryNode>();

  constructor(readonly products: readonly ShopProduct[]) {
    for (const product of products) {
      this.byId.set(product.id, product);
      this.bySlug.set(product.slug, product);
      const seen = new Set<CategoryNode>();
      for (const path of product.categories) {
        for (let depth = 1; depth <= path.length; depth++) {
          const node = this.categoryNode(path.slice(0, depth));
          if (!seen.has(node)) node.productCount++;
          seen.add(node);
        }
      }
    }
  }

  category(slugPath: string): CategoryNode | undefined {
    return this.categoriesBySlugPath.get(slugPath.replace(/^\/+|\/+$/g, ''));
  }

  all(sort: SortOrder = 'newest'): ShopProduct[] {
    return sortProducts(this.products, sort === 'relevance' ? 'newest' : sort);
  }

  inCategory(node: CategoryNode, sort: SortOrder = 'newest'): ShopProduct[] {
    const found = this.products.filter((p) => p.categories.some((path) => node.path.every((name, i) => path[i] === name)));
    return sortProducts(found, sort === 'relevance' ? 'newest' : sort);
  }

  /** All terms must occur in title or content, as WooCommerce's default search; no fuzzy matching. */
  search(query: string, sort: SortOrder = 'relevance'): ShopProduct[] {
    const terms = parseSearchTerms(query);
    if (terms.include.length === 0) return [];
    const found = this.products.filter((p) => matchesTerms(terms, p.searchText));
    if (sort !== 'relevance') return sortProducts(found, sort);
    const bucket = new Map(found.map((p) => [p, relevanceBucket(terms, p.name.toLowerCase(), p.searchText)]));
    return [...found].sort((a, b) => bucket.get(a)! - bucket.get(b)! || Number(b.id) - Number(a.id));
  }

  private categoryNode(path: string[]): CategoryNode {
    const slugPath = categorySlugPath(path);
    let node = this.categoriesBySlugPath.get(slugPath);
    if (node) return node;
    node = { name: path[path.length - 1]!, path, slugPath, children: [], productCount: 0 };
    this.categoriesBySlugPath.set(slugPath, node);
    if (path.length === 1) this.categoryRoots.push(node);
    else this.categoryNode(path.slice(0, -1)).children.push(node);
    return node;
  }
}

/** "newest" = highest id first, standing in for WordPress's post date. */
export function sortProducts(products: readonly ShopProduct[], sort: SortOrder): ShopProduct[] {
  const byPrice = (p: ShopProduct) => p.price ?? Number.POSITIVE_INFINITY;
  const sorted = [...products];
  if (sort === 'price-asc') sorted.sort((a, b) => byPrice(a) - byPrice(b) || Number(a.id) - Number(b.id));
  else if (sort === 'price-desc') sorted.sort((a, b) => (b.price ?? -1) - (a.price ?? -1) || Number(a.id) - Number(b.id));
  else if (sort === 'name') sorted.sort((a, b) => a.name.localeCompare(b.name, 'en') || Number(a.id) - Number(b.id));
  else sorted.sort((a, b) => Number(b.id) - Number(a.id));
  return sorted;
}

export function parseSort(value: string | null): SortOrder {
  const known: SortOrder[] = ['relevance', 'price-asc', 'price-desc', 'name', 'newest'];
  return known.includes(value as SortOrder) ? (value as SortOrder) : 'relevance';
}

export const categorySlugPath = (path: readonly string[]): string => path.map(wooSlug).join('/');
