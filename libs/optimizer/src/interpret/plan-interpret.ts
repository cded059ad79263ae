import { HOUR_MS, HOURS_PER_WEEK, formatUtc, toLocal } from '@app/domain';
import type { PlannedShift, QueueArrivals, ScenarioFile } from '@app/domain';
import type { SolverName } from '../model/linear-model.types';
import { erlangCServiceLevel } from '../planning/erlang-c.util';
import type { PlanningModel } from '../planning/planning-model.build';
import type { PlanningProblem } from '../planning/planning-problem.types';
import type { MarketplaceService, PlanResult, PlanStatus, QueueLoad, SiteCost, SiteLoad, StaffingGap } from '../plan-result.types';
import type { PlanSolution } from '../solve/plan-solve';
import { replayDispatch } from './dispatch-replay.util';
import { deriveDispatchRule } from './dispatch-rule.util';
import type { DispatchRuleScore } from './dispatch-rule.util';
import type { ReplayedQueue } from './dispatch-replay.util';
import { summariseWaits } from './wait-summary.util';
import { shiftPool } from '../constraints/site-capacity.constraint';
import { planPayroll } from './plan-payroll.util';
import { readStaffingGaps } from './staffing-gap.util';

export interface InterpretInput {
  scenario: ScenarioFile;
  model: PlanningModel;
  solution: PlanSolution;
  arrivals: readonly QueueArrivals[];
  openingBacklog?: readonly QueueArrivals[];
  buildSeconds: number;
}

/** Tolerance before a dispatch-rule miss of an average-wait target is worth a note, hours. */
const WAIT_NOTE_TOLERANCE = 0.05;

