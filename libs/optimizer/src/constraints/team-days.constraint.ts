import { lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { ModelContext } from './model-context';

/**
 * One shift a day per person: on each site-local date a group starts no more shifts than it
 * has members not on leave, and while an availability cap is in force (Chinese New Year) the
 * site starts no more than cap × its named agents, as the rota counts them.
 */
export function addTeamDays(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const byGroupDay = new Map<string, Term[]>();
  const bySiteDay = new Map<string, Term[]>();
  problem.shifts.forEach((shift, j) => {
    if (shift.groupIndex < 0) return;
    push(byGroupDay, `${shift.groupIndex}:${shift.dayIndex}`, term(vars.shifts[j], 1));
    if (Number.isFinite(problem.sites[shift.siteIndex].startsCap[shift.dayIndex])) push(bySiteDay, `${shift.siteIndex}:${shift.dayIndex}`, term(vars.shifts[j], 1));
  });
  for (const [key, terms] of byGroupDay) {
    const [g, d] = key.split(':').map(Number);
    const group = problem.groups[g];
    builder.add(lessEq(`group-day[${group.key}][${problem.sites[group.siteIndex].dates[d]}]`, sum(terms), group.availableByDay[d]));
  }
  for (const [key, terms] of bySiteDay) {
    const [s, d] = key.split(':').map(Number);
    const site = problem.sites[s];
    builder.add(lessEq(`capped-day[${site.id}][${site.dates[d]}]`, sum(terms), site.startsCap[d]));
  }
}

/**
 * Rest between shifts: two shifts of one person start at least length + rest apart. Every
 * start instant t of a group defines the set of its shifts still "holding" a person at t
 * (started at or before t, less than length + rest earlier); those need different people, so
 * their agents stay within the members available on the dates involved. The sets are the
 * cliques of an interval graph, so these rows are exactly what rest allows for identical members.
 */
export function addTeamRest(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const restMs = problem.restHours * 3_600_000;
  problem.groups.forEach((group, g) => {
    const own = problem.shifts.filter((shift) => shift.groupIndex === g).sort((a, b) => a.startUtcMs - b.startUtcMs);
    const starts = [...new Set(own.map((shift) => shift.startUtcMs))];
    let from = 0;
    for (const t of starts) {
      while (from < own.length && own[from].endUtcMs + restMs <= t) from++;
      const holding = [];
      for (let k = from; k < own.length && own[k].startUtcMs <= t; k++) if (own[k].endUtcMs + restMs > t) holding.push(own[k]);
      if (holding.length < 2) continue;
      const days = [...new Set(holding.map((shift) => shift.dayIndex))];
      const available = group.memberAvailability.filter((member) => days.some((d) => member[d])).length;
      builder.add(lessEq(`group-rest[${group.key}][${t}]`, sum(holding.map((shift) => term(vars.shifts[shift.index], 1))), available));
    }
  });
}

/**
 * No more than maxConsecutiveDays working days in a row: in every run of maxConsecutiveDays + 1
 * dates a group starts no more shifts than its members can work in it.
 */
export function addTeamConsecutiveDays(context: ModelContext): void {
  const { builder, problem, vars } = context;
  problem.groups.forEach((group, g) => {
    const site = problem.sites[group.siteIndex];
    const window = group.maxConsecutiveDays + 1;
    if (site.dates.length < window) return;
    const perDay: Term[][] = site.dates.map(() => []);
    problem.shifts.forEach((shift, j) => {
      if (shift.groupIndex === g) perDay[shift.dayIndex].push(term(vars.shifts[j], 1));
    });
    for (let first = 0; first + window <= site.dates.length; first++) {
      const terms = perDay.slice(first, first + window).flat();
      if (!terms.length) continue;
      let most = 0;
      for (const member of group.memberAvailability) {
        let days = 0;
        for (let d = first; d < first + window; d++) days += member[d];
        most += Math.min(group.maxConsecutiveDays, days);
      }
      builder.add(lessEq(`group-run[${group.key}][${site.dates[first]}]`, sum(terms), most));
    }
  });
}

/** A planned shift the named rota could not fill gets no more agents than it could seat. */
export function addSeatCaps(context: ModelContext): void {
  const { builder, problem, vars } = context;
  for (const cap of problem.seatCaps) {
    if (cap.shiftIndices.length) builder.add(lessEq(`seat-cap[${cap.label}]`, sum(cap.shiftIndices.map((j) => term(vars.shifts[j], 1))), cap.most));
  }
}

function push<K>(map: Map<K, Term[]>, key: K, value: Term): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
