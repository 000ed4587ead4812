import { documentHtml, html, raw, type Html } from '../../core/html';
import type { ShopProduct } from '../../data/webmall';
import type { CategoryNode } from '../catalog';
import { formatPrice } from '../price-format';
import { imagePath, productPath, type ShopSite } from '../types';

/** "CamelCases": listings come from /api/products via a script; product pages carry OpenGraph tags. */
export function shop3Page(site: ShopSite, title: string, body: Html, head?: Html): string {
  const frame = html`<div class="${site.changed ? 'cc2-app' : 'cc-app'}"><nav class="cc-topbar"><a class="cc-brand" href="/">${site.name}</a>
    <form role="search" class="cc-search" action="/shop" method="get"><input type="search" name="search" placeholder="Search CamelCases" aria-label="Search"><button type="submit">Search</button></form>
    <a href="/cart/" class="cc-cart-link">Cart</a></nav><aside class="cc-categories">${categoryMenu(site.catalog.categoryRoots)}</aside><main class="cc-main">${body}</main></div>`;
  return documentHtml({ title: `${title} · ${site.name}`, body: frame, head });
}

function categoryMenu(nodes: CategoryNode[]): Html {
  return html`<ul>${nodes.map((n) => html`<li><a href="/category/${n.slugPath}/">${n.name}</a>${n.children.length ? categoryMenu(n.children) : null}</li>`)}</ul>`;
}

/** The empty listing the script fills in. */
export function listingShell(site: ShopSite, heading: string, category?: string): Html {
  return html`<h1 class="cc-heading">${heading}</h1><p id="list-status" class="cc-count" aria-live="polite"></p>
    <div class="cc-sort">Sort: <a href="?orderby=price-asc">Price ↑</a> <a href="?orderby=price-desc">Price ↓</a> <a href="?orderby=name">Name</a></div>
    <ul id="product-list" class="cc-grid" data-api="/api/products" data-variant="${site.changed ? 'changed' : 'standard'}" ${category ? raw(`data-category="${category}"`) : null}></ul>
    <nav id="pager" class="cc-pager"></nav><script src="/assets/listing.js" defer></script>`;
}

const price = (value: number | undefined) => (value === undefined ? 'Price on request' : formatPrice(value, 'en-code'));

export function shop3ProductPage(site: ShopSite, product: ShopProduct, notice?: string): string {
  const head = html`<meta property="og:type" content="product"><meta property="og:title" content="${product.name}"><meta property="og:url" content="${productPath(product)}"><meta property="og:image" content="${imagePath(product)}">
    ${product.price === undefined ? null : html`<meta property="product:price:amount" content="${product.price.toFixed(2)}"><meta property="product:price:currency" content="EUR">`}
    <meta property="product:availability" content="${product.inStock ? 'in stock' : 'out of stock'}"><meta property="product:retailer_item_id" content="${product.id}">`;
  const buy = product.price === undefined ? null : html`<form class="cc-add" action="/cart/add" method="post"><input type="hidden" name="product_id" value="${product.id}"><input type="number" name="quantity" value="1" min="1" aria-label="Quantity"><button type="submit">Add to cart</button></form>`;
  const body = html`${notice ? html`<div class="cc-toast" role="status">${notice}</div>` : null}
    <section class="${site.changed ? 'cc2-detail' : 'cc-product'}" data-product-id="${product.id}"><img src="${imagePath(product)}" alt="${product.name}">
    <div class="cc-product-info"><h1 class="${site.changed ? 'cc2-detail-title' : 'cc-product-title'}">${product.name}</h1>
    <div class="cc-product-price">${product.salePrice !== undefined ? html`<s>${price(product.regularPrice)}</s> ` : null}<strong>${price(product.price)}</strong></div>
    <div class="cc-product-stock">${product.inStock ? 'Available' : 'Out of stock'}</div>${buy}
    <div class="cc-product-cats">Filed under: ${product.categories.map((path) => path.join(' / ')).join('; ')}</div></div></section>
    <section class="cc-product-description">${raw(product.shortDescriptionHtml)}${raw(product.descriptionHtml)}</section>`;
  return shop3Page(site, product.name, body, head);
}
