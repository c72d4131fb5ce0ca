// Creates an embedded database's data directory (PGlite's initdb) and exits: run as a process of its own by
// `openPgliteDir` (db/pglite-node.ts), so the memory initdb takes is handed back to the system when it ends
// instead of staying with the server for as long as it runs.
//
//   node pglite-init.ts <data dir>
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create({ dataDir: process.argv[2]! });
await db.close();
