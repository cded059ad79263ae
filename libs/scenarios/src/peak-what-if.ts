import { HOUR_MS, toLocal, type CalendarEvent, type PlannedShift, type PlannedWorkload, type ScenarioFile, type Site } from '@app/domain';
import { applyOverride } from './apply-definition';
import { forecastOncePerBase } from './forecast-cache';
import { resolveHorizonGrid } from './horizon-grid';
import type { Band, PlanStatus, ScenarioPipeline, ScenarioProgress, SimulationOutcome } from './pipeline.types';
import { runScenario, throwIfAborted, type ScenarioRun } from './run-scenario';
import type { EffectiveScenario, Override } from './scenario-definition.types';

export interface PeakEvent {
  name: string;
  /** What the event changes: usually a volume multiplier and/or a site availability cap. */
  overrides: Override[];
}

export interface WhatIfOptions {
  pipeline: ScenarioPipeline;
  weeks?: number;
  start?: string;
  solver?: string;
  timeLimitSeconds?: number;
  replications?: number;
  seed?: number;
  onProgress?: (progress: ScenarioProgress) => void;
  signal?: AbortSignal;
}

export interface ExtraShifts {
  /** A site id, or a vendor id for vendor capacity. */
  id: string;
  kind: 'site' | 'vendor';
  /** Site-local date the shifts start on. */
  date: string;
  /** Shifts starting that day with the event minus without it (negative: fewer). */
  shifts: number;
  paidHours: number;
}

export interface PeakWhatIf {
  event: string;
  base: { status: PlanStatus; cost: number | null; slaAttainment: number | null };
  /** Re-planned for the event: the staffing the event needs. */
  staffed: { status: PlanStatus; message?: string; cost: number | null; slaAttainment: number | null; simulatedSla: Band | null };
  extraCost: number | null;
  extraShifts: ExtraShifts[];
  /**
   * The base roster replayed under the event (nobody added; where the event caps a site, the
   * roster is trimmed to the cap, see capRoster).
   */
  nobodyAdded: {
    slaAttainment: Band;
    marketplaces: Array<{ marketplaceId: string; slaAttainment: Band; averageWaitHours: Band; p90WaitHours: Band }>;
  } | null;
}

/**
 * "What happens on Prime Day?": plans the setup with and without the event, lists the extra
 * shifts per site and day and their cost, and replays the unchanged roster under the event.
 */
export async function peakWhatIf(base: EffectiveScenario, event: PeakEvent, options: WhatIfOptions): Promise<PeakWhatIf> {
  const grid = resolveHorizonGrid(base.base, { weeks: options.weeks, start: options.start });
  const progress = options.onProgress ?? (() => undefined);
  const settings = {
    solver: options.solver,
    timeLimitSeconds: options.timeLimitSeconds,
    replications: options.replications ?? 20,
    seed: options.seed ?? 1,
    signal: options.signal,
  };
  let withEvent: EffectiveScenario = { ...base, id: `${base.id}+event`, name: `${base.name} + ${event.name}` };
  event.overrides.forEach((override, index) => {
    withEvent = applyOverride(withEvent, override, `/overrides/${index}`);
  });
  progress({ stage: 'forecast', fraction: 0, message: 'forecasting' });
  const forecast = await forecastOncePerBase(options.pipeline.forecast, grid, options.signal)(base.base);
  const baseRun = await runScenario(base, forecast, grid, options.pipeline, { ...settings, replications: 0 }, (stage, done, message) =>
    progress({ scenarioId: base.id, stage, fraction: 0.05 + 0.3 * done, message }),
  );
  const eventRun = await runScenario(withEvent, forecast, grid, options.pipeline, settings, (stage, done, message) =>
    progress({ scenarioId: withEvent.id, stage, fraction: 0.35 + 0.35 * done, message }),
  );
  throwIfAborted(options.signal);

  let nobodyAdded: PeakWhatIf['nobodyAdded'] = null;
  if (baseRun.outcome.plan && options.pipeline.simulate && settings.replications > 0) {
    progress({ stage: 'simulate', fraction: 0.75, message: 'replaying the base roster under the event' });
    const newCaps = eventRun.input.scenario.events.filter((candidate) => !base.scenario.events.some((known) => known.id === candidate.id));
    const simulation: SimulationOutcome = await options.pipeline.simulate({
      scenario: eventRun.input.scenario,
      plan: { ...baseRun.outcome.plan, shifts: capRoster(baseRun.outcome.plan, eventRun.input.scenario.sites, newCaps), arrivals: eventRun.input.arrivals },
      replications: settings.replications,
      seed: settings.seed,
      signal: options.signal,
    });
    nobodyAdded = {
      slaAttainment: simulation.slaAttainment,
      marketplaces: simulation.marketplaces.map(({ marketplaceId, slaAttainment, averageWaitHours, p90WaitHours }) => ({ marketplaceId, slaAttainment, averageWaitHours, p90WaitHours })),
    };
  }
  progress({ stage: 'done', fraction: 1, message: 'what-if ready' });
  const costOf = (run: ScenarioRun) => (run.outcome.plan ? run.outcome.totalCost : null);
  const baseCost = costOf(baseRun);
  const eventCost = costOf(eventRun);
  return {
    event: event.name,
    base: { status: baseRun.outcome.status, cost: baseCost, slaAttainment: baseRun.outcome.plan ? baseRun.outcome.slaAttainment : null },
    staffed: {
      status: eventRun.outcome.status,
      message: eventRun.outcome.message,
      cost: eventCost,
      slaAttainment: eventRun.outcome.plan ? eventRun.outcome.slaAttainment : null,
      simulatedSla: eventRun.simulation?.slaAttainment ?? null,
    },
    extraCost: baseCost !== null && eventCost !== null ? eventCost - baseCost : null,
    extraShifts: baseRun.outcome.plan && eventRun.outcome.plan ? shiftDifference(baseRun, eventRun) : [],
    nobodyAdded,
  };
}

