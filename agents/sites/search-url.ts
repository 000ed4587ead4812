/** The URL that runs a search (GET forms and link patterns), page numbers included. */
import type { SearchMethod } from './types';

const PAGE_PARAMS = ['page', 'paged', 'p', 'pg'];

export function searchUrl(method: SearchMethod, query: string, page = 1): string {
  if (method.kind === 'pattern') {
    const filled = method.template.replace('{query}', encodeURIComponent(query));
    if (method.template.includes('{page}')) return filled.replace('{page}', String(page));
    if (page <= 1) return filled;
    const url = new URL(filled);
    url.searchParams.set('page', String(page));
    return url.href;
  }
  const url = new URL(method.action);
  for (const [name, value] of Object.entries(method.hidden)) url.searchParams.set(name, value);
  url.searchParams.set(method.queryParam, query);
  if (page > 1) url.searchParams.set(method.pageParam ?? PAGE_PARAMS[0] ?? 'page', String(page));
  return url.href;
}

/** Form body for POST searches. */
export function searchBody(method: Extract<SearchMethod, { kind: 'form' }>, query: string): URLSearchParams {
  return new URLSearchParams({ ...method.hidden, [method.queryParam]: query });
}
