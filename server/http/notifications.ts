import type { IncomingMessage, ServerResponse } from 'node:http';
import { emailSettingsInputSchema, markReadSchema } from '@/lib/notifications';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { EmailSettingsService } from '../notifications/email-settings';
import type { Notifications } from '../notifications/notifications';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, readBody, sendRefusal, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the notification endpoints need; a subset of ApiDeps. */
export type NotificationRouteDeps = {
  stores: Pick<Stores, 'boards' | 'settings'>;
  secret: Secret;
  signIn: SignIn | null;
  notifications: Notifications;
  emailSettings: EmailSettingsService;
  maxBodyBytes: number;
};

type Call = BoardCall<NotificationRouteDeps>;
type Handler = BoardHandler<NotificationRouteDeps>;

/** The participant id the caller's token names, or null once the refusal has been sent: notifications and email settings are each participant's own. */
async function caller(call: Call): Promise<string | null> {
  const access = await boardAccess(call);
  if (!access) return null;
  if (access.payload.p) return access.payload.p;
  fail(call.res, 403, 'this link is shared and names no participant, so it has no notifications; join the board and use the token joining gives');
  return null;
}

const list: Handler = async (call) => {
  const me = await caller(call);
  if (me) json(call.res, 200, await call.deps.notifications.list(call.boardId, me));
};

const markRead: Handler = async (call) => {
  const me = await caller(call);
  const input = me && (await readBody(call, markReadSchema));
  if (!me || !input) return;
  const ids = 'all' in input.value ? 'all' : input.value.ids;
  json(call.res, 200, { changed: await call.deps.notifications.markRead(call.boardId, me, ids), ...(await call.deps.notifications.list(call.boardId, me)) });
};

/** The address the caller's sign-in gave, when they are signed in on this browser and the provider gave one: offered, never stored unasked. */
const signedInEmail = async (call: Call): Promise<string | null> => (call.deps.signIn ? ((await call.deps.signIn.session(call.req))?.email ?? null) : null);

const readEmail: Handler = async (call) => {
  const me = await caller(call);
  if (me) json(call.res, 200, await call.deps.emailSettings.read(call.boardId, me, await signedInEmail(call)));
};

const saveEmail: Handler = async (call) => {
  const me = await caller(call);
  const input = me && (await readBody(call, emailSettingsInputSchema));
  if (!me || !input) return;
  const saved = await call.deps.emailSettings.save(call.boardId, me, input.value);
  if (!saved.ok) return sendRefusal(call.res, saved.errors[0]!);
  json(call.res, 200, { ...saved.value, ...(await call.deps.emailSettings.read(call.boardId, me, null)) });
};

const removeEmail: Handler = async (call) => {
  const me = await caller(call);
  if (me) json(call.res, 200, { removed: await call.deps.emailSettings.remove(call.boardId, me) });
};

const ROUTES: BoardRoute<NotificationRouteDeps>[] = [
  { path: /^notifications$/, methods: { GET: list } },
  { path: /^notifications\/read$/, methods: { POST: markRead } },
  { path: /^notifications\/email$/, methods: { GET: readEmail, PUT: saveEmail, DELETE: removeEmail } },
];

/** Handles /api/boards/<id>/notifications, …/notifications/read and …/notifications/email; returns false for any other path. */
export const handleNotifications = (req: IncomingMessage, res: ServerResponse, url: URL, deps: NotificationRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);
