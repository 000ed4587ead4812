import { decodeHTML } from 'entities';

/** Decodes HTML entities until stable: some exports are double-encoded ("&amp;amp;"). */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < 4; i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Visible text of an HTML fragment, for searching. */
export function htmlToText(markup: string): string {
  return decodeEntities(markup.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * URL slug as WooCommerce makes it (rule in the data README): entities decoded, accents removed,
 * lower-case, "&" "." "/" to hyphens, other punctuation dropped, runs of spaces/hyphens to one hyphen.
 */
export function wooSlug(text: string): string {
  return decodeEntities(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[&./]/g, '-')
    .replace(/[^a-z0-9\s-]/g, '')
    .replace(/[\s-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives every item a unique slug the way WordPress does: the first (lowest id) keeps the plain
 * slug, later duplicates get "-2", "-3", ... Items must arrive in creation (id) order.
 */
export function assignUniqueSlugs<T>(items: readonly T[], baseSlug: (item: T) => string): Map<T, string> {
  const taken = new Set<string>();
  const slugs = new Map<T, string>();
  for (const item of items) {
    const base = baseSlug(item) || 'item';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(item, slug);
  }
  return slugs;
}
