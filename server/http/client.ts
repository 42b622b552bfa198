import type { IncomingMessage } from 'node:http';

/** Where requests come from, as the address limits and the origin check see them. */
export type ClientPolicy = {
  /** Origins other than the server's own that browsers may call from. */
  allowedOrigins: string[];
  /** When a reverse proxy appends the client's address to X-Forwarded-For. */
  trustProxy: boolean;
};

/**
 * The network address a request came from. Behind a trusted proxy it is the last
 * X-Forwarded-For entry, the one that proxy wrote; anything before it the client could forge.
 */
export function clientAddress(req: IncomingMessage, policy: Pick<ClientPolicy, 'trustProxy'>): string {
  const forwarded = policy.trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
  return last || req.socket.remoteAddress || 'unknown';
}

/**
 * True when a browser may make this request: requests without an Origin header (command-line
 * tools, servers, the stock provider outside a browser) carry no ambient credentials a page
 * could abuse, so they pass; a browser's Origin must be the server's own or an allowed one.
 */
export function originAllowed(req: IncomingMessage, policy: Pick<ClientPolicy, 'allowedOrigins'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (policy.allowedOrigins.includes(origin)) return true;
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  if (!host || !URL.canParse(origin)) return false;
  return new URL(origin).host === (Array.isArray(host) ? host[0] : host);
}
