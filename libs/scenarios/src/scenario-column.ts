import type { HourGrid, QueueArrivals } from '@app/domain';
import { outsideBand, outsideBandNote, type ServiceFigure } from './band-check';
import type { CostDifference, MarketplaceColumn, ScenarioColumn } from './comparison.types';
import { totalArrivals, siteHeadcounts } from './plan-figures';
import type { PlanningInput } from './planning/planning-input';
import type { Band, MarketplaceService, PayrollComponents, PlanOutcome, SimulatedMarketplace, SimulationOutcome } from './pipeline.types';
import type { EffectiveScenario } from './scenario-definition.types';

const DAYS_PER_MONTH = 365.25 / 12;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LONGEST_WAITS_SHOWN = 5;

/** Turns one scenario's plan (and simulation) into its comparison column, folding planner-side helpers back. */
export function buildScenarioColumn(args: {
  effective: EffectiveScenario;
  input: PlanningInput;
  /** Forecast with peaks applied, before deflection. */
  arrivingBeforeDeflection: QueueArrivals[];
  grid: HourGrid;
  outcome: PlanOutcome;
  simulation: SimulationOutcome | null;
  includePlan: boolean;
}): ScenarioColumn {
  const { effective, input, outcome, simulation } = args;
  const planning = input.scenario;
  const needsReply = (queue: QueueArrivals) => {
    const priorityClass = planning.marketplaces.find((m) => m.id === queue.marketplaceId)?.classes.find((c) => c.id === queue.classId);
    return priorityClass !== undefined && (priorityClass.replyDeadlineHours !== null || priorityClass.realTime !== undefined);
  };
  const arriving = totalArrivals(args.arrivingBeforeDeflection);
  const afterDeflection = totalArrivals(input.arrivals);
  const needingReply = totalArrivals(input.arrivals, needsReply);
  const acknowledged = totalArrivals(input.arrivals, (queue) => needsReply(queue) && queue.marketplaceId in input.acknowledgedMarketplaces);
  const hasPlan = outcome.plan !== undefined;
  const realSiteIds = planning.sites.filter((site) => !(site.id in input.vendorSites)).map((site) => site.id);
  const marketplaces = hasPlan ? marketplaceColumns(effective, input, outcome.marketplaces, simulation?.marketplaces ?? null) : [];
  const sla = { planned: outcome.slaAttainment, simulated: simulation?.slaAttainment ?? null, outsideBand: hasPlan && outsideBand('slaAttainment', outcome.slaAttainment, simulation?.slaAttainment) };
  return {
    id: effective.id,
    name: effective.name,
    description: effective.description,
    status: outcome.status,
    message: outcome.message,
    cost: {
      horizon: outcome.totalCost,
      perMonth: (outcome.totalCost * DAYS_PER_MONTH * 24) / args.grid.hours,
      perMessageAnswered: needingReply > 0 ? outcome.totalCost / needingReply : 0,
      bySite: Object.entries(outcome.costBySite).map(([id, cost]) => {
        const vendorId = input.vendorSites[id];
        if (vendorId !== undefined) {
          return { id: vendorId, name: effective.vendors.find((v) => v.id === vendorId)?.name ?? vendorId, kind: 'vendor' as const, cost };
        }
        return { id, name: planning.sites.find((site) => site.id === id)?.name ?? id, kind: 'site' as const, cost };
      }),
      lpBound: outcome.lpBound,
      gap: outcome.gap,
      uncertainty: outcome.costUncertainty,
    },
    payroll: hasPlan ? (outcome.payroll ?? null) : null,
    // set by the comparison, which knows the baseline
    payrollVsBaseline: null,
    costVsBaseline: null,
    staffingGap: hasPlan ? (outcome.staffingGap ?? null) : null,
    messages: { arriving, deflected: arriving - afterDeflection, needingReply, acknowledgedShare: needingReply > 0 ? acknowledged / needingReply : 0 },
    headcount: hasPlan
      ? siteHeadcounts(outcome.plan!, planning, realSiteIds).map((row) => ({
          ...row,
          name: planning.sites.find((site) => site.id === row.siteId)?.name ?? row.siteId,
        }))
      : [],
    sla,
    serviceNotes: serviceNotes(sla, marketplaces, (id) => planning.marketplaces.find((m) => m.id === id)?.name ?? id),
    marketplaces,
    longestWaits: simulation ? longestWaits(simulation.marketplaces, input) : [],
    solver: outcome.solver,
    solveSeconds: outcome.solveSeconds,
    plan: args.includePlan ? outcome.plan : undefined,
  };
}

/**
 * Each column's payroll minus the first column's, component by component (cents): the first
 * column is the baseline; a column without payroll, or a baseline without, gets null.
 */
export function withPayrollVsBaseline(columns: ScenarioColumn[]): ScenarioColumn[] {
  const baseline = columns[0]?.payroll ?? null;
  return columns.map((column, index) => ({
    ...column,
    payrollVsBaseline: baseline && column.payroll ? payrollDifference(column.payroll, baseline) : null,
    costVsBaseline: index === 0 ? null : costDifference(column, columns[0]),
  }));
}

/**
 * Whether a column's cost differs from the baseline's for real: each plan is at most its
 * uncertainty (objective − bound) above its scenario's best, so the best plans differ by
 * between difference − the column's uncertainty and difference + the baseline's.
 */
