import { parseArgs } from 'node:util';
import { z } from 'zod';
import { catalog } from '@/lib/catalog';
import { rotateSecret } from './auth/rotate-secret';
import { loadSecret } from './auth/secret';
import { boardLinks, createBoard } from './boards';
import { loadConfig } from './config';
import { silentLogger } from './log';
import { openStore } from './storage/open-store';

const templateIds = catalog.templates.map((t) => t.id);

const USAGE = `Usage: npm run board -- create --title "<title>" [--template <id>]

Creates a board in <DATA_DIR>/boards.sqlite and prints its four role links.
  --title     the board's title, 1-120 characters (required)
  --template  one of ${templateIds.join(', ')} (default dagens-ordning)

       npm run board -- rotate-secret

Puts a new key first in <DATA_DIR>/secret.key; links signed with the older keys keep working.`;

const createArgs = z.object({
  command: z.literal('create', { error: 'expected the command "create"' }),
  title: z.string({ error: '--title is required' }).trim().min(1, '--title must not be empty').max(120, '--title must be at most 120 characters'),
  template: z
    .string()
    .default('dagens-ordning')
    .refine((t) => templateIds.includes(t), { message: `--template must be one of ${templateIds.join(', ')}` }),
});

/** Parses argv (without node and the script); a message instead of arguments on bad input. */
export function parseCli(argv: string[]): { ok: true; value: z.infer<typeof createArgs> } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { title: { type: 'string' }, template: { type: 'string' } } });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.positionals.length > 1) return { ok: false, message: `unexpected argument ${parsed.positionals[1]}` };
  const result = createArgs.safeParse({ command: parsed.positionals[0], ...parsed.values });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues.map((i) => i.message).join('\n') };
}

async function main(): Promise<number> {
  if (process.argv[2] === 'rotate-secret' && process.argv.length === 3) {
    const rotated = rotateSecret(loadConfig());
    if (rotated.ok) rotated.value.forEach((line) => console.log(line));
    else rotated.errors.forEach((e) => console.error(`error: ${e.message}`));
    return rotated.ok ? 0 : 1;
  }
  const args = parseCli(process.argv.slice(2));
  if (!args.ok) {
    console.error(`error: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const secret = loadSecret(config.boardSecret, config.dataDir, config.boardSecrets);
  const stores = await openStore(config, silentLogger);
  try {
    const board = await createBoard(stores.boards, catalog, { title: args.value.title, template: args.value.template });
    const { links } = boardLinks(board, secret, config.publicUrl ?? `http://localhost:${config.port}`);
    console.log(`Board ${board.id} "${board.title}" (${board.template})`);
    for (const [role, link] of Object.entries(links)) console.log(`${role}: ${link}`);
  } finally {
    await stores.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
