import { HOURS_PER_WEEK, HOUR_MS, toLocal } from '@app/domain';
import type { PlanningModel } from '../planning/planning-model.build';
import type { PayComponents, PayrollPeriod, PlanPayroll, SitePayroll } from '../plan-result.types';

/**
 * The plan's cost as finance reads it: payroll per site and pay component over the hours the
 * grid actually covers (a one-week plan is one week of pay, never multiplied up to a month).
 * Salaried members: the salary for their contracted hours (worked → base, not worked → idle),
 * premiums on top for the hours worked, overtime beyond the contract; hourly members and sites
 * planned against headcount: every paid hour at base × premium, overtime on top; capacity
 * bought by the hour (a vendor as a site) is all vendor. Week and month buckets follow the site's own clock.
 */
export function planPayroll(model: PlanningModel, values: readonly number[] | null, counts: readonly number[]): PlanPayroll {
  const { problem, vars } = model;
  const hours = problem.grid.hours;
  const sites: SitePayroll[] = problem.sites.map((site, s) => {
    // per grid hour, what each component costs (reporting currency)
    const perHour = { base: new Float64Array(hours), premiums: new Float64Array(hours), overtime: new Float64Array(hours), vendor: new Float64Array(hours), idle: new Float64Array(hours) };
    let workedHours = 0;
    let contractedHours = 0;
    const spread = (target: Float64Array, amount: number, week: number) => {
      const from = week * HOURS_PER_WEEK;
      const to = Math.min(hours, from + HOURS_PER_WEEK);
      for (let h = from; h < to; h++) target[h] += amount / (to - from);
    };
    const paidPerGroupWeek = new Map<number, Float64Array>();
    problem.shifts.forEach((shift, j) => {
      if (shift.siteIndex !== s || !counts[j]) return;
      const paidShare = shift.lengthHours > 0 ? shift.paidHours / shift.lengthHours : 0;
      const group = shift.groupIndex >= 0 ? problem.groups[shift.groupIndex] : null;
      const rate = group ? group.baseRate : site.hourlyRate.length ? site.hourlyRate[shift.coverHours[0]] / site.payMultiplier[shift.coverHours[0]] : 0;
      shift.coverHours.forEach((h, i) => {
        const paid = counts[j] * shift.coverShares[i] * paidShare;
        workedHours += paid;
        const multiplier = site.payMultiplier[h];
        if (site.boughtByTheHour) {
          perHour.vendor[h] += paid * rate * multiplier;
          return;
        }
        perHour.premiums[h] += paid * rate * (multiplier - 1);
        // a salaried member's worked base hours are part of the salary, booked below
        if (!group || group.payBasis === 'hourly') perHour.base[h] += paid * rate;
      });
      if (group) {
        const weeks = paidPerGroupWeek.get(shift.groupIndex) ?? new Float64Array(group.weeks.length);
        weeks[shift.week] += counts[j] * shift.paidHours;
        paidPerGroupWeek.set(shift.groupIndex, weeks);
      }
    });
    for (const g of site.groupIndices) {
      const group = problem.groups[g];
      const paid = paidPerGroupWeek.get(g) ?? new Float64Array(group.weeks.length);
      group.weeks.forEach((week, w) => {
        const overtimeHours = values ? Math.max(0, values[vars.overtime[g][w]]) : Math.max(0, paid[w] - week.contractHours);
        const overtimeRate = group.payBasis === 'salaried' ? group.overtimeMultiplier : group.overtimeMultiplier - 1;
        spread(perHour.overtime, overtimeHours * group.baseRate * overtimeRate, w);
        if (group.payBasis !== 'salaried') return;
        const weekShare = (Math.min(hours, (w + 1) * HOURS_PER_WEEK) - w * HOURS_PER_WEEK) / HOURS_PER_WEEK;
        const contract = week.contractHours * weekShare;
        const workedInContract = Math.min(contract, paid[w] - overtimeHours);
        contractedHours += contract;
        spread(perHour.base, Math.max(0, workedInContract) * group.baseRate, w);
        spread(perHour.idle, Math.max(0, contract - workedInContract) * group.baseRate, w);
      });
    }
    const weeks = new Map<string, PayComponents>();
    const months = new Map<string, PayComponents>();
    const total = emptyComponents();
    for (let h = 0; h < hours; h++) {
      const local = toLocal(problem.grid.startUtcMs + h * HOUR_MS + HOUR_MS / 2, site.timeZone);
      const week = `week ${Math.floor(h / HOURS_PER_WEEK) + 1}`;
      const month = local.date.slice(0, 7);
      for (const bucket of [total, bucketOf(weeks, week), bucketOf(months, month)]) {
        bucket.base += perHour.base[h];
        bucket.premiums += perHour.premiums[h];
        bucket.overtime += perHour.overtime[h];
        bucket.vendor += perHour.vendor[h];
        bucket.idleContracted += perHour.idle[h];
      }
    }
    const periods = (map: Map<string, PayComponents>): PayrollPeriod[] => [...map.entries()].map(([period, components]) => ({ period, ...rounded(components), total: componentTotal(components) }));
    return {
      siteId: site.id,
      currency: site.currency,
      ...rounded(total),
      total: componentTotal(total),
      totalLocal: componentTotal(total) / site.toReporting,
      workedHours,
      contractedHours,
      byWeek: periods(weeks),
      byMonth: periods(months),
    };
  });
  const total = sites.reduce((sum, site) => sum + site.total, 0);
  return { reportingCurrency: problem.reportingCurrency, hours, total, sites };
}

function emptyComponents(): PayComponents {
  return { base: 0, premiums: 0, overtime: 0, vendor: 0, idleContracted: 0 };
}

function bucketOf(map: Map<string, PayComponents>, key: string): PayComponents {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = emptyComponents()));
  return bucket;
}

function componentTotal(c: PayComponents): number {
  return Math.round((c.base + c.premiums + c.overtime + c.vendor + c.idleContracted) * 100) / 100;
}

function rounded(c: PayComponents): PayComponents {
  const cents = (v: number) => Math.round(v * 100) / 100;
  return { base: cents(c.base), premiums: cents(c.premiums), overtime: cents(c.overtime), vendor: cents(c.vendor), idleContracted: cents(c.idleContracted) };
}
