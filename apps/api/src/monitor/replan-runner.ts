import { Injectable } from '@nestjs/common';
import type { ReplanInput, ReplanResult } from '@app/actuals';
import { InTurn } from '../common/in-turn';
import { runOnceInWorker } from '../common/one-shot-worker';

/**
 * Runs libs/actuals' replanFromNow in a worker thread, one re-plan at a time: it replays the rest
 * of the week a few hundred times (seconds of CPU), which must not hold every other request.
 */
@Injectable()
export class ReplanRunner {
  private readonly turns = new InTurn();

  run(input: ReplanInput): Promise<ReplanResult> {
    return this.turns.run(() => runOnceInWorker<ReplanInput, ReplanResult>(__filename, 'replan.worker', input, 'the re-plan'));
  }
}
