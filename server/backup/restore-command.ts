import { restoreBackup } from './restore';
import { runFileCommand } from './run-command';

const USAGE = `Usage: npm run restore -- <file>

Brings a file made by npm run backup back into DATA_DIR, which must be empty (or not exist):
boards.sqlite and secret.key. Start the server afterwards.`;

runFileCommand(USAGE, false, ({ config, file, say }) => restoreBackup({ config, source: file, say }));
