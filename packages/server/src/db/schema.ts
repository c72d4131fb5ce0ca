// The Drizzle schema, one file per module as the migrations are (migrations/*.sql are the source of truth for the
// database; these files type the queries). The HS-code catalogue (schema/reference.ts) is queried from its own file.
export * from './schema/accounts.ts';
export * from './schema/enterprises.ts';
export * from './schema/tickets.ts';
export * from './schema/products.ts';
export * from './schema/imports.ts';
export * from './schema/orders.ts';
export * from './schema/addresses.ts';
export * from './schema/statements.ts';
export * from './schema/idempotency.ts';
