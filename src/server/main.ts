/**
 * `npm run classroom`: builds the game, then serves it to the class with the
 * classroom server on port 8080 (or PORT), keeping class sessions in
 * classroom.sqlite (or CLASSROOM_DB). The tutor opens the address it prints.
 */
import { join } from 'node:path';
import { startClassServer } from './server.ts';

const root = join(import.meta.dirname, '..', '..');
const server = await startClassServer({
  dist: join(root, 'dist'),
  database: process.env['CLASSROOM_DB'] ?? join(root, 'classroom.sqlite'),
  port: Number(process.env['PORT'] ?? 8080),
  logger: true,
});
console.log(`
Classroom server running.
  On this computer (the projector): ${server.url}/?teach
  Learners' phones on the same Wi-Fi: ${server.lanUrl}
Press Ctrl+C to stop. Class sessions are kept in SQLite and survive a restart.
`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
