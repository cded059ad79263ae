import { Injectable } from '@nestjs/common';
import { Worker } from 'worker_threads';
import { parseHistoryCsv, type HistoryCsvOptions, type HistoryCsvResult } from '@app/history';
import { InTurn } from '../common/in-turn';
import { workerLaunch } from '../common/worker-launch';

/**
 * Files from this size up are parsed in a worker thread: a 1M-row export took the event loop for
 * about 30 s, so every other request waited. Smaller ones parse in a few milliseconds here, less
 * than a thread takes to start.
 */
export const PARSE_IN_WORKER_FROM_BYTES = 1024 * 1024;

/**
 * Parses history CSVs (libs/history's parseHistoryCsv) without holding the event loop: large
 * files one at a time in a worker thread each (a second waits its turn; the parse itself needs
 * the whole file in memory), small ones in place.
 */
@Injectable()
export class HistoryCsvParser {
  private readonly turns = new InTurn();
  /** Large files parsed so far in a worker (the tests read it). */
  workerParses = 0;

  parse(content: Uint8Array, options: HistoryCsvOptions): Promise<HistoryCsvResult> {
    if (content.byteLength < PARSE_IN_WORKER_FROM_BYTES) return Promise.resolve(parseHistoryCsv(content, options));
    return this.turns.run(() => this.parseInWorker(content, options));
  }

  private parseInWorker(content: Uint8Array, options: HistoryCsvOptions): Promise<HistoryCsvResult> {
    this.workerParses++;
    const { filename, options: launch } = workerLaunch(__filename, 'history-parse.worker');
    return new Promise<HistoryCsvResult>((resolve, reject) => {
      const worker = new Worker(filename, launch);
      const done = (finish: () => void) => {
        worker.removeAllListeners();
        void worker.terminate();
        finish();
      };
      worker.once('message', (answer: { ok: true; result: HistoryCsvResult } | { ok: false; message: string }) =>
        done(() => (answer.ok ? resolve(answer.result) : reject(new Error(answer.message)))),
      );
      worker.once('error', (error) => done(() => reject(new Error(`the history parser failed: ${error.message}`))));
      worker.once('exit', (code) => done(() => reject(new Error(`the history parser stopped (exit code ${code}) before it answered`))));
      worker.postMessage({ content, options });
    });
  }
}
