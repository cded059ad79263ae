import { EventEngine } from './engine/event-engine';
import { FluidEngine } from './engine/fluid-engine';
import { buildResult } from './interpret/build-result';
import { compileModel, type CompiledModel } from './model/compiled-model';
import { SimulationError, SimulationErrorCode } from './simulation-error';
import type { ArrivalMode, HandleTimeDistribution, QueueDiscipline, SimulationInput, SimulationOptions, SimulationResult } from './simulation.types';
import { ReplicationTally } from './stats/replication-tally';

interface ResolvedOptions {
  mode: ArrivalMode;
  replications: number;
  seed: number;
  discipline: QueueDiscipline;
  handleTime: HandleTimeDistribution;
  dispersion: number;
  slaTarget: number;
  promiseConfidence: number;
  traceLimit: number;
}

const DEFAULT_REPLICATIONS = 100;
const MAX_REPLICATIONS = 1_000_000;
/** The async runner hands control back to the event loop this often (ms), so a service stays responsive. */
const YIELD_EVERY_MS = 50;

/** One simulation broken into steps (a week of the chain, or a replication), for progress, cancelling and yielding. */
export interface SimulationRun {
  readonly totalSteps: number;
  readonly done: boolean;
  readonly completedReplications: number;
  readonly plannedReplications: number;
  advance(): void;
  result(status: 'completed' | 'aborted'): SimulationResult;
}

/**
 * Replays a roster against arrivals: checks the input (throws `SimulationError` naming every bad
 * path), compiles it and returns a runner. `simulate` and `simulateAsync` drive it to the end.
 */
export function createSimulationRun(input: SimulationInput, options: SimulationOptions = {}): SimulationRun {
  const resolved = resolveOptions(input, options);
  const model = compileModel(input);
  const tally = new ReplicationTally(model, resolved.slaTarget, resolved.traceLimit);
  const warnings = [...model.warnings];
  const describe = (status: 'completed' | 'aborted') => ({
    status,
    mode: resolved.mode,
    discipline: resolved.discipline,
    handleTime: resolved.mode === 'fluid' ? ('fixed' as const) : resolved.handleTime,
    seed: resolved.seed,
    slaTarget: resolved.slaTarget,
    promiseConfidence: resolved.promiseConfidence,
    warnings,
  });
  if (resolved.mode === 'fluid') return fluidRun(model, tally, resolved, warnings, describe);
  const engine = new EventEngine(model, tally, {
    arrivals: resolved.mode,
    discipline: resolved.discipline,
    handleTime: resolved.handleTime,
    dispersion: resolved.dispersion,
    seed: resolved.seed,
    replications: resolved.replications,
  });
  return {
    totalSteps: engine.totalSteps,
    plannedReplications: resolved.replications,
    get done() {
      return engine.done;
    },
    get completedReplications() {
      return engine.completedReplications;
    },
    advance: () => engine.advance(),
    result: (status) => buildResult(model, tally, describe(status)),
  };
}

function fluidRun(
  model: CompiledModel,
  tally: ReplicationTally,
  resolved: ResolvedOptions,
  warnings: string[],
  describe: (status: 'completed' | 'aborted') => Parameters<typeof buildResult>[2],
): SimulationRun {
  const engine = new FluidEngine(model, tally, resolved.discipline);
  let done = false;
  return {
    totalSteps: 1,
    plannedReplications: 1,
    get done() {
      return done;
    },
    get completedReplications() {
      return done ? 1 : 0;
    },
    advance: () => {
      if (done) return;
      engine.run();
      done = true;
      if (!engine.converged) warnings.push(`the backlog still grows after ${engine.weeks} weeks: the roster cannot keep up with the expected volume`);
    },
    result: (status) => buildResult(model, tally, describe(status)),
  };
}

