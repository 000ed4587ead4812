export interface Page<T> {
  items: T[];
  page: number;
  perPage: number;
  totalItems: number;
  totalPages: number;
}

/** Cuts one page out of a list; page numbers start at 1 and out-of-range pages come back empty. */
export function paginate<T>(all: readonly T[], page: number, perPage: number): Page<T> {
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const start = (safePage - 1) * perPage;
  return {
    items: all.slice(start, start + perPage),
    page: safePage,
    perPage,
    totalItems: all.length,
    totalPages: Math.max(1, Math.ceil(all.length / perPage)),
  };
}

export function pageParam(url: URL, name = 'page'): number {
  const value = Number(url.searchParams.get(name) ?? '1');
  return Number.isInteger(value) && value > 0 ? value : 1;
}
