import { Injectable } from '@nestjs/common';
import { parseHistoryCsv, type HistoryCsvOptions, type HistoryCsvResult } from '@app/history';
import { InTurn } from '../common/in-turn';
import { runOnceInWorker } from '../common/one-shot-worker';

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
    return runOnceInWorker(__filename, 'history-parse.worker', { content, options }, 'the history parser');
  }
}
