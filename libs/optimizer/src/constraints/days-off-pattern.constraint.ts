import { rotaWeekLayout } from '@app/domain';
import { equalTo, lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import { teamCosts } from '../planning/team-costs';
import type { ModelContext } from './model-context';

/** Days in a full rota week, and the patterns "off on core days k and k + 1" within it (no wrap: the rota counts pairs inside the week). */
const WEEK_DAYS = 7;
const PATTERNS = WEEK_DAYS - 1;

/**
 * Two days off together (soft), the days-off pattern formulation: for each group whose members
 * work at most five days a week and each full rota week (seven core dates, as the rota counts
 * them), x[k] members are off on days k and k + 1 and s members have split days off (penalised,
 * teamCosts.splitDaysOffWeek), x[0] + … + x[5] + s = members; on each day the group starts no
 * more shifts than members whose pattern works it: starts[d] + x[d − 1] + x[d] ≤ members. With
 * s = members every plan stays feasible. x and s are continuous: the rows are an interval matrix
 * with an all-ones row (totally unimodular), so for whole shift counts the cheapest pattern mix
 * is whole too, and the model gains no integer variables.
 */
export function addDaysOffPatterns(context: ModelContext): void {
  const { builder, problem, vars } = context;
  if (!problem.daysOffPatterns) return;
  const layout = rotaWeekLayout(problem.grid.startUtcMs, problem.grid.hours);
  problem.groups.forEach((group, g) => {
    if (group.maxDaysPerWeek > WEEK_DAYS - 2) return;
    const site = problem.sites[group.siteIndex];
    const starts: Term[][] = site.dates.map(() => []);
    problem.shifts.forEach((shift, j) => {
      if (shift.groupIndex === g) starts[shift.dayIndex].push(term(vars.shifts[j], 1));
    });
    const members = group.agentIds.length;
    for (let w = 0; w < layout.weekCount; w++) {
      const core = site.dates.flatMap((date, d) => (layout.offsetOf(date) === w ? [d] : []));
      if (core.length < WEEK_DAYS || core.every((d) => !starts[d].length)) continue;
      const name = `${group.key}][${w}`;
      const pattern = Array.from({ length: PATTERNS }, (_, k) => builder.addVariable(`days-off[${name}][${k}]`, { upper: members }));
      const split = builder.addVariable(`split-days-off[${name}]`, { upper: members, cost: teamCosts.splitDaysOffWeek(group) });
      builder.add(equalTo(`days-off-members[${name}]`, sum(...pattern.map((x) => term(x, 1)), term(split, 1)), members));
      core.forEach((d, i) => {
        if (!starts[d].length) return;
        const off = [i - 1, i].filter((k) => k >= 0 && k < PATTERNS).map((k) => term(pattern[k], 1));
        builder.add(lessEq(`days-off-starts[${name}][${site.dates[d]}]`, sum(...starts[d], ...off), members));
      });
    }
  });
}
