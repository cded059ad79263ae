import { lessEq, sum, term } from '../model/linear-expression';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';
import { onDutyTerms } from './site-capacity.constraint';

/**
 * No more agents on duty than the site has: at most its headcount in any hour, and at most
 * cap × headcount while an availability event (Chinese New Year …) is in force.
 */
export function addHourlyHeadcount(context: ModelContext): void {
  const { builder, problem } = context;
  const onDuty = onDutyTerms(context);
  problem.sites.forEach((site, s) => {
    for (let h = 0; h < problem.grid.hours; h++) {
      const terms = onDuty[s][h];
      if (!terms.length) continue;
      const family = site.availabilityCap[h] < 1 ? 'availability-cap' : 'hourly-headcount';
      const slack = slackFor(context, { family, siteIndex: s, fromHour: h, toHour: h + 1 });
      const lhs = slack === null ? sum(terms) : sum(terms, term(slack, -1));
      builder.add(lessEq(`on-duty[${site.id}][${h}]`, lhs, site.maxOnDuty[h]));
    }
  });
}
