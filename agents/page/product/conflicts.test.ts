import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../test-support/parse';
import { readProductPage } from './read-product';

const URL = 'https://shop.example.com/p/chair';
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const offer = (price: string, availability: string): Record<string, string> => ({ '@type': 'Offer', price, priceCurrency: 'EUR', availability: `https://schema.org/${availability}` });

describe('readProductPage: several offers and sources that disagree', () => {
  it('calls a product in stock when any of its variant offers is', () => {
    const doc = htmlDoc(ld({ '@type': 'Product', name: 'Chair', offers: [offer('40', 'OutOfStock'), offer('40', 'InStock'), offer('40', 'OutOfStock')] }));
    expect(readProductPage(doc, URL).availability).toBe('InStock');
    const none = htmlDoc(ld({ '@type': 'Product', name: 'Chair', offers: [offer('40', 'OutOfStock'), offer('40', 'PreOrder')] }));
    expect(readProductPage(none, URL).availability).toBe('PreOrder');
  });

  it('among offers with different prices, takes the one the page shows', () => {
    const doc = htmlDoc(`${ld({ '@type': 'Product', name: 'Chair', offers: [offer('55.00', 'InStock'), offer('49.50', 'InStock')] })}
      <main><h1>Chair</h1><span class="price">49,50 €</span><button>Add to cart</button></main>`);
    expect(readProductPage(doc, URL).price).toBe(49.5);
  });

  it('takes the sale price when the marked-up price is the one the page strikes through', () => {
    const doc = htmlDoc(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Chair</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="30.00"><meta itemprop="priceCurrency" content="EUR"></div>
      <div class="buy"><span class="price-now">€ 24,00</span> <span class="price-old"><del>€ 30,00</del></span><button>Add to cart</button></div></div>`);
    const p = readProductPage(doc, URL);
    expect(p).toMatchObject({ price: 24, regularPrice: 30 });
    expect(p.sources.price).toBe('dom');
  });

  it('lets the meta tags and the page text, agreeing, outvote a JSON-LD price', () => {
    const doc = htmlDoc(`<html><head><meta property="product:price:amount" content="120.00"><meta property="product:price:currency" content="USD">
      ${ld({ '@type': 'Product', name: 'Chair', offers: offer('15', 'InStock') })}</head>
      <body><h1>Chair</h1><div class="price">$120.00</div><button>Buy now</button></body></html>`);
    expect(readProductPage(doc, URL).price).toBe(120);
  });

  it('keeps the JSON-LD price when nothing on the page contradicts it', () => {
    const doc = htmlDoc(`${ld({ '@type': 'Product', name: 'Chair', offers: offer('15', 'InStock') })}<h1>Chair</h1><div class="price">$120.00</div>`);
    expect(readProductPage(doc, URL).price).toBe(15);
  });

  it('reads an itemprop price element that repeats its amount for several screen sizes', () => {
    const doc = htmlDoc(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Chair</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <meta itemprop="priceCurrency" content="EUR"><span itemprop="price"><span>349€</span><span>349€</span><span>349</span></span></div></div>`);
    expect(readProductPage(doc, URL).price).toBe(349);
  });
});

