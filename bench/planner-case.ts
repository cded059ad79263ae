import { createJsLpDriver, loadHighsDriver } from '@app/optimizer';
import { contractHoursSummary, type RotaResult } from '@app/roster';
import { planForNamedTeam, type RotaCheck } from '@app/scenarios/adapters/team-plan.adapter';
import type { PlanEffort, PlanResult, SolverDriver } from '@app/optimizer';
import { ModelBuilder } from '@app/optimizer/model/model-builder';
import { greaterEq, sum } from '@app/optimizer/model/linear-expression';
import { solveModel } from '@app/optimizer/model/solve-model';
import { buildPlanningModel } from '@app/optimizer/planning/planning-model.build';
import { buildPlanningProblem } from '@app/optimizer/planning/planning-problem.build';
import { simulate, simulationInputFromPlan } from '@app/simulation';
import type { PlannerInstance } from './planner-instances';
import type { Yardstick } from './planner-yardstick';

/** javascript-lp-solver gets this long per instance (the issue's "where it finishes in 10 minutes"). */
const JSLP_SECONDS = 600;
/** Rows × columns above which javascript-lp-solver's dense tableau is not attempted (memory). */
const JSLP_MAX_CELLS = 40_000_000;

export interface SolverFigures {
  solver: string;
  status: string;
  lpBound: number | null;
  cost: number | null;
  gap: number | null;
  seconds: number;
  solveSeconds: number;
  integerSource: string | null;
  /** cost / yardstick − 1 */
  aboveYardstick: number | null;
  slaAttainment: number;
  /** The named rota built inside the plan (planForNamedTeam): seats, and hours against contract. */
  seatsPlanned?: number;
  seatsUnfilled?: number;
  planRounds?: number;
  /** Agents whose paid hours per week stay within 4 h of their contract, share; and the largest shortfall, hours a week. */
  agentsNearContract?: number;
  worstWeekShortfallHours?: number;
  staffingGapAgentHours?: number;
  /** Per marketplace: the plan's headline figures (its own replay of the published rule) and an independent replay of the same rule (the simulation's fluid engine, minute by minute). */
  service?: ServiceCheck[];
  /** Solves until the rule kept every promise (1: the first plan's), and the targets it still misses. */
  promiseRounds?: number;
  missedTargets?: number;
  /** What an honest plan costs against the LP bound: cost / LP bound − 1. */
  aboveLpBound?: number | null;
  effort?: PlanEffort;
  /** The safety cap stopped the solver before its effort was spent. */
  clockLimitReached?: boolean;
  skipped?: string;
}

export interface ServiceCheck {
  marketplaceId: string;
  headline: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number };
  replayed: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number };
  /** The two agree: SLA within 0.5 percentage points, average wait within 10 %. */
  agree: boolean;
}

export interface PlannerCaseReport {
  instance: string;
  description: string;
  timeLimitSeconds: number;
  target: string;
  yardstick: number | null;
  met: boolean | null;
  /** The effort that met the target (the first, in order), or null. */
  metWith: PlanEffort | null;
  /** HiGHS at the default effort. */
  highs: SolverFigures;
  /** HiGHS at every effort the bench tries, in order. */
  byEffort: Partial<Record<PlanEffort, SolverFigures>>;
  jslp: SolverFigures;
}

/** Efforts tried per instance unless told otherwise: the quick plan and the default. */
export const BENCH_EFFORTS: PlanEffort[] = ['quick', 'standard'];

/** What to run per instance: the efforts, and whether javascript-lp-solver is tried too. */
export interface PlannerCaseOptions {
  efforts: readonly PlanEffort[];
  jslp: boolean;
}
/** The wall-clock safety cap: long enough that it never decides the plan (the effort does; the time is measured). */
const SAFETY_CAP_SECONDS = 1200;

