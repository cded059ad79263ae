import { DayStatus } from './rota-context';
import type { RotaSite, Seat } from './rota-context';
import type { BlockReason, RotaOptions } from './rota.types';

const HOUR_MS = 3_600_000;
const EPSILON = 1e-9;

/**
 * Who sits on which seat at one site, with the running tallies the rules need (the shift
 * of each agent per day, paid hours per week, agents on duty per day). A working day is the
 * site-local date a shift starts on; an agent works at most one shift per day.
 */
export class SiteRosterState {
  /** Agent index per seat, −1 when empty. */
  readonly holder: Int32Array;
  readonly pinned: Uint8Array;
  /** Per agent, per day: the seat the agent starts that day, −1 when off. */
  readonly seatOnDay: Int32Array[];
  readonly weekHours: Float64Array[];
  /** Per agent, per rota week: shifts started. */
  readonly weekDays: Int32Array[];
  readonly nights: Int32Array;
  readonly weekends: Int32Array;
  readonly holidays: Int32Array;
  /** Agents starting a shift per day (for availability caps). */
  readonly onDuty: Int32Array;
  private readonly restMs: number;
  /** How many days around a shift can hold one too close to it. */
  private readonly restScanDays: number;

  constructor(
    readonly site: RotaSite,
    options: RotaOptions,
  ) {
    const days = site.dates.length;
    const agents = site.agents.length;
    this.holder = new Int32Array(site.seats.length).fill(-1);
    this.pinned = new Uint8Array(site.seats.length);
    this.seatOnDay = Array.from({ length: agents }, () => new Int32Array(days).fill(-1));
    this.weekHours = Array.from({ length: agents }, () => new Float64Array(site.weeks.length));
    this.weekDays = Array.from({ length: agents }, () => new Int32Array(site.weeks.length));
    this.nights = new Int32Array(agents);
    this.weekends = new Int32Array(agents);
    this.holidays = new Int32Array(agents);
    this.onDuty = new Int32Array(days);
    this.restMs = options.restHours * HOUR_MS;
    const longestShiftMs = site.seats.reduce((max, seat) => Math.max(max, seat.endMs - seat.startMs), 0);
    this.restScanDays = Math.ceil((longestShiftMs + this.restMs) / (24 * HOUR_MS)) + 1;
  }

  /** The first rule that keeps agent `a` off `seat`, or null when the agent may take it. */
  blockReason(a: number, seat: Seat): BlockReason | null {
    const agent = this.site.agents[a];
    for (const language of seat.languages) if (!agent.languages.has(language)) return 'language';
    if (agent.templates && !agent.templates.has(seat.shift.templateId)) return 'template';
    if (seat.group !== null && seat.group !== agent.group) return 'group';
    const startStatus = agent.status[seat.day];
    const endStatus = agent.status[seat.endDay];
    if (startStatus === DayStatus.TimeOff || endStatus === DayStatus.TimeOff) return 'time-off';
    if (startStatus === DayStatus.PinnedOff || endStatus === DayStatus.PinnedOff) return 'pinned-off';
    const days = this.seatOnDay[a];
    const sameDay = days[seat.day];
    if (sameDay >= 0) return this.site.seats[sameDay].shiftIndex === seat.shiftIndex ? 'same-shift' : 'same-day';
    const cap = this.site.capOfDay[seat.day];
    if (cap && this.onDuty[seat.day] >= cap.limit) return 'availability-cap';
    if (this.breaksRest(days, seat)) return 'rest';
    if (this.workRunWith(days, seat.day) > agent.maxConsecutiveDays) return 'consecutive-days';
    if (this.weekDays[a][seat.week] + 1 > agent.maxDaysPerWeek) return 'days-per-week';
    if (this.weekHours[a][seat.week] + seat.paidHours > agent.maxWeekHours + EPSILON) return 'weekly-hours';
    return null;
  }

  canTake(a: number, seat: Seat): boolean {
    return this.blockReason(a, seat) === null;
  }

  assign(a: number, seat: Seat): void {
    this.holder[seat.id] = a;
    this.seatOnDay[a][seat.day] = seat.id;
    this.weekHours[a][seat.week] += seat.paidHours;
    this.weekDays[a][seat.week]++;
    this.onDuty[seat.day]++;
    if (seat.night) this.nights[a]++;
    if (seat.weekend) this.weekends[a]++;
    if (seat.holiday) this.holidays[a]++;
  }

  unassign(seat: Seat): number {
    const a = this.holder[seat.id];
    if (a < 0) return a;
    this.holder[seat.id] = -1;
    this.seatOnDay[a][seat.day] = -1;
    this.weekHours[a][seat.week] -= seat.paidHours;
    this.weekDays[a][seat.week]--;
    this.onDuty[seat.day]--;
    if (seat.night) this.nights[a]--;
    if (seat.weekend) this.weekends[a]--;
    if (seat.holiday) this.holidays[a]--;
    return a;
  }

  /** Length of the run of working days through `day` if the agent also worked `day`. */
  workRunWith(days: Int32Array, day: number): number {
    let run = 1;
    for (let d = day - 1; d >= 0 && days[d] >= 0; d--) run++;
    for (let d = day + 1; d < days.length && days[d] >= 0; d++) run++;
    return run;
  }

  /** The agent's seats that stand in the way of `seat` under a given rule (for re-arranging). */
  conflictingSeats(a: number, seat: Seat, reason: BlockReason): number[] {
    const days = this.seatOnDay[a];
    const found: number[] = [];
    if (reason === 'same-day') found.push(days[seat.day]);
    else if (reason === 'rest') {
      for (let k = 1; k <= this.restScanDays; k++) {
        const before = seat.day - k >= 0 ? days[seat.day - k] : -1;
        if (before >= 0 && seat.startMs - this.site.seats[before].endMs < this.restMs) found.push(before);
        const after = seat.day + k < days.length ? days[seat.day + k] : -1;
        if (after >= 0 && this.site.seats[after].startMs - seat.endMs < this.restMs) found.push(after);
      }
    } else if (reason === 'consecutive-days') {
      for (let d = seat.day - 1; d >= 0 && days[d] >= 0; d--) found.push(days[d]);
      for (let d = seat.day + 1; d < days.length && days[d] >= 0; d++) found.push(days[d]);
    } else if (reason === 'weekly-hours' || reason === 'days-per-week') {
      for (const d of this.site.weeks[seat.week].days) if (days[d] >= 0) found.push(days[d]);
    }
    return found.filter((id) => !this.pinned[id]);
  }

  private breaksRest(days: Int32Array, seat: Seat): boolean {
    for (let k = 1; k <= this.restScanDays; k++) {
      const before = seat.day - k >= 0 ? days[seat.day - k] : -1;
      if (before >= 0 && seat.startMs - this.site.seats[before].endMs < this.restMs) return true;
      const after = seat.day + k < days.length ? days[seat.day + k] : -1;
      if (after >= 0 && this.site.seats[after].startMs - seat.endMs < this.restMs) return true;
    }
    return false;
  }
}
