import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { err, ok, type Result } from '@/lib/result';

/** Sends a JSON body with a status. */
export function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An error body every endpoint shares: a message and, for validation errors, the fields. */
export const fail = (res: ServerResponse, status: number, error: string, fields?: Record<string, string[]>) =>
  json(res, status, fields ? { error, fields } : { error });

export type BodyError = { status: 400 | 413 | 415; message: string; fields?: Record<string, string[]> };

/** Reads a JSON body of at most `limit` bytes and parses it with a schema, classic or mini (the board's shared schemas are mini). */
export async function readJson<T>(req: IncomingMessage, schema: z.core.$ZodType<T>, limit: number): Promise<Result<T, BodyError>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) return err([{ status: 415, message: 'send a JSON body with content-type application/json' }]);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) return err([{ status: 413, message: `body over ${limit} bytes` }]);
    chunks.push(chunk);
  }
  let data: unknown;
  try {
    data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return err([{ status: 400, message: 'body is not valid JSON' }]);
  }
  const parsed = z.safeParse(schema, data);
  if (parsed.success) return ok(parsed.data);
  return err([{ status: 400, message: 'invalid body', fields: fieldErrors(parsed.error.issues) }]);
}

/**
 * Zod issues as field → messages, `(body)` for the whole value. A field a strict schema does
 * not accept is named on its own ("author": unknown field), so a client sees which one to drop.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (path: PropertyKey[], message: string) => (fields[path.map(String).join('.') || '(body)'] ??= []).push(message);
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], 'unknown field');
    else add(issue.path, issue.message);
  }
  return fields;
}

/**
 * Sends a file to save under `filename` (ASCII, for old clients) and `utf8Name` (RFC 6266
 * filename*, the exact name). Never cached: a file can hold a board's figures.
 */
export function download(res: ServerResponse, type: string, filename: string, utf8Name: string, body: string): void {
  // RFC 5987 allows none of ' ( ) * unescaped, which encodeURIComponent leaves as they are.
  const exact = encodeURIComponent(utf8Name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const disposition = `attachment; filename="${filename}"; filename*=UTF-8''${exact}`;
  res.writeHead(200, { 'content-type': type, 'content-disposition': disposition, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
