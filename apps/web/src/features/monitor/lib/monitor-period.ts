import type { ActualsExtent, MonitorPlanChoice } from '../api/monitor.types';

const HOUR_MS = 3_600_000;
/** The longest period one report covers (the API's limit). */
export const MAX_MONITOR_DAYS = 31;

/** A period [from, to) of whole UTC hours, as UTC milliseconds. */
export interface MonitorPeriod {
  fromMs: number;
  toMs: number;
}

const floorHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** The stored actuals' first and last receipt over every marketplace; null when none is stored. */
export function actualsSpan(extents: readonly ActualsExtent[]): { firstMs: number; lastMs: number } | null {
  const firsts = extents.map((e) => Date.parse(e.from)).filter(Number.isFinite);
  const lasts = extents.map((e) => Date.parse(e.to)).filter(Number.isFinite);
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { firstMs: Math.min(...firsts), lastMs: Math.max(...lasts) };
}

/** The plan's window [start, end) in UTC milliseconds. */
export function planWindow(plan: MonitorPlanChoice): MonitorPeriod {
  const fromMs = Date.parse(plan.grid.start);
  return { fromMs, toMs: fromMs + plan.grid.hours * HOUR_MS };
}

/**
 * The period the monitor opens on: the plan window's hours up to "now" — the hour after the
 * latest imported actual when the actuals reach into the window, else the clock — or, without
 * a plan holding the actuals, the span of the imported actuals. Null: nothing to report on.
 */
export function defaultMonitorPeriod(plan: MonitorPlanChoice | null, extents: readonly ActualsExtent[], nowMs: number): MonitorPeriod | null {
  const span = actualsSpan(extents);
  if (plan) {
    const window = planWindow(plan);
    if (span && span.lastMs >= window.fromMs && span.firstMs < window.toMs) {
      return { fromMs: window.fromMs, toMs: Math.min(window.toMs, floorHour(span.lastMs) + HOUR_MS) };
    }
    if (!span) {
      const toMs = Math.min(window.toMs, floorHour(nowMs));
      if (toMs > window.fromMs) return { fromMs: window.fromMs, toMs };
    }
  }
  if (span) {
    const toMs = floorHour(span.lastMs) + HOUR_MS;
    return { fromMs: Math.max(floorHour(span.firstMs), toMs - MAX_MONITOR_DAYS * 24 * HOUR_MS), toMs };
  }
  return null;
}

/**
 * The plan the monitor sets the actuals against by default: the newest plan with shifts whose
 * dated window holds the latest actual, else the newest such plan.
 */
export function defaultMonitorPlan(plans: readonly MonitorPlanChoice[], extents: readonly ActualsExtent[]): MonitorPlanChoice | null {
  const usable = plans.filter(hasShifts);
  const span = actualsSpan(extents);
  if (span) {
    const holding = usable.find((plan) => {
      const window = planWindow(plan);
      return span.lastMs >= window.fromMs && span.lastMs < window.toMs;
    });
    if (holding) return holding;
  }
  return usable[0] ?? null;
}

/** A finished plan on dated hours (a cyclic week cannot be set against actual days). */
export function hasShifts(plan: MonitorPlanChoice): boolean {
  return (plan.status === 'optimal' || plan.status === 'feasible') && plan.grid.mode === 'dated';
}

/** The hour the re-plan starts from by default: the latest imported actual's hour. */
export function defaultAsOf(extents: readonly ActualsExtent[]): number | null {
  const span = actualsSpan(extents);
  return span ? floorHour(span.lastMs) : null;
}

/** "2026-11-30T14:00" — a `datetime-local` input's value for a UTC instant, to the minute. */
export function toUtcInputValue(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** The UTC instant of a `datetime-local` value read on the UTC clock; null when incomplete. */
export function fromUtcInputValue(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}:00Z`);
  return Number.isFinite(ms) ? ms : null;
}

/** "2026-11-30T14:00:00Z": how the API is given an instant. */
export function toIsoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
