import { greaterEq, lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import { HOURS_PER_WEEK } from '@app/domain';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';

/**
 * A site's team works its contract hours, no more: each week the paid shift hours stay within
 * max headcount × weekly contract hours and, when the site keeps a minimum team, reach
 * min headcount × weekly contract hours (scaled down by availability caps in force).
 */
export function addWeeklyHours(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const hours = problem.grid.hours;
  problem.sites.forEach((site, s) => {
    // a named team's weeks are its groups' (team-weeks.constraint.ts)
    if (site.groupIndices.length) return;
    for (let from = 0; from < hours; from += HOURS_PER_WEEK) {
      const to = Math.min(hours, from + HOURS_PER_WEEK);
      const paid: Term[] = [];
      problem.shifts.forEach((shift, j) => {
        if (shift.siteIndex !== s || shift.lengthHours <= 0) return;
        let share = 0;
        shift.coverHours.forEach((h, i) => {
          if (h >= from && h < to) share += shift.coverShares[i];
        });
        if (share > 0) paid.push(term(vars.shifts[j], (share * shift.paidHours) / shift.lengthHours));
      });
      if (!paid.length) continue;
      const weekShare = (to - from) / HOURS_PER_WEEK;
      const most = site.maxHeadcount * site.weeklyHoursPerAgent * weekShare;
      const upperSlack = slackFor(context, { family: 'weekly-hours-max', siteIndex: s, fromHour: from, toHour: to });
      builder.add(lessEq(`weekly-hours-max[${site.id}][${from}]`, upperSlack === null ? sum(paid) : sum(paid, term(upperSlack, -1)), most));
      if (site.minHeadcount <= 0) continue;
      let availability = 0;
      for (let h = from; h < to; h++) availability += site.availabilityCap[h];
      const least = site.minHeadcount * site.weeklyHoursPerAgent * weekShare * (availability / (to - from));
      const lowerSlack = slackFor(context, { family: 'weekly-hours-min', siteIndex: s, fromHour: from, toHour: to });
      builder.add(greaterEq(`weekly-hours-min[${site.id}][${from}]`, lowerSlack === null ? sum(paid) : sum(paid, term(lowerSlack, 1)), least));
    }
  });
}
