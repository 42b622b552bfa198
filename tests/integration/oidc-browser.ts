import { createHash, randomBytes } from 'node:crypto';

/**
 * A browser as far as sign-in needs one: cookies kept per origin, redirects followed by hand,
 * and the provider's development login and consent forms filled in and posted.
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The cookies this browser holds for `origin`. */
  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** One request, sending and keeping cookies, never following a redirect. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.cookies(target.origin);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /**
   * Follows redirects from `start`, posting the login form (as `login`) and the consent form when
   * the provider shows them, until a redirect would go where `until` says to stop (answering that
   * redirect) or a page that is neither (answering that page).
   */
  async walk(start: string | URL, login: string, until: (next: URL) => boolean): Promise<{ res: Response; next: URL | null; body: string }> {
    let url = new URL(start);
    let res = await this.fetch(url);
    for (let step = 0; step < 20; step++) {
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, url);
        if (until(next)) return { res, next, body: '' };
        url = next;
        res = await this.fetch(url);
        continue;
      }
      const body = await res.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="prompt" value="(\w+)"/.exec(body);
      if (!form) return { res, next: null, body };
      const fields: Record<string, string> = form[2] === 'login' ? { prompt: 'login', login, password: 'any password' } : { prompt: form[2]! };
      url = new URL(form[1]!, url);
      res = await this.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    }
    throw new Error(`sign-in did not finish: last at ${url.href}`);
  }
}

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