/** Solver values → the plan people read: shifts, costs, hourly loads, the dispatch rule and the service it gives, replayed. */
export function interpretPlan(input: InterpretInput): PlanResult {
  const started = Date.now();
  const { scenario, model, solution } = input;
  const problem = model.problem;
  const values = solution.values;
  const hours = problem.grid.hours;
  const counts = model.vars.shifts.map((v) => (values ? Math.max(0, Math.round(values[v])) : 0));

  const onDuty = problem.sites.map(() => new Array<number>(hours).fill(0));
  problem.shifts.forEach((shift, j) => {
    if (counts[j]) shift.coverHours.forEach((h, i) => (onDuty[shift.siteIndex][h] += counts[j] * shift.coverShares[i]));
  });
  const workload = problem.sites.map(() => new Array<number>(hours).fill(0));
  const queueLoads = problem.queues.map((queue, q): QueueLoad => {
    const answered = new Array<number>(hours).fill(0);
    const minutes = new Array<number>(hours).fill(0);
    const refs = queue.kind === 'deferred' ? model.vars.served[q] : model.vars.onLine[q];
    refs.forEach((perHour, slot) => {
      const s = queue.siteIndices[slot];
      for (let h = 0; h < hours; h++) {
        const value = values && perHour[h] >= 0 ? values[perHour[h]] : 0;
        if (queue.kind === 'deferred') {
          answered[h] += value;
          minutes[h] += value * queue.handleMinutes;
          workload[s][h] += value * queue.handleMinutes;
        } else {
          workload[s][h] += value * 60 * problem.sites[s].occupancy;
        }
      }
    });
    const plannedBacklog = queue.kind === 'deferred' && values ? Array.from(model.vars.backlog[q], (v) => values[v]) : new Array<number>(hours).fill(0);
    const load: QueueLoad = {
      marketplaceId: queue.marketplaceId,
      classId: queue.classId,
      kind: queue.kind,
      deadlineHours: queue.kind === 'deferred' ? queue.deadlineHours : null,
      handleMinutes: queue.handleMinutes,
      messages: sum(queue.arrivals) + (queue.kind === 'deferred' ? queue.openingBacklog : 0),
      arrivals: queue.arrivals.slice(),
      answered: queue.kind === 'deferred' ? answered : queue.arrivals.slice(),
      backlog: new Array<number>(hours).fill(0),
      plannedBacklog,
      workloadMinutes: queue.kind === 'deferred' ? minutes : queue.arrivals.map((a) => a * queue.handleMinutes),
    };
    if (queue.kind === 'realTime') {
      load.agentsNeeded = queue.agentsNeeded.slice();
      load.serviceLevel = realTimeServiceLevel(queue.arrivals, queue.handleMinutes, queue.answerWithinSeconds, perHourTotal(refs, values, hours));
    }
    return load;
  });

  const routed = problem.queues.map((queue, q) =>
    queue.kind === 'deferred' && values ? model.vars.served[q].map((refs) => Array.from(refs, (v) => (v >= 0 ? values[v] : 0))) : [],
  );
  const onDutyByPool = problem.pools.map(() => new Array<number>(hours).fill(0));
  problem.shifts.forEach((shift, j) => {
    if (counts[j]) shift.coverHours.forEach((h, i) => (onDutyByPool[shiftPool(problem, j)][h] += counts[j] * shift.coverShares[i]));
  });
  const chatLoad = values ? chatLoadBySite(problem, model, values) : problem.sites.map(() => new Array<number>(hours).fill(0));
  const ruleInput = { problem, routed, plannedBacklog: queueLoads.map((l) => l.plannedBacklog), onDuty, floor: { onDutyByPool, chatLoad } };
  const dispatch = values ? deriveDispatchRule(ruleInput, (rule) => replayScore(problem, replayDispatch(problem, onDutyByPool, chatLoad, rule))) : [];
  // the figures people read are those of the rule they are given, not of the LP's quotas
  const replay = values ? replayDispatch(problem, onDutyByPool, chatLoad, dispatch) : null;
  if (replay) queueLoads.forEach((load, q) => (load.backlog = replay[q].backlog));
  // the same shifts worked by plain earliest-deadline-first (what a floor without routing, and
  // the simulator, do): where it falls short of the plan's promise, the notes say so
  const edf = values ? replayDispatch(problem, onDutyByPool, chatLoad, null) : null;
  const marketplaces = marketplaceServices(scenario, problem, model, values, replay, edf);

  const payroll = planPayroll(model, values, counts);
  const { gaps: staffingGap, roundingShortfall } = readStaffingGaps(
    model,
    values,
    // with every shift fixed (a rostered plan) the LP is no relaxation of the team's problem
    problem.fixedCounts ? undefined : solution.lpStaffingGap,
    !problem.fixedCounts && solution.status === 'optimal',
  );
  const costBySite: SiteCost[] = problem.sites.map((site, s) => {
    const reporting = payroll.sites[s].total;
    let agentHours = 0;
    let paidHours = 0;
    problem.shifts.forEach((shift, j) => {
      if (shift.siteIndex !== s || !counts[j]) return;
      const covered = sum(shift.coverShares);
      agentHours += counts[j] * covered;
      paidHours += shift.lengthHours > 0 ? (counts[j] * covered * shift.paidHours) / shift.lengthHours : 0;
    });
    return { siteId: site.id, currency: site.currency, local: reporting / site.toReporting, reporting, agentHours, paidHours };
  });
  const totalCost = sum(costBySite.map((c) => c.reporting));
  let waitingCost = 0;
  problem.queues.forEach((queue, q) => {
    const price = problem.waitingCost[queue.marketplaceId] ?? 0;
    if (price && queue.kind === 'deferred') waitingCost += price * sum(queueLoads[q].plannedBacklog);
  });
  const messagesNeedingWork = sum(queueLoads.map((l) => l.messages));

  const sites: SiteLoad[] = problem.sites.map((site, s) => {
    const productive = onDuty[s].map((n) => n * site.productiveMinutesPerHour);
    return {
      siteId: site.id,
      name: site.name,
      timeZone: site.timeZone,
      onDuty: onDuty[s],
      productiveMinutes: productive,
      workloadMinutes: workload[s],
      maxOnDuty: site.maxOnDuty.slice(),
      agentHours: costBySite[s].agentHours,
      utilisation: sum(productive) > 0 ? sum(workload[s]) / sum(productive) : 0,
    };
  });

  const deferredTotals = marketplaces.reduce((acc, m) => ({ onTime: acc.onTime + m.slaAttainment * m.messagesDue, due: acc.due + m.messagesDue }), { onTime: 0, due: 0 });
  const slaAttainment = deferredTotals.due > 0 ? deferredTotals.onTime / deferredTotals.due : values ? 1 : 0;
  const status: PlanStatus = solution.status;
  // how the floor would fare working the plan is no note for a plan that does not exist
  const serviceNotes = values ? dispatchNotes(scenario, marketplaces, problem.minSlaAttainment) : [];
  const notes = [...problem.notes, ...staffingGap.map((gap) => gap.message), ...shortfallNotes(problem, roundingShortfall), ...serviceNotes];
  const interpretSeconds = (Date.now() - started) / 1000;
  return {
    scenarioName: problem.scenarioName,
    grid: { startUtc: formatUtc(problem.grid.startUtcMs), hours, mode: problem.grid.mode },
    shifts: plannedShifts(problem, counts),
    arrivals: input.arrivals.map((a) => ({ marketplaceId: a.marketplaceId, classId: a.classId, values: a.values.slice() })),
    ...(input.openingBacklog ? { openingBacklog: input.openingBacklog.map((a) => ({ ...a, values: a.values.slice() })) } : {}),
    status,
    message: statusMessage(solution, problem, totalCost, slaAttainment, counts) + gapSentence(staffingGap),
    solver: solution.solver as SolverName,
    reportingCurrency: problem.reportingCurrency,
    totalCost,
    costBySite,
    payroll,
    staffingGap,
    waitingCost,
    costPerMessage: messagesNeedingWork > 0 ? totalCost / messagesNeedingWork : 0,
    lpBound: solution.lpBound,
    bound: solution.bound,
    objective: solution.objective,
    gap: solution.gap,
    integerSource: solution.source,
    solveSeconds: solution.seconds.total,
    effort: typeof solution.effort === 'string' ? solution.effort : 'custom',
    clockLimitReached: solution.clockLimitReached,
    timings: {
      build: input.buildSeconds,
      lp: solution.seconds.lp,
      rounding: solution.seconds.rounding,
      mip: solution.seconds.mip,
      interpret: interpretSeconds,
      total: input.buildSeconds + solution.seconds.total + interpretSeconds,
    },
    slaAttainment,
    carriedOver:
      values && problem.grid.mode === 'dated'
        ? { messages: sum(marketplaces.map((m) => m.carriedOver)), averageBacklog: sum(marketplaces.map((m) => m.averageBacklog)) }
        : null,
    marketplaces: marketplaces.map(({ messagesDue: _due, ...service }) => service),
    queues: queueLoads,
    sites,
    dispatch,
    // one solve; the truthful loop (truthful-plan.ts) says how many it took and what is missed
    promiseRounds: values ? 1 : 0,
    missedTargets: [],
    notes,
  };
}

