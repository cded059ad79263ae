import type { Highs, HighsCallbackMap, Model as HighsModel, ModelData } from 'highs';
import type {
  LinearModel,
  SolveOptions,
  SolveResult,
  SolveStatus,
  SolverDriver,
  SolverSession,
  VariableRef,
} from '../model/linear-model.types';
import { elapsedSeconds, relativeGap, startClock } from './solve-timing';

/**
 * HiGHS (npm `highs`, WebAssembly) behind the solver-neutral model. The runtime is passed in
 * (loaded by `loadHighsDriver` or by the caller, e.g. in a worker) so this file stays free of
 * loading concerns. Models are built from sparse rows (no LP-text round trip), kept alive for
 * warm-started re-solves, and always disposed: Wasm memory is never returned to the host,
 * so a leaked model would grow the runtime for good.
 */
export function createHighsDriver(highs: Highs): SolverDriver {
  return {
    name: 'highs',
    acceptsStart: true,
    open: (model) => new HighsSession(highs, model),
  };
}

/** Loads the Wasm runtime (once per process unless its memory grew past `reloadAboveBytes`). */
export async function loadHighsDriver(options: { reloadAboveBytes?: number } = {}): Promise<SolverDriver> {
  const limit = options.reloadAboveBytes ?? 1.5 * 1024 ** 3;
  if (!cachedRuntime || cachedRuntime.memoryBytes > limit) {
    const loader = (await import('highs')).default;
    cachedRuntime = await loader();
  }
  return createHighsDriver(cachedRuntime);
}

let cachedRuntime: Highs | undefined;

const STATUS = {
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  unbounded: 10,
  empty: 6,
} as const;
const PRIMAL_FEASIBLE = 2;
/** HiGHS's own default for mip_max_nodes (kHighsIInf): no limit. */
const UNLIMITED_NODES = 2147483647;
/** Model statuses of a solve stopped early: time limit, iteration limit, solution (node) limit, interrupt. */
const STOPPED = new Set([13, 14, 16, 17]);

class HighsSession implements SolverSession {
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly instances: Partial<Record<'lp' | 'mip', { model: HighsModel; lower: Float64Array; upper: Float64Array; integer: Uint8Array }>> = {};
  private readonly integer: Uint8Array;

  constructor(
    private readonly highs: Highs,
    private readonly source: LinearModel,
  ) {
    this.lower = Float64Array.from(source.variables, (v) => v.lower);
    this.upper = Float64Array.from(source.variables, (v) => v.upper);
    this.integer = Uint8Array.from(source.variables, (v) => (v.integer ? 1 : 0));
  }

  setIntegrality(indices: readonly VariableRef[], integer: readonly boolean[]): void {
    indices.forEach((index, k) => (this.integer[index] = integer[k] ? 1 : 0));
  }

  setBounds(indices: readonly VariableRef[], lower: readonly number[], upper: readonly number[]): void {
    indices.forEach((index, k) => {
      this.lower[index] = lower[k];
      this.upper[index] = upper[k];
    });
  }

