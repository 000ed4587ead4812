import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultOptions } from '../types';
import { withFaults, type RequestListener } from './faults';

export interface ListeningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts one site on its own free port (port 0), with its faults applied. */
export async function listenSite(listener: RequestListener, host: string, faults?: FaultOptions): Promise<ListeningServer> {
  const guarded = withFaults(listener, faults);
  const server: Server = createServer((req, res) => {
    Promise.resolve(guarded(req, res)).catch((error: unknown) => {
      // A handler bug must show up as a 500 with the reason, not as a hung request.
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      }
      res.end(`Internal error in the local site: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    baseUrl: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hanging and keep-alive connections would keep close() waiting forever.
        server.closeAllConnections();
      }),
  };
}