type ServiceWithDue = MarketplaceService & { messagesDue: number };

function marketplaceServices(
  scenario: ScenarioFile,
  problem: PlanningProblem,
  model: PlanningModel,
  values: readonly number[] | null,
  replay: ReplayedQueue[] | null,
  edf: ReplayedQueue[] | null,
): ServiceWithDue[] {
  return scenario.marketplaces.flatMap((marketplace): ServiceWithDue[] => {
    const queueIndices = problem.queues.flatMap((q, i) => (q.kind === 'deferred' && q.marketplaceId === marketplace.id ? [i] : []));
    if (!queueIndices.length) return [];
    const waits: Array<{ hours: number; count: number }> = [];
    const byHour = Array.from({ length: 24 }, () => [] as Array<{ hours: number; count: number }>);
    let onTime = 0;
    let due = 0;
    let carriedOver = 0;
    // the closing-backlog rule's yardstick: an average hour of the grid's last week
    const steadySpan = Math.min(problem.grid.hours, HOURS_PER_WEEK);
    let backlogHours = 0;
    let messages = 0;
    let plannedWaiting = 0;
    for (const q of queueIndices) {
      const queue = problem.queues[q];
      messages += sum(queue.arrivals) + (queue.kind === 'deferred' ? queue.openingBacklog : 0);
      if (values) for (const v of model.vars.backlog[q]) plannedWaiting += values[v];
      if (!replay) continue;
      for (const batch of replay[q].answered) {
        const wait = { hours: batch.waitHours, count: batch.count };
        waits.push(wait);
        if (batch.arrivalHour >= 0) byHour[toLocal(problem.grid.startUtcMs + batch.arrivalHour * HOUR_MS + HOUR_MS / 2, marketplace.timeZone).hour].push(wait);
        due += batch.count;
        if (batch.onTime) onTime += batch.count;
      }
      due += replay[q].overdue;
      carriedOver += replay[q].carriedOver;
      backlogHours += sum(replay[q].backlog.slice(-steadySpan));
    }
    const overall = summariseWaits(waits);
    const edfWaits: Array<{ hours: number; count: number }> = [];
    let edfOnTime = 0;
    let edfDue = 0;
    for (const q of edf ? queueIndices : []) {
      for (const batch of edf![q].answered) {
        edfWaits.push({ hours: batch.waitHours, count: batch.count });
        edfDue += batch.count;
        if (batch.onTime) edfOnTime += batch.count;
      }
      edfDue += edf![q].overdue;
    }
    const edfSummary = summariseWaits(edfWaits);
    const service: ServiceWithDue = {
      marketplaceId: marketplace.id,
      timeZone: marketplace.timeZone,
      messages,
      slaAttainment: due > 0 ? onTime / due : replay ? 1 : 0,
      averageWaitHours: overall.averageHours,
      p90WaitHours: overall.p90Hours,
      plannedAverageWaitHours: messages > 0 ? plannedWaiting / messages : 0,
      carriedOver,
      averageBacklog: backlogHours / steadySpan,
      earliestDeadlineFirst: {
        slaAttainment: edfDue > 0 ? edfOnTime / edfDue : edf ? 1 : 0,
        averageWaitHours: edfSummary.averageHours,
        p90WaitHours: edfSummary.p90Hours,
      },
      byLocalHour: byHour.map((list, hour) => {
        const summary = summariseWaits(list);
        return { hour, messages: summary.messages, averageWaitHours: summary.averageHours, p90WaitHours: summary.p90Hours };
      }),
      messagesDue: due,
    };
    if (marketplace.waitTarget?.averageHours !== undefined) service.waitTargetHours = marketplace.waitTarget.averageHours;
    return [service];
  });
}

