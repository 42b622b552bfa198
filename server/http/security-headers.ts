import type { ServerResponse } from 'node:http';

/**
 * The content security policy of every page. Board pages hold capability tokens (in the URL
 * fragment and in local storage), so a script injected from anywhere else must not run and
 * nothing may be sent to another host.
 */
const CONTENT_SECURITY_POLICY = [
  // Everything not named below: this server only.
  "default-src 'self'",
  // Next.js (App Router) streams its payload as inline <script> tags without a nonce; its
  // production build needs no eval, so 'unsafe-eval' stays out.
  "script-src 'self' 'unsafe-inline'",
  // React style attributes and Next's injected <style> tags are inline.
  "style-src 'self' 'unsafe-inline'",
  // Generated images (charts, exports) come as data: and blob: URLs.
  "img-src 'self' data: blob:",
  // The board syncs over a websocket to this server; 'self' does not cover ws:/wss: in every browser.
  "connect-src 'self' ws: wss:",
  "font-src 'self' data:",
  // The board page's offline shell is a service worker from this server (/sw.js); named here so
  // it keeps working if script-src, which it would otherwise fall back to, is ever narrowed.
  "worker-src 'self'",
  // No one may frame the board to trick a facilitator into clicking (clickjacking).
  "frame-ancestors 'none'",
  // An injected <base> would redirect every relative URL, an injected <form> post tokens away.
  "base-uri 'self'",
  "form-action 'self'",
  // No plugins.
  "object-src 'none'",
].join('; ');

/** The headers every response carries, pages, API and metrics alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Links from a board page to elsewhere must not tell the other site which board was open.
  'referrer-policy': 'no-referrer',
  // A JSON answer or an uploaded file is never to be sniffed into HTML or script.
  'x-content-type-options': 'nosniff',
  // frame-ancestors for browsers that predate it.
  'x-frame-options': 'DENY',
  // The board uses none of these; a compromised or framed page cannot ask for them either.
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Sets the security headers on a response before anything writes it; later writers may still add their own. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
