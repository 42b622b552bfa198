import type { Participant } from './comments';

/**
 * A comment body as plain text: split into text, link and @mention pieces for display, and
 * the @mention autocomplete's arithmetic. Pure, so the page never has to trust a body as HTML.
 */

/** One piece of a comment body. Only http(s) links become links, so `javascript:` never does. */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; participantId: string };

/** Who a mention can name: enough of a participant to match and to highlight. */
export type Mentionable = Pick<Participant, 'participantId' | 'name'>;

// Quotes and angle brackets end a URL, since people write "<https://x>" and «https://x».
const URL_PATTERN = /https?:\/\/[^\s<>"'`«»]+/giu;
const TRAILING = /[.,;:!?'’”)\]}]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// A URL at the end of a sentence or inside parentheses keeps its own closing bracket but not the
// sentence's: "(see https://x.no/a_(b))." links https://x.no/a_(b).
function trimUrl(url: string): string {
  let out = url;
  while (TRAILING.test(out)) {
    const last = out.charAt(out.length - 1);
    const open = { ')': '(', ']': '[', '}': '{' }[last];
    if (open && count(out, open) >= count(out, last)) break;
    out = out.slice(0, -1);
  }
  return out;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * The participant an `@` at `at` names, by the rule `findMentions` uses on the server:
 * display name, case-insensitive, longest first, not followed by a letter or digit.
 */
function mentionAt(text: string, at: number, byLength: readonly Mentionable[]): Mentionable | null {
  for (const p of byLength) {
    if (p.name.length === 0) continue;
    const end = at + 1 + p.name.length;
    if (text.slice(at + 1, end).toLowerCase() === p.name.toLowerCase() && !WORD_CHAR.test(text.charAt(end))) return p;
  }
  return null;
}

function splitMentions(text: string, byLength: readonly Mentionable[], out: TextPiece[]): void {
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const who = mentionAt(text, at, byLength);
    if (!who) continue;
    if (at > from) out.push({ kind: 'text', text: text.slice(from, at) });
    const end = at + 1 + who.name.length;
    out.push({ kind: 'mention', text: text.slice(at, end), participantId: who.participantId });
    from = end;
    at = end - 1;
  }
  if (from < text.length) out.push({ kind: 'text', text: text.slice(from) });
}

/**
 * Splits a body into text, http(s) links and @mentions of the given participants, in order;
 * joining the pieces' `text` gives the body back exactly. Line breaks stay inside text pieces.
 */
export function tokenizeComment(body: string, participants: readonly Mentionable[]): TextPiece[] {
  const byLength = [...participants].sort((a, b) => b.name.length - a.name.length);
  const out: TextPiece[] = [];
  let from = 0;
  for (const m of body.matchAll(URL_PATTERN)) {
    const url = trimUrl(m[0]);
    // "https://" alone, or one eaten by trimming, is not a link.
    if (url.length <= url.indexOf('//') + 2) continue;
    const at = m.index;
    splitMentions(body.slice(from, at), byLength, out);
    out.push({ kind: 'link', text: url, href: url });
    from = at + url.length;
  }
  splitMentions(body.slice(from), byLength, out);
  return out;
}

/** The longest query the autocomplete looks at; longer than any display name (60). */
const MAX_QUERY = 64;

/**
 * The @mention being typed just before the caret: where its `@` is and what follows it, or
 * null. The `@` must start the text or follow a space or bracket (so "kari@ks.no" is not one);
 * the query may hold single spaces, since display names do ("@Kari N").
 */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(Math.max(0, caret - MAX_QUERY - 1), caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const start = caret - before.length + at;
  const prev = text.charAt(start - 1);
  if (start > 0 && !/[\s([{«"']/u.test(prev)) return null;
  const query = text.slice(start + 1, caret);
  // Each repetition starts with its space, so the pattern cannot backtrack exponentially.
  if (!/^(?:[\p{L}\p{N}'’.-]+(?: [\p{L}\p{N}'’.-]+)* ?)?$/u.test(query)) return null;
  return { start, query };
}

/**
 * Participants whose name matches a mention query: names that start with it first, then names
 * with a later word that does, each alphabetically; at most `limit`.
 */
export function matchParticipants<P extends Mentionable>(query: string, participants: readonly P[], limit = 6): P[] {
  const q = query.toLowerCase();
  const rank = (p: P) => {
    const name = p.name.toLowerCase();
    if (name.startsWith(q)) return 0;
    return name.split(/\s+/u).some((word) => word.startsWith(q)) ? 1 : -1;
  };
  return participants
    .map((p) => ({ p, r: rank(p) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.p.name.localeCompare(b.p.name))
    .slice(0, limit)
    .map((x) => x.p);
}

/** Replaces the mention being typed (from its `@` to the caret) with `@Name `; answers the new text and caret. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  // A space already after the caret would double up.
  const rest = text.slice(caret).replace(/^ /u, '');
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length };
}
