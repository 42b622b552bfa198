// The package ships no types; this declares the part the test provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
  type Context = { path: string; body: unknown };
  type Configuration = {
    clients: Array<{ client_id: string; client_secret: string; redirect_uris: string[] }>;
    claims?: Record<string, string[]>;
    cookies?: { keys: string[] };
    features?: { devInteractions?: { enabled: boolean } };
    findAccount: (ctx: unknown, id: string) => Promise<Account>;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    use(middleware: (ctx: Context, next: () => Promise<void>) => Promise<void>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