describe('readProductPage: the product price among other offers on the page', () => {
  it('skips used and other sellers’ "from" prices next to the buy box', () => {
    const doc = htmlDoc(`<h1>Garden hose 25 m</h1><div id="buybox">
      <div><span>Used &amp; new (6) from</span> <span class="a-color-price">£18.20</span></div>
      <span id="usedBuyPrice" class="header-price">£19.99</span>
      <span id="ourprice" class="price-large">£27.49</span><button>Add to basket</button></div>`);
    expect(readProductPage(doc, URL).price).toBe(27.49);
  });

  it('reads an amount struck through inside a wrapper as the old price and a bare amount with its currency beside it', () => {
    const doc = htmlDoc(`<table><tr><td><h1>Camping kettle</h1></td></tr>
      <tr><td>List price <font><del>$900</del></font><span>元</span></td></tr>
      <tr><td>Our price <span style="font-weight:bold">640</span><span> 元 </span></td></tr></table>`);
    expect(readProductPage(doc, 'https://shop.example.tw/p/1').price).toBe(640);
  });

  it('takes the product heading, not a heading inside the site menu', () => {
    const doc = htmlDoc(`<nav><h1>Services</h1><ul><li class="offer"><span class="price">10,00 Kn</span></li></ul></nav>
      <div class="content"><h1>Knee support</h1><div class="product-price"><span class="new">65,00 Kn</span></div></div>`);
    const p = readProductPage(doc, 'https://shop.example.hr/p/2');
    expect(p.name).toBe('Knee support');
    expect(p.price).toBe(65);
  });
});

describe('readProductPage: pre-order wording', () => {
  it('does not read "reserve and collect in a shop" as a pre-order', () => {
    const doc = htmlDoc(`<h1>Libro</h1><span class="price">€ 17,10</span><div class="disponibilita"><a class="btn">Prenota e ritira</a></div><button>Aggiungi al carrello</button>`);
    expect(readProductPage(doc, URL).availability).toBe('InStock');
    const pre = htmlDoc(`<h1>Libro</h1><span class="price">€ 17,10</span><div class="disponibilita">Disponibile in prenotazione</div>`);
    expect(readProductPage(pre, URL).availability).toBe('PreOrder');
  });
});

describe('readProductPage: brand as markup gives it', () => {
  it('takes the name after a label inside the brand element and ignores an unfilled template', () => {
    const labelled = htmlDoc(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Robot vacuum</h1><h5 itemprop="brand"><span>More from the brand: </span><a href="/b/acme">Acme</a></h5></div>`);
    expect(readProductPage(labelled, URL).brand).toBe('Acme');
    const template = htmlDoc(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Costume</h1><meta itemprop="brand" content="$metabrand"></div>`);
    expect(readProductPage(template, URL).brand).toBeUndefined();
  });
});

describe('readProductPage: variants published as separate products', () => {
  it('calls the product in stock when one size of it is', () => {
    const sizes = [['36', 'OutOfStock'], ['37', 'InStock'], ['38', 'OutOfStock']].map(([size, stock]) => ({ '@type': 'Product', name: 'Ankle boot', sku: `AB-${size}`, offers: offer('89.00', stock!) }));
    expect(readProductPage(htmlDoc(ld(sizes)), URL).availability).toBe('InStock');
    const other = [{ '@type': 'Product', name: 'Ankle boot', offers: offer('89.00', 'OutOfStock') }, { '@type': 'Product', name: 'Belt', offers: offer('19.00', 'InStock') }];
    expect(readProductPage(htmlDoc(ld(other)), URL).availability).toBe('OutOfStock');
  });
});

describe('readProductPage: prices of other products listed on the page', () => {
  it('passes over a price style that many different amounts share (a product list) for the one shown once', () => {
    const list = [112, 95, 240, 180].map((n) => `<li><a href="/p/${n}">Other</a><span class="card-price">${n},00 Kn</span></li>`).join('');
    const doc = htmlDoc(`<div class="content"><h1>Insoles</h1><ul class="cards">${list}</ul><div class="gallery"><img src="a.jpg"></div><div class="box"><span class="hero-price">270,00 Kn</span></div></div>`);
    expect(readProductPage(doc, 'https://shop.example.hr/p/9').price).toBe(270);
  });

  it('reads an amount whose currency sign stands alone in the next element', () => {
    const doc = htmlDoc(`<h1>Steel basket</h1><div><b>Special</b> <span style="font-size:27px">1580</span><span>元</span></div>`);
    expect(readProductPage(doc, 'https://shop.example.tw/p/3').price).toBe(1580);
  });
});
