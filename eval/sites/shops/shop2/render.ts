import { documentHtml, html, raw, type Html } from '../../core/html';
import type { Page } from '../../core/pagination';
import { wooSlug as slugPart } from '../../data/text';
import type { ShopProduct } from '../../data/webmall';
import type { CategoryNode } from '../catalog';
import { formatPrice } from '../price-format';
import { imagePath, productPath, type ShopSite } from '../types';

/** "TechTalk": a hand-built shop with no structured data at all; everything is in the DOM. */
export function shop2Page(site: ShopSite, title: string, body: Html, head?: Html): string {
  const c = site.changed;
  const frame = html`<div class="${c ? 'tt2-shell' : 'tt-wrap'}"><div class="${c ? 'tt2-top' : 'tt-header'}"><a class="${c ? 'tt2-logo' : 'tt-logo'}" href="/">${site.name}</a>
    <form class="${c ? 'tt2-find' : 'tt-search'}" action="/search" method="get"><input type="search" name="q" aria-label="Search products" placeholder="What are you looking for?"><button type="submit">${c ? 'Find' : 'Search'}</button></form>
    <a class="tt-basket" href="/cart/">Basket</a></div>
    <div class="${c ? 'tt2-menu' : 'tt-nav'}">${categoryLinks(site.catalog.categoryRoots)}</div>
    <div class="${c ? 'tt2-main' : 'tt-content'}">${body}</div><div class="tt-footer">TechTalk · all prices include VAT · free delivery over €50</div></div>`;
  return documentHtml({ title: `${title} | ${site.name}`, body: frame, head, lang: 'en-GB' });
}

function categoryLinks(nodes: CategoryNode[]): Html {
  return html`<ul>${nodes.map((n) => html`<li><a href="/category/${n.slugPath}/">${n.name}</a>${n.children.length ? categoryLinks(n.children) : null}</li>`)}</ul>`;
}

export function shop2PriceBlock(site: ShopSite, product: ShopProduct): Html {
  if (product.price === undefined) return html`<div class="tt-price">Call for price</div>`;
  if (product.salePrice !== undefined && product.regularPrice !== undefined) {
    const saving = Math.round((1 - product.salePrice / product.regularPrice) * 100);
    return html`<div class="${site.changed ? 'tt2-cost' : 'tt-price'}"><span class="now">${formatPrice(product.salePrice, 'en-prefix')}</span> <s class="was">${formatPrice(product.regularPrice, 'en-prefix')}</s> <span class="save">Save ${saving}%</span></div>`;
  }
  return html`<div class="${site.changed ? 'tt2-cost' : 'tt-price'}">${formatPrice(product.price, 'en-prefix')}</div>`;
}

function tile(site: ShopSite, product: ShopProduct): Html {
  if (site.changed) {
    return html`<article class="tt2-card">${shop2PriceBlock(site, product)}<a href="${productPath(product)}"><span class="tt2-card-title">${product.name}</span></a><img src="${imagePath(product)}" alt=""></article>`;
  }
  return html`<div class="tile"><a class="tile-link" href="${productPath(product)}"><img src="${imagePath(product)}" alt="${product.name}"><div class="tile-name">${product.name}</div></a>${shop2PriceBlock(site, product)}<div class="tile-stock">${product.inStock ? 'In stock' : 'Sold out'}</div></div>`;
}

export function shop2Listing(site: ShopSite, heading: string, page: Page<ShopProduct>, href: (n: number) => string, emptyText: string): Html {
  if (page.totalItems === 0) return html`<h1>${heading}</h1><p class="tt-empty">${emptyText}</p>`;
  const pager = html`<div class="tt-pager">${page.page > 1 ? html`<a rel="prev" href="${href(page.page - 1)}">‹ Previous page</a>` : null}
    <span>Page ${page.page} of ${page.totalPages}</span>${page.page < page.totalPages ? html`<a rel="next" class="tt-next" href="${href(page.page + 1)}">Next page ›</a>` : null}</div>`;
  return html`<h1>${heading}</h1><div class="tt-count">${page.totalItems} products</div><div class="${site.changed ? 'tt2-grid' : 'results-grid'}">${page.items.map((p) => tile(site, p))}</div>${pager}`;
}

export function shop2ProductBody(site: ShopSite, product: ShopProduct, notice?: string): Html {
  const buy = product.price === undefined ? null : html`<form class="tt-buy" action="/cart/add" method="post"><input type="hidden" name="product_id" value="${product.id}"><label>Qty <input type="number" name="quantity" value="1" min="1"></label><button type="submit">Add to basket</button></form>`;
  const crumbs = product.categories[0] ?? [];
  return html`${notice ? html`<div class="tt-notice">${notice}</div>` : null}
    <div class="tt-crumbs"><a href="/">Home</a>${crumbs.map((c, i) => html` › <a href="/category/${crumbs.slice(0, i + 1).map(slugPart).join('/')}/">${c}</a>`)}</div>
    <div class="${site.changed ? 'tt2-product' : 'tt-product'}"><img src="${imagePath(product)}" alt="${product.name}"><div class="tt-info">
      <h1 class="${site.changed ? 'tt2-name' : 'tt-title'}">${product.name}</h1>${shop2PriceBlock(site, product)}
      <div class="tt-availability">${product.inStock ? 'In stock – dispatched within 24 hours' : 'Currently out of stock'}</div>
      ${product.brand ? html`<div class="tt-brand">Manufacturer: ${product.brand}</div>` : null}
      <div class="tt-ref">Product code: TT-${product.id}</div>${buy}</div></div>
    <div class="tt-tabs"><h2>Product details</h2><div class="tt-description">${raw(product.shortDescriptionHtml)}${raw(product.descriptionHtml)}</div>
    <h3>Categories</h3><ul class="tt-cats">${product.categories.map((path) => html`<li>${path.join(' › ')}</li>`)}</ul></div>`;
}

