import type { ScenarioFile } from '@app/domain';
import { deadlineLimits } from './constraints/reply-deadline.constraint';
import type { MissedTarget, PlanResult } from './plan-result.types';
import { buildPlanningModel } from './planning/planning-model.build';
import type { PlanningModel } from './planning/planning-model.build';
import type { DeferredQueue, PlanningProblem } from './planning/planning-problem.types';
import type { PlanSolution } from './solve/plan-solve';

/** How far the replayed share within deadline may fall short of the promise and still count as kept, as a share (0.5 percentage points). */
const SLA_TOLERANCE = 0.005;
/** An average wait this much over its target, hours, counts as missed (the replay's own resolution is whole hours per batch). */
const WAIT_TOLERANCE_HOURS = 0.05;

export interface TruthfulPlanInput {
  scenario: ScenarioFile;
  /** The problem as asked: its deadlines and targets are the promise, and every replay is of them. */
  problem: PlanningProblem;
  /** Most rounds (the first plan included); 1 plans once and only reports what the rule misses. */
  maxRounds: number;
  /** One solve of a (tightened) model: the same options every round, so each round is as deterministic as the first. */
  solve: (model: PlanningModel, round: number) => PlanSolution;
  /** Solver values → the plan people read, replaying the published rule on `model.problem` (the original problem). */
  interpret: (model: PlanningModel, solution: PlanSolution) => PlanResult;
}

export interface TruthfulPlan {
  result: PlanResult;
  model: PlanningModel;
  solution: PlanSolution;
}

/** What the model is asked beyond the promise: hours taken off each queue's deadline, and each marketplace's average-wait cap. */
interface Tightening {
  deadlineMarginHours: number[];
  waitCapHours: Map<string, number>;
}

/**
 * The planner only promises what its published dispatch rule delivers: after each solve the plan
 * is interpreted (the rule derived and replayed message batch by batch); where the replay breaks a
 * deadline or an average-wait target that the model kept, the model is tightened there — the late
 * queue plans to a deadline a step shorter, the marketplace's average-wait cap comes down by what
 * the rule adds to the LP's own average — and solved again, until the replay keeps every promise,
 * a tighter model has no plan, the shifts are fixed, or `maxRounds` is reached. The plan says how
 * many rounds it took (`promiseRounds`) and lists, with the replayed figure, every target its rule
 * still misses (`missedTargets`). The last plan that exists is returned.
 */
export function planTruthfully(input: TruthfulPlanInput): TruthfulPlan {
  const { problem } = input;
  const tightening: Tightening = { deadlineMarginHours: problem.queues.map(() => 0), waitCapHours: new Map() };
  let best: TruthfulPlan | null = null;
  const notes: string[] = [];
  let rounds = 0;
  for (let round = 1; round <= Math.max(1, input.maxRounds); round++) {
    const tightened = round === 1 ? problem : tighten(problem, tightening);
    const model = buildPlanningModel(tightened);
    const solution = input.solve(model, round);
    if (!solution.values) {
      if (!best) return { result: withRounds(input.interpret({ ...model, problem }, solution), 1, []), model, solution };
      notes.push(
        solution.status === 'infeasible'
          ? `Round ${round} asked the model for more than the rule had delivered, and no plan keeps that (${solution.status}): the plan of round ${rounds} stands.`
          : `Round ${round} found no plan (${solution.status}): the plan of round ${rounds} stands.`,
      );
      break;
    }
    rounds = round;
    const result = input.interpret({ ...model, problem }, solution);
    const misses = missedTargets(input.scenario, problem, result);
    best = { result: withRounds(result, round, misses.map((m) => m.target)), model, solution };
    // a stopped or clock-capped solve is no ground for another: the plan stands with what its rule misses
    if (!misses.length || problem.fixedCounts || solution.clockLimitReached || solution.status === 'aborted' || round === input.maxRounds) break;
    if (!tightenFor(problem, result, misses, tightening)) break;
  }
  const final = best!;
  final.result.notes.push(...notes, ...promiseNotes(input.scenario, final.result));
  return final;
}

interface Miss {
  target: MissedTarget;
  queueIndices: number[];
}

