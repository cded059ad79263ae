import { Injectable } from '@nestjs/common';
import { parseActualsCsv, type ActualsCsvOptions, type ActualsCsvResult } from '@app/actuals';
import { InTurn } from '../common/in-turn';
import { runOnceInWorker } from '../common/one-shot-worker';

/** Files from this size up are parsed in a worker thread, as history files are (a parse of a large export holds the event loop for seconds). */
export const ACTUALS_PARSE_IN_WORKER_FROM_BYTES = 1024 * 1024;

/**
 * Parses helpdesk exports (libs/actuals' parseActualsCsv) without holding the event loop: large
 * files one at a time in a worker thread each, small ones in place.
 */
@Injectable()
export class ActualsCsvParser {
  private readonly turns = new InTurn();
  /** Large files parsed so far in a worker (the tests read it). */
  workerParses = 0;

  parse(content: Uint8Array, options: ActualsCsvOptions): Promise<ActualsCsvResult> {
    if (content.byteLength < ACTUALS_PARSE_IN_WORKER_FROM_BYTES) return Promise.resolve(parseActualsCsv(content, options));
    return this.turns.run(() => this.parseInWorker(content, options));
  }

  private parseInWorker(content: Uint8Array, options: ActualsCsvOptions): Promise<ActualsCsvResult> {
    this.workerParses++;
    return runOnceInWorker(__filename, 'actuals-parse.worker', { content, options }, 'the actuals parser');
  }

}
