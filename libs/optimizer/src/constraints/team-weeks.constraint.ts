import { greaterEq, lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { ModelContext } from './model-context';

/**
 * A group's rota week, counted by each shift's local start date as the rota counts it: paid
 * hours within contract + overtime cap per member; hours beyond the contract are overtime
 * (priced in the objective); hours short of the soft floor (contract − tolerance, scaled to the
 * days available) are under-contract hours (penalised); shift starts within each member's
 * working days.
 */
export function addTeamWeeks(context: ModelContext): void {
  const { builder, problem, vars } = context;
  problem.groups.forEach((group, g) => {
    const paid: Term[][] = group.weeks.map(() => []);
    const starts: Term[][] = group.weeks.map(() => []);
    problem.shifts.forEach((shift, j) => {
      if (shift.groupIndex !== g) return;
      paid[shift.week].push(term(vars.shifts[j], shift.paidHours));
      starts[shift.week].push(term(vars.shifts[j], 1));
    });
    group.weeks.forEach((week, w) => {
      if (!paid[w].length) return;
      const name = `${group.key}][${w}`;
      builder.add(lessEq(`group-hours-max[${name}]`, sum(paid[w]), week.mostHours));
      builder.add(lessEq(`group-overtime[${name}]`, sum(paid[w], term(vars.overtime[g][w], -1)), week.contractHours));
      builder.add(greaterEq(`group-hours-floor[${name}]`, sum(paid[w], term(vars.underContract[g][w], 1)), week.leastHours));
      builder.add(lessEq(`group-days[${name}]`, sum(starts[w]), week.mostStarts));
    });
  });
}