/**
 * The integer shift mix as the rota reads it: one entry per site, template, start and agent
 * group (a named team's group, with the languages its members speak).
 */
function plannedShifts(problem: PlanningProblem, counts: readonly number[]): PlannedShift[] {
  const merged = new Map<string, PlannedShift>();
  problem.shifts.forEach((shift, j) => {
    if (!(counts[j] > 0)) return;
    const group = shift.groupIndex >= 0 ? problem.groups[shift.groupIndex] : null;
    const languages = group ? group.languages : [];
    const key = `${shift.siteIndex}|${shift.templateId}|${shift.startUtcMs}|${group?.key ?? ''}`;
    const existing = merged.get(key);
    if (existing) {
      existing.count += counts[j];
      return;
    }
    merged.set(key, {
      siteId: problem.sites[shift.siteIndex].id,
      templateId: shift.templateId,
      date: shift.date,
      localStart: shift.localStart,
      startUtc: formatUtc(shift.startUtcMs),
      endUtc: formatUtc(shift.endUtcMs),
      count: counts[j],
      ...(languages.length ? { languages: [...languages] } : {}),
      ...(group ? { group: group.key } : {}),
    });
  });
  return [...merged.values()].sort(
    (a, b) =>
      a.startUtc.localeCompare(b.startUtc) ||
      a.siteId.localeCompare(b.siteId) ||
      a.templateId.localeCompare(b.templateId) ||
      (a.group ?? '').localeCompare(b.group ?? ''),
  );
}

function dispatchNotes(scenario: ScenarioFile, services: ServiceWithDue[], minSla: number): string[] {
  const notes: string[] = [];
  for (const service of services) {
    const name = scenario.marketplaces.find((m) => m.id === service.marketplaceId)?.name ?? service.marketplaceId;
    const edf = service.earliestDeadlineFirst;
    const target = service.waitTargetHours;
    if (target !== undefined && edf.averageWaitHours > target + WAIT_NOTE_TOLERANCE) {
      notes.push(
        `Worked strictly earliest-deadline-first (without the plan's dispatch rule), ${name} buyers would wait ${edf.averageWaitHours.toFixed(2)} h on average ` +
          `against the ${target} h target the plan keeps (${service.averageWaitHours.toFixed(2)} h under its dispatch rule): plan with a wait margin of at least ` +
          `${(edf.averageWaitHours - target).toFixed(2)} h to keep the promise under that rule.`,
      );
    }
    if (edf.slaAttainment < minSla - 1e-6) {
      notes.push(
        `Worked strictly earliest-deadline-first, ${((1 - edf.slaAttainment) * 100).toFixed(2)} % of ${name} messages would miss their deadline: the plan relies on its dispatch rule ` +
          `to send them to the sites it assigns (${(service.slaAttainment * 100).toFixed(2)} % on time under that rule).`,
      );
    }
  }
  return notes;
}

function statusMessage(solution: PlanSolution, problem: PlanningProblem, totalCost: number, sla: number, counts: readonly number[]): string {
  const money = (v: number) => `${Math.round(v).toLocaleString('en-US')} ${problem.reportingCurrency}`;
  const agents = counts.reduce((s, c) => s + c, 0);
  switch (solution.status) {
    case 'optimal':
    case 'feasible': {
      const quality =
        solution.gap !== null && solution.gap <= 1e-6
          ? 'the cheapest possible'
          : `within ${((solution.gap ?? 0) * 100).toFixed(2)} % of the cheapest possible (no plan can cost less than ${money(solution.bound ?? 0)})`;
      return `${agents} shift starts costing ${money(totalCost)}, ${quality}; ${(sla * 100).toFixed(2)} % of messages answered within their deadline.`;
    }
    case 'timedout':
      return `No integer plan within the time limit${solution.lpBound !== null ? `; no plan can cost less than ${money(solution.lpBound)}` : ''}.`;
    case 'aborted':
      return 'Planning was stopped before an integer plan was found.';
    case 'infeasible':
      return 'No plan meets every rule.';
    default:
      return `The solver failed: ${solution.message ?? 'unknown error'}.`;
  }
}

