import { Worker } from 'node:worker_threads';
import type { SheetEvent } from '../read-sheet.ts';
import type { SheetSource, SheetSourceInput } from './sheet-source.ts';
import type { WorkerRequest } from './sheet-worker.ts';

type WorkerMessage = SheetEvent | { type: 'ready' } | { type: 'error'; message: string };

/** A sheet-reading thread and the messages it sent that nobody has taken yet. */
interface SheetThread {
  worker: Worker;
  ready: Promise<void>;
  listen(handler: (message: WorkerMessage) => void): void;
}

// Small enough to keep each thread's heap collected often (a sheet's rows are short-lived), which keeps memory
// down and reading fast (bench/import).
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };

// The thread's module sits next to this one: sheet-worker.ts in the sources, sheet-worker.js in the built package.
const WORKER_MODULE = new URL(import.meta.url.endsWith('.ts') ? './sheet-worker.ts' : './sheet-worker.js', import.meta.url);

function startThread(): SheetThread {
  const worker = new Worker(WORKER_MODULE, { resourceLimits: RESOURCE_LIMITS });
  let handler: ((message: WorkerMessage) => void) | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let started = false;
  worker.on('message', (message: WorkerMessage) => {
    if (!started && message.type === 'ready') {
      started = true;
      markReady();
      return;
    }
    handler?.(message);
  });
  // An idle thread does not keep the process alive.
  worker.unref();
  return { worker, ready, listen: (next) => void (handler = next) };
}

/** How long a thread that finished reading is kept for the next upload before it is let go (its memory with it). */
const SPARE_IDLE_MS = 60_000;

/**
 * Reads sheets on worker threads (Node): the rows arrive as events while this thread stores the previous ones.
 * A thread starts on the first upload (or at once when `warm`) and, once done, is kept ready for the next for a
 * minute (it loads its modules once, not per upload), then let go; uploads at the same time get a thread each.
 * Stopping an iteration early ends its thread.
 */
export function createWorkerSheetSource(options: { warm?: boolean; idleMs?: number } = {}): SheetSource {
  let spare: SheetThread | undefined;
  let letGo: ReturnType<typeof setTimeout> | undefined;
  const keep = (thread: SheetThread) => {
    spare = thread;
    letGo = setTimeout(() => {
      if (spare !== thread) return;
      spare = undefined;
      void thread.worker.terminate();
    }, options.idleMs ?? SPARE_IDLE_MS);
    letGo.unref();
  };
  if (options.warm) keep(startThread());

  return (input: SheetSourceInput) => ({
    async *[Symbol.asyncIterator]() {
      const thread = spare ?? startThread();
      spare = undefined;
      clearTimeout(letGo);
      const queue: (WorkerMessage | { type: 'exit'; error?: unknown })[] = [];
      let wake: (() => void) | undefined;
      const push = (message: (typeof queue)[number]) => {
        queue.push(message);
        wake?.();
        wake = undefined;
      };
      thread.listen(push);
      const onError = (error: unknown) => push({ type: 'exit', error });
      const onExit = () => push({ type: 'exit' });
      thread.worker.on('error', onError);
      thread.worker.on('exit', onExit);
      let over = false;
      try {
        await thread.ready;
        const { file, ...rest } = input;
        thread.worker.ref();
        thread.worker.postMessage({ type: 'read', input: input.path ? rest : { ...rest, file } } satisfies WorkerRequest);
        for (;;) {
          while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
          const next = queue.shift()!;
          if (next.type === 'exit') throw next.error ?? new Error('the sheet reader stopped');
          if (next.type === 'error') throw new Error(`the sheet reader failed: ${next.message}`);
          if (next.type === 'ready') return;
          thread.worker.postMessage({ type: 'taken' } satisfies WorkerRequest);
          over = next.type === 'end' || next.type === 'failed';
          yield next;
          if (over) return;
        }
      } finally {
        // Its reading is over: once it says it is ready, keep it for the next upload; otherwise end it.
        let reusable = false;
        if (over) {
          while (!queue.some((message) => message.type === 'ready' || message.type === 'exit')) await new Promise<void>((resolve) => (wake = resolve));
          reusable = queue.some((message) => message.type === 'ready');
        }
        thread.worker.off('error', onError);
        thread.worker.off('exit', onExit);
        if (reusable && !spare) {
          thread.listen(() => {});
          thread.worker.unref();
          keep(thread);
        } else await thread.worker.terminate();
      }
    },
  });
}

/** A worker sheet source started on demand (no thread kept ready until the first upload). */
export const readSheetInWorker: SheetSource = createWorkerSheetSource();
