import { z } from 'zod';
import type { Catalog } from './catalog/schema';
import { headlineOf, headlineSchema, proposalContentSchema, threadSummarySchema, MAX_RECORDED_THREADS, type Proposal } from './proposals';
import { err, ok, type Result } from './result';

/**
 * The JSON export of a proposal: the file one board hands to another. It is versioned so a
 * later format can be told apart, and checked on import as hostile input: a file that names
 * cards this catalog lacks, or whose recorded figures do not follow from its allocation, is
 * refused rather than stored.
 */

export const PROPOSAL_FILE_FORMAT = 'ansvarstavla-proposal';
export const PROPOSAL_FILE_VERSION = 1;

export const proposalFileSchema = z
  .object({
    format: z.literal(PROPOSAL_FILE_FORMAT),
    schemaVersion: z.literal(PROPOSAL_FILE_VERSION),
    name: z.string().trim().min(1).max(120),
    note: z.string().max(2000),
    author: z.object({ name: z.string().max(120), organisation: z.string().max(120) }),
    createdAt: z.string().max(40),
    exportedAt: z.string().max(40),
    board: z.object({ id: z.string().max(64), title: z.string().max(200) }),
    content: proposalContentSchema,
    headline: headlineSchema,
    openThreads: z.array(threadSummarySchema).max(MAX_RECORDED_THREADS),
  })
  .strict();
export type ProposalFile = z.infer<typeof proposalFileSchema>;

/** Why an import was refused: one message, plus field paths where the schema said which. */
export type ImportProblem = { message: string; fields?: Record<string, string[]> };

/** The file a proposal exports to. */
export function toProposalFile(p: Proposal, boardTitle: string, exportedAt: string): ProposalFile {
  return {
    format: PROPOSAL_FILE_FORMAT,
    schemaVersion: PROPOSAL_FILE_VERSION,
    name: p.name,
    note: p.note,
    author: { name: p.author.name, organisation: p.author.organisation },
    createdAt: p.createdAt,
    exportedAt,
    board: { id: p.boardId, title: boardTitle },
    content: p.content,
    headline: p.headline,
    openThreads: p.openThreads,
  };
}

/**
 * Checks an uploaded proposal file. The format and version are checked first so an old or
 * foreign file gets a message about that, not a list of field errors; then the schema; then
 * the allocation against this catalog; then, when the file was made with this catalog
 * version, that its recorded headline equals the one its allocation gives.
 */
export function parseProposalFile(raw: unknown, catalog: Catalog): Result<ProposalFile, ImportProblem> {
  const head = z.object({ format: z.unknown(), schemaVersion: z.unknown() }).safeParse(raw);
  if (!head.success) return err([{ message: 'not a proposal file: expected a JSON object' }]);
  if (head.data.format !== PROPOSAL_FILE_FORMAT) return err([{ message: `not a proposal file: "format" must be "${PROPOSAL_FILE_FORMAT}"` }]);
  if (head.data.schemaVersion !== PROPOSAL_FILE_VERSION) {
    return err([{ message: `unsupported schema version ${JSON.stringify(head.data.schemaVersion)}: this board reads version ${PROPOSAL_FILE_VERSION}` }]);
  }
  const parsed = proposalFileSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues.slice(0, 20)) (fields[issue.path.join('.') || '(file)'] ??= []).push(issue.message);
    return err([{ message: 'the proposal file does not match its schema', fields }]);
  }
  const file = parsed.data;
  const unknown = (file.content.bindings ?? []).filter((id) => !catalog.pathways.some((p) => p.id === id));
  if (unknown.length > 0) return err([{ message: `the proposal binds pathways this board's catalog lacks: ${unknown.slice(0, 5).join(', ')}` }]);
  const headline = headlineOf(file.content, catalog);
  if (!headline.ok) return err([{ message: `the proposal does not fit this board's catalog: ${headline.errors.slice(0, 5).join('; ')}` }]);
  if (file.content.catalogVersion === catalog.version && !sameHeadline(file.headline, headline.value)) {
    return err([{ message: 'the recorded consequences do not follow from the allocation: the file was altered' }]);
  }
  return ok(file);
}

const sameHeadline = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] !== undefined && Math.abs(a[k]! - b[k]!) < 1e-6);
};