  solve(options: SolveOptions): SolveResult {
    const clock = startClock();
    const relax = options.relax === true || !this.integer.includes(1);
    try {
      const model = this.prepare(relax ? 'lp' : 'mip');
      model.options.set({
        output_flag: false,
        presolve: 'choose',
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        mip_rel_gap: options.mipGap ?? 1e-4,
        mip_max_nodes: Math.min(UNLIMITED_NODES, Math.max(0, Math.floor(options.nodeLimit ?? UNLIMITED_NODES))),
      });
      model.zeroAllClocks();
      if (!relax && options.start) model.setSolution({ colValue: Float64Array.from(options.start) });
      let status = model.run(this.callbacks(options, clock)).modelStatus;
      // presolve may not tell infeasible from unbounded, and on MIPs whose rows hold only to the
      // feasibility tolerance (fixed counts after rounding) it can wrongly declare infeasibility:
      // a run without presolve settles both
      if (status === STATUS.unboundedOrInfeasible || (!relax && status === STATUS.infeasible)) {
        model.options.set({ presolve: 'off' });
        model.zeroAllClocks();
        if (!relax && options.start) model.setSolution({ colValue: Float64Array.from(options.start) });
        status = model.run(this.callbacks(options, clock)).modelStatus;
      }
      return this.result(model, status, relax, clock);
    } catch (error) {
      return {
        status: 'error',
        objective: null,
        values: null,
        seconds: elapsedSeconds(clock),
        message: `HiGHS failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  dispose(): void {
    for (const key of ['lp', 'mip'] as const) {
      this.instances[key]?.model.dispose();
      delete this.instances[key];
    }
  }

  /** The persistent instance for LP or MIP solves, with the session's current bounds applied. */
  private prepare(kind: 'lp' | 'mip'): HighsModel {
    let instance = this.instances[kind];
    if (!instance) {
      const model = this.highs.createModel(toModelData(this.highs, this.source, kind === 'mip' ? this.integer : null, this.lower, this.upper));
      instance = { model, lower: this.lower.slice(), upper: this.upper.slice(), integer: this.integer.slice() };
      this.instances[kind] = instance;
      return model;
    }
    if (kind === 'mip') {
      const switched: number[] = [];
      for (let i = 0; i < this.integer.length; i++) if (instance.integer[i] !== this.integer[i]) switched.push(i);
      if (switched.length) {
        instance.model.changeColsIntegrality({ kind: 'set', indices: Int32Array.from(switched) }, Int32Array.from(switched, (i) => this.integer[i]));
        for (const i of switched) instance.integer[i] = this.integer[i];
      }
    }
    const changed: number[] = [];
    for (let i = 0; i < this.lower.length; i++) {
      if (instance.lower[i] !== this.lower[i] || instance.upper[i] !== this.upper[i]) changed.push(i);
    }
    if (changed.length) {
      instance.model.changeColsBounds(
        { kind: 'set', indices: Int32Array.from(changed) },
        Float64Array.from(changed, (i) => finite(this.highs, this.lower[i])),
        Float64Array.from(changed, (i) => finite(this.highs, this.upper[i])),
      );
      for (const i of changed) {
        instance.lower[i] = this.lower[i];
        instance.upper[i] = this.upper[i];
      }
    }
    return instance.model;
  }

  private callbacks(options: SolveOptions, clock: number): HighsCallbackMap {
    const types = this.highs.constants.callbackType;
    const stop = options.shouldStop;
    const interrupt = (event: { interrupt(): void }) => {
      if (stop?.()) event.interrupt();
      return undefined;
    };
    const map: Record<number, unknown> = {};
    if (stop) {
      map[types.simplexInterrupt] = interrupt;
      map[types.ipmInterrupt] = interrupt;
      map[types.mipInterrupt] = interrupt;
    }
    if (options.onIncumbent) {
      const notify = options.onIncumbent;
      map[types.mipImprovingSolution] = (event: { data: { objective_function_value?: number; mip_dual_bound?: number } }) => {
        const objective = event.data.objective_function_value;
        if (objective !== undefined && Number.isFinite(objective)) {
          const bound = event.data.mip_dual_bound;
          notify({ objective, bound: bound !== undefined && Number.isFinite(bound) ? bound : undefined, seconds: elapsedSeconds(clock) });
        }
        return undefined;
      };
    }
    return map as HighsCallbackMap;
  }

  private result(model: HighsModel, modelStatus: number, relax: boolean, clock: number): SolveResult {
    const seconds = elapsedSeconds(clock);
    if (modelStatus === STATUS.infeasible || modelStatus === STATUS.unboundedOrInfeasible) {
      return { status: 'infeasible', objective: null, values: null, seconds };
    }
    if (modelStatus === STATUS.unbounded) return { status: 'unbounded', objective: null, values: null, seconds };
    const hasPrimal = Number(model.info.get('primal_solution_status')) === PRIMAL_FEASIBLE || modelStatus === STATUS.empty;
    if (!hasPrimal) {
      const stopped = STOPPED.has(modelStatus);
      return {
        status: stopped ? 'timedout' : 'error',
        objective: null,
        values: null,
        seconds,
        message: stopped ? 'stopped before a feasible solution was found' : `HiGHS ended with model status ${modelStatus}`,
      };
    }
    const values = Array.from(model.getSolution().colValue);
    const objective = model.getObjectiveValue();
    if (relax) {
      const optimal = modelStatus === STATUS.optimal || modelStatus === STATUS.empty;
      return { status: optimal ? 'optimal' : 'feasible', objective, values, bound: optimal ? objective : undefined, seconds };
    }
    const rawBound = Number(model.info.get('mip_dual_bound'));
    const bound = Number.isFinite(rawBound) ? Math.min(rawBound, objective) : undefined;
    const gap = bound === undefined ? undefined : relativeGap(objective, bound);
    const status: SolveStatus = modelStatus === STATUS.optimal && (gap ?? 0) <= 1e-6 ? 'optimal' : 'feasible';
    return { status, objective, values, bound, gap, seconds };
  }
}

function finite(highs: Highs, value: number): number {
  if (value === Infinity) return highs.infinity;
  if (value === -Infinity) return -highs.infinity;
  return value;
}

function toModelData(highs: Highs, model: LinearModel, integer: Uint8Array | null, lower: Float64Array, upper: Float64Array): ModelData {
  const rows = model.constraints;
  let nonzeros = 0;
  for (const row of rows) nonzeros += row.indices.length;
  const starts = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let k = 0;
  rows.forEach((row, r) => {
    starts[r] = k;
    for (let j = 0; j < row.indices.length; j++) {
      indices[k] = row.indices[j];
      values[k] = row.coefficients[j];
      k++;
    }
  });
  starts[rows.length] = k;
  return {
    numCols: model.variables.length,
    numRows: rows.length,
    offset: model.objectiveOffset,
    colCost: Float64Array.from(model.variables, (v) => v.cost),
    colLower: Float64Array.from(lower, (v) => finite(highs, v)),
    colUpper: Float64Array.from(upper, (v) => finite(highs, v)),
    rowLower: Float64Array.from(rows, (r) => finite(highs, r.lower)),
    rowUpper: Float64Array.from(rows, (r) => finite(highs, r.upper)),
    matrix: { format: 'csr', numRows: rows.length, numCols: model.variables.length, starts, indices, values },
    integrality: integer ? Int32Array.from(integer) : undefined,
  };
}
