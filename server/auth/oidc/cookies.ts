import type { IncomingMessage } from 'node:http';

/** The value of cookie `name` on a request, or null. */
export function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/**
 * A Set-Cookie value: HttpOnly so page scripts never see it, SameSite=Lax so it goes along on the
 * top-level GET by which the provider sends the browser back (Strict would drop it there) but not
 * on cross-site posts, Path=/ for the API and the pages.
 *
 * Secure only when the public URL is https. On plain http the flag would make most browsers drop
 * the cookie (http://localhost is an exception in current browsers, but a LAN address is not), so
 * sign-in would silently never stick; without it the cookie travels unencrypted, which is why a
 * real installation must run on https.
 */
export function setCookie(name: string, value: string, opts: { secure: boolean; maxAgeSeconds: number }): string {
  return [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${opts.maxAgeSeconds}`, ...(opts.secure ? ['Secure'] : [])].join('; ');
}
