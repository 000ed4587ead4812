/** Serves snapshots from 127.0.0.1 on a free port: /p/<id> returns the page's bytes as the shop sent them. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { charsetOf, type SnapshotPage } from './dataset';

export interface SnapshotServer {
  urlOf(id: string): string;
  close(): Promise<void>;
}

export async function serveSnapshots(pages: SnapshotPage[]): Promise<SnapshotServer> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const server: Server = createServer((req, res) => {
    const id = /^\/p\/([\w-]+)/.exec(req.url ?? '')?.[1];
    const page = id ? byId.get(id) : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a snapshot');
      return;
    }
    // The header carries the charset as the shop's did; the snapshot kept only the body.
    res.writeHead(200, { 'content-type': `text/html; charset=${charsetOf(page.html)}` }).end(page.html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (id) => `http://127.0.0.1:${port}/p/${id}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
