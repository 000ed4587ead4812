import { randomUUID } from 'node:crypto';
import type { RequestContext } from './router';

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    cookies[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * The visitor's id from its cookie, or a fresh one set on the response. Each shop uses its own
 * cookie name, as each real shop does.
 */
export function visitorId(ctx: RequestContext, cookieName: string): string {
  const existing = ctx.cookies[cookieName];
  if (existing) return existing;
  const id = randomUUID();
  ctx.res.appendHeader('Set-Cookie', `${cookieName}=${id}; Path=/; HttpOnly; SameSite=Lax`);
  ctx.cookies[cookieName] = id;
  return id;
}