/** One instance: HiGHS at each effort, javascript-lp-solver where it fits, against the yardstick and the time target. */
export async function runPlannerCase(
  instance: PlannerInstance,
  target: { id: string; seconds: number; withinShare: number },
  yardstick: Yardstick | null,
  options: PlannerCaseOptions = { efforts: BENCH_EFFORTS, jslp: true },
): Promise<PlannerCaseReport> {
  console.log(`\n${instance.id.toUpperCase()}: ${instance.description}`);
  const highs = await loadHighsDriver();
  warmUp(highs);
  const byEffort: Partial<Record<PlanEffort, SolverFigures>> = {};
  let metWith: PlanEffort | null = null;
  for (const effort of options.efforts) {
    const figures = await run(instance, highs, effort, SAFETY_CAP_SECONDS, yardstick);
    byEffort[effort] = figures;
    print(`highs ${effort}`, figures);
    // no plan, empty seats or a plan the safety cap cut short are misses like any other
    const met =
      figures.aboveYardstick !== null && figures.aboveYardstick <= target.withinShare && figures.seconds <= target.seconds && (figures.seatsUnfilled ?? 0) === 0 && !figures.clockLimitReached;
    if (met && !metWith) metWith = effort;
  }
  const met = yardstick ? metWith !== null : null;
  console.log(
    `  target: within ${(target.withinShare * 100).toFixed(1)} % of the yardstick ${yardstick ? yardstick.objective.toFixed(2) : '(not computed: run --yardstick)'} in ≤ ${target.seconds} s → ${met === null ? 'NOT MET (no yardstick)' : met ? `MET (${metWith} effort)` : 'NOT MET'}`,
  );

  const rows = tableauSize(instance);
  let jslpFigures: SolverFigures;
  if (!options.jslp) {
    jslpFigures = { ...emptyFigures('jslp'), skipped: 'skipped: --no-jslp' };
    console.log('  jslp : skipped (--no-jslp)');
  } else if (rows.cells > JSLP_MAX_CELLS) {
    const reason = `skipped: about ${rows.rows.toLocaleString('en-US')} rows × ${rows.columns.toLocaleString('en-US')} columns, a dense tableau of ${(rows.cells / 1e6).toFixed(0)} M cells (limit ${JSLP_MAX_CELLS / 1e6} M)`;
    jslpFigures = { ...emptyFigures('jslp'), skipped: reason };
    console.log(`  jslp : ${reason}`);
  } else {
    jslpFigures = await run(instance, createJsLpDriver({ maxTableauCells: JSLP_MAX_CELLS }), 'standard', JSLP_SECONDS, yardstick);
    print('jslp ', jslpFigures);
  }
  return {
    instance: instance.id,
    description: instance.description,
    timeLimitSeconds: target.seconds,
    target: `within ${(target.withinShare * 100).toFixed(1)} % of the yardstick in ≤ ${target.seconds} s`,
    yardstick: yardstick?.objective ?? null,
    met: met ?? false,
    metWith,
    highs: (byEffort.standard ?? byEffort[options.efforts[options.efforts.length - 1]]) as SolverFigures,
    byEffort,
    jslp: jslpFigures,
  };
}

async function run(instance: PlannerInstance, driver: SolverDriver, effort: PlanEffort, capSeconds: number, yardstick: Yardstick | null): Promise<SolverFigures> {
  const started = Date.now();
  const { plan: result, rota } = await planForNamedTeam(instance.scenario, {
    arrivals: instance.arrivals,
    grid: instance.grid,
    openingBacklog: instance.openingBacklog,
    solver: driver,
    effort,
    timeLimitSeconds: capSeconds,
    mipGap: 0.002,
    maxRounds: 2,
  });
  const elapsed = (Date.now() - started) / 1000;
  const cost = result.objective;
  return {
    ...rotaFigures(instance, result, rota),
    solver: driver.name,
    status: result.status,
    lpBound: result.lpBound,
    cost,
    gap: result.gap,
    seconds: elapsed,
    solveSeconds: result.solveSeconds,
    integerSource: result.integerSource,
    aboveYardstick: cost !== null && yardstick ? cost / yardstick.objective - 1 : null,
    slaAttainment: result.slaAttainment,
    ...truthFigures(instance, result),
    effort,
    clockLimitReached: result.clockLimitReached,
  };
}

/** The headline service against an independent replay of the plan's published rule, and what keeping the promise took. */
function truthFigures(instance: PlannerInstance, plan: PlanResult): Partial<SolverFigures> {
  if (plan.status !== 'optimal' && plan.status !== 'feasible') return {};
  const replay = simulate(simulationInputFromPlan(instance.scenario, plan), { mode: 'fluid' });
  const service = plan.marketplaces
    .filter((marketplace) => marketplace.messages > 0)
    .map((marketplace): ServiceCheck => {
      const simulated = replay.marketplaces.find((row) => row.marketplaceId === marketplace.marketplaceId)!;
      const replayed = { slaAttainment: simulated.slaAttainment.mean, averageWaitHours: simulated.averageWaitHours.mean, p90WaitHours: simulated.pooledWait.p90Hours };
      const agree =
        Math.abs(replayed.slaAttainment - marketplace.slaAttainment) <= 0.005 &&
        Math.abs(replayed.averageWaitHours - marketplace.averageWaitHours) <= 0.1 * Math.max(marketplace.averageWaitHours, 0.1);
      return {
        marketplaceId: marketplace.marketplaceId,
        headline: { slaAttainment: marketplace.slaAttainment, averageWaitHours: marketplace.averageWaitHours, p90WaitHours: marketplace.p90WaitHours },
        replayed,
        agree,
      };
    });
  return {
    service,
    promiseRounds: plan.promiseRounds,
    missedTargets: plan.missedTargets.length,
    aboveLpBound: plan.objective !== null && plan.lpBound ? plan.objective / plan.lpBound - 1 : null,
  };
}

