/**
 * A static server on 127.0.0.1 for the engine page: the bundle, the ONNX runtime files from
 * node_modules and the generated model folder, under the CSP extension pages get.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.onnx': 'application/octet-stream',
};
// The CSP the lead sets for extension pages: WASM may compile, nothing else is loosened.
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";
const PAGE = '<!doctype html><meta charset="utf-8"><title>engines</title><script type="module" src="/bundle/page-entry.js"></script>';

export interface EnginePageServer {
  url: string;
  /** Every path the page asked for, so tests can check the runtime and model came from here. */
  requested: string[];
  close(): Promise<void>;
}

/** mounts: URL prefix (e.g. "/ort/") -> folder on disk. */
export async function serveEnginePage(mounts: Record<string, string>): Promise<EnginePageServer> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requested.push(path);
    res.setHeader('content-security-policy', EXTENSION_CSP);
    if (path === '/' || path === '/index.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix ? normalize(join(mounts[prefix]!, path.slice(prefix.length))) : undefined;
    if (!file || !file.startsWith(normalize(mounts[prefix!]!)) || !existsSync(file) || !statSync(file).isFile()) {
      return res.writeHead(404).end(`not found: ${path}`);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}
