/** Breadcrumb categories and selectable options (size, colour) of a product page. */
import type { PageLayout } from '../dom/layout';
import type { SchemaNode } from '../structured/types';
import { asList, hasType, isNode, text } from '../structured/values';
import { all, cleanText, first, textOf } from '../text';

export function breadcrumbs(doc: Document, jsonLd: SchemaNode[]): string[] {
  const list = jsonLd.find((n) => hasType(n, ['BreadcrumbList']));
  if (list) {
    return asList(list['itemListElement'])
      .filter(isNode)
      .map((item) => text(item['name']) ?? (isNode(item['item']) ? text(item['item']['name']) : undefined))
      .filter((name): name is string => Boolean(name))
      .slice(0, 10);
  }
  const nav = first(doc, 'nav[aria-label*=breadcrumb i], [class*=breadcrumb i]');
  return nav ? all(nav, 'a').map((a) => textOf(a, 60)).filter(Boolean).slice(0, 10) : [];
}

const OPTION_NAME = /size|grö(ß|ss)e|taille|talla|taglia|colou?r|farbe|couleur|colore|kolor|capacity|storage|variant|model|style/i;

export function readOptions(doc: Document, layout: PageLayout): Record<string, string[]> {
  const options: Record<string, string[]> = {};
  const form = layout.buyButton?.closest('form') ?? doc;
  for (const select of all(form, 'select').slice(0, 20)) {
    const label = cleanText(select.getAttribute('aria-label') ?? select.getAttribute('name') ?? select.getAttribute('id') ?? '');
    const name = OPTION_NAME.exec(label)?.[0]?.toLowerCase();
    if (!name) continue;
    const values = all(select, 'option')
      .filter((o) => cleanText(o.getAttribute('value')) !== '')
      .map((o) => textOf(o, 60))
      .filter(Boolean)
      .slice(0, 50);
    if (values.length > 0) options[name] = values;
  }
  return options;
}
