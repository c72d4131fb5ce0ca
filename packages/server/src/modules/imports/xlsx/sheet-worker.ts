// A thread that reads uploaded sheets (xlsx/worker-source.ts keeps it): parsing and checking rows is CPU work, and
// here it neither blocks the server's other requests nor waits while the database stores the rows. It reads one
// sheet at a time, as asked, and stays for the next.
import { openAsBlob } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readSheetHere, type SheetSourceInput } from './sheet-source.ts';

/** Batches sent and not yet taken by the main thread: reading pauses beyond this, so memory stays bounded. */
const AHEAD = 4;

export type WorkerRequest = { type: 'read'; input: Omit<SheetSourceInput, 'file'> & { file?: Blob } } | { type: 'taken' };

let credit = AHEAD;
let resume: (() => void) | undefined;

async function read(input: Omit<SheetSourceInput, 'file'> & { file?: Blob }) {
  credit = AHEAD;
  try {
    const file = input.file ?? (await openAsBlob(input.path!));
    for await (const event of readSheetHere({ ...input, file })) {
      while (credit <= 0) await new Promise<void>((resolve) => (resume = resolve));
      credit--;
      parentPort!.postMessage(event);
    }
  } catch (error) {
    parentPort!.postMessage({ type: 'error', message: String((error as Error)?.stack ?? error) });
  }
  parentPort!.postMessage({ type: 'ready' });
}

parentPort!.on('message', (message: WorkerRequest) => {
  if (message.type === 'taken') {
    credit++;
    resume?.();
    resume = undefined;
  } else void read(message.input);
});
parentPort!.postMessage({ type: 'ready' });
