/**
 * `npm run serve [-- <dist>] [--port 4321] [--host 127.0.0.1]`: serves a built site the way a
 * static host does (scripts/lib/static-server.ts says how). Used by `npm start`, the browser tests
 * and Lighthouse. Listens on 127.0.0.1 unless told otherwise; PORT and HOST in the environment work too.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, host: { type: 'string' } },
});
const root = resolve(positionals[0] ?? 'dist');
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? process.env.HOST ?? '127.0.0.1';

createStaticServer(root).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
