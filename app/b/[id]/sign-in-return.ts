import { signInPath } from '@/lib/sign-in';

// The link's token lives in the URL fragment, which no server sees, so it cannot ride along
// through the identity provider and back. It waits in this tab's session storage instead (gone
// when the tab closes), and comes back into the address when the board page loads without one.
const KEY = 'ansvarstavla:sign-in-link';

/** Leaves for sign-in, coming back to this board page with the same link. */
export function signInKeepingLink(): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, hash: location.hash }));
  } catch {
    // Without storage the person comes back without the link and opens it again; nothing else breaks.
  }
  location.assign(signInPath(location.pathname));
}

/** Puts the link kept by signInKeepingLink back into the address, once, if it was for this page. */
export function restoreLinkAfterSignIn(): void {
  try {
    const kept = sessionStorage.getItem(KEY);
    if (!kept) return;
    sessionStorage.removeItem(KEY);
    const { path, hash } = JSON.parse(kept) as { path?: unknown; hash?: unknown };
    if (path === location.pathname && typeof hash === 'string' && hash.startsWith('#') && !location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // A garbled entry is simply dropped, as if there were none.
  }
}
