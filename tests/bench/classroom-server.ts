/**
 * The classroom server as its own process, for `npm run bench:classroom`: the
 * benchmark kills it (SIGKILL) mid-vote and starts it again on the same port
 * and database. Prints one line of JSON with its address when it is ready.
 */
import { startClassServer } from '../../src/server/server.ts';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

const [database, port] = process.argv.slice(2);
if (!database) throw new Error('usage: classroom-server.ts <database> [port]');
const server = await startClassServer({
  dist: DIST,
  database,
  host: '127.0.0.1',
  port: Number(port ?? 0),
  log: () => {},
});
console.log(JSON.stringify({ url: server.url }));