/** Shifts starting per (site, local date) with the event minus without it; days without change are left out. */
function shiftDifference(baseRun: ScenarioRun, eventRun: ScenarioRun): ExtraShifts[] {
  const rows = new Map<string, ExtraShifts>();
  const add = (run: ScenarioRun, sign: 1 | -1) => {
    for (const shift of run.outcome.plan!.shifts) {
      const vendorId = run.input.vendorSites[shift.siteId];
      const id = vendorId ?? shift.siteId;
      const key = `${id}\n${shift.date}`;
      const row = rows.get(key) ?? { id, kind: vendorId ? ('vendor' as const) : ('site' as const), date: shift.date, shifts: 0, paidHours: 0 };
      row.shifts += sign * shift.count;
      row.paidHours += sign * shift.count * paidHoursOf(shift, run.input.scenario);
      rows.set(key, row);
    }
  };
  add(eventRun, 1);
  add(baseRun, -1);
  return [...rows.values()]
    .filter((row) => row.shifts !== 0 || Math.abs(row.paidHours) > 1e-9)
    .sort((a, b) => a.id.localeCompare(b.id) || a.date.localeCompare(b.date));
}

function paidHoursOf(shift: PlannedShift, scenario: ScenarioFile): number {
  const template = scenario.shiftTemplates.find((candidate) => candidate.id === shift.templateId);
  return template ? template.paidHours : (Date.parse(shift.endUtc) - Date.parse(shift.startUtc)) / 3_600_000;
}

/**
 * The roster as it can actually work under new availability caps: in every hour a capped site
 * has at most floor(cap × maxHeadcount) agents on duty (the planner's rule, dates on the
 * site's clock); shifts are kept in order of start and trimmed where they would exceed it.
 */
export function capRoster(plan: PlannedWorkload, sites: Site[], events: CalendarEvent[]): PlannedShift[] {
  const capped = events.filter((event) => event.availabilityCap !== undefined && event.siteIds.length > 0);
  if (capped.length === 0) return plan.shifts;
  const startMs = Date.parse(plan.grid.startUtc);
  const limits = new Map<string, number[]>();
  for (const site of sites) {
    const siteEvents = capped.filter((event) => event.siteIds.includes(site.id));
    if (siteEvents.length === 0) continue;
    const limit = new Array<number>(plan.grid.hours).fill(Infinity);
    for (let hour = 0; hour < plan.grid.hours; hour++) {
      const date = toLocal(startMs + hour * HOUR_MS + HOUR_MS / 2, site.timeZone).date;
      for (const event of siteEvents) {
        if (date >= event.start && date <= event.end) limit[hour] = Math.min(limit[hour], Math.floor(event.availabilityCap! * site.maxHeadcount + 1e-9));
      }
    }
    limits.set(site.id, limit);
  }
  const onDuty = new Map<string, number[]>();
  const kept: PlannedShift[] = [];
  for (const shift of [...plan.shifts].sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc))) {
    const limit = limits.get(shift.siteId);
    if (!limit) {
      kept.push(shift);
      continue;
    }
    const duty = onDuty.get(shift.siteId) ?? new Array<number>(plan.grid.hours).fill(0);
    onDuty.set(shift.siteId, duty);
    const first = Math.max(0, Math.floor((Date.parse(shift.startUtc) - startMs) / HOUR_MS));
    const last = Math.min(plan.grid.hours, Math.ceil((Date.parse(shift.endUtc) - startMs) / HOUR_MS));
    let count = shift.count;
    for (let hour = first; hour < last; hour++) count = Math.min(count, limit[hour] - duty[hour]);
    count = Math.max(0, count);
    for (let hour = first; hour < last; hour++) duty[hour] += count;
    if (count > 0) kept.push(count === shift.count ? shift : { ...shift, count });
  }
  return kept;
}
