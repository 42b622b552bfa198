import { z } from 'zod';

/** POST /api/boards/<id>/presenter: nothing to choose yet; strict, so a field the server would ignore is refused. */
export const presenterGrantBodySchema = z.object({}).strict();

/**
 * What minting (POST presenter) or revoking (POST presenter/rotate) answers: a presenter grant,
 * the presenter view's path with it in the fragment, and when it expires (ISO 8601).
 */
export const presenterGrantSchema = z.object({
  token: z.string().min(1).max(2048),
  link: z.string().min(1).max(4096),
  expiresAt: z.string().max(40),
});
export type PresenterGrant = z.infer<typeof presenterGrantSchema>;

/** The presenter view's path for a board with a token in its fragment, where tokens travel. */
export const presenterPath = (boardId: string, token: string): string => `/b/${encodeURIComponent(boardId)}/present#t=${encodeURIComponent(token)}`;
