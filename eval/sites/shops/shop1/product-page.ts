import { html, jsonScript, raw } from '../../core/html';
import type { ShopProduct } from '../../data/webmall';
import { categorySlugPath } from '../catalog';
import { imagePath, productPath, type ShopSite } from '../types';
import { shop1Page } from './layout';
import { priceHtml } from './parts';

/** WooCommerce's own JSON-LD for a simple product (sku falls back to the id, as WooCommerce does). */
function productJsonLd(product: ShopProduct): unknown {
  return {
    '@context': 'https://schema.org/',
    '@type': 'Product',
    '@id': `${productPath(product)}#product`,
    name: product.name,
    url: productPath(product),
    description: product.descriptionHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(),
    image: imagePath(product),
    sku: product.sku ?? product.id,
    ...(product.gtin ? { gtin: product.gtin } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    category: product.categories.map((path) => path.join(' > ')).join(', '),
    offers: product.price === undefined ? [] : [{
      '@type': 'Offer',
      price: product.price.toFixed(2),
      priceCurrency: 'EUR',
      availability: product.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: productPath(product),
      priceSpecification: product.salePrice !== undefined && product.regularPrice !== undefined
        ? [{ '@type': 'UnitPriceSpecification', price: product.salePrice.toFixed(2), priceCurrency: 'EUR' },
           { '@type': 'UnitPriceSpecification', price: product.regularPrice.toFixed(2), priceCurrency: 'EUR', priceType: 'https://schema.org/StrikethroughPrice' }]
        : [{ '@type': 'UnitPriceSpecification', price: product.price.toFixed(2), priceCurrency: 'EUR', valueAddedTaxIncluded: true }],
    }],
  };
}

export function renderShop1Product(site: ShopSite, product: ShopProduct, notice?: string): string {
  // The redesign keeps JSON-LD (plugins emit it) but drops the theme's microdata.
  const md = (attrs: string) => (site.changed ? raw('') : raw(attrs));
  const categories = product.categories.map((path, i) => html`${i ? ', ' : ''}<a href="/product-category/${categorySlugPath(path)}/" rel="tag">${path[path.length - 1]}</a>`);
  const form = product.price === undefined ? null : html`<form class="cart" action="${productPath(product)}" method="post" enctype="application/x-www-form-urlencoded">
      <div class="quantity"><label class="screen-reader-text" for="quantity_${product.id}">${product.name} quantity</label><input type="number" id="quantity_${product.id}" class="input-text qty text" name="quantity" value="1" min="1" step="1"></div>
      <button type="submit" name="add-to-cart" value="${product.id}" class="single_add_to_cart_button button alt">Add to cart</button></form>`;
  const body = html`${notice ? html`<div class="woocommerce-notices-wrapper"><div class="woocommerce-message" role="alert"><a href="/cart/" class="button wc-forward">View cart</a> ${notice}</div></div>` : null}
    <nav class="woocommerce-breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> / ${product.categories[0]?.map((c) => html`${c} / `)}${product.name}</nav>
    <div id="product-${product.id}" class="${site.changed ? 'wp-block-group product-v2' : 'product type-product'} ${product.inStock ? 'instock' : 'outofstock'}" ${md('itemscope itemtype="https://schema.org/Product"')}>
      <div class="woocommerce-product-gallery"><img src="${imagePath(product)}" alt="${product.name}" width="600" height="600" ${md('itemprop="image"')}></div>
      <div class="summary entry-summary">
        <h1 class="${site.changed ? 'wp-block-post-title' : 'product_title entry-title'}" ${md('itemprop="name"')}>${product.name}</h1>
        <p class="price" ${md('itemprop="offers" itemscope itemtype="https://schema.org/Offer"')}>${priceHtml(product)}${product.price === undefined || site.changed ? null : raw(`<meta itemprop="price" content="${product.price.toFixed(2)}"><meta itemprop="priceCurrency" content="EUR"><link itemprop="availability" href="https://schema.org/${product.inStock ? 'InStock' : 'OutOfStock'}">`)}</p>
        <div class="woocommerce-product-details__short-description">${raw(product.shortDescriptionHtml)}</div>
        <p class="stock ${product.inStock ? 'in-stock' : 'out-of-stock'}">${product.inStock ? 'In stock' : 'Out of stock'}</p>
        ${form}
        <div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku" ${md('itemprop="sku"')}>${product.sku ?? product.id}</span></span>
          ${product.brand ? html`<span class="posted_in brand">Brand: <span ${md('itemprop="brand"')}>${product.brand}</span></span>` : null}
          <span class="posted_in">Categories: ${categories}</span></div>
      </div>
      <div class="woocommerce-tabs wc-tabs-wrapper"><h2>Description</h2><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description" ${md('itemprop="description"')}>${raw(product.descriptionHtml)}</div></div>
    </div>`;
  return shop1Page(site, { title: product.name, head: jsonScript(productJsonLd(product)), body, bodyClass: 'single-product' });
}
