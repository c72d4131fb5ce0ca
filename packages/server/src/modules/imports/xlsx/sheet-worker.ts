// A thread that reads one uploaded sheet (xlsx/worker-source.ts starts it): parsing and checking rows is CPU work,
// and here it neither blocks the server's other requests nor waits while the database stores the rows.
import { openAsBlob } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readSheetHere, type SheetSourceInput } from './sheet-source.ts';

/** Batches sent and not yet taken by the main thread: reading pauses beyond this, so memory stays bounded. */
const AHEAD = 4;

const input = workerData as Omit<SheetSourceInput, 'file'> & { file?: Blob };
let credit = AHEAD;
let resume: (() => void) | undefined;
parentPort!.on('message', () => {
  credit++;
  resume?.();
});

const file = input.file ?? (await openAsBlob(input.path!));
for await (const event of readSheetHere({ ...input, file })) {
  while (credit <= 0) await new Promise<void>((resolve) => (resume = resolve));
  credit--;
  parentPort!.postMessage(event);
}
parentPort!.close();
