import { parentPort } from 'worker_threads';
import { planForNamedTeam } from '@app/scenarios/adapters/team-plan.adapter';
import type { PlanWorkerInput, PlanWorkerMessage } from './plan-worker.messages';

/**
 * Worker thread entry: solves the plans it is sent, one at a time (the runner keeps the thread
 * for the next, so HiGHS's WebAssembly is compiled once per thread). HiGHS (WebAssembly) blocks the thread it runs on, so
 * the API solves here, where progress still flows to the main thread (postMessage does not wait
 * for this thread's event loop) and cancelling is terminating the worker.
 */
async function solve(input: PlanWorkerInput): Promise<void> {
  const send = (message: PlanWorkerMessage) => parentPort?.postMessage(message);
  try {
    const { plan: result } = await planForNamedTeam(input.scenario, {
      arrivals: input.arrivals,
      grid: input.grid,
      openingBacklog: input.openingBacklog,
      solver: input.solver,
      effort: input.effort,
      timeLimitSeconds: input.timeLimitSeconds,
      mipGap: input.mipGap,
      minSlaAttainment: input.minSlaAttainment,
      headcountSiteIds: input.headcountSiteIds,
      onProgress: (event) => send({ type: 'progress', event }),
    });
    send({ type: 'result', result });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (input: PlanWorkerInput) => void solve(input));
