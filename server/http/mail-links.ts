import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmailSettingsService } from '../notifications/email-settings';
import { fail } from './respond';

/** What the email links need: the settings service, and whether email is on at all. */
export type MailLinkDeps = { emailSettings: EmailSettingsService; mailOn: boolean };

const PATHS = new Set(['/api/mail/confirm', '/api/mail/unsubscribe']);
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page in both languages, optionally with one button that posts back to the same link. */
function page(res: ServerResponse, status: number, nb: string, en: string, button?: { nb: string; en: string; action: string }): void {
  const form = button ? `<form method="post" action="${escape(button.action)}"><button type="submit" style="font-size:1rem;padding:0.4rem 1rem">${escape(button.nb)} / ${escape(button.en)}</button></form>` : '';
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="referrer" content="no-referrer"><title>Varsler på e-post / Email notifications</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>Varsler på e-post</h1><p role="status">${escape(nb)}</p><p lang="en">${escape(en)}</p>${form}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/**
 * The two links in emails. GET shows a page with one button and changes nothing, since mail
 * scanners open links on their own; the button (a same-origin form) POSTs. A one-click
 * unsubscribe (RFC 8058) is that POST, sent by the mail program with no page at all.
 * Returns false for any other path.
 */
export async function handleMailLinks(req: IncomingMessage, res: ServerResponse, url: URL, deps: MailLinkDeps): Promise<boolean> {
  if (!PATHS.has(url.pathname)) return false;
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('allow', 'GET, POST');
    fail(res, 405, 'method not allowed');
    return true;
  }
  if (!deps.mailOn) {
    fail(res, 404, 'this server does not send email');
    return true;
  }
  // The body of a one-click POST ("List-Unsubscribe=One-Click") says nothing the link does not.
  req.resume();
  const token = url.searchParams.get('t');
  const action = `${url.pathname}?t=${encodeURIComponent(token ?? '')}`;
  if (url.pathname === '/api/mail/confirm') {
    if (req.method === 'GET') {
      page(res, 200, 'Trykk på knappen for å bekrefte at du vil ha varsler fra tavla på e-post.', 'Press the button to confirm that you want notifications from the board by email.', { nb: 'Bekreft', en: 'Confirm', action });
    } else if (await deps.emailSettings.confirm(token)) {
      page(res, 200, 'Adressen er bekreftet. Du får varsler på e-post fra nå av.', 'The address is confirmed. You will get notifications by email from now on.');
    } else {
      page(res, 400, 'Lenken virker ikke lenger: den er utløpt, eller adressen er endret. Be om en ny lenke fra tavla.', 'This link no longer works: it has expired, or the address was changed. Ask for a new link from the board.');
    }
    return true;
  }
  if (req.method === 'GET') {
    page(res, 200, 'Trykk på knappen for å slutte å få e-post fra denne tavla.', 'Press the button to stop getting email from this board.', { nb: 'Meld meg av', en: 'Unsubscribe', action });
  } else if (await deps.emailSettings.unsubscribe(token)) {
    page(res, 200, 'Du er meldt av. Adressen din er slettet, og ingen flere e-poster sendes fra denne tavla.', 'You are unsubscribed. Your address has been deleted, and no more emails are sent from this board.');
  } else {
    page(res, 400, 'Lenken er ikke gyldig.', 'The link is not valid.');
  }
  return true;
}
