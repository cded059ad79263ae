import type { ActualsExtent, MonitorPlanChoice } from '../api/monitor.types';
import { formatLate, formatLocalHour, formatShare } from './monitor-format';
import { defaultAsOf, defaultMonitorPeriod, defaultMonitorPlan, fromUtcInputValue, toIsoUtc, toUtcInputValue } from './monitor-period';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

const plan = (id: string, start: string, hours = 168, status = 'optimal', mode = 'dated'): MonitorPlanChoice => ({
  id,
  status,
  createdAt: '2026-11-20T10:00:00Z',
  grid: { start, end: new Date(at(start) + hours * HOUR).toISOString(), hours, mode },
});

const extent = (marketplaceId: string, from: string, to: string): ActualsExtent => ({ marketplaceId, from, to, messages: 10, answered: 9 });

describe('the monitor period', () => {
  const week = plan('p1', '2026-11-30T00:00:00Z');
  const actuals = [extent('amazon-us', '2026-11-30T00:03:00Z', '2026-12-02T11:59:40Z'), extent('amazon-de', '2026-11-30T00:10:00Z', '2026-12-02T10:20:00Z')];

  it('runs from the plan window’s start to the hour after the latest actual', () => {
    expect(defaultMonitorPeriod(week, actuals, at('2026-12-07T15:00:00Z'))).toEqual({ fromMs: at('2026-11-30T00:00:00Z'), toMs: at('2026-12-02T12:00:00Z') });
  });

  it('without actuals, runs from the plan window’s start to the current hour, within the window', () => {
    expect(defaultMonitorPeriod(week, [], at('2026-12-01T09:40:00Z'))).toEqual({ fromMs: at('2026-11-30T00:00:00Z'), toMs: at('2026-12-01T09:00:00Z') });
    expect(defaultMonitorPeriod(week, [], at('2026-12-20T09:40:00Z'))).toEqual({ fromMs: at('2026-11-30T00:00:00Z'), toMs: at('2026-12-07T00:00:00Z') });
    expect(defaultMonitorPeriod(week, [], at('2026-11-01T00:00:00Z'))).toBeNull();
  });

  it('takes the span of the actuals when the plan does not hold them, at most 31 days back from the latest', () => {
    const later = plan('p2', '2027-01-04T00:00:00Z');
    expect(defaultMonitorPeriod(later, actuals, at('2026-12-07T15:00:00Z'))).toEqual({ fromMs: at('2026-11-30T00:00:00Z'), toMs: at('2026-12-02T12:00:00Z') });
    const long = [extent('amazon-us', '2026-09-01T00:00:00Z', '2026-12-02T11:59:40Z')];
    expect(defaultMonitorPeriod(null, long, 0)).toEqual({ fromMs: at('2026-12-02T12:00:00Z') - 31 * 24 * HOUR, toMs: at('2026-12-02T12:00:00Z') });
  });

  it('picks the newest dated plan with shifts holding the latest actual, and re-plans from that actual’s hour', () => {
    const plans = [plan('infeasible', '2026-11-30T00:00:00Z', 168, 'infeasible'), plan('next', '2026-12-07T00:00:00Z'), plan('cyclic', '2026-11-30T00:00:00Z', 168, 'optimal', 'cyclic'), week];
    expect(defaultMonitorPlan(plans, actuals)?.id).toBe('p1');
    expect(defaultMonitorPlan(plans, [])?.id).toBe('next');
    expect(defaultAsOf(actuals)).toBe(at('2026-12-02T11:00:00Z'));
    expect(defaultAsOf([])).toBeNull();
  });

  it('reads and writes the UTC inputs', () => {
    expect(toUtcInputValue(at('2026-12-02T11:00:00Z'))).toBe('2026-12-02T11:00');
    expect(fromUtcInputValue('2026-12-02T11:00')).toBe(at('2026-12-02T11:00:00Z'));
    expect(fromUtcInputValue('2026-12-02')).toBeNull();
    expect(toIsoUtc(at('2026-12-02T11:00:00Z'))).toBe('2026-12-02T11:00:00Z');
  });
});

describe('the monitor wording', () => {
  it('says how many are late and by how much, or none', () => {
    expect(formatLate({ late: 31, lateByHours: { average: 3.24, max: 7.5 } })).toBe('31 late, by 3.2 h on average (at most 7.5 h)');
    expect(formatLate({ late: 0, lateByHours: null })).toBe('None late');
  });

  it('gives every share one decimal, so shares side by side line up', () => {
    expect(formatShare(0.98, 'en-GB')).toBe('98.0%');
    expect(formatShare(0.9456, 'en-GB')).toBe('94.6%');
    expect(formatShare(null)).toBe('—');
  });

  it('names a buyer-local hour as written, whatever its offset', () => {
    expect(formatLocalHour('2026-11-29T19:00-05:00', 'en-GB')).toBe('Sun 29 Nov, 19:00');
  });
});
