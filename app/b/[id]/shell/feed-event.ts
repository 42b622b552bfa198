import * as z from 'zod/mini';
import { feedEventSchema, type FeedEvent } from '@/lib/board-feed';
import { participantSchema, threadSchema } from '@/lib/comments';
import { controlStateSchema } from '@/lib/control';

const looseSnapshot = z.object({ type: z.literal('snapshot'), threads: z.array(z.unknown()), participants: z.array(z.unknown()), control: controlStateSchema });

function keepParsed<T>(items: unknown[], schema: z.ZodMiniType<T>, what: string): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`board feed: skipped a ${what} that does not parse`, parsed.error.issues[0]);
  }
  return out;
}

/**
 * One live-feed message as a FeedEvent, or null when it is not one. A snapshot with a bad
 * entry keeps the good ones, so one malformed thread cannot blank everyone's comments.
 */
export function parseFeedEvent(data: string): FeedEvent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    // Not JSON (a keep-alive or a proxy's page): nothing to apply.
    return null;
  }
  const event = feedEventSchema.safeParse(raw);
  if (event.success) return event.data;
  const snapshot = looseSnapshot.safeParse(raw);
  if (!snapshot.success) {
    console.warn('board feed: ignored an event that does not parse', event.error.issues[0]);
    return null;
  }
  return {
    type: 'snapshot',
    threads: keepParsed(snapshot.data.threads, threadSchema, 'thread'),
    participants: keepParsed(snapshot.data.participants, participantSchema, 'participant'),
    control: snapshot.data.control,
  };
}
