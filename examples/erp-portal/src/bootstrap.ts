import { createWharfClient } from '@wharf/sdk';

/** The demo customer `npm start` seeds (packages/server/src/demo/seed.ts). */
const DEMO_ADMIN = { email: 'demo@wharf.local', password: 'Harbour-2026' };

/**
 * What an enterprise admin does once in Wharf's security settings, done through the SDK for the demo: allow the
 * host's origin, and create an API key for the host's server. Returns the key's secret.
 */
export async function bootstrapDemo(options: { wharfUrl: string; origin: string; admin?: { email: string; password: string } }) {
  const anonymous = createWharfClient({ baseUrl: options.wharfUrl });
  const { token } = await anonymous.auth.login(options.admin ?? DEMO_ADMIN);
  const admin = anonymous.extend({ token });
  const enterprise = await admin.enterprises.get('current');
  if (!enterprise.allowedOrigins.includes(options.origin)) {
    await admin.enterprises.update(enterprise.id, { allowedOrigins: [...enterprise.allowedOrigins, options.origin] });
  }
  const key = await admin.enterprises.createApiKey(enterprise.id, { name: `ERP portal example (${options.origin})` });
  await admin.auth.logout();
  return key.secret;
}
