import type { Seat } from './rota-context';
import { describeBlockedGroup, describeShift, joinWords, languageName } from './rota-wording.util';
import type { BlockReason, UnfilledShift } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

/**
 * Every planned shift with empty seats, once, with the first rule that keeps each of the
 * site's agents off it and a sentence such as "2 of 5 shifts 09:00–17:00 on Sunday
 * 2027-02-07 at Shenzhen unfilled: only 3 of 40 agents speak Japanese and they are on
 * approved time off (2) / at their 6-day limit (1)".
 */
export function explainUnfilled(state: SiteRosterState, restHours: number): UnfilledShift[] {
  const site = state.site;
  const emptyByShift = new Map<number, Seat[]>();
  const plannedByShift = new Map<number, number>();
  for (const seat of site.seats) {
    plannedByShift.set(seat.shiftIndex, (plannedByShift.get(seat.shiftIndex) ?? 0) + 1);
    if (state.holder[seat.id] >= 0) continue;
    const empty = emptyByShift.get(seat.shiftIndex) ?? [];
    empty.push(seat);
    emptyByShift.set(seat.shiftIndex, empty);
  }
  const unfilled: UnfilledShift[] = [];
  for (const [shiftIndex, empty] of emptyByShift) {
    const seat = empty[0];
    const blocked = new Map<BlockReason, number[]>();
    for (let a = 0; a < site.agents.length; a++) {
      const reason = state.blockReason(a, seat);
      // an agent free to take it was given it by the fill pass just before, so none is left here
      if (!reason) continue;
      const group = blocked.get(reason) ?? [];
      group.push(a);
      blocked.set(reason, group);
    }
    const planned = plannedByShift.get(shiftIndex) ?? empty.length;
    const head = `${empty.length} of ${planned} shift${planned === 1 ? '' : 's'} ${describeShift(seat, site)} unfilled`;
    const agentCount = site.agents.length;
    const causes = [...blocked]
      .filter(([reason]) => reason !== 'language')
      .map(([reason, agents]) => `${describeBlockedGroup(reason, state, agents, seat, restHours)} (${agents.length})`)
      .join(' / ');
    let why: string;
    if (agentCount === 0) why = `${site.site.name} has no agents`;
    else if (seat.languages.length) {
      const languages = joinWords(seat.languages.map(languageName));
      const speakers = agentCount - (blocked.get('language')?.length ?? 0);
      if (speakers === 0) why = `none of the ${agentCount} agents speaks ${languages}`;
      else why = `only ${speakers} of ${agentCount} agent${agentCount === 1 ? '' : 's'} speak${speakers === 1 ? 's' : ''} ${languages} and ${speakers === 1 ? 'that one is' : 'they are'} ${causes}`;
    } else why = `${agentCount === 1 ? 'the only agent is' : `all ${agentCount} agents are`} ${causes}`;
    unfilled.push({
      shift: { siteId: site.site.id, templateId: seat.shift.templateId, date: seat.shift.date, localStart: seat.shift.localStart },
      localEnd: seat.localEnd,
      startUtc: seat.shift.startUtc,
      endUtc: seat.shift.endUtc,
      planned,
      missing: empty.length,
      languages: seat.languages,
      ...(seat.group !== null ? { group: seat.group } : {}),
      blockers: Object.fromEntries([...blocked].map(([reason, agents]) => [reason, agents.length])),
      message: `${head}: ${why}`,
    });
  }
  return unfilled.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.shift.templateId.localeCompare(b.shift.templateId));
}
