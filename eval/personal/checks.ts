/** Checks of a product against a personalisation checklist, independent of the agents' verifier. */
import type { ProductCheck, ProductFacts } from './types';

const norm = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9.]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
const hasWords = (haystack: string, words: string) => norm(haystack).includes(norm(words));

/**
 * The brand the page states, else the maker in the name's first words: the shops put it first, after
 * at most a product word ("Smartphone SAMSUNG Galaxy ...").
 */
const isBrand = (p: ProductFacts, brand: string) =>
  p.brand ? norm(p.brand) === norm(brand) : hasWords(p.name.split(/\s+/).slice(0, 3).join(' '), brand);

export function checkProduct(check: ProductCheck, p: ProductFacts): boolean {
  switch (check.kind) {
    case 'product-type': {
      // Categories name kinds in the plural ("Smartphones > Samsung").
      const forms = [check.text, `${check.text}s`];
      return forms.some((f) => hasWords(p.name, f) || p.categories.some((c) => hasWords(c, f)));
    }
    case 'brand-is':
      return check.brands.some((b) => isBrand(p, b));
    case 'brand-is-not':
      return !isBrand(p, check.brand);
    case 'price-at-most':
      return p.price !== undefined && p.price <= check.max;
    case 'attribute-present':
      return hasWords(`${p.name} ${p.text}`, check.text);
    case 'attribute-absent':
      return !hasWords(`${p.name} ${p.text}`, check.text);
    case 'in-stock':
      return p.inStock !== false;
  }
}

export function describeProductCheck(check: ProductCheck): string {
  switch (check.kind) {
    case 'brand-is':
      return `brand is ${check.brands.join('/')}`;
    case 'brand-is-not':
      return `brand is not ${check.brand}`;
    case 'price-at-most':
      return `price at most ${check.max}`;
    case 'in-stock':
      return 'in stock';
    default:
      return `${check.kind} ${check.text}`;
  }
}
