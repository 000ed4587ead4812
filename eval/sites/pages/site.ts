import type { IncomingMessage, ServerResponse } from 'node:http';
import { documentHtml, html } from '../core/html';
import { send, sendHtml } from '../core/respond';
import { Router } from '../core/router';
import { listProductPages, readProductPage } from '../data/product-pages';

/** The product-page snapshots, each at /page/<sha> exactly as the shop sent it. */
export function createPagesSite(dataDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  listProductPages(dataDir); // fail at start-up, not on first request, when the folder is missing
  const router = new Router();
  router.get('/', ({ res }) => {
    const links = listProductPages(dataDir).map((sha) => html`<li><a href="/page/${sha}">${sha}</a></li>`);
    sendHtml(res, documentHtml({ title: 'Product page snapshots', body: html`<h1>Product page snapshots</h1><ol>${links}</ol>` }));
  });
  router.get('/page/:sha', ({ res, params }) => {
    const page = readProductPage(dataDir, params['sha']!);
    if (!page) return sendHtml(res, documentHtml({ title: 'Not found', body: html`<h1>No snapshot ${params['sha']}</h1><p>See / for the list.</p>` }), 404);
    send(res, 200, `text/html; charset=${page.charset}`, page.body);
  });
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!(await router.handle(req, res, url))) sendHtml(res, documentHtml({ title: 'Not found', body: html`<h1>Not found</h1>` }), 404);
  };
}
