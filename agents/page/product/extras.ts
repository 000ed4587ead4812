/** Breadcrumb categories and selectable options (size, colour) of a product page. */
import type { PageLayout } from '../dom/layout';
import type { SchemaNode } from '../structured/types';
import { asList, hasType, isNode, text } from '../structured/values';
import { all, cleanText, first, textOf } from '../text';

/**
 * The product's shop categories, most general first. Shops say it in many ways: a JSON-LD
 * BreadcrumbList or Product "category", RDFa / microdata "category", breadcrumb links (or a
 * breadcrumb of plain text: "Home / PC Components / Graphics Cards / <name>"), WooCommerce's
 * "Categories:" links, or a labelled line ("Filed under: A / B").
 */
export function breadcrumbs(doc: Document, jsonLd: SchemaNode[]): string[] {
  const list = jsonLd.find((n) => hasType(n, ['BreadcrumbList']));
  if (list) {
    const names = asList(list['itemListElement'])
      .filter(isNode)
      .map((item) => text(item['name']) ?? (isNode(item['item']) ? text(item['item']['name']) : undefined))
      .filter((name): name is string => Boolean(name));
    if (names.length) return withoutHome(names);
  }
  const product = jsonLd.find((n) => hasType(n, ['Product']));
  const stated = (product && text(product['category'])) ?? textOf(first(doc, '[property=category], [itemprop=category]'), 300);
  if (stated) return categoryPath(stated);
  const nav = first(doc, 'nav[aria-label*=breadcrumb i], [class*=breadcrumb i]');
  const links = nav ? withoutHome(all(nav, 'a').map((a) => textOf(a, 60)).filter(Boolean)) : [];
  if (links.length) return links;
  const tagged = withoutHome(all(doc, '.posted_in a, [class*=product-cat] a, [class*=product_meta] a[rel~=tag]').map((a) => textOf(a, 60)).filter(Boolean));
  if (tagged.length) return tagged;
  const labelled = all(doc, 'p, div, span, li').map((el) => textOf(el, 300)).map((t) => CATEGORY_LINE.exec(t)?.[1]).find(Boolean);
  if (labelled) return categoryPath(labelled);
  // A breadcrumb written as text: its parts between the home link and the product's own name.
  const crumbs = nav ? withoutHome(textOf(nav, 500).split(/\s+[/›»>|]\s+/).map((c) => c.trim()).filter(Boolean)) : [];
  return crumbs.slice(0, -1).slice(0, 10);
}

/** "Categories: A", "Filed under: A / B; C", "Departments: A > B": a category line and its value. */
const CATEGORY_LINE = /^\s*(?:categories|category|filed under|departments?|posted in)\s*:\s*(.{2,200})$/i;

/** The first path of a category statement ("PC Components > Graphics Cards, Sale"), split into its steps. */
function categoryPath(stated: string): string[] {
  const path = stated.split(/\s*[,;|]\s*/)[0] ?? '';
  return withoutHome(path.split(/\s+[/>›»]\s+|\s*>\s*/).map((c) => c.trim()).filter(Boolean)).slice(0, 10);
}

function withoutHome(names: string[]): string[] {
  return names.filter((n) => !/^(?:home|start|startseite|accueil|inicio|shop)$/i.test(n.trim())).slice(0, 10);
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
