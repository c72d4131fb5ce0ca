import { OPERATOR_ROLES } from '@wharf/domain/auth';
import { applyMigrations, createOperator, type Connection, type Migration } from '@wharf/server';

/** The bearer token of the mock's operator (every role). */
export const MOCK_OPERATOR_TOKEN = 'wop_mock_operator';

/**
 * What every mock database holds before a story seeds its own data: the server's migrations, and an operator with
 * every role, for seeds that need the provider's side (opening customer accounts, ledger, the support desk); named,
 * as ticket records show the agent's name to the customer. Run in the page when there is no snapshot, and once
 * per Storybook build by scripts/build-mock-snapshot.ts, whose dump the page then starts from.
 */
export async function prepareMockDatabase(connection: Connection, migrations: readonly Migration[]): Promise<void> {
  await applyMigrations(connection, migrations);
  await createOperator(connection.db, { email: 'operator@wharf.mock', name: 'Mandy Lau', roles: OPERATOR_ROLES, token: MOCK_OPERATOR_TOKEN, now: new Date() });
}
