import { HOUR_MS, HOURS_PER_WEEK, addDays, formatUtc, isIsoDate, isoWeekday, toLocal, utcMidnight } from '@app/domain/time';
import type { HourGrid, QueueArrivals } from '@app/domain/plan.types';
import type { PlanningHorizon } from '@app/domain/scenario.types';
import { MAX_PLAN_WEEKS, defaultPlanOptions } from './plan-defaults';
import type { PlanResult } from './plan-result.types';

/**
 * The one rule from an organisation's horizon and a requested window (start date, weeks) to the
 * hour grid a plan is solved on. The API, the CLI, the web form and the scenario comparisons all
 * call it, so they accept and refuse the same windows. Pure (luxon through @app/domain/time only).
 *
 * - A dated horizon is planned in windows of 1–13 weeks lying inside it; a window's grid starts
 *   at UTC midnight of its first date (as the horizon's does) and its forecast is the horizon
 *   forecast's slice from `offsetHours`.
 * - A cyclic horizon is one typical week repeated, however many weeks it stands for: its grid
 *   is always that one week (168 hours) from the horizon's start.
 * - Without a horizon the window is its own horizon.
 * - The default window is the next full week: the Monday after today on the site's calendar,
 *   kept inside the horizon (its first week when the horizon has not begun, its last when it is over).
 */
export interface PlanWindowRequest {
  /** First date "YYYY-MM-DD". */
  start?: string;
  weeks?: number;
}

export interface PlanWindow {
  start: string;
  weeks: number;
  grid: HourGrid;
  /** The horizon the window lies in (the window itself without one). */
  horizon: PlanningHorizon;
  /** Hours from the horizon's start to the window's: where its slice of the horizon forecast begins. */
  offsetHours: number;
}

export type PlanWindowOutcome = { ok: true; window: PlanWindow } | { ok: false; field: 'start' | 'weeks'; message: string };

export function resolvePlanWindow(horizon: PlanningHorizon | undefined, request: PlanWindowRequest, today: string): PlanWindowOutcome {
  const weeksIssue = request.weeks === undefined ? null : windowWeeksIssue(request.weeks, horizon?.mode ?? 'dated');
  if (weeksIssue) return { ok: false, field: 'weeks', message: weeksIssue };
  if (request.start !== undefined && !isIsoDate(request.start)) {
    return { ok: false, field: 'start', message: `start must be a date YYYY-MM-DD, got "${request.start}"` };
  }
  if (horizon?.mode === 'cyclic') {
    if (request.start !== undefined && request.start !== horizon.start) {
      return { ok: false, field: 'start', message: `the horizon is one week repeated (cyclic) from ${horizon.start}: its window cannot start on ${request.start}` };
    }
    return { ok: true, window: { start: horizon.start, weeks: 1, grid: windowGrid(horizon.start, 1, 'cyclic'), horizon, offsetHours: 0 } };
  }
  const weeks = request.weeks ?? defaultPlanOptions.weeks;
  if (!horizon) {
    const start = request.start ?? nextMonday(today);
    return { ok: true, window: { start, weeks, grid: windowGrid(start, weeks, 'dated'), horizon: { start, weeks, mode: 'dated' }, offsetHours: 0 } };
  }
  const lastStart = addDays(horizon.start, (horizon.weeks - weeks) * 7);
  if (weeks > horizon.weeks) {
    return { ok: false, field: 'weeks', message: `the horizon has ${horizon.weeks} week${horizon.weeks === 1 ? '' : 's'} (from ${horizon.start}): plan at most ${horizon.weeks}, not ${weeks}` };
  }
  const start = request.start ?? clampDate(nextMonday(today), horizon.start, lastStart);
  if (start < horizon.start || start > lastStart) {
    return {
      ok: false,
      field: 'start',
      message:
        `${weeks} week${weeks === 1 ? '' : 's'} from ${start} ${weeks === 1 ? 'does' : 'do'} not lie inside the horizon (${horizon.start} to ${addDays(horizon.start, horizon.weeks * 7 - 1)}): ` +
        `start from ${horizon.start} to ${lastStart}`,
    };
  }
  const offsetHours = (utcMidnight(start) - utcMidnight(horizon.start)) / HOUR_MS;
  return { ok: true, window: { start, weeks, grid: windowGrid(start, weeks, 'dated'), horizon, offsetHours } };
}

/** Why a window cannot have `weeks` weeks (1–13; a cyclic horizon's is one), or null when it can. */
export function windowWeeksIssue(weeks: number, mode: HourGrid['mode']): string | null {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_PLAN_WEEKS) return `weeks must be a whole number from 1 to ${MAX_PLAN_WEEKS}, got ${weeks}`;
  if (mode === 'cyclic' && weeks !== 1) return `the horizon is one week repeated (cyclic): plan 1 week, not ${weeks}`;
  return null;
}

/** The hour grid of `weeks` weeks from UTC midnight of `start`; a cyclic grid is always one week. */
export function windowGrid(start: string, weeks: number, mode: HourGrid['mode']): HourGrid {
  return { startUtc: formatUtc(utcMidnight(start)), hours: (mode === 'cyclic' ? 1 : weeks) * HOURS_PER_WEEK, mode };
}

/** First dates of the horizon's weeks (one for a cyclic horizon): the windows a week picker offers. */
export function horizonWeekStarts(horizon: PlanningHorizon): string[] {
  const count = horizon.mode === 'cyclic' ? 1 : horizon.weeks;
  return Array.from({ length: count }, (_, week) => addDays(horizon.start, week * 7));
}

/** Today's date on a clock ("YYYY-MM-DD" in `timeZone`, a site's): what "the next full week" counts from. */
export function localToday(now: Date, timeZone: string): string {
  return toLocal(now.getTime(), timeZone).date;
}

/** The Monday after `today` (a week on when today is a Monday: that week has begun). */
export function nextMonday(today: string): string {
  return addDays(today, 8 - isoWeekday(today));
}

/**
 * What a plan leaves waiting when its grid ends, per queue needing replies: the next window's
 * opening backlog. Read from the plan's replay (the service it reports), one value per queue.
 */
export function closingBacklog(plan: Pick<PlanResult, 'grid' | 'queues'>): QueueArrivals[] {
  return plan.queues
    .filter((queue) => queue.kind === 'deferred')
    .map((queue) => ({ marketplaceId: queue.marketplaceId, classId: queue.classId, values: [queue.backlog[queue.backlog.length - 1] ?? 0] }));
}

/** The UTC instant a plan's grid ends: a window starting then follows it. */
export function gridEndUtc(grid: HourGrid): string {
  return formatUtc(Date.parse(grid.startUtc) + grid.hours * HOUR_MS);
}

function clampDate(date: string, first: string, last: string): string {
  return date < first ? first : date > last ? last : date;
}