/** Runs a simulation to the end (or until `options.signal` aborts it) on the calling thread. */
export function simulate(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  const run = createSimulationRun(input, options);
  while (!run.done) {
    if (options.signal?.aborted) return run.result('aborted');
    run.advance();
    reportProgress(run, options);
  }
  return run.result('completed');
}

/**
 * The same, yielding to the event loop every few tens of milliseconds so a server can answer
 * other requests, report progress and honour an abort while a long simulation runs.
 */
export async function simulateAsync(input: SimulationInput, options: SimulationOptions = {}): Promise<SimulationResult> {
  const run = createSimulationRun(input, options);
  let lastYield = Date.now();
  while (!run.done) {
    if (options.signal?.aborted) return run.result('aborted');
    run.advance();
    reportProgress(run, options);
    if (Date.now() - lastYield >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  return run.result('completed');
}

function reportProgress(run: SimulationRun, options: SimulationOptions): void {
  if (!options.onProgress) return;
  const completed = run.completedReplications;
  options.onProgress({ completed, total: run.plannedReplications, fraction: run.done ? 1 : completed / run.plannedReplications });
}

function resolveOptions(input: SimulationInput, options: SimulationOptions): ResolvedOptions {
  const invalid = (path: string, message: string) => SimulationError.single(SimulationErrorCode.InvalidOption, `options.${path}`, message);
  const replay = input.arrivals?.kind === 'replay';
  const mode = options.mode ?? (replay ? 'replay' : 'fluid');
  if (!['fluid', 'poisson', 'overdispersed', 'replay'].includes(mode)) throw invalid('mode', `must be fluid, poisson, overdispersed or replay, not "${mode}"`);
  if (replay && mode !== 'replay') throw invalid('mode', `real messages are replayed as they came; "${mode}" needs expected volumes`);
  if (!replay && mode === 'replay') throw invalid('mode', 'replay needs real messages (arrivals.kind "replay")');
  const ruled = (input.dispatch?.length ?? 0) > 0;
  const discipline = options.discipline ?? (ruled ? 'dispatch' : 'edf');
  if (!['dispatch', 'edf', 'priority', 'fifo'].includes(discipline)) throw invalid('discipline', `must be dispatch, edf, priority or fifo, not "${discipline}"`);
  if (discipline === 'dispatch' && !ruled) throw invalid('discipline', 'dispatch follows the plan\'s rule, and the input carries none (input.dispatch is empty)');
  const handleTime = options.handleTime ?? 'exponential';
  if (handleTime !== 'exponential' && handleTime !== 'fixed') throw invalid('handleTime', `must be exponential or fixed, not "${handleTime}"`);
  const deterministic = mode === 'fluid' || (mode === 'replay' && handleTime === 'fixed');
  const replications = deterministic ? 1 : options.replications ?? DEFAULT_REPLICATIONS;
  if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS) {
    throw invalid('replications', `must be a whole number from 1 to ${MAX_REPLICATIONS}, not ${options.replications}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw invalid('seed', `must be a whole number, not ${seed}`);
  const dispersion = options.dispersion ?? 0.25;
  if (!(dispersion >= 0 && dispersion <= 5)) throw invalid('dispersion', `must be a coefficient of variation from 0 to 5, not ${dispersion}`);
  const slaTarget = options.slaTarget ?? 0.95;
  if (!(slaTarget > 0 && slaTarget <= 1)) throw invalid('slaTarget', `must be in (0, 1], not ${slaTarget}`);
  const promiseConfidence = options.promiseConfidence ?? 0.9;
  if (!(promiseConfidence > 0 && promiseConfidence < 1)) throw invalid('promiseConfidence', `must be in (0, 1), not ${promiseConfidence}`);
  const traceLimit = options.traceLimit ?? 0;
  if (!Number.isInteger(traceLimit) || traceLimit < 0) throw invalid('traceLimit', `must be a whole number ≥ 0, not ${traceLimit}`);
  return { mode, replications, seed, discipline, handleTime, dispersion, slaTarget, promiseConfidence, traceLimit };
}
