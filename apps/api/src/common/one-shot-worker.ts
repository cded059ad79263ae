import { Worker } from 'worker_threads';
import { workerLaunch } from './worker-launch';

/** What a one-shot worker entry answers: its result, or why it failed. */
export type OneShotAnswer<T> = { ok: true; result: T } | { ok: false; message: string };

/**
 * Runs one piece of CPU-bound work in a worker thread of its own (entry `entry` beside
 * `callerFile`, which answers one message with a {@link OneShotAnswer}) and ends the thread:
 * the event loop stays free for every other request meanwhile. `what` names the work in errors.
 */
export function runOnceInWorker<TMessage, TResult>(callerFile: string, entry: string, message: TMessage, what: string): Promise<TResult> {
  const { filename, options } = workerLaunch(callerFile, entry);
  return new Promise<TResult>((resolve, reject) => {
    const worker = new Worker(filename, options);
    const done = (finish: () => void) => {
      worker.removeAllListeners();
      void worker.terminate();
      finish();
    };
    worker.once('message', (answer: OneShotAnswer<TResult>) => done(() => (answer.ok ? resolve(answer.result) : reject(new Error(answer.message)))));
    worker.once('error', (error) => done(() => reject(new Error(`${what} failed: ${error.message}`))));
    worker.once('exit', (code) => done(() => reject(new Error(`${what} stopped (exit code ${code}) before it answered`))));
    worker.postMessage(message);
  });
}

/** The worker side: answers the first message with `work`'s result or its error. */
export function answerOnce<TMessage, TResult>(port: import('worker_threads').MessagePort | null, work: (message: TMessage) => TResult): void {
  port?.once('message', (message: TMessage) => {
    try {
      port.postMessage({ ok: true, result: work(message) } satisfies OneShotAnswer<TResult>);
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies OneShotAnswer<TResult>);
    }
  });
}
