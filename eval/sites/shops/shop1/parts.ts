import { html, type Html } from '../../core/html';
import type { Page } from '../../core/pagination';
import type { ShopProduct } from '../../data/webmall';
import { formatPrice } from '../price-format';
import { imagePath, productPath, type ShopSite } from '../types';

export const shop1Price = (value: number): Html =>
  html`<span class="woocommerce-Price-amount amount"><bdi>${formatPrice(value, 'de-suffix').replace(/\u00a0€$/, '')}&nbsp;<span class="woocommerce-Price-currencySymbol">€</span></bdi></span>`;

export function priceHtml(product: ShopProduct): Html {
  if (product.price === undefined) return html`<span class="price"></span>`;
  if (product.salePrice !== undefined && product.regularPrice !== undefined) {
    return html`<span class="price"><del aria-hidden="true">${shop1Price(product.regularPrice)}</del> <span class="screen-reader-text">Original price was: ${formatPrice(product.regularPrice, 'de-suffix')}.</span><ins aria-hidden="true">${shop1Price(product.salePrice)}</ins><span class="screen-reader-text">Current price is: ${formatPrice(product.salePrice, 'de-suffix')}.</span></span>`;
  }
  return html`<span class="price">${shop1Price(product.price)}</span>`;
}

function productCard(site: ShopSite, product: ShopProduct): Html {
  const button = product.price === undefined
    ? html`<a href="${productPath(product)}" class="button product_type_simple">Read more</a>`
    : html`<a href="?add-to-cart=${product.id}" data-quantity="1" class="button product_type_simple add_to_cart_button" data-product_id="${product.id}" rel="nofollow">Add to cart</a>`;
  if (site.changed) {
    return html`<li class="wc-block-product post-${product.id}"><div class="wc-block-components-product-image"><a href="${productPath(product)}"><img src="${imagePath(product)}" alt="${product.name}" width="300" height="300"></a></div>
      <h3 class="wp-block-post-title has-text-align-center"><a href="${productPath(product)}">${product.name}</a></h3>
      <div class="wc-block-components-product-price">${priceHtml(product)}</div><div class="wp-block-button">${button}</div></li>`;
  }
  return html`<li class="product type-product post-${product.id} status-publish ${product.inStock ? 'instock' : 'outofstock'}${product.salePrice !== undefined ? ' sale' : ''}">
    <a href="${productPath(product)}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">${product.salePrice !== undefined ? html`<span class="onsale">Sale!</span>` : null}<img src="${imagePath(product)}" class="attachment-woocommerce_thumbnail" alt="${product.name}" width="324" height="324">
    <h2 class="woocommerce-loop-product__title">${product.name}</h2>${priceHtml(product)}</a>${button}</li>`;
}

/** A product loop with result count and pagination; `pageHref(n)` builds the URL of page n. */
export function productLoop(site: ShopSite, page: Page<ShopProduct>, pageHref: (n: number) => string): Html {
  if (page.totalItems === 0) {
    return html`<div class="woocommerce-no-products-found"><div class="woocommerce-info">No products were found matching your selection.</div></div>`;
  }
  const first = (page.page - 1) * page.perPage + 1;
  const last = first + page.items.length - 1;
  const count = page.totalItems === 1 ? 'Showing the single result' : page.items.length === 0 ? `Showing 0 of ${page.totalItems} results` : `Showing ${first}–${last} of ${page.totalItems} results`;
  const pages = Array.from({ length: page.totalPages }, (_, i) => i + 1);
  const pagination = page.totalPages <= 1 ? null : html`<nav class="woocommerce-pagination" aria-label="Product Pagination"><ul class="page-numbers">
    ${page.page > 1 ? html`<li><a class="prev page-numbers" rel="prev" href="${pageHref(page.page - 1)}">←</a></li>` : null}
    ${pages.map((n) => html`<li>${n === page.page ? html`<span aria-current="page" class="page-numbers current">${n}</span>` : html`<a class="page-numbers" href="${pageHref(n)}">${n}</a>`}</li>`)}
    ${page.page < page.totalPages ? html`<li><a class="next page-numbers" rel="next" href="${pageHref(page.page + 1)}">→</a></li>` : null}</ul></nav>`;
  const list = site.changed
    ? html`<ul class="wc-block-product-template is-flex-container columns-3">${page.items.map((p) => productCard(site, p))}</ul>`
    : html`<ul class="products columns-4">${page.items.map((p) => productCard(site, p))}</ul>`;
  return html`<p class="woocommerce-result-count">${count}</p>${list}${pagination}`;
}
