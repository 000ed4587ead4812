import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../test-support/parse';
import { readProductPage } from './read-product';

const URL = 'https://shop.example.de/p/kettle-42';
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readProductPage: structured data', () => {
  it('reads a Product inside @graph with an offers array and priceSpecification', () => {
    const doc = htmlDoc(
      ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', name: 'Kettle', sku: 'K-42', brand: { '@type': 'Brand', name: 'Bosch' },
        offers: [{ '@type': 'Offer', priceSpecification: [{ '@type': 'UnitPriceSpecification', price: '49.99', priceCurrency: 'EUR' }, { priceType: 'https://schema.org/ListPrice', price: 59.99 }], availability: 'https://schema.org/InStock' }] }] }),
    );
    const p = readProductPage(doc, URL);
    expect(p).toMatchObject({ name: 'Kettle', price: 49.99, regularPrice: 59.99, currency: 'EUR', sku: 'K-42', brand: 'Bosch', availability: 'InStock' });
    expect(p.sources.price).toBe('json-ld');
    expect(p.confidence).toBeGreaterThan(0.8);
  });

  it('reads an AggregateOffer as a "from" price (its low price)', () => {
    const doc = htmlDoc(ld([{ '@type': 'Product', name: 'Shoe', offers: { '@type': 'AggregateOffer', lowPrice: '79.00', highPrice: '99.00', priceCurrency: 'GBP', offerCount: 4 } }]));
    expect(readProductPage(doc, URL)).toMatchObject({ price: 79, currency: 'GBP' });
  });

  it('survives broken JSON-LD (trailing commas) and reads microdata with a nested offer', () => {
    const doc = htmlDoc(`<script type="application/ld+json">{"@type": "Product", "name": "Lamp", "sku": "L1",}</script>
      <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Lamp</h1>
        <span itemprop="brand">Ikea</span>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="SEK"><span itemprop="price" content="199.00">199 kr</span>
        <link itemprop="availability" href="https://schema.org/OutOfStock"></div></div>`);
    const p = readProductPage(doc, URL);
    expect(p).toMatchObject({ sku: 'L1', price: 199, currency: 'SEK', availability: 'OutOfStock', brand: 'Ikea' });
    expect(p.sources.sku).toBe('json-ld');
    expect(p.sources.price).toBe('microdata');
  });

  it('reads RDFa and OpenGraph product tags', () => {
    const rdfa = htmlDoc(`<div vocab="https://schema.org/" typeof="Product"><span property="name">Mug</span><div property="offers" typeof="Offer"><span property="price" content="12.50">12,50 €</span><meta property="priceCurrency" content="EUR"></div></div>`);
    expect(readProductPage(rdfa, URL)).toMatchObject({ name: 'Mug', price: 12.5, currency: 'EUR' });
    const og = htmlDoc(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Tent"><meta property="product:price:amount" content="1299,00"><meta property="product:price:currency" content="NOK"><meta property="product:availability" content="out of stock"></head><body></body></html>`);
    const p = readProductPage(og, URL);
    expect(p).toMatchObject({ price: 1299, currency: 'NOK', availability: 'OutOfStock' });
    expect(p.sources.price).toBe('opengraph');
  });
});

