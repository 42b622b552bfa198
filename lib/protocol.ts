/**
 * Wire constants shared by the sync server and the board page. Message types are those of
 * y-websocket (y-protocols sync and awareness); close codes are ours, in the 4000 range
 * that the WebSocket spec leaves to applications.
 */

/** y-websocket's outer message types (the first varUint of every frame). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** y-protocols sync sub-types (the second varUint of a sync frame). */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** Why the server closed a socket; the page maps each to a message for the user. */
export const CLOSE = {
  badMessage: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownBoard: 4404,
  slowConsumer: 4408,
  boardFull: 4409,
  /** The board was deleted: the page says so and does not reconnect. */
  deleted: 4410,
  tooLarge: 4413,
  /** An update that would break the board's shape limits (nesting, keys, sizes, unknown root types); nothing of it is applied. */
  badContent: 4422,
  rateLimited: 4429,
  /** The board could not be loaded just now; the page retries. */
  loadFailed: 4500,
  shuttingDown: 4503,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/**
 * Close reasons the page tells apart within one code: `linkRotated` comes with 4401 when a
 * facilitator replaced the link the socket's token came from (a bad or expired token has others).
 */
export const CLOSE_REASON = { linkRotated: 'link rotated' } as const;

/**
 * Reasons in a y-websocket permission-denied frame (MESSAGE.auth). `boardLocked`: the board is
 * locked and the server dropped this client's last update, so its copy of the board is stale.
 */
export const PERMISSION_DENIED = { boardLocked: 'board locked' } as const;

/** A board id as it appears in paths and tokens (the source text of a regular expression). */
export const BOARD_ID_PATTERN = '[a-z0-9][a-z0-9-]{5,63}';
/** A proposal's id, as the server makes them (random url-safe characters); also the id of a `proposal:<id>` comment anchor. */
export const PROPOSAL_ID_PATTERN = '[A-Za-z0-9_-]{1,64}';

/** The websocket path prefix; the board id follows it: /sync/<boardId>. */
export const SYNC_PATH = '/sync';

/** The websocket subprotocol the page offers first; the second one it offers carries its token, which then stays out of URLs and logs. */
export const SYNC_SUBPROTOCOL = 'ansvarstavla';