/** Seats the named rota left empty and how close each agent's weeks come to the contract. */
function rotaFigures(instance: PlannerInstance, plan: PlanResult & { rotaCheck: RotaCheck | null }, rota: RotaResult | null): Partial<SolverFigures> {
  if (!rota || !plan.rotaCheck) return {};
  const contract = contractHoursSummary({ scenario: instance.scenario, plan }, rota);
  return {
    seatsPlanned: plan.rotaCheck.seatsPlanned,
    seatsUnfilled: plan.rotaCheck.seatsPlanned - plan.rotaCheck.seatsFilled,
    planRounds: plan.rotaCheck.rounds,
    agentsNearContract: contract.agentsNearContract / Math.max(1, contract.agents),
    worstWeekShortfallHours: contract.worstWeekShortfallHours,
    staffingGapAgentHours: plan.staffingGap.reduce((total, gap) => total + gap.agentHours, 0),
  };
}

function print(label: string, f: SolverFigures): void {
  const money = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  console.log(
    `  ${label}: ${f.status}, LP bound ${money(f.lpBound)}, integer ${money(f.cost)} (${f.integerSource ?? '—'}), gap ${f.gap === null ? '—' : (f.gap * 100).toFixed(2) + ' %'}, ` +
      `${f.seconds.toFixed(2)} s (solve ${f.solveSeconds.toFixed(2)} s)` +
      `${f.aboveYardstick === null ? '' : `, ${(f.aboveYardstick * 100).toFixed(2)} % above the yardstick`}, SLA replayed ${(f.slaAttainment * 100).toFixed(2)} %` +
      `${f.clockLimitReached ? ' (the safety cap cut it short)' : ''}`,
  );
  if (f.service) {
    console.log(
      `         promise: ${f.promiseRounds} solve(s) until the rule kept it, ${f.missedTargets} target(s) missed; honest plan ${f.aboveLpBound === null || f.aboveLpBound === undefined ? '—' : `${(f.aboveLpBound * 100).toFixed(2)} %`} above the LP bound`,
    );
    for (const row of f.service) {
      const figures = (v: ServiceCheck['headline']) => `SLA ${(v.slaAttainment * 100).toFixed(2)} %, wait ${v.averageWaitHours.toFixed(2)} h avg / ${v.p90WaitHours.toFixed(2)} h p90`;
      console.log(`         ${row.marketplaceId}: headline ${figures(row.headline)}; independent replay ${figures(row.replayed)} → ${row.agree ? 'agree' : 'DISAGREE (target: 0.5 pp, 10 %)'}`);
    }
  }
  if (f.seatsPlanned !== undefined) {
    console.log(
      `         named rota: ${f.seatsUnfilled} of ${f.seatsPlanned} seats unfilled (target 0) after ${f.planRounds} plan round(s); ` +
        `${((f.agentsNearContract ?? 0) * 100).toFixed(1)} % of agents within 4 h of contract every week without leave or an availability cap (worst week ${(f.worstWeekShortfallHours ?? 0).toFixed(0)} h short); ` +
        `staffing gap ${(f.staffingGapAgentHours ?? 0).toFixed(1)} agent-hours`,
    );
  }
}

function emptyFigures(solver: string): SolverFigures {
  return { solver, status: 'skipped', lpBound: null, cost: null, gap: null, seconds: 0, solveSeconds: 0, integerSource: null, aboveYardstick: null, slaAttainment: 0 };
}

/** Compiles the Wasm code paths once, as a long-running API process would have. */
function warmUp(driver: SolverDriver): void {
  const m = new ModelBuilder('warm-up');
  const x = m.addVariable('x', { integer: true, cost: 1 });
  m.add(greaterEq('c', sum(x), 1.5));
  solveModel(driver, m.build(), { timeLimitSeconds: 5 });
}

/** Tableau javascript-lp-solver would build for the instance: rows (constraints and bound rows) and columns. */
function tableauSize(instance: PlannerInstance): { rows: number; columns: number; cells: number } {
  const problem = buildPlanningProblem(instance.scenario, { arrivals: instance.arrivals, grid: instance.grid, openingBacklog: instance.openingBacklog });
  const { linear } = buildPlanningModel(problem);
  const boundRows = linear.variables.filter((v) => v.lower !== 0 || Number.isFinite(v.upper)).length;
  const rows = linear.constraints.length + boundRows;
  const columns = linear.variables.length;
  return { rows, columns, cells: rows * (rows + columns) };
}
