const CART_WORDS = /\b(add to (cart|basket|bag)|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)\b/i;

/** The control a shopper would press to put this product in the cart. */
export function findAddToCartButton(doc: Document): HTMLElement | undefined {
  const named = doc.querySelector<HTMLElement>('[name="add-to-cart"], [data-action="add-to-cart"], .single_add_to_cart_button');
  if (named) return named;
  const candidates = Array.from(doc.querySelectorAll<HTMLElement>('button, input[type="submit"], a[role="button"], a.button'));
  return candidates.find((el) => CART_WORDS.test(el.textContent || (el as HTMLInputElement).value || ''));
}
