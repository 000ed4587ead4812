import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultOptions } from '../types';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** mulberry32: a small seeded generator, so "errorRate" fails the same requests on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERSTITIAL =
  '<!doctype html><html><head><title>Just a moment...</title></head><body><main><h1>Checking your browser before accessing the site.</h1>' +
  '<p>This process is automatic. Your browser will redirect to your requested content shortly.</p></main></body></html>';

/**
 * Wraps a site's listener with the faults chosen for it: hang (never answer), latency, then HTTP 500
 * for a seeded share of requests, or an interstitial instead of every page but the home page. Markup variants are not handled here: the renderers choose them.
 */
export function withFaults(listener: RequestListener, faults: FaultOptions | undefined): RequestListener {
  if (!faults || (!faults.hang && !faults.latencyMs && !faults.errorRate && !faults.interstitial)) return listener;
  const dice = seededRandom(faults.seed ?? 1);
  return async (req, res) => {
    if (faults.hang) return; // the socket stays open; closing the sites destroys it
    if (faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faults.errorRate && dice() < faults.errorRate) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1><p>The server could not answer (injected fault). Try again.</p>');
      return;
    }
    if (faults.interstitial && (req.url ?? '/') !== '/') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(INTERSTITIAL);
      return;
    }
    await listener(req, res);
  };
}
