/// <reference types="vite/client" />
import type { Migration } from '@wharf/server';

// The server's own SQL migrations, inlined by Vite at build time (this package is consumed through Vite,
// i.e. Storybook). Node code reads the same files with packages/server/src/db/migrations-dir.ts instead.
const files = import.meta.glob<string>('../../server/migrations/*.sql', { query: '?raw', import: 'default', eager: true });

/** `packages/server/migrations/*.sql` as `{ name, sql }`, in name order. */
export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => ({ name: path.slice(path.lastIndexOf('/') + 1).replace(/\.sql$/, ''), sql }))
  .sort((a, b) => a.name.localeCompare(b.name));
