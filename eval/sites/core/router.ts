import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies } from './cookies';

/** One request as the route handlers see it. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  cookies: Record<string, string>;
}

export type RouteHandler = (ctx: RequestContext) => void | Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/**
 * Path patterns like `/product/:slug/` or `/catalog/find/:query*`: `:name` matches one segment,
 * `:name*` the rest of the path. Small on purpose: each site has a dozen routes.
 */
export class Router {
  private routes: Route[] = [];

  get(path: string, handler: RouteHandler): this {
    return this.add('GET', path, handler);
  }

  post(path: string, handler: RouteHandler): this {
    return this.add('POST', path, handler);
  }

  add(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        const param = /^:(\w+)(\*)?$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        keys.push(param[1]!);
        return param[2] ? '(.+?)' : '([^/]+)';
      })
      .join('/');
    // A trailing slash is optional, as on most web servers.
    this.routes.push({ method, pattern: new RegExp(`^${source.replace(/\/$/, '')}/?$`), keys, handler });
    return this;
  }

  /** Returns false when no route matched, so the caller can answer 404 in the site's own look. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = safeDecode(match[i + 1] ?? '');
      });
      await route.handler({ req, res, url, params, cookies: parseCookies(req.headers.cookie) });
      return true;
    }
    return false;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
