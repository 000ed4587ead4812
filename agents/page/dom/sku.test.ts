import { describe, expect, it } from 'vitest';
import { readProductPage } from '../product/read-product';
import { htmlDoc } from '../test-support/parse';
import { codeOf, isSkuLabel, normalizeSkuLabel } from './sku';

const URL = 'https://shop.example.com/p/lamp';

describe('SKU labels', () => {
  it('knows item-number labels in many languages and with marketplace names', () => {
    for (const label of ['SKU', 'Item #', 'Art.-Nr.', 'Artikelnummer', 'Bestell-Nr.', 'Réf.', "Numéro de l'objet eBay", 'eBay item number', 'eBay-Artikelnummer', 'Codice articolo', 'ID Produto', 'Código de producto', 'Kod produktu', 'Cikkszám', 'Артикул', 'קוד מוצר', '〈商品編號', '딜번호', 'Post ID']) {
      expect(isSkuLabel(label), label).toBe(true);
    }
  });

  it('leaves model, part and barcode labels to the other readers', () => {
    for (const label of ['Model', 'Model number', 'Item model number', 'Part number', 'EAN', 'Brand', 'Colour']) {
      expect(isSkuLabel(label), label).toBe(false);
    }
    expect(normalizeSkuLabel('  eBay item number : ')).toBe('item number');
  });

  it('takes the code from a value and strips brackets around it', () => {
    expect(codeOf('M1234567〉')).toBe('M1234567');
    expect(codeOf('#A-77 (blue)')).toBe('A-77');
    expect(codeOf('see below')).toBeUndefined();
  });
});

describe('readProductPage: the SKU as the page shows it', () => {
  const page = (body: string): ReturnType<typeof readProductPage> => readProductPage(htmlDoc(`<h1>Desk lamp</h1><span class="price">€ 24,00</span>${body}`), URL);

  it('reads a label and value in separate elements, inside an aria-hidden panel that is still shown', () => {
    const p = page(`<div aria-hidden="true"><div class="lbl">Numéro de l'objet eBay&nbsp;:</div><div class="num">550011223344</div></div>`);
    expect(p.sku).toBe('550011223344');
  });

  it('reads "Item # 4711", a label without a colon and a bracketed CJK label', () => {
    expect(page('<p>Item # 90210</p>').sku).toBe('90210');
    expect(page('<div>Bestellnummer 774411</div>').sku).toBe('774411');
    expect(page('<p>〈商品編號：Q7788123〉</p>').sku).toBe('Q7788123');
  });

  it('reads an element its markup names as the product reference', () => {
    expect(page('<p class="product-color"><span>Navy</span> - <span data-qa-qualifier="product-reference">3300/410</span></p>').sku).toBe('3300/410');
  });

  it('does not hide text whose style only hides a back face', () => {
    const doc = htmlDoc(`<body style="-webkit-backface-visibility: hidden"><h1>Tray</h1><span class="price">$5.00</span><p>SKU: TR-55</p></body>`);
    expect(readProductPage(doc, URL).sku).toBe('TR-55');
  });

  it('prefers the item number the page shows over a markup id that appears nowhere on the page', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Boots', sku: '88001122-040-37', offers: { '@type': 'Offer', price: '59.95', priceCurrency: 'EUR' } })}</script>`;
    expect(page(`${ld}<p>Ref. 2201/310</p>`).sku).toBe('2201/310');
    // Shown on the page too: the markup stays the answer.
    expect(page(`${ld}<p>Ref. 2201/310</p><p>Variant 88001122-040-37</p>`).sku).toBe('88001122-040-37');
  });

  it('drops a phrase filled into the sku field rather than report it', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'PC', sku: 'ELITEDESK 800 TOWER', offers: { '@type': 'Offer', price: '300', priceCurrency: 'USD' } })}</script>`;
    expect(readProductPage(htmlDoc(`<h1>PC</h1>${ld}`), URL).sku).toBeUndefined();
    expect(readProductPage(htmlDoc(`<h1>PC</h1>${ld}<p>Product code: 55120</p>`), URL).sku).toBe('55120');
  });
});
