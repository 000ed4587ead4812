import type { CartLine } from '../types';

/** Per-visitor carts of one shop, in memory: visitor id -> product id -> quantity. */
export class CartStore {
  private readonly carts = new Map<string, Map<string, number>>();

  add(visitor: string, productId: string, quantity = 1): void {
    const cart = this.carts.get(visitor) ?? new Map<string, number>();
    cart.set(productId, (cart.get(productId) ?? 0) + Math.max(1, Math.floor(quantity) || 1));
    this.carts.set(visitor, cart);
  }

  remove(visitor: string, productId: string): void {
    this.carts.get(visitor)?.delete(productId);
  }

  lines(visitor: string): { productId: string; quantity: number }[] {
    return [...(this.carts.get(visitor) ?? new Map<string, number>())].map(([productId, quantity]) => ({ productId, quantity }));
  }

  /** Every visitor's cart summed per product: what a benchmark checks after an "add to cart" task. */
  merged(urlOf: (productId: string) => string): CartLine[] {
    const total = new Map<string, number>();
    for (const cart of this.carts.values()) {
      for (const [productId, quantity] of cart) total.set(productId, (total.get(productId) ?? 0) + quantity);
    }
    return [...total].map(([productId, quantity]) => ({ productId, url: urlOf(productId), quantity }));
  }
}
