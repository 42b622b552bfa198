import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

/**
 * Hocuspocus as the workshop benchmark runs it: its own process, its stock SQLite persistence in
 * the file HOCUSPOCUS_DB, on 127.0.0.1 and a free port, which it prints for the benchmark to read.
 * Everything else is Hocuspocus's defaults (no authentication hook, updates broadcast per event
 * loop turn), so it stands for the server as people deploy it.
 */
const database = process.env.HOCUSPOCUS_DB;
if (!database) throw new Error('HOCUSPOCUS_DB must name the SQLite file');
const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, extensions: [new SQLite({ database })] });
await server.listen();
console.log(`hocuspocus listening on ${server.address.port}`);
