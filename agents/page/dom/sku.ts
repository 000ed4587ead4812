/**
 * The shop's own item number as the page shows it: after a label in many languages ("SKU", "Art.-Nr.",
 * "Artikelnummer", "Item #", "Réf.", "Numéro de l'objet eBay", "קוד מוצר", "商品編號"), with or without a
 * colon, or in an element whose markup names it ("product-reference", "sku"). Model and part numbers
 * are the manufacturer's (MPN), not the shop's SKU, and are left to the MPN reader.
 */
import { cleanText, isMarkupHidden, textOf } from '../text';
import { shortTextElements } from './text-nodes';

const SKU_WORDS = [
  'sku', 'item\\s*(?:number|no\\.?|nr\\.?|#|id|code)', 'article\\s*(?:number|no\\.?|#|code)', 'product\\s*(?:code|id|number|no\\.?|#|ref(?:erence)?)',
  'stock\\s*(?:code|number|no\\.?)', 'catalog(?:ue)?\\s*(?:number|no\\.?|#)', 'order\\s*(?:code|number|no\\.?)', '(?:post|listing|ad|deal|offer)\\s*(?:id|number|no\\.?|#)', 'asin',
  'art\\.?[\\s-]*nr\\.?', 'artikel[\\s-]*(?:nummer|nr\\.?)', 'artikelnr\\.?', 'bestell[\\s-]*(?:nummer|nr\\.?)', 'best\\.[\\s-]*nr\\.?', 'produkt[\\s-]*(?:nummer|nr\\.?)', 'prod\\.?\\s*nr\\.?',
  'référence(?:\\s*(?:produit|article))?', 'r[ée]f\\.?(?:\\s*(?:produit|article))?', 'reference', 'code\\s*(?:article|produit)', "num[ée]ro\\s*(?:d['’]article|de\\s*l['’]objet|de\\s*produit)",
  'referencia', 'código(?:\\s*(?:de(?:l)?\\s*)?(?:producto|artículo|produto))?', 'n[º°o]\\.?\\s*(?:de\\s*)?artículo', 'número\\s*de\\s*(?:artículo|producto)', 'referência', 'id\\s*(?:do\\s*)?produto',
  'codice(?:\\s*(?:articolo|prodotto))?', 'cod\\.?\\s*art\\.?', "numero\\s*(?:articolo|dell['’]oggetto|oggetto)",
  'artikelnummer', 'productcode', 'bestelnummer', 'kod(?:\\s*(?:produktu|towaru))?', 'kód(?:\\s*produktu)?', 'numer\\s*katalogowy', 'indeks', 'katalógové\\s*číslo', 'objednávací\\s*číslo',
  'šifra(?:\\s*proizvoda)?', 'cikkszám', 'termékkód', 'tuotenumero', 'varenummer', 'varenr\\.?', 'artikelnr', 'ürün\\s*kodu', 'stok\\s*kodu', 'артикул', 'код\\s*товара',
  'מק"?ט', 'קוד\\s*מוצר', '商品編號', '商品番号', '商品编号', '商品コード', '品番', '货号', '상품번호', '딜번호', '품번',
];
/** A whole label, after marketplace names ("eBay") are taken out. */
const SKU_LABEL = new RegExp(`^(?:${SKU_WORDS.join('|')})$`, 'iu');
/** Label then value in one text without a colon: "Bestellnummer 106606". */
const SKU_LEADING = new RegExp(`^(?:${SKU_WORDS.join('|')})\\s+(\\S{2,40})$`, 'iu');
const MARKETPLACE = /\b(?:ebay|amazon)\b[-\s]*/giu;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{1,39}$/;
/** Markup that names an element as the item number. */
const SKU_ATTR = /(?:^|[\s_-])(?:sku|product-?(?:reference|ref|code|number|id)|item-?(?:number|no|code)|article-?(?:number|no)|artikel-?(?:nummer|nr)|art-?nr|ref-?produit)(?:$|[\s_-])/i;

/** "eBay item number" -> "item number"; "〈商品編號" -> "商品編號"; "Numéro de l'objet eBay" -> "numéro de l'objet". */
export function normalizeSkuLabel(label: string): string {
  return cleanText(label)
    .replace(MARKETPLACE, ' ')
    .replace(/^[\p{Ps}\p{Pi}\p{Po}\s]+|[\s:：]+$/gu, '')
    .replace(/\s+(?:de|of|di|do|da)$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const isSkuLabel = (label: string): boolean => SKU_LABEL.test(normalizeSkuLabel(label));

/** The identifier-like first word of a value ("4711 (Variante)" -> "4711", "M14876706〉" -> "M14876706"). */
export function codeOf(value: string): string | undefined {
  const token = (cleanText(value).split(/\s+/)[0] ?? '').replace(/^[\p{Ps}\p{Pi}#"']+|[\p{Pe}\p{Pf}"',;:.。、]+$/gu, '');
  return CODE.test(token) && /\d/.test(token) ? token : undefined;
}

/** "Bestellnummer 106606" or "Item #418295" shown as one short text, without a colon. */
export function skuFromLeadingLabel(doc: Document): string | undefined {
  // Cheap checks first: this runs over every short text of the page.
  const found = shortTextElements(doc, (text) => text.length <= 60 && /\d/.test(text) && SKU_LEADING.test(text.trim().replace(/#\s*/, '# ')), 60, 20);
  for (const el of found) {
    if (isMarkupHidden(el)) continue;
    const match = SKU_LEADING.exec(normalizeSkuLabel(textOf(el, 80)).replace(/#\s*/, '# '));
    const code = match?.[1] ? codeOf(match[1]) : undefined;
    if (code) return code;
  }
  return undefined;
}

/**
 * An element whose class, id or test id names it the item number and whose text is one code. Walks
 * the page's short texts (cached) rather than querying attribute selectors, which is slow on big pages.
 */
export function skuFromMarkup(doc: Document): string | undefined {
  const els = shortTextElements(doc, (text) => text.length <= 50 && /\d/.test(text) && text.trim().split(/\s+/).length <= 3, 50, 3000);
  for (const el of els) {
    if (el.children.length > 2) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-qa-qualifier') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
    if (!SKU_ATTR.test(names) || el.hasAttribute('itemprop') || isMarkupHidden(el)) continue;
    const text = textOf(el, 80);
    // "SKU: 123" inside the element: the value after the label.
    const value = /[:：#]/.test(text) ? text.split(/[:：#]/).slice(1).join(' ') : text;
    if (value.trim().split(/\s+/).length > 1) continue;
    const code = codeOf(value);
    if (code) return code;
  }
  return undefined;
}
