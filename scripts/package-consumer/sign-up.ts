// A third-party Node project using the installed packages (run by scripts/check-packages.ts from a temporary project
// outside this repository): starts the server with createApp on PGlite, then signs up and signs in through the SDK.
import { serve } from '@hono/node-server';
import { createWharfClient } from '@wharf/sdk';
import { createApp } from '@wharf/server';
import { migrate, nodeDeps, openDatabase } from '@wharf/server/node';

const env = { WHARF_DATA_DIR: process.argv[2] ?? 'wharf-data' };
const connection = await openDatabase(env);
await migrate(connection);
const app = createApp(nodeDeps(connection, env));
app.services.outbox.start(100);
const server = serve({ fetch: app.fetch, port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const baseUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;

const client = createWharfClient({ baseUrl });
const email = `stranger-${Date.now()}@example.com`;
const password = 'Harbour-2026';
await client.auth.requestCode({ email, purpose: 'register' });
let code: string | undefined;
for (let tries = 0; !code && tries < 50; tries++) {
  code = (await client.dev.mailbox(email)).data.find((message) => message.code)?.code;
  if (!code) await new Promise((resolve) => setTimeout(resolve, 100));
}
if (!code) throw new Error(`No sign-up code was mailed to ${email}`);
const registered = await client.auth.register({ email, code, password });
const signedIn = await client.auth.login({ email, password });
const me = await client.extend({ token: signedIn.token }).auth.me();
if (me.user.id !== registered.user.id) throw new Error('Signed in as somebody else');
console.log(`signed up and signed in as ${me.user.email} against createApp on PGlite`);

server.close();
await app.services.outbox.stop();
await app.services.events.stop();
await connection.close();
process.exit(0);
