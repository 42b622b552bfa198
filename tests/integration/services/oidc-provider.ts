import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

/** Our client at the test provider, and a second one whose ID tokens must not be accepted by the board. */
export const BOARD_CLIENT = { id: 'ansvarstavla', secret: 'ansvarstavla-client-secret' };
export const OTHER_CLIENT = { id: 'another-service', secret: 'another-service-secret', redirectUri: 'http://127.0.0.1:9/other/callback' };

/** The claims the provider gives each login; any other login gets its own login as name. */
export const ACCOUNTS: Record<string, { name: string; organization?: string }> = {
  kari: { name: 'Kari Nordmann', organization: 'Helse Vest RHF' },
  ola: { name: 'Ola Nordmann' },
};

/**
 * A real OpenID provider (oidc-provider with its development login and consent pages, which
 * accept any login) on a free loopback port. `boardUrl` is where the board server runs, so its
 * callback is registered for our client. `swapIdToken`, when set, replaces the ID token in the
 * token endpoint's next answers: how a test hands the board a genuine token minted for another client.
 */
export async function startOidcProvider(boardUrl: string) {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const provider = new Provider(issuer, {
    clients: [
      { client_id: BOARD_CLIENT.id, client_secret: BOARD_CLIENT.secret, redirect_uris: [`${boardUrl}/api/auth/callback`] },
      { client_id: OTHER_CLIENT.id, client_secret: OTHER_CLIENT.secret, redirect_uris: [OTHER_CLIENT.redirectUri] },
    ],
    claims: { openid: ['sub'], profile: ['name', 'organization'] },
    cookies: { keys: ['test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = ACCOUNTS[id] ?? { name: id };
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  });
  const control = { swapIdToken: null as string | null };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && control.swapIdToken && body?.id_token) ctx.body = { ...body, id_token: control.swapIdToken };
  });
  server.on('request', provider.callback());
  return {
    issuer,
    provider,
    control,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type TestProvider = Awaited<ReturnType<typeof startOidcProvider>>;
