// Runs the example host. With --bootstrap-demo it first prepares the demo enterprise of a running
// `npm start` (signs in as the demo admin, allows this origin, creates an API key), so nothing is copied by hand.
import { serve } from '@hono/node-server';
import { parseArgs } from 'node:util';
import { createHostApp } from './app.ts';
import { bootstrapDemo } from './bootstrap.ts';

const { values } = parseArgs({ options: { 'bootstrap-demo': { type: 'boolean' } } });
const port = Number(process.env.PORT ?? 8788);
const wharfUrl = (process.env.WHARF_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '');
const origin = `http://localhost:${port}`;

let apiKey = process.env.WHARF_API_KEY;
if (values['bootstrap-demo']) apiKey = await bootstrapDemo({ wharfUrl, origin });
if (!apiKey) {
  console.error('Set WHARF_API_KEY (an API key from Wharf’s security settings), or run with --bootstrap-demo against `npm start`.');
  process.exit(2);
}

serve({ fetch: createHostApp({ wharfUrl, apiKey }).fetch, port }, () => {
  console.log(`ERP portal example on ${origin} (Wharf at ${wharfUrl}). Sign in as alice / erp-demo.`);
});
