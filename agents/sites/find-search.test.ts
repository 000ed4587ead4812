import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../page/test-support/parse';
import { findSearch } from './find-search';
import { searchUrl } from './search-url';

describe('findSearch and searchUrl', () => {
  it('finds a WooCommerce search form with its hidden post_type', () => {
    const doc = htmlDoc(`<form role="search" method="get" action="/"><input type="search" name="s"><input type="hidden" name="post_type" value="product"></form>`);
    const method = findSearch(doc, 'https://shop.example/');
    expect(method).toEqual({ kind: 'form', action: 'https://shop.example/', method: 'get', queryParam: 's', hidden: { post_type: 'product' } });
    expect(searchUrl(method!, 'red shoes', 2)).toBe('https://shop.example/?post_type=product&s=red+shoes&page=2');
  });

  it('finds a plain form by its input name, skipping newsletter forms', () => {
    const doc = htmlDoc(`<form action="/newsletter"><input type="email" name="email"></form><form action="/catalog/find"><input name="q"><input type="submit"></form>`);
    expect(findSearch(doc, 'https://hw.example/x')).toMatchObject({ action: 'https://hw.example/catalog/find', queryParam: 'q' });
  });

  it('falls back to a search link pattern, and says nothing when there is no search', () => {
    const method = findSearch(htmlDoc('<a href="/search?q=popular">Popular</a>'), 'https://m.example/');
    expect(method).toEqual({ kind: 'pattern', template: 'https://m.example/search?q={query}' });
    expect(searchUrl(method!, 'a&b')).toBe('https://m.example/search?q=a%26b');
    expect(findSearch(htmlDoc('<p>no search here</p>'), 'https://m.example/')).toBeUndefined();
  });
});
