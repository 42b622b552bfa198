import * as z from 'zod/mini';

/**
 * How the board page calls the server: one JSON call with the participant's bearer token, its
 * answer parsed with the shared schemas; an answer that does not parse is reported as a 502,
 * never trusted. Every part's API (comments, proposals, rounds, groups, controls) is built on it.
 */

/** Why a call failed: the HTTP status (0 for no answer), the server's message and its field errors. */
export type ApiProblem = { status: number; message: string; fields?: Record<string, string[]> };

/** A call's outcome: the parsed answer, or the problem. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const problemSchema = z.object({ error: z.string(), fields: z.optional(z.record(z.string(), z.array(z.string()))) });

/** One JSON call with a bearer token, its answer parsed with `schema` (mini or classic zod); never throws. */
export async function call<T>(schema: z.core.$ZodType<T>, token: string, url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, problem: { status: 0, message: 'network' } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = problemSchema.safeParse(body);
    return { ok: false, problem: parsed.success ? { status: res.status, message: parsed.data.error, fields: parsed.data.fields } : { status: res.status, message: res.statusText } };
  }
  const parsed = z.safeParse(schema, body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: { status: 502, message: 'unexpected answer from the server' } };
}