describe('readProductPage: page text', () => {
  it('takes the sale price near the buy button, the struck-through one as regular, not the related products', () => {
    const doc = htmlDoc(`<main><h1>Wasserkocher Classic</h1>
      <div class="buy"><del>79,99 €</del> <span class="price">1.049,95 €</span><p class="stock">Auf Lager</p><p>Art.-Nr.: 4711-B</p><p>EAN: 4006381333931</p>
      <button class="single_add_to_cart_button">In den Warenkorb</button></div></main>
      <section class="related-products"><div class="price">5,00 €</div><div class="price">9,00 €</div></section>`);
    const p = readProductPage(doc, URL);
    expect(p.price).toBe(1049.95);
    expect(p.currency).toBe('EUR');
    expect(p.availability).toBe('InStock');
    expect(p.sku).toBe('4711-B');
    expect(p.gtin).toBe('4006381333931');
    expect(p.sources.price).toBe('dom');
  });

  it('reads stock wording in other languages and a disabled buy button', () => {
    const it1 = htmlDoc(`<h1>Borsa</h1><span class="price">€ 39,90</span><div class="availability">Esaurito</div><button>Aggiungi al carrello</button>`);
    expect(readProductPage(it1, URL).availability).toBe('OutOfStock');
    const de = htmlDoc(`<h1>Jacke</h1><span class="price">59,00 €</span><div id="availability">Derzeit nicht verfügbar.</div>`);
    expect(readProductPage(de, URL).availability).toBe('OutOfStock');
    const fr = htmlDoc(`<h1>Veste</h1><span class="price">59,00 €</span><button disabled class="add-to-cart">Ajouter au panier</button>`);
    expect(readProductPage(fr, URL).availability).toBe('OutOfStock');
    const es = htmlDoc(`<h1>Mesa</h1><span class="price">59,00 €</span><p class="stock">Disponible</p><button>Añadir al carrito</button>`);
    expect(readProductPage(es, URL).availability).toBe('InStock');
  });

  it('reads the description a page shows when it declares none, and never a recommended product\'s', () => {
    const shown = 'Room for GPUs up to 360 mm with a 240 mm radiator in the top, or up to 360/280 mm front radiators.';
    const page = (head: string) => htmlDoc(`<html><head>${head}</head><body><h1>Meshify 2 Compact Case</h1><div class="price">€105.39</div><button>Add to basket</button>
      <div class="tabs"><div class="product-description">${shown}</div></div>
      <div class="related-products"><div class="item-description">A much longer text about another case that is on sale this week, with three fans and a glass side.</div></div></body></html>`);
    expect(readProductPage(page(''), URL)).toMatchObject({ description: shown, sources: { description: 'dom' } });
    expect(readProductPage(page('<meta name="description" content="The shop\'s own summary of this case.">'), URL).description).toBe("The shop's own summary of this case.");
  });

  it('says nothing rather than guessing on a page without product data', () => {
    const doc = htmlDoc(`<h1>About us</h1><p>We were founded in 1999 and have 250 staff.</p>`);
    const p = readProductPage(doc, URL);
    expect(p.price).toBeUndefined();
    expect(p.currency).toBeUndefined();
    expect(p.availability).toBeUndefined();
    expect(p.confidence).toBeLessThan(0.5);
  });

  it('does not crash on enormous or broken HTML', () => {
    const huge = `<h1>X</h1>${'<div><span>'.repeat(3000)}${'text '.repeat(200000)}<script type="application/ld+json">{{{</script>`;
    expect(() => readProductPage(htmlDoc(huge), URL)).not.toThrow();
    // (A megabyte of text takes seconds to parse on a busy 2-core machine: the ceiling is no speed check, it only keeps the run from flaking.)
  }, 120_000);
});

describe('readProductPage: the shop categories a product is filed under', () => {
  it('reads them from a Product\'s JSON-LD "category", without "Home"', () => {
    const doc = htmlDoc(`${ld({ '@type': 'Product', name: 'Card', category: 'PC Components > GPU > Maker, Sale' })}<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / PC Components / GPU / Card</nav>`);
    expect(readProductPage(doc, URL).categories).toEqual(['PC Components', 'GPU', 'Maker']);
  });

  it('reads a labelled line ("Filed under: A / B") where no markup says it', () => {
    const doc = htmlDoc('<h1>Card</h1><div class="cats">Filed under: PC Components / Graphics Cards</div>');
    expect(readProductPage(doc, URL).categories).toEqual(['PC Components', 'Graphics Cards']);
  });

  it('reads a breadcrumb written as plain text, without the product\'s own name', () => {
    const doc = htmlDoc('<nav aria-label="Breadcrumb"><a href="/">Home</a> / Audio / Headsets / Maker Earset X</nav><h1>Maker Earset X</h1>');
    expect(readProductPage(doc, URL).categories).toEqual(['Audio', 'Headsets']);
  });
});