/** Work left uncovered only because the whole-shift plan found with the effort given is not the best one: said plainly, without a hiring advice. */
function shortfallNotes(problem: PlanningProblem, shortfall: ReadonlyArray<{ pool: number; agentHours: number }>): string[] {
  const byPool = new Map<number, number>();
  for (const { pool, agentHours } of shortfall) byPool.set(pool, (byPool.get(pool) ?? 0) + agentHours);
  return [...byPool.entries()].map(([p, hours]) => {
    const pool = problem.pools[p];
    return (
      `The plan found with this effort leaves ${hours.toFixed(1)} agent-hours of work for ${problem.sites[pool.siteIndex].name} agents speaking ${pool.languages.join(', ')} uncovered, ` +
      'which the named team could cover with a better arrangement of its shifts: plan again with a higher effort (the messages concerned are counted late above).'
    );
  });
}

function gapSentence(gaps: readonly StaffingGap[]): string {
  if (!gaps.length) return '';
  const hours = Math.round(gaps.reduce((total, gap) => total + gap.agentHours, 0));
  return ` The named team cannot cover ${hours} agent-hours of it (${gaps.length} staffing gap${gaps.length === 1 ? '' : 's'}: see staffingGap).`;
}

function realTimeServiceLevel(arrivals: readonly number[], handleMinutes: number, withinSeconds: number, agents: readonly number[]): number {
  let answered = 0;
  let total = 0;
  arrivals.forEach((a, h) => {
    if (a <= 0) return;
    const traffic = (a * handleMinutes) / 60;
    answered += a * erlangCServiceLevel(Math.floor(agents[h] + 1e-6), traffic, withinSeconds, handleMinutes * 60);
    total += a;
  });
  return total > 0 ? answered / total : 1;
}

function perHourTotal(refs: readonly Int32Array[], values: readonly number[] | null, hours: number): number[] {
  const totals = new Array<number>(hours).fill(0);
  if (!values) return totals;
  for (const perHour of refs) for (let h = 0; h < hours; h++) if (perHour[h] >= 0) totals[h] += values[perHour[h]];
  return totals;
}

/**
 * Per site and hour, the agent-minutes its live chats take: each chat queue's arrivals × handle
 * time, shared between the sites that serve it as the plan puts agents on line. The floor (and
 * the simulation) counts chats at their handle time; the agents the plan puts on line for the
 * answer-time target work the rule's queues between chats.
 */
function chatLoadBySite(problem: PlanningProblem, model: PlanningModel, values: readonly number[]): number[][] {
  const hours = problem.grid.hours;
  const load = problem.sites.map(() => new Array<number>(hours).fill(0));
  problem.queues.forEach((queue, q) => {
    if (queue.kind !== 'realTime') return;
    const refs = model.vars.onLine[q];
    const totals = perHourTotal(refs, values, hours);
    refs.forEach((perHour, slot) => {
      const s = queue.siteIndices[slot];
      for (let h = 0; h < hours; h++) {
        if (perHour[h] < 0 || !(totals[h] > 0)) continue;
        load[s][h] += (queue.arrivals[h] * queue.handleMinutes * values[perHour[h]]) / totals[h];
      }
    });
  });
  return load;
}

function replayScore(problem: PlanningProblem, replay: readonly ReplayedQueue[]): DispatchRuleScore {
  let late = 0;
  let waitHours = 0;
  for (const queue of replay) {
    late += queue.overdue;
    for (const batch of queue.answered) {
      if (!batch.onTime) late += batch.count;
      waitHours += batch.count * batch.waitHours;
    }
  }
  // message-hours over each average-wait target: the average above the cap, times the messages it is of
  let overTargetHours = 0;
  for (const cap of problem.waitCaps) {
    let messages = 0;
    let waited = 0;
    for (const q of cap.queueIndices) {
      for (const batch of replay[q]?.answered ?? []) {
        if (batch.arrivalHour < cap.fromHour || batch.arrivalHour >= cap.toHour) continue;
        messages += batch.count;
        waited += batch.count * batch.waitHours;
      }
    }
    if (messages > 0) overTargetHours += Math.max(0, waited - cap.maxAverageHours * messages);
  }
  return { late, overTargetHours, waitHours };
}

function sum(list: readonly number[]): number {
  let total = 0;
  for (const v of list) total += v;
  return total;
}
