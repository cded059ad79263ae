import { Injectable } from '@nestjs/common';
import { buildRota, type RotaInput, type RotaResult } from '@app/roster';

/**
 * Runs the roster library. It is synchronous and deterministic with step budgets (no clock):
 * a site of a few dozen agents takes well under a second; the 200-agent benchmark ≤ 10 s
 * holds the event loop that long, which a worker thread would avoid.
 */
@Injectable()
export class RotaBuilder {
  async build(input: RotaInput): Promise<RotaResult> {
    // let the job report "running" and its first progress event before the loop is busy
    await new Promise((resolve) => setImmediate(resolve));
    return buildRota(input);
  }
}
