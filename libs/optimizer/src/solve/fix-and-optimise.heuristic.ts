import { HOURS_PER_WEEK } from '@app/domain';
import type { SolverSession } from '../model/linear-model.types';
import type { PlanningModel } from '../planning/planning-model.build';
import type { RoundedPlan } from './lp-rounding.heuristic';
import type { SafetyClock } from './solve-budget';
import { solveFlowsFor } from './fixed-counts.util';

/** Relative gap each part's sub-MIP stops at. */
const PART_MIP_GAP = 0.005;

/**
 * Fix-and-optimise, for named teams whose limits (rest, working days, weekly hours) couple the
 * shifts too tightly for rounding and make a whole-window MIP slow: part by part (a week, a
 * site), every shift count outside the part is held at the plan's and the part is solved as a
 * MIP started from the plan (always feasible, so it only improves), with at most `nodesPerPart`
 * branch-and-bound nodes (work, not time: the same plan on any machine). `partOf[j]` is shift
 * option j's part (−1: never freed). Returns the best plan (the given one when nothing
 * improved); bounds are restored.
 */
export function fixAndOptimise(
  session: SolverSession,
  model: PlanningModel,
  plan: RoundedPlan,
  clock: SafetyClock,
  nodesPerPart: number,
  partOf: readonly number[],
): RoundedPlan {
  const { vars, linear } = model;
  const shiftVars = vars.shifts;
  const lower0 = shiftVars.map((v) => linear.variables[v].lower);
  const upper0 = shiftVars.map((v) => linear.variables[v].upper);
  const parts = [...new Set(partOf.filter((part) => part >= 0))].sort((a, b) => a - b);
  let best = plan;
  try {
    for (const part of parts) {
      if (clock.expired() || clock.stopped()) break;
      const counts = best.counts;
      session.setBounds(
        shiftVars,
        partOf.map((p, j) => (p === part ? lower0[j] : counts[j])),
        partOf.map((p, j) => (p === part ? upper0[j] : counts[j])),
      );
      const result = session.solve({
        timeLimitSeconds: Math.max(0.05, clock.secondsLeft()),
        mipGap: PART_MIP_GAP,
        nodeLimit: nodesPerPart,
        start: best.values,
        shouldStop: () => clock.stopped() || clock.expired(),
      });
      if (!result.values || result.objective === null || result.objective >= best.objective - 1e-6) continue;
      best = { values: result.values.slice(), objective: result.objective, counts: shiftVars.map((v) => Math.round(result.values![v])), lpSolves: best.lpSolves + 1 };
    }
    return best;
  } finally {
    session.setBounds(shiftVars, lower0, upper0);
  }
}

/** Each shift option's rota week within the window. */
export function weekParts(model: PlanningModel): number[] {
  const { grid, shifts } = model.problem;
  const weeks = Math.max(1, Math.ceil(grid.hours / HOURS_PER_WEEK));
  return shifts.map((shift) => Math.min(weeks - 1, Math.max(0, Math.floor((shift.startUtcMs - grid.startUtcMs) / (HOURS_PER_WEEK * 3_600_000)))));
}

/** Each shift option's site and rota week, as one part number. */
export function siteWeekParts(model: PlanningModel): number[] {
  const weeks = weekParts(model);
  const weekCount = Math.max(1, ...weeks.map((w) => w + 1));
  return model.problem.shifts.map((shift, j) => shift.siteIndex * weekCount + weeks[j]);
}

/**
 * Re-planning after a cut (seats the rota could not fill): the previous plan's counts, lowered
 * where a seat cap now forbids them, carry the work with re-solved flows, and only the parts
 * (site × week) holding a lowered count are optimised again, each as a sub-MIP of
 * `nodesPerPart` nodes. Far cheaper than rounding the whole LP again, and the rest of the plan
 * stays as it was. Null when the counts no longer fit the model (the caller rounds afresh).
 */
export function startFromPlan(session: SolverSession, model: PlanningModel, startCounts: readonly number[], clock: SafetyClock, nodesPerPart: number): RoundedPlan | null {
  const { problem, vars, linear } = model;
  const shiftVars = vars.shifts;
  const counts = startCounts.map((count, j) => Math.min(count, linear.variables[shiftVars[j]].upper));
  for (const cap of problem.seatCaps) {
    let over = cap.shiftIndices.reduce((total, j) => total + counts[j], 0) - cap.most;
    for (const j of cap.shiftIndices) {
      const less = Math.min(over, counts[j]);
      counts[j] -= less;
      over -= less;
      if (over <= 0) break;
    }
  }
  const flows = solveFlowsFor(session, model, counts, { timeLimitSeconds: Math.max(0.05, clock.secondsLeft()), shouldStop: () => clock.stopped() });
  if (!flows.values || flows.objective === null) return null;
  const start: RoundedPlan = { values: flows.values.slice(), objective: flows.objective, counts, lpSolves: 1 };
  const parts = siteWeekParts(model);
  const touched = new Set(counts.flatMap((count, j) => (count !== startCounts[j] ? [parts[j]] : [])));
  if (!touched.size || nodesPerPart <= 0) return start;
  return fixAndOptimise(session, model, start, clock, nodesPerPart, parts.map((part) => (touched.has(part) ? part : -1)));
}

/** Each shift option's site and block of `daysPerPart` grid days (by the day it starts on), as one part number. */
export function siteDayParts(model: PlanningModel, daysPerPart = 1): number[] {
  const { grid, shifts } = model.problem;
  const days = Math.max(1, Math.ceil(grid.hours / 24 / daysPerPart));
  return shifts.map((shift) => shift.siteIndex * days + Math.min(days - 1, Math.max(0, Math.floor((shift.startUtcMs - grid.startUtcMs) / (daysPerPart * 86_400_000)))));
}
