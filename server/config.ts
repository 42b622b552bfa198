import { z } from 'zod';
import path from 'node:path';

/** The only reader of process.env: every setting the server takes, parsed and defaulted here. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SKIP_BUILD: z.enum(['0', '1']).default('0'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  skipBuild: boolean;
  root: string;
};

/** Parses the environment; a bad value stops start-up with the field that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${fields}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(root, e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    skipBuild: e.SKIP_BUILD === '1',
    root,
  };
}
