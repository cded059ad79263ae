import { loadavg } from 'os';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { createSimulationRun, promiseTable, simulate, type SimulationInput } from '@app/simulation';
import { benchSimulationInput } from './simulation-week';

/**
 * `npm run bench -- simulation`: one week, five marketplaces, two sites, about 20,000 messages.
 * Target: 1,000 stochastic replications in ≤ 5 s on this machine, memory flat as replications
 * grow. Wall time depends on what else the shared cores are doing, so CPU time and the load
 * average are reported next to it.
 */

// a collectable heap makes the memory figures mean something
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

interface TimedRun {
  replications: number;
  wallSeconds: number;
  cpuSeconds: number;
  messagesPerSecond: number;
  /** Heap still held once the run is done (after garbage collection), above the heap before it. */
  retainedHeapMb: number;
  /** Largest heap seen during the run (sampled every 25 replications, after garbage collection). */
  peakHeapMb: number;
}

function timedRun(input: SimulationInput, mode: 'poisson' | 'overdispersed', replications: number, seed: number): TimedRun & { slaMean: number; messagesMean: number } {
  const before = heapAfterGc();
  const run = createSimulationRun(input, { mode, replications, seed });
  let peak = 0;
  let steps = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let paused = 0n;
  let pausedCpu = 0;
  while (!run.done) {
    run.advance();
    if (++steps % 25 === 0) {
      // memory samples (forced garbage collections) are taken off both clocks
      const pauseStart = process.hrtime.bigint();
      const pauseCpu = process.cpuUsage();
      peak = Math.max(peak, heapAfterGc() - before);
      paused += process.hrtime.bigint() - pauseStart;
      const spent = process.cpuUsage(pauseCpu);
      pausedCpu += spent.user + spent.system;
    }
  }
  const result = run.result('completed');
  const wallSeconds = Number(process.hrtime.bigint() - started - paused) / 1e9;
  const cpuUsed = process.cpuUsage(cpu);
  const used = { user: cpuUsed.user - pausedCpu, system: cpuUsed.system };
  const retained = heapAfterGc() - before;
  return {
    replications,
    wallSeconds: Math.round(wallSeconds * 100) / 100,
    cpuSeconds: Math.round(((used.user + used.system) / 1e6) * 100) / 100,
    messagesPerSecond: Math.round((result.messages.mean * replications) / wallSeconds),
    retainedHeapMb: megabytes(retained),
    peakHeapMb: megabytes(Math.max(peak, retained)),
    slaMean: result.slaAttainment.mean,
    messagesMean: result.messages.mean,
  };
}

export async function simulationBenchmark(): Promise<Record<string, unknown>> {
  const input = benchSimulationInput();
  const load = loadavg().map((value) => Math.round(value * 100) / 100);
  console.log(`load average before: ${load.join(' / ')} (2 cores shared)`);

  let started = Date.now();
  const fluid = simulate(input, { mode: 'fluid' });
  const fluidSeconds = (Date.now() - started) / 1000;
  console.log(
    `fluid (expected volumes): ${fluid.messages.mean.toFixed(0)} messages/week, SLA ${(fluid.slaAttainment.mean * 100).toFixed(2)} %, ` +
      `average wait ${fluid.averageWaitHours.mean.toFixed(3)} h, ${fluidSeconds.toFixed(2)} s`,
  );

  // let the JIT see the hot loop before timing it
  simulate(input, { mode: 'poisson', replications: 30, seed: 99 });

  const small = timedRun(input, 'poisson', 100, 1);
  console.log(`poisson 100 replications: ${small.wallSeconds} s wall, ${small.cpuSeconds} s CPU, retained heap ${small.retainedHeapMb} MB, peak ${small.peakHeapMb} MB`);
  const large = timedRun(input, 'poisson', 1000, 1);
  console.log(
    `poisson 1,000 replications: ${large.wallSeconds} s wall (target ≤ 5 s), ${large.cpuSeconds} s CPU, ` +
      `${(large.messagesPerSecond / 1e6).toFixed(2)} M messages/s, ${large.messagesMean.toFixed(0)} messages per replication`,
  );
  console.log(`  memory: retained heap ${large.retainedHeapMb} MB (100 replications: ${small.retainedHeapMb} MB), peak ${large.peakHeapMb} MB (100: ${small.peakHeapMb} MB)`);
  const peaks = timedRun(input, 'overdispersed', 300, 2);
  console.log(`overdispersed 300 replications: ${peaks.wallSeconds} s wall, ${peaks.cpuSeconds} s CPU`);

  started = Date.now();
  const promises = simulate(input, { mode: 'poisson', replications: 200, seed: 3 });
  const table = promiseTable(promises, 'amazon-jp');
  const promiseSeconds = (Date.now() - started) / 1000;
  const sample = table.rows[3];
  console.log(`promise table amazon-jp (200 replications + table): ${promiseSeconds.toFixed(2)} s; e.g. ${sample.label}: ${sample.sentence}`);

  return {
    loadAverageBefore: load,
    loadAverageAfter: loadavg().map((value) => Math.round(value * 100) / 100),
    fluid: { seconds: fluidSeconds, messages: fluid.messages.mean, slaAttainment: fluid.slaAttainment.mean, averageWaitHours: fluid.averageWaitHours.mean },
    poisson100: small,
    poisson1000: large,
    overdispersed300: peaks,
    targetSeconds: 5,
    metTarget: large.wallSeconds <= 5,
    promiseTableSeconds: promiseSeconds,
  };
}
