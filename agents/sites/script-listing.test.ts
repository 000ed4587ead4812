import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../page/test-support/parse';
import { declaredDataUrl, listingFromJson } from './script-listing';

const PAGE = 'http://shop.test/shop?search=lamp&page=2';

describe('listings a page script fills from the endpoint the page declares', () => {
  it('asks the declared same-origin endpoint with the page\'s own query, never another site', () => {
    expect(declaredDataUrl(htmlDoc('<ul id="product-list" data-api="/api/products"></ul>'), PAGE)).toBe('http://shop.test/api/products?search=lamp&page=2');
    expect(declaredDataUrl(htmlDoc('<ul data-api="https://tracker.example/api"></ul>'), PAGE)).toBeUndefined();
    expect(declaredDataUrl(htmlDoc('<ul class="products"></ul>'), PAGE)).toBeUndefined();
  });

  it('reads products with a name and a link from the JSON, and the next page when there is one', () => {
    const listing = listingFromJson({ total: 14, next: '/api/products?page=3', products: [
      { name: 'Lamp One', permalink: '/product/lamp-one/', prices: { price: 19.99, currency_code: 'EUR' }, is_in_stock: true },
      { name: 'Lamp Two', permalink: '/product/lamp-two/', prices: { price: null }, is_in_stock: false },
      { id: 7 },
    ] }, PAGE);
    expect(listing.cards).toEqual([
      { url: 'http://shop.test/product/lamp-one/', name: 'Lamp One', price: 19.99, currency: 'EUR', availability: 'InStock' },
      { url: 'http://shop.test/product/lamp-two/', name: 'Lamp Two', price: undefined, currency: undefined, availability: 'OutOfStock' },
    ]);
    expect(listing.nextPageUrl).toBe('http://shop.test/shop?search=lamp&page=3');
    expect(listingFromJson({ total: 0, products: [] }, PAGE).noResults).toBe(true);
  });
});