/** The targets the replay of the published rule misses beyond the tolerances, per marketplace. */
function missedTargets(scenario: ScenarioFile, problem: PlanningProblem, result: PlanResult): Miss[] {
  const misses: Miss[] = [];
  for (const service of result.marketplaces) {
    const queueIndices = problem.queues.flatMap((q, i) => (q.kind === 'deferred' && q.marketplaceId === service.marketplaceId ? [i] : []));
    if (service.slaAttainment < problem.minSlaAttainment - SLA_TOLERANCE) {
      // the queues whose replayed backlog holds messages past due
      const late = queueIndices.filter((q) => {
        const limit = deadlineLimits(problem.queues[q] as DeferredQueue, { problem });
        return result.queues[q].backlog.some((b, h) => b > limit[h] + 1e-6);
      });
      misses.push({
        target: { marketplaceId: service.marketplaceId, target: 'deadline', promised: problem.minSlaAttainment, replayed: service.slaAttainment },
        queueIndices: late.length ? late : queueIndices,
      });
    }
    const target = scenario.marketplaces.find((m) => m.id === service.marketplaceId)?.waitTarget?.averageHours;
    if (target !== undefined && service.averageWaitHours > target + WAIT_TOLERANCE_HOURS) {
      misses.push({ target: { marketplaceId: service.marketplaceId, target: 'average-wait', promised: target, replayed: service.averageWaitHours }, queueIndices });
    }
  }
  return misses;
}

/**
 * Tightens where the replay missed; false when nothing can be tightened further. A late queue
 * plans to a deadline shorter by an eighth of it (at least an hour, never below the hour of
 * arrival); a marketplace over its wait target gets a cap of the LP's own average less what
 * the rule added to it.
 */
function tightenFor(problem: PlanningProblem, result: PlanResult, misses: readonly Miss[], tightening: Tightening): boolean {
  let changed = false;
  for (const miss of misses) {
    if (miss.target.target === 'deadline') {
      // messages late for want of agents the named team does not have are the staffing gap's, already reported: a shorter deadline cannot help
      if (result.staffingGap.length) continue;
      for (const q of miss.queueIndices) {
        const queue = problem.queues[q] as DeferredQueue;
        const most = Math.max(0, Math.ceil(queue.deadlineHours) - 1);
        const next = Math.min(most, tightening.deadlineMarginHours[q] + Math.max(1, Math.ceil(queue.deadlineHours / 8)));
        if (next > tightening.deadlineMarginHours[q]) {
          tightening.deadlineMarginHours[q] = next;
          changed = true;
        }
      }
      continue;
    }
    const service = result.marketplaces.find((m) => m.marketplaceId === miss.target.marketplaceId)!;
    const caps = problem.waitCaps.filter((c) => c.marketplaceId === service.marketplaceId);
    const current = tightening.waitCapHours.get(service.marketplaceId) ?? Math.min(...caps.map((c) => c.maxAverageHours));
    const excess = service.averageWaitHours - miss.target.promised;
    const next = Math.max(0, Math.min(current, service.plannedAverageWaitHours) - excess);
    if (caps.length && next < current - 1e-6) {
      tightening.waitCapHours.set(service.marketplaceId, next);
      changed = true;
    }
  }
  return changed;
}

/** A copy of the problem with the tightening applied (the original keeps the promise the replay is checked against). */
function tighten(problem: PlanningProblem, tightening: Tightening): PlanningProblem {
  return {
    ...problem,
    queues: problem.queues.map((queue, q) => {
      const margin = tightening.deadlineMarginHours[q];
      if (queue.kind !== 'deferred' || margin <= 0) return queue;
      return {
        ...queue,
        dueHour: queue.dueHour.map((due, k) => Math.max(k, due - margin)),
        openingDueHour: Math.max(0, queue.openingDueHour - margin),
      };
    }),
    waitCaps: problem.waitCaps.map((cap) => {
      const hours = tightening.waitCapHours.get(cap.marketplaceId);
      return hours === undefined ? cap : { ...cap, maxAverageHours: Math.min(cap.maxAverageHours, hours) };
    }),
  };
}

function withRounds(result: PlanResult, rounds: number, missed: MissedTarget[]): PlanResult {
  return { ...result, promiseRounds: result.shifts.length || result.status === 'optimal' || result.status === 'feasible' ? rounds : 0, missedTargets: missed };
}

function promiseNotes(scenario: ScenarioFile, result: PlanResult): string[] {
  if (!result.promiseRounds) return [];
  const name = (id: string) => scenario.marketplaces.find((m) => m.id === id)?.name ?? id;
  const notes: string[] = [];
  if (result.promiseRounds > 1) {
    notes.push(
      `The plan was solved ${result.promiseRounds} times: each time its dispatch rule, replayed, broke a promise the model had kept, the model was tightened there (a shorter deadline to plan to, a lower average-wait cap) and solved again.`,
    );
  }
  for (const miss of result.missedTargets) {
    notes.push(
      miss.target === 'deadline'
        ? `${name(miss.marketplaceId)}: the dispatch rule answers ${(miss.replayed * 100).toFixed(2)} % of messages within their deadline, short of the ${(miss.promised * 100).toFixed(2)} % asked — this target is missed.`
        : `${name(miss.marketplaceId)}: buyers wait ${miss.replayed.toFixed(2)} h on average under the dispatch rule, over the ${miss.promised} h target — this target is missed.`,
    );
  }
  return notes;
}
