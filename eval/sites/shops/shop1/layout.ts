import { documentHtml, html, type Html } from '../../core/html';
import type { CategoryNode } from '../catalog';
import type { ShopSite } from '../types';

/** Storefront-like frame of "E-Store Athletes": WooCommerce class names and search form. */
export function shop1Page(site: ShopSite, opts: { title: string; body: Html; head?: Html; bodyClass?: string }): string {
  const header = site.changed
    ? html`<header class="wp-block-template-part site-header--v2"><div class="wp-block-site-title"><a href="/">${site.name}</a></div>
        <form role="search" method="get" action="/" class="wp-block-search"><label for="wp-block-search__input-1" class="wp-block-search__label">Search</label>
        <input class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" placeholder="Search products…"><input type="hidden" name="post_type" value="product">
        <button type="submit" class="wp-block-search__button">Search</button></form><a class="wc-block-mini-cart" href="/cart/">Cart</a></header>`
    : html`<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${site.name}</a></p></div>
        <div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
        <label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
        <input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products…" value="" name="s">
        <button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div>
        <ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/cart/" title="View your shopping cart">Cart</a></li></ul></header>`;
  const body = html`<div id="page" class="hfeed site">${header}
    <nav class="${site.changed ? 'wp-block-navigation' : 'main-navigation'}" aria-label="Product categories">${categoryList(site.catalog.categoryRoots)}</nav>
    <div id="content" class="site-content"><main id="main" class="site-main" role="main">${opts.body}</main></div>
    <footer class="site-footer">© ${site.name} · Prices incl. VAT</footer></div>`;
  return documentHtml({ title: `${opts.title} – ${site.name}`, head: opts.head, body, bodyClass: `woocommerce-page ${opts.bodyClass ?? ''}` });
}

function categoryList(nodes: CategoryNode[]): Html {
  return html`<ul class="product-categories">${nodes.map(
    (node) => html`<li class="cat-item"><a href="/product-category/${node.slugPath}/">${node.name}</a> <span class="count">(${node.productCount})</span>${
      node.children.length ? html`<ul class="children">${categoryList(node.children)}</ul>` : null
    }</li>`,
  )}</ul>`;
}
