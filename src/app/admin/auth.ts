/**
 * Who may see /admin: whoever presents ADMIN_TOKEN, as `Authorization: Bearer <token>` or entered once
 * in the page's form, after which a cookie (an HMAC of the token, never the token itself) keeps them
 * signed in for a week. Comparisons take the same time whatever the guess.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'mg_admin';
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;

const digest = (text: string) => createHash('sha256').update(text).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export interface AdminAuth {
  /** True for a request carrying the token (bearer) or a valid session cookie. */
  allows(req: IncomingMessage): boolean;
  /** True when `token` is the admin token (the form). */
  matches(token: string): boolean;
  /** The Set-Cookie header that signs a browser in (Secure when the request came over HTTPS). */
  sessionCookie(req: IncomingMessage): string;
  clearCookie(): string;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const isHttps = (req: IncomingMessage) =>
  Boolean((req.socket as { encrypted?: boolean }).encrypted) || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';

export function createAdminAuth(token: string): AdminAuth {
  const session = createHmac('sha256', token).update('model-guide admin session v1').digest('base64url');
  return {
    allows(req) {
      const header = req.headers.authorization ?? '';
      const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
      if (bearer !== undefined) return same(bearer, token);
      const cookie = cookieValue(req, SESSION_COOKIE);
      return cookie !== undefined && same(cookie, session);
    },
    matches: (candidate) => same(candidate.trim(), token),
    sessionCookie: (req) =>
      `${SESSION_COOKIE}=${session}; Path=/admin; Max-Age=${SESSION_MAX_AGE_S}; HttpOnly; SameSite=Strict${isHttps(req) ? '; Secure' : ''}`,
    clearCookie: () => `${SESSION_COOKIE}=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict`,
  };
}
