import { z } from 'zod';
import type { Lang } from '@/lib/i18n';
import { compareAnswerSchema, type CompareAnswer, type comparedSideSchema } from '@/lib/compare';
import { proposalSchema, type CompareSide, type Proposal, type ProposalSummary } from '@/lib/proposals';
import { call, type ApiProblem, type ApiResult } from '../shell/api';

/**
 * The proposals' HTTP API as the board page and the shared comparison page call it. Every
 * answer is parsed with the shared schemas; one that does not parse is a 502, never trusted.
 */

// The list answers the stored proposal minus its content and threads, with a thread count.
const summarySchema = proposalSchema
  .pick({ id: true, name: true, note: true, author: true, createdAt: true, origin: true, headline: true })
  .extend({ openThreads: z.number().int().nonnegative() }) satisfies z.ZodType<ProposalSummary>;
const listAnswer = z.object({ proposals: z.array(summarySchema) });
const proposalAnswer = z.object({ proposal: proposalSchema });

/** One side of a comparison as the server names it, with that side's columns and own cards. */
export type ComparedSide = z.infer<typeof comparedSideSchema>;
/** What GET compare answers: b against a. */
export type Comparison = CompareAnswer;

/**
 * An export to ask for: the file type the server offers, and the page's language, which sets the
 * CSV's separator and decimal mark (semicolons and decimal commas for a Norwegian spreadsheet).
 */
export type ExportFormat = { file: 'json' | 'csv'; lang: Lang };

/** A downloaded export: its bytes and the file name the server proposed. */
export type Download = { blob: Blob; filename: string };

/** Binds the API to a board and a token; each call answers a Result, never throws. */
export function proposalsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}`;
  const one = (url: string, method?: string, body?: unknown) =>
    call(proposalAnswer, token, url, { method, body }).then((r): ApiResult<Proposal> => (r.ok ? { ok: true, value: r.value.proposal } : r));
  return {
    list: () => call(listAnswer, token, `${base}/proposals`).then((r): ApiResult<ProposalSummary[]> => (r.ok ? { ok: true, value: r.value.proposals } : r)),
    get: (id: string) => one(`${base}/proposals/${encodeURIComponent(id)}`),
    create: (name: string, note: string) => one(`${base}/proposals`, 'POST', { name, note }),
    /** Sends a parsed proposal file as it was read; the server judges it. */
    importFile: (file: unknown) => one(`${base}/proposals/import`, 'POST', file),
    compare: (a: CompareSide, b: CompareSide) => call(compareAnswerSchema, token, `${base}/compare?${new URLSearchParams({ a, b })}`),
    download: (id: string, { file, lang }: ExportFormat) =>
      download(token, `${base}/proposals/${encodeURIComponent(id)}/export?${new URLSearchParams({ format: file, lang })}`, `${id}.${file}`),
  };
}

/** The calls for one board and token. */
export type ProposalsApi = ReturnType<typeof proposalsApi>;

const problemSchema = z.object({ error: z.string() });

/** A file from the API with a bearer token: its bytes and the name the server proposed, or the problem; never throws. */
export async function download(token: string, url: string, fallback: string): Promise<ApiResult<Download>> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, problem: { status: 0, message: 'network' } };
  }
  if (!res.ok) {
    const body = problemSchema.safeParse(await res.json().catch(() => null));
    const problem: ApiProblem = { status: res.status, message: body.success ? body.data.error : res.statusText };
    return { ok: false, problem };
  }
  const blob = await res.blob().catch(() => null);
  if (!blob) return { ok: false, problem: { status: 0, message: 'network' } };
  return { ok: true, value: { blob, filename: filenameOf(res.headers.get('content-disposition')) ?? fallback } };
}

/** The file name of a content-disposition header, the exact UTF-8 one where given; path separators are dropped. */
function filenameOf(header: string | null): string | null {
  const exact = header?.match(/filename\*=UTF-8''([^;\s]+)/i)?.[1];
  let name: string | undefined;
  try {
    name = exact ? decodeURIComponent(exact) : undefined;
  } catch {
    // A malformed escape: the plain ASCII name below serves instead.
  }
  name ??= (header?.match(/filename="([^"]+)"/i) ?? header?.match(/filename=([^;\s]+)/i))?.[1];
  const safe = name?.replace(/[\\/]/g, '').trim();
  return safe ? safe : null;
}
