import * as z from 'zod/mini';
import { boardLevelSchema } from '@/lib/allocation';
import { colourFor, type Presence } from '@/lib/presence';
import { roleSchema } from '@/lib/roles';

/** The board as GET /api/boards/<id> describes it to a link holder. */
const boardInfoSchema = z.object({ id: z.string(), title: z.string(), role: roleSchema, levels: z.array(boardLevelSchema) });
export type BoardInfo = z.infer<typeof boardInfoSchema>;

export const joinedSchema = z.object({
  token: z.string(),
  participantId: z.string(),
  role: roleSchema,
  name: z.string(),
  organisation: z.string(),
  /** True when the name and organisation came from a sign-in (the token says so too). */
  verified: z.optional(z.boolean()),
});
/** A participant token and the identity the server bound to it. */
export type Joined = z.infer<typeof joinedSchema>;

/** How a participant shows in presence: the identity the server bound to the token, and the colour its id gives. */
export const presenceUser = (joined: Joined): Presence['user'] => ({
  name: joined.name,
  organisation: joined.organisation,
  role: joined.role,
  participantId: joined.participantId,
  colour: colourFor(joined.participantId),
});

/** Why a link or a join did not work: the HTTP status (0 for no answer) and the server's message. */
export type LinkProblem = { status: number; message: string };

const problemSchema = z.looseObject({ error: z.string() });

/** The link token from the URL fragment (`#t=…`), where it never reaches a server log. */
export function linkTokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token && token.length < 2048 ? token : null;
}

export async function call<T>(schema: z.ZodMiniType<T>, url: string, init: RequestInit): Promise<{ ok: true; value: T } | { ok: false; problem: LinkProblem }> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { ok: false, problem: { status: 0, message: 'network' } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = problemSchema.safeParse(body);
    return { ok: false, problem: { status: res.status, message: parsed.success ? parsed.data.error : res.statusText } };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: { status: 502, message: 'unexpected answer from the server' } };
}

/** Checks a link token against its board and learns the board's title and the role. */
export const fetchBoardInfo = (boardId: string, token: string) =>
  call(boardInfoSchema, `/api/boards/${encodeURIComponent(boardId)}`, { headers: { authorization: `Bearer ${token}` } });

const sessionKey = (boardId: string, linkToken: string) => `ansvarstavla:joined:${boardId}:${linkToken.slice(-16)}`;

export function readStored<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? schema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    // Storage may be disabled (private mode, policy); the page then simply asks again.
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // As above: without storage the person is asked again next time, nothing breaks.
  }
}


/** A participant token this device got earlier for the same link, so a reload skips the dialog. */
export const loadJoined = (boardId: string, linkToken: string): Joined | null => readStored(sessionKey(boardId, linkToken), joinedSchema);
export const saveJoined = (boardId: string, linkToken: string, joined: Joined) => {
  writeStored(sessionKey(boardId, linkToken), joined);
  writeStored(lastLinkKey(boardId), linkToken);
};

const lastLinkKey = (boardId: string) => `ansvarstavla:last-link:${boardId}`;

/**
 * The link this device last joined the board with, or null. A link in an email (to a thread) has
 * no token in it, since an email may be forwarded or read elsewhere; the page opened from it uses
 * this device's own link and participant instead, and asks for a link where it has none.
 */
export const lastJoinedLink = (boardId: string): string | null => readStored(lastLinkKey(boardId), z.string());
export const forgetJoined = (boardId: string, linkToken: string) => {
  try {
    localStorage.removeItem(sessionKey(boardId, linkToken));
  } catch {
    // Nothing to forget without storage.
  }
};
