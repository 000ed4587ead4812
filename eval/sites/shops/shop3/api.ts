import { pageParam, paginate } from '../../core/pagination';
import type { ShopProduct } from '../../data/webmall';
import { parseSort } from '../catalog';
import { imagePath, productPath, type ShopSite } from '../types';

export const PER_PAGE = 12;

/** A product as the JSON endpoint gives it to the listing script. */
export function productJson(product: ShopProduct) {
  return {
    id: Number(product.id),
    name: product.name,
    slug: product.slug,
    permalink: productPath(product),
    prices: {
      price: product.price ?? null,
      regular_price: product.regularPrice ?? null,
      sale_price: product.salePrice ?? null,
      currency_code: 'EUR',
    },
    on_sale: product.salePrice !== undefined,
    is_in_stock: product.inStock,
    categories: product.categories.map((path) => ({ name: path[path.length - 1], path: path.join(' > ') })),
    images: [{ src: imagePath(product), alt: product.name }],
  };
}

/** GET /api/products?search=&category=&orderby=&page=N: one page of products plus paging info. */
export function listProducts(site: ShopSite, url: URL): { status: number; body: unknown } {
  const search = url.searchParams.get('search') ?? '';
  const categorySlug = url.searchParams.get('category') ?? '';
  const category = categorySlug ? site.catalog.category(categorySlug) : undefined;
  if (categorySlug && !category) return { status: 404, body: { code: 'unknown_category', message: `No category "${categorySlug}".` } };
  const sort = parseSort(url.searchParams.get('orderby'));
  let found = search ? site.catalog.search(search, sort) : site.catalog.all(sort);
  if (category) {
    const inCategory = new Set(site.catalog.inCategory(category));
    found = found.filter((p) => inCategory.has(p));
  }
  const page = paginate(found, pageParam(url), PER_PAGE);
  const next = new URL(url.toString());
  next.searchParams.set('page', String(page.page + 1));
  return {
    status: 200,
    body: {
      page: page.page,
      per_page: page.perPage,
      total: page.totalItems,
      total_pages: page.totalPages,
      next: page.page < page.totalPages ? next.pathname + next.search : null,
      products: page.items.map(productJson),
    },
  };
}