export function costDifference(column: ScenarioColumn, baseline: ScenarioColumn): CostDifference | null {
  const planned = (c: ScenarioColumn) => c.status === 'optimal' || c.status === 'feasible';
  if (!planned(column) || !planned(baseline)) return null;
  const cents = (value: number) => Math.round(value * 100) / 100;
  const difference = column.cost.horizon - baseline.cost.horizon;
  // a plan without a proven bound could be anywhere above the best: its side of the range is open
  const lowest = column.cost.uncertainty === undefined ? null : difference - column.cost.uncertainty;
  const highest = baseline.cost.uncertainty === undefined ? null : difference + baseline.cost.uncertainty;
  return {
    difference: cents(difference),
    lowest: lowest === null ? null : cents(lowest),
    highest: highest === null ? null : cents(highest),
    real: (lowest !== null && lowest > 0) || (highest !== null && highest < 0),
  };
}

function payrollDifference(payroll: PayrollComponents, baseline: PayrollComponents): PayrollComponents {
  const minus = (key: keyof PayrollComponents) => Math.round((payroll[key] - baseline[key]) * 100) / 100;
  return { base: minus('base'), premiums: minus('premiums'), overtime: minus('overtime'), vendor: minus('vendor'), idleContracted: minus('idleContracted'), total: minus('total') };
}

function marketplaceColumns(
  effective: EffectiveScenario,
  input: PlanningInput,
  planned: MarketplaceService[],
  simulated: SimulatedMarketplace[] | null,
): MarketplaceColumn[] {
  const twinOf = new Map(Object.entries(input.acknowledgedMarketplaces).map(([twin, real]) => [real, twin]));
  return effective.scenario.marketplaces.map((marketplace) => {
    const own = planned.find((row) => row.marketplaceId === marketplace.id);
    const twinId = twinOf.get(marketplace.id);
    const twin = twinId ? planned.find((row) => row.marketplaceId === twinId) : undefined;
    const ownSimulated = simulated?.find((row) => row.marketplaceId === marketplace.id);
    const twinSimulated = twinId ? simulated?.find((row) => row.marketplaceId === twinId) : undefined;
    const ownMessages = own?.messages ?? 0;
    const twinMessages = twin?.messages ?? 0;
    const column: MarketplaceColumn = {
      marketplaceId: marketplace.id,
      messages: ownMessages + twinMessages,
      planned: {
        slaAttainment: weighted([own?.slaAttainment ?? 1, ownMessages], [twin?.slaAttainment ?? 1, twinMessages]),
        averageWaitHours: own?.averageWaitHours ?? 0,
        p90WaitHours: own?.p90WaitHours ?? 0,
      },
      simulated: ownSimulated
        ? {
            slaAttainment: twinSimulated ? weightedBand(ownSimulated.slaAttainment, ownSimulated.messages, twinSimulated.slaAttainment, twinSimulated.messages) : ownSimulated.slaAttainment,
            averageWaitHours: ownSimulated.averageWaitHours,
            p90WaitHours: ownSimulated.p90WaitHours,
          }
        : null,
      outsideBand: [],
    };
    column.outsideBand = SERVICE_FIGURES.filter((figure) => outsideBand(figure, column.planned[figure], column.simulated?.[figure]));
    if (twinId) {
      column.acknowledged = {
        messages: twinMessages,
        plannedAverageWaitHours: twin?.averageWaitHours ?? 0,
        plannedP90WaitHours: twin?.p90WaitHours ?? 0,
        simulatedAverageWaitHours: twinSimulated?.averageWaitHours ?? null,
      };
    }
    return column;
  });
}

const SERVICE_FIGURES: ServiceFigure[] = ['slaAttainment', 'averageWaitHours', 'p90WaitHours'];

/** Every figure of the column outside its simulated band, in words. */
function serviceNotes(sla: ScenarioColumn['sla'], marketplaces: MarketplaceColumn[], name: (id: string) => string): string[] {
  const notes = sla.outsideBand && sla.simulated ? [outsideBandNote('All marketplaces', 'slaAttainment', sla.planned, sla.simulated)] : [];
  for (const marketplace of marketplaces) {
    for (const figure of marketplace.outsideBand) notes.push(outsideBandNote(name(marketplace.marketplaceId), figure, marketplace.planned[figure], marketplace.simulated![figure]));
  }
  return notes;
}

function weighted(...parts: Array<[value: number, weight: number]>): number {
  const weight = parts.reduce((sum, [, w]) => sum + w, 0);
  return weight > 0 ? parts.reduce((sum, [value, w]) => sum + value * w, 0) / weight : parts[0][0];
}

/** Volume-weighted band of two parts (an approximation of the joint band: the parts' bands are not independent). */
function weightedBand(a: Band, aWeight: number, b: Band, bWeight: number): Band {
  return {
    mean: weighted([a.mean, aWeight], [b.mean, bWeight]),
    low: weighted([a.low, aWeight], [b.low, bWeight]),
    high: weighted([a.high, aWeight], [b.high, bWeight]),
  };
}

function longestWaits(simulated: SimulatedMarketplace[], input: PlanningInput): ScenarioColumn['longestWaits'] {
  const rows: ScenarioColumn['longestWaits'] = [];
  for (const marketplace of simulated) {
    if (marketplace.marketplaceId in input.acknowledgedMarketplaces || !marketplace.waitByLocalHourOfWeek) continue;
    marketplace.waitByLocalHourOfWeek.forEach((averageWaitHours, hourOfWeek) => {
      rows.push({
        marketplaceId: marketplace.marketplaceId,
        weekday: WEEKDAYS[Math.floor(hourOfWeek / 24)],
        hour: `${String(hourOfWeek % 24).padStart(2, '0')}:00`,
        hourOfWeek,
        averageWaitHours,
      });
    });
  }
  return rows.sort((a, b) => b.averageWaitHours - a.averageWaitHours || a.hourOfWeek - b.hourOfWeek).slice(0, LONGEST_WAITS_SHOWN);
}
