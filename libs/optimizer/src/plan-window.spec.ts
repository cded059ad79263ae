import { closingBacklog, gridEndUtc, horizonWeekStarts, localToday, nextMonday, resolvePlanWindow, windowGrid } from './plan-window';
import { defaultTimeLimitSeconds, defaultPlanOptions } from './plan-defaults';
import type { PlanningHorizon } from '@app/domain';

const THIRTEEN_WEEKS: PlanningHorizon = { start: '2026-11-30', weeks: 13, mode: 'dated' };

function windowOf(horizon: PlanningHorizon | undefined, request: { start?: string; weeks?: number }, today: string) {
  const outcome = resolvePlanWindow(horizon, request, today);
  if (!outcome.ok) throw new Error(`${outcome.field}: ${outcome.message}`);
  return outcome.window;
}

describe('planning window → hour grid', () => {
  it('defaults to the next full week: the Monday after today (a week on when today is a Monday), one week', () => {
    expect(nextMonday('2026-12-02')).toBe('2026-12-07');
    expect(nextMonday('2026-12-07')).toBe('2026-12-14');
    expect(nextMonday('2026-12-06')).toBe('2026-12-07');
    const window = windowOf(THIRTEEN_WEEKS, {}, '2026-12-02');
    expect(window).toEqual({
      start: '2026-12-07',
      weeks: 1,
      grid: { startUtc: '2026-12-07T00:00:00Z', hours: 168, mode: 'dated' },
      horizon: THIRTEEN_WEEKS,
      offsetHours: 168,
    });
    expect(defaultPlanOptions.weeks).toBe(1);
  });

  it("counts today on the site's calendar: late Sunday in UTC is already Monday in Shenzhen", () => {
    const now = new Date('2026-12-06T20:00:00Z');
    expect(localToday(now, 'UTC')).toBe('2026-12-06');
    expect(localToday(now, 'Asia/Shanghai')).toBe('2026-12-07');
    expect(windowOf(THIRTEEN_WEEKS, {}, localToday(now, 'UTC')).start).toBe('2026-12-07');
    expect(windowOf(THIRTEEN_WEEKS, {}, localToday(now, 'Asia/Shanghai')).start).toBe('2026-12-14');
  });

  it('keeps the default window inside the horizon: its first week before it begins, its last weeks once it is over', () => {
    expect(windowOf(THIRTEEN_WEEKS, {}, '2026-10-01').start).toBe('2026-11-30');
    expect(windowOf(THIRTEEN_WEEKS, {}, '2027-06-01').start).toBe('2027-02-22');
    expect(windowOf(THIRTEEN_WEEKS, { weeks: 4 }, '2027-02-10')).toMatchObject({ start: '2027-02-01', weeks: 4, offsetHours: 9 * 168 });
    expect(windowOf({ start: '2026-03-02', weeks: 1, mode: 'dated' }, {}, '2026-12-02').grid).toEqual({ startUtc: '2026-03-02T00:00:00Z', hours: 168, mode: 'dated' });
  });

  it('plans a chosen window inside the horizon, and reads its forecast from the hours since the horizon began', () => {
    expect(windowOf(THIRTEEN_WEEKS, { start: '2027-01-11', weeks: 1 }, '2026-12-02')).toMatchObject({
      start: '2027-01-11',
      grid: { startUtc: '2027-01-11T00:00:00Z', hours: 168, mode: 'dated' },
      offsetHours: 6 * 168,
    });
    expect(windowOf(THIRTEEN_WEEKS, { start: '2026-11-30', weeks: 13 }, '2026-12-02').grid.hours).toBe(13 * 168);
  });

  it('refuses windows outside the horizon, and weeks out of range, naming the field', () => {
    expect(resolvePlanWindow(THIRTEEN_WEEKS, { start: '2027-02-22', weeks: 2 }, '2026-12-02')).toEqual({
      ok: false,
      field: 'start',
      message: '2 weeks from 2027-02-22 do not lie inside the horizon (2026-11-30 to 2027-02-28): start from 2026-11-30 to 2027-02-15',
    });
    expect(resolvePlanWindow(THIRTEEN_WEEKS, { start: '2026-11-23' }, '2026-12-02')).toMatchObject({ ok: false, field: 'start' });
    expect(resolvePlanWindow(THIRTEEN_WEEKS, { start: '11/01/2027' }, '2026-12-02')).toEqual({ ok: false, field: 'start', message: 'start must be a date YYYY-MM-DD, got "11/01/2027"' });
    expect(resolvePlanWindow(THIRTEEN_WEEKS, { weeks: 14 }, '2026-12-02')).toEqual({ ok: false, field: 'weeks', message: 'weeks must be a whole number from 1 to 13, got 14' });
    expect(resolvePlanWindow({ start: '2026-03-02', weeks: 1, mode: 'dated' }, { weeks: 2 }, '2026-12-02')).toEqual({
      ok: false,
      field: 'weeks',
      message: 'the horizon has 1 week (from 2026-03-02): plan at most 1, not 2',
    });
  });

  it('plans a cyclic horizon of any length as its one repeated week, and refuses more weeks or another start', () => {
    const fourWeekCycle: PlanningHorizon = { start: '2026-03-02', weeks: 4, mode: 'cyclic' };
    expect(windowOf(fourWeekCycle, {}, '2026-12-02')).toEqual({
      start: '2026-03-02',
      weeks: 1,
      grid: { startUtc: '2026-03-02T00:00:00Z', hours: 168, mode: 'cyclic' },
      horizon: fourWeekCycle,
      offsetHours: 0,
    });
    expect(windowOf(fourWeekCycle, { weeks: 1, start: '2026-03-02' }, '2026-12-02').grid.hours).toBe(168);
    expect(resolvePlanWindow(fourWeekCycle, { weeks: 4 }, '2026-12-02')).toEqual({ ok: false, field: 'weeks', message: 'the horizon is one week repeated (cyclic): plan 1 week, not 4' });
    expect(resolvePlanWindow(fourWeekCycle, { start: '2026-03-09' }, '2026-12-02')).toMatchObject({ ok: false, field: 'start' });
    expect(windowGrid('2026-03-02', 4, 'cyclic')).toEqual({ startUtc: '2026-03-02T00:00:00Z', hours: 168, mode: 'cyclic' });
    expect(horizonWeekStarts(fourWeekCycle)).toEqual(['2026-03-02']);
  });

  it('makes the window its own horizon when the organisation has none', () => {
    expect(windowOf(undefined, {}, '2026-12-02')).toMatchObject({ start: '2026-12-07', weeks: 1, horizon: { start: '2026-12-07', weeks: 1, mode: 'dated' }, offsetHours: 0 });
    expect(windowOf(undefined, { start: '2025-01-06', weeks: 2 }, '2026-12-02').grid).toEqual({ startUtc: '2025-01-06T00:00:00Z', hours: 336, mode: 'dated' });
  });

  it("lists the horizon's weeks, and hands a plan's closing backlog to the window after it", () => {
    expect(horizonWeekStarts(THIRTEEN_WEEKS)).toHaveLength(13);
    expect(horizonWeekStarts(THIRTEEN_WEEKS).slice(0, 3)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    const grid = { startUtc: '2026-12-07T00:00:00Z', hours: 3, mode: 'dated' as const };
    expect(gridEndUtc(grid)).toBe('2026-12-07T03:00:00Z');
    const queue = (classId: string, kind: 'deferred' | 'realTime', backlog: number[]) => ({ marketplaceId: 'shop', classId, kind, backlog }) as never;
    expect(closingBacklog({ grid, queues: [queue('standard', 'deferred', [4, 9, 7.5]), queue('chat', 'realTime', [0, 0, 0])] })).toEqual([
      { marketplaceId: 'shop', classId: 'standard', values: [7.5] },
    ]);
  });

  it('gives a longer window a longer default time limit: 30 s for a week, 20 s a week beyond that', () => {
    expect(defaultTimeLimitSeconds(1)).toBe(defaultPlanOptions.timeLimitSeconds);
    expect(defaultTimeLimitSeconds(1)).toBe(300);
    expect(defaultTimeLimitSeconds(4)).toBe(480);
    expect(defaultTimeLimitSeconds(13)).toBe(1560);
  });
});
