import { describe, expect, it } from 'vitest';
import { readPage } from '../read-page';
import { htmlDoc } from '../test-support/parse';
import { readListingPage } from './read-listing';

const URL = 'https://shop.example.com/?s=kettle';

describe('readListingPage', () => {
  it('reads result cards with sale and regular prices, and the next page', () => {
    const doc = htmlDoc(`<main><ul class="products">
      <li class="product"><a href="/p/1"><img src="/i/1.jpg"><h2>Kettle One</h2></a><span class="price"><del>€30,00</del> <ins>€24,99</ins></span></li>
      <li class="product"><a href="/p/2"><h2>Kettle Two</h2></a><span class="price">€19,00</span><span class="stock">Out of stock</span></li>
      <li class="product"><a href="/p/3"><h2>Kettle Three</h2></a><span class="price">€49,00</span></li></ul>
      <nav class="pagination"><span aria-current="page">1</span> <a href="/page/2/?s=kettle">2</a></nav></main>`);
    const page = readListingPage(doc, URL);
    expect(page.cards).toHaveLength(3);
    expect(page.cards[0]).toMatchObject({ url: 'https://shop.example.com/p/1', name: 'Kettle One', price: 24.99, regularPrice: 30, currency: 'EUR', image: 'https://shop.example.com/i/1.jpg' });
    expect(page.cards[1]).toMatchObject({ price: 19, availability: 'OutOfStock' });
    expect(page.nextPageUrl).toBe('https://shop.example.com/page/2/?s=kettle');
    expect(page.noResults).toBe(false);
    expect(readPage(doc, URL).kind).toBe('listing');
  });

  it('reads the one card of a search with a single hit, but not the page chrome around it', () => {
    const doc = htmlDoc(`<div class="wrap"><div class="top"><a href="/">Shop</a><a href="/cart/">Basket</a></div>
      <div class="content"><h1>Results for “kettle”</h1><div class="count">1 products</div>
      <div class="grid"><div class="tile"><a href="/p/9"><img src="/i/9.jpg"><div class="tile-name">Kettle Nine, 1.7 l</div></a><div class="tt-price">€6.79</div></div></div></div>
      <div class="foot">free delivery over €50</div></div>`);
    const page = readListingPage(doc, URL);
    expect(page.cards).toEqual([expect.objectContaining({ url: 'https://shop.example.com/p/9', name: 'Kettle Nine, 1.7 l', price: 6.79 })]);
    expect(readPage(doc, URL).kind).toBe('listing');
  });

  it('keeps a card without a price ("Price on request") that is built like the priced ones', () => {
    const doc = htmlDoc(`<main><div class="grid">
      <div class="hc-card"><a href="/p/1"><span class="hc-name">Tablet One 5G</span></a><span class="hc-price">€349.00</span></div>
      <div class="hc-card"><a href="/p/2"><span class="hc-name">Tablet Two 5G</span></a><span class="hc-price">Price on request</span></div>
      <div class="hc-card"><a href="/p/3"><span class="hc-name">Tablet Three</span></a><span class="hc-price">€449.99</span></div></div></main>`);
    expect(readListingPage(doc, URL).cards.map((c) => [c.name, c.price])).toEqual([['Tablet One 5G', 349], ['Tablet Two 5G', undefined], ['Tablet Three', 449.99]]);
  });

  it('follows rel=next and "Weiter" links', () => {
    expect(readListingPage(htmlDoc('<html><head><link rel="next" href="?page=3"></head><body></body></html>'), 'https://a.example/s?q=x&page=2').nextPageUrl).toBe('https://a.example/s?page=3');
    expect(readListingPage(htmlDoc('<a href="/s?q=x&p=2">Weiter</a>'), 'https://a.example/s?q=x').nextPageUrl).toBe('https://a.example/s?q=x&p=2');
  });

  it.each([
    'No products were found matching your selection.',
    'Keine Ergebnisse für „xyz“ gefunden',
    'Aucun résultat pour votre recherche',
    'Lo sentimos, no se encontraron productos',
    'No releases found for “zzz”.',
    'No matching tracks were found.',
  ])('recognises "%s" as no results and ignores suggested products under it', (message) => {
    const doc = htmlDoc(`<main><p class="woocommerce-info">${message}</p><h2>You may like</h2><ul class="products"><li class="product"><a href="/p/9"><h2>Popular thing</h2></a><span class="price">$5.00</span></li></ul></main>`);
    const page = readListingPage(doc, URL);
    expect(page.noResults).toBe(true);
    expect(page.cards).toEqual([]);
  });

  it('does not read "10 results" as "0 results"', () => {
    const doc = htmlDoc(`<main><p class="result-count">Showing all 10 results</p><ul class="products"><li class="product"><a href="/p/1"><h2>Kettle One</h2></a><span class="price">€24,99</span></li><li class="product"><a href="/p/2"><h2>Kettle Two</h2></a><span class="price">€19,00</span></li></ul></main>`);
    const page = readListingPage(doc, URL);
    expect(page.noResults).toBe(false);
    expect(page.cards).toHaveLength(2);
  });

  it('does not take counts or years for prices', () => {
    const doc = htmlDoc(`<main><ol><li><a href="/track/1">Song A</a> <span>2019</span></li><li><a href="/track/2">Song B</a> <span>2017</span></li></ol></main>`);
    const page = readListingPage(doc, 'https://tunes.example/search?q=a');
    expect(page.cards.map((c) => c.name)).toEqual(['Song A', 'Song B']);
    expect(page.cards.every((c) => c.price === undefined)).toBe(true);
  });

  it('reads what a music row shows: artist, release year, genre tags and popularity, not a year in a title or album name', () => {
    const doc = htmlDoc(`<main><section class="artist-page"><h1>Prince</h1><ol>
      <li><a class="track-title" href="/track/1">1999</a> <span class="track-artist"><a href="/artist/prince">Prince</a></span> <span class="track-album">1999</span> <span class="track-year">1982</span> <span class="popularity" title="Popularity">71</span></li>
      <li><a href="/track/2">Purple Rain</a> · <a href="/artist/prince">Prince</a> · 1984 · <a href="/genre/funk">Funk</a>, <a href="/genre/rock">Rock</a></li>
      <li><a href="/releases/3">Prince – Sign o' the Times</a> <span>(Paisley Park, 1987) [Funk, Soul]</span></li>
      <li><a href="/releases/4">Prince – The Hits</a> <span>(1993 Records, 2001)</span></li></ol></section></main>`);
    const [a, b, c, d] = readListingPage(doc, 'https://tunes.example/artist/prince').cards;
    expect(a).toMatchObject({ name: '1999', artist: 'Prince', artistUrl: 'https://tunes.example/artist/prince', year: 1982, popularity: 71 });
    expect(b).toMatchObject({ name: 'Purple Rain', artist: 'Prince', year: 1984, tags: ['Funk', 'Rock'] });
    expect(c).toMatchObject({ year: 1987, tags: ['Funk', 'Soul'] });
    expect(c?.artist).toBeUndefined();
    // Two years and nothing to say which is the release: none.
    expect(d?.year).toBeUndefined();
  });

  it('reads no music facts into priced product cards', () => {
    const doc = htmlDoc(`<main><ul class="products"><li class="product"><a href="/p/1"><h2>Calendar 2024</h2></a><span class="price">€9,99</span></li><li class="product"><a href="/p/2"><h2>Calendar 2025</h2></a><span class="price">€12,99</span></li></ul></main>`);
    expect(readListingPage(doc, URL).cards.map((c) => c.year)).toEqual([undefined, undefined]);
  });
});
