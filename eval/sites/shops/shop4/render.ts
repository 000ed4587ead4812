import { documentHtml, html, raw, type Html } from '../../core/html';
import type { Page } from '../../core/pagination';
import type { ShopProduct } from '../../data/webmall';
import type { CategoryNode, SortOrder } from '../catalog';
import { formatPrice } from '../price-format';
import { imagePath, productPath, type ShopSite } from '../types';

/** "Hardware Cafe": category sidebar, sortable listings, RDFa (schema.org) on product pages. */
export function shop4Page(site: ShopSite, title: string, body: Html, head?: Html): string {
  const frame = html`<div id="hc-root" class="${site.changed ? 'hc-v2' : 'hc'}"><div class="hc-bar"><a href="/" class="hc-home">☕ ${site.name}</a>
    <form class="hc-finder" action="/catalog/find" method="get"><label for="hc-q">Find hardware</label> <input id="hc-q" type="search" name="q"><input type="submit" value="Find"></form>
    <a class="hc-cart" href="/cart/">Cart</a></div>
    <div class="hc-body"><div class="hc-side"><h2>Departments</h2>${tree(site.catalog.categoryRoots)}</div><div class="hc-main">${body}</div></div></div>`;
  return documentHtml({ title: `${site.name} - ${title}`, body: frame, head });
}

function tree(nodes: CategoryNode[]): Html {
  return html`<ul class="hc-departments">${nodes.map((n) => html`<li><a href="/catalog/category/${n.slugPath}">${n.name} (${n.productCount})</a>${n.children.length ? tree(n.children) : null}</li>`)}</ul>`;
}

export const shop4Price = (value: number | undefined): string => (value === undefined ? 'Price on request' : formatPrice(value, 'de-prefix'));

const SORTS: [SortOrder, string][] = [['relevance', 'Best match'], ['price-asc', 'Price: low to high'], ['price-desc', 'Price: high to low'], ['name', 'Name A–Z'], ['newest', 'Newest']];

/** A sortable, paginated listing; `href(page, sort)` builds its URLs. */
export function shop4Listing(site: ShopSite, heading: string, page: Page<ShopProduct>, sort: SortOrder, href: (page: number, sort: SortOrder) => string, emptyText: string): Html {
  const sorter = html`<div class="hc-sort">Sort by: ${SORTS.map(([key, label]) => (key === sort ? html`<strong class="hc-sort-current">${label}</strong> ` : html`<a class="hc-sort-option" href="${href(1, key)}">${label}</a> `))}</div>`;
  if (page.totalItems === 0) return html`<h1>${heading}</h1><div class="hc-none">${emptyText}</div>`;
  const rows = page.items.map((p) => site.changed
    ? html`<tr class="hc-row"><td><a href="${productPath(p)}">${p.name}</a></td><td class="hc-row-price">${p.salePrice !== undefined ? html`<del>${shop4Price(p.regularPrice)}</del> ` : null}${shop4Price(p.price)}</td><td>${p.inStock ? 'yes' : 'no'}</td></tr>`
    : html`<div class="hc-item"><a href="${productPath(p)}"><img src="${imagePath(p)}" alt="" width="160" height="160"><span class="hc-item-name">${p.name}</span></a><span class="hc-item-price">${p.salePrice !== undefined ? html`<del>${shop4Price(p.regularPrice)}</del> ` : null}${shop4Price(p.price)}</span><span class="hc-item-stock">${p.inStock ? 'in stock' : 'out of stock'}</span></div>`);
  const list = site.changed ? html`<table class="hc-table"><tr><th>Product</th><th>Price</th><th>In stock</th></tr>${rows}</table>` : html`<div class="hc-items">${rows}</div>`;
  const pager = html`<div class="hc-pages">${page.page > 1 ? html`<a rel="prev" href="${href(page.page - 1, sort)}">« prev</a> ` : null}page ${page.page} of ${page.totalPages}${page.page < page.totalPages ? html` <a rel="next" href="${href(page.page + 1, sort)}">next »</a>` : null}</div>`;
  return html`<h1>${heading}</h1><p class="hc-total">${page.totalItems} items</p>${sorter}${list}${pager}`;
}

export function shop4ProductBody(site: ShopSite, product: ShopProduct, notice?: string): Html {
  const buy = product.price === undefined ? html`<p>Ask us for a quote.</p>` : html`<form class="hc-buy" method="post" action="/cart/add"><input type="hidden" name="product_id" value="${product.id}"><input type="number" name="quantity" value="1" min="1" aria-label="Quantity"><button type="submit">Add to cart</button></form>`;
  const offer = product.price === undefined ? null : html`<div property="offers" typeof="Offer" class="hc-offer">
      ${product.salePrice !== undefined ? html`<span class="hc-was">was <del>${shop4Price(product.regularPrice)}</del></span> ` : null}<span class="hc-now">${shop4Price(product.price)}</span>
      <meta property="price" content="${product.price.toFixed(2)}"><meta property="priceCurrency" content="EUR"><link property="availability" href="https://schema.org/${product.inStock ? 'InStock' : 'OutOfStock'}"></div>`;
  return html`${notice ? html`<p class="hc-notice">${notice}</p>` : null}<div vocab="https://schema.org/" typeof="Product" class="${site.changed ? 'hc-v2-product' : 'hc-product'}">
    <h1 property="name">${product.name}</h1><img property="image" src="${imagePath(product)}" alt="${product.name}" width="400" height="400">
    <meta property="sku" content="${product.sku ?? product.id}">${product.brand ? html`<p>Brand: <span property="brand">${product.brand}</span></p>` : null}
    ${offer}<p class="hc-stock">${product.inStock ? 'In stock' : 'Out of stock'}</p>${buy}
    <p class="hc-cats">Departments: ${product.categories.map((path, i) => html`${i ? ' | ' : ''}<span property="category">${path.join(' > ')}</span>`)}</p>
    <div property="description" class="hc-description">${raw(product.shortDescriptionHtml)}${raw(product.descriptionHtml)}</div></div>`;
}
