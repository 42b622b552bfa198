import { createBackup } from './backup';
import { runFileCommand } from './run-command';

const USAGE = `Usage: npm run backup -- <file> [--force]

Copies the boards in <DATA_DIR>/boards.sqlite and the secret key into one file, while the
server keeps running. The file is written with mode 0600; --force replaces an existing one.`;

runFileCommand(USAGE, true, ({ config, file, force, say }) => createBackup({ config, target: file, force, say }));
