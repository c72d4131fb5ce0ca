import { Worker } from 'node:worker_threads';
import type { SheetEvent } from '../read-sheet.ts';
import type { SheetSource, SheetSourceInput } from './sheet-source.ts';

/**
 * Reads a sheet on a worker thread (Node): the rows arrive as events while this thread stores the previous ones.
 * Stopping the iteration ends the thread.
 */
export const readSheetInWorker: SheetSource = (input: SheetSourceInput) => ({
  async *[Symbol.asyncIterator]() {
    const { file, ...rest } = input;
    const worker = new Worker(new URL('./sheet-worker.ts', import.meta.url), { workerData: input.path ? rest : { ...rest, file } });
    const queue: (SheetEvent | { error: unknown })[] = [];
    let exited = false;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    worker.on('message', (event: SheetEvent) => {
      queue.push(event);
      notify();
    });
    worker.on('error', (error) => {
      queue.push({ error });
      notify();
    });
    worker.on('exit', () => {
      exited = true;
      notify();
    });
    try {
      for (;;) {
        while (!queue.length && !exited) await new Promise<void>((resolve) => (wake = resolve));
        const next = queue.shift();
        if (!next) return;
        if ('error' in next) throw next.error;
        worker.postMessage('taken');
        yield next;
        if (next.type === 'end' || next.type === 'failed') return;
      }
    } finally {
      await worker.terminate();
    }
  },
});
