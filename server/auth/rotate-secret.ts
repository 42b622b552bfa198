import path from 'node:path';
import { err, ok, type Result } from '@/lib/result';
import type { Config } from '../config';
import { KEY_FILE, rotateKeyFile } from './secret';

/**
 * `npm run board -- rotate-secret`: puts a fresh key first in DATA_DIR/secret.key and answers
 * what to tell the operator. With BOARD_SECRET set the ring lives in the environment, which
 * this process cannot change, so it answers how to rotate there instead.
 */
export function rotateSecret(config: Pick<Config, 'boardSecret' | 'dataDir'>): Result<string[], { message: string }> {
  if (config.boardSecret) {
    return err([
      {
        message: [
          'BOARD_SECRET is set, so the keys are in the environment, not in a file. To rotate:',
          '  0. make a new secret of at least 32 characters (openssl rand -hex 32); if BOARD_SECRET_PARTICIPANT_IDS is not set,',
          '     set it to the oldest secret in use (it keeps participants recognised);',
          '  1. on every instance, add the new secret first to BOARD_SECRET_PREVIOUS (comma-separated) and restart them one at a time;',
          '  2. on every instance, make the new secret BOARD_SECRET, move the old one first into BOARD_SECRET_PREVIOUS, and restart again.',
          'With one instance, step 2 alone is enough. See the key rotation section of docs/operations.md.',
        ].join('\n'),
      },
    ]);
  }
  const ring = rotateKeyFile(config.dataDir);
  return ok([
    `A new key now comes first in ${path.join(config.dataDir, KEY_FILE)} (${ring.keys.length} keys in all).`,
    'Restart the server: it then signs new links with the new key, and links signed with the older keys keep working.',
    'To revoke links signed only with an older key, delete that key\'s line later and restart (keep the "participant-ids" line).',
  ]);
}
