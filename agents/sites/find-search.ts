/**
 * Discovering how a site searches from one of its pages: a search form (role=search, or an input
 * named s / q / query / search / keyword), or failing that a link to a search URL.
 */
import { absoluteUrl, all, first } from '../page/text';
import type { SearchMethod } from './types';

const QUERY_NAMES = ['s', 'q', 'query', 'search', 'keyword', 'keywords', 'k', 'term', 'text', 'search_query', 'searchTerm', 'w'];

function queryInput(form: Element): Element | undefined {
  const inputs = all(form, 'input[name]').filter((i) => !/^(hidden|submit|button|checkbox|radio|image)$/i.test(i.getAttribute('type') ?? 'text'));
  return (
    inputs.find((i) => (i.getAttribute('type') ?? '').toLowerCase() === 'search') ??
    inputs.find((i) => QUERY_NAMES.includes(i.getAttribute('name') ?? '')) ??
    (form.matches('[role=search], .search-form, #searchform, [action*=search i]') ? inputs[0] : undefined)
  );
}

function fromForm(form: Element, pageUrl: string): SearchMethod | undefined {
  const input = queryInput(form);
  const queryParam = input?.getAttribute('name');
  if (!queryParam) return undefined;
  const hidden: Record<string, string> = {};
  for (const h of all(form, 'input[type=hidden][name]')) hidden[h.getAttribute('name') ?? ''] = h.getAttribute('value') ?? '';
  return {
    kind: 'form',
    action: absoluteUrl(form.getAttribute('action') || pageUrl, pageUrl) ?? pageUrl,
    method: (form.getAttribute('method') ?? 'get').toLowerCase() === 'post' ? 'post' : 'get',
    queryParam,
    hidden,
  };
}

function fromLinks(doc: Document, pageUrl: string): SearchMethod | undefined {
  for (const a of all(doc, 'a[href*="search" i], a[href*="?s=" i], a[href*="?q=" i]').slice(0, 200)) {
    const href = absoluteUrl(a.getAttribute('href'), pageUrl);
    if (!href) continue;
    const url = new URL(href);
    const param = QUERY_NAMES.find((n) => url.searchParams.has(n));
    if (param) {
      url.searchParams.set(param, '{query}');
      return { kind: 'pattern', template: url.href.replace(encodeURIComponent('{query}'), '{query}') };
    }
  }
  return undefined;
}

export function findSearch(doc: Document, url: string): SearchMethod | undefined {
  const forms = [first(doc, 'form[role=search]'), ...all(doc, '[role=search] form, form')].filter((f): f is Element => Boolean(f));
  for (const form of forms) {
    const method = fromForm(form, url);
    if (method) return method;
  }
  return fromLinks(doc, url);
}
