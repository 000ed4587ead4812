/**
 * The browser script of CamelCases' listings: it reads the page's query, calls /api/products and
 * renders the cards, so a reader that does not run scripts sees an empty shell (as on many shops).
 */
export const LISTING_SCRIPT = String.raw`(function () {
  var root = document.getElementById('product-list');
  var pager = document.getElementById('pager');
  var status = document.getElementById('list-status');
  var params = new URLSearchParams(location.search);
  var api = new URLSearchParams();
  if (params.get('search')) api.set('search', params.get('search'));
  if (root.dataset.category) api.set('category', root.dataset.category);
  if (params.get('orderby')) api.set('orderby', params.get('orderby'));
  var page = Number(params.get('page') || '1');
  api.set('page', String(page));
  var changed = root.dataset.variant === 'changed';
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function money(v) { return v == null ? '' : v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + ' EUR'; }
  function pageHref(n) { var q = new URLSearchParams(location.search); q.set('page', String(n)); return location.pathname + '?' + q.toString(); }
  status.textContent = 'Loading products…';
  fetch('/api/products?' + api.toString(), { headers: { accept: 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then(function (data) {
      status.textContent = data.total === 0 ? 'No products were found matching your search.' : data.total + ' products';
      status.className = data.total === 0 ? 'cc-empty' : 'cc-count';
      data.products.forEach(function (p) {
        var card = el(changed ? 'article' : 'li', changed ? 'cc2-item' : 'cc-card');
        card.dataset.productId = String(p.id);
        var link = el('a', changed ? 'cc2-link' : 'cc-card-link'); link.href = p.permalink;
        var img = el('img'); img.src = p.images[0].src; img.alt = p.name; link.appendChild(img);
        link.appendChild(el(changed ? 'h4' : 'h3', changed ? 'cc2-title' : 'cc-card-title', p.name));
        card.appendChild(link);
        var price = el('div', changed ? 'cc2-price' : 'cc-card-price');
        if (p.on_sale) { var was = el('s', 'cc-was', money(p.prices.regular_price)); price.appendChild(was); price.appendChild(document.createTextNode(' ')); }
        price.appendChild(el('span', 'cc-now', money(p.prices.price)));
        card.appendChild(price);
        card.appendChild(el('div', 'cc-stock', p.is_in_stock ? 'In stock' : 'Out of stock'));
        root.appendChild(card);
      });
      if (page > 1) { var prev = el('a', 'cc-prev', '« Previous'); prev.href = pageHref(page - 1); prev.rel = 'prev'; pager.appendChild(prev); }
      if (data.total_pages > 1) pager.appendChild(el('span', 'cc-page', 'Page ' + data.page + ' / ' + data.total_pages));
      if (data.next) { var next = el('a', 'cc-next', 'Next »'); next.href = pageHref(page + 1); next.rel = 'next'; pager.appendChild(next); }
    })
    .catch(function (error) { status.textContent = 'Products could not be loaded (' + error.message + '). Reload the page to try again.'; status.className = 'cc-error'; });
})();`;
