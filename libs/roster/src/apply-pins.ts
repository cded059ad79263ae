import { DayStatus } from './rota-context';
import type { RotaSite, Seat } from './rota-context';
import { describeBlock, describeShift } from './rota-wording.util';
import type { DayOffPin, PinIssue, RotaPin, ShiftPin } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

const isDayOff = (pin: RotaPin): pin is DayOffPin => 'off' in pin && pin.off === true;

/**
 * Applies a manager's pins before the rota is built: day-off pins first (the agent starts
 * and ends no shift on that day), then shift pins in the order given, each checked against
 * every hard rule and the pins before it. A pin that cannot be honoured is not applied and
 * comes back as an issue saying which rule it breaks.
 */
export function applyPins(pins: RotaPin[], states: Map<string, SiteRosterState>): PinIssue[] {
  const located = new Map<string, { state: SiteRosterState; a: number }>();
  for (const state of states.values()) state.site.agents.forEach((agent, a) => located.set(agent.agent.id, { state, a }));
  const issues: PinIssue[] = [];

  for (const pin of pins.filter(isDayOff)) {
    const where = located.get(pin.agentId);
    if (!where) continue;
    const day = where.state.site.dayIndex.get(pin.date);
    const agent = where.state.site.agents[where.a];
    // outside the horizon the agent is off anyway; approved leave stays leave
    if (day !== undefined && agent.status[day] === DayStatus.Available) agent.status[day] = DayStatus.PinnedOff;
  }

  for (const pin of pins.filter((p): p is ShiftPin => !isDayOff(p))) {
    const where = located.get(pin.agentId);
    if (!where) continue;
    const { state, a } = where;
    const agent = state.site.agents[a].agent;
    const target = states.get(pin.shift.siteId);
    const seats = target ? seatsOf(target.site, pin) : [];
    const label = target && seats.length ? describeShift(seats[0], target.site) : `${pin.shift.templateId} ${pin.shift.localStart} on ${pin.shift.date} at ${pin.shift.siteId}`;
    const refuse = (problem: PinIssue['problem'], why: string) =>
      issues.push({ pin, problem, message: `pin of ${agent.name} (${agent.id}) onto ${label} not applied: ${why}` });
    if (!target || !seats.length) {
      refuse('unknown-shift', 'the plan has no such shift');
      continue;
    }
    if (target !== state) {
      refuse('wrong-site', `${agent.name} works at ${state.site.site.name}, not ${target.site.site.name}`);
      continue;
    }
    // a plan may split one shift into seats needing a language and seats needing none:
    // take a free seat the agent fits, those needing the most languages first
    const freeSeats = seats.filter((seat) => state.holder[seat.id] < 0).sort((x, y) => y.languages.length - x.languages.length);
    const free = freeSeats.find((seat) => state.canTake(a, seat)) ?? freeSeats[0];
    const reason = state.blockReason(a, free ?? seats[0]);
    if (!free) {
      if (reason === 'same-shift') refuse(reason, describeBlock(reason, state, a, seats[0]));
      else refuse('shift-full', `all ${seats.length} seats of the shift are already pinned to others`);
      continue;
    }
    if (reason) {
      refuse(reason, describeBlock(reason, state, a, free));
      continue;
    }
    state.assign(a, free);
    state.pinned[free.id] = 1;
  }
  return issues;
}

function seatsOf(site: RotaSite, pin: ShiftPin): Seat[] {
  return site.seats.filter(
    (seat) => seat.shift.templateId === pin.shift.templateId && seat.shift.date === pin.shift.date && seat.shift.localStart === pin.shift.localStart,
  );
}
