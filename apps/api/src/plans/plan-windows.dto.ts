import { ApiProperty } from '@nestjs/swagger';
import { addDays, hasHolidayCalendar, publicHolidays, type ScenarioFile } from '@app/domain';
import { gridEndUtc, horizonWeekStarts, type PlanWindow } from '@app/optimizer';
import type { PlanEntity } from './plan.entity';

export class PlanHorizonDto {
  @ApiProperty({ example: '2026-11-30' })
  start: string;

  @ApiProperty({ example: 13 })
  weeks: number;

  @ApiProperty({ enum: ['dated', 'cyclic'] })
  mode: string;
}

export class PlanWeekEventDto {
  @ApiProperty({ enum: ['event', 'holiday'], description: "A scenario event (peak, holiday, …) or a public holiday of a site's or marketplace's country" })
  source: 'event' | 'holiday';

  @ApiProperty({ example: 'Prime Day' })
  name: string;

  @ApiProperty({ example: 'peak', description: "The event's kind; 'public-holiday' for a calendar holiday" })
  kind: string;

  @ApiProperty({ example: '2027-01-12', description: 'First local date (inclusive)' })
  start: string;

  @ApiProperty({ example: '2027-01-13', description: 'Last local date (inclusive)' })
  end: string;

  @ApiProperty({ type: [String], example: ['CN'], description: 'Countries whose calendar has the holiday; empty for scenario events' })
  countries: string[];
}

export class PlanWeekDto {
  @ApiProperty({ example: 2, description: 'Week of the horizon, from 1' })
  week: number;

  @ApiProperty({ example: '2026-12-07', description: 'First date' })
  start: string;

  @ApiProperty({ example: '2026-12-13', description: 'Last date' })
  end: string;

  @ApiProperty({ type: [PlanWeekEventDto], description: 'Scenario events and public holidays on any of its dates' })
  events: PlanWeekEventDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The stored plan ending where this week starts: a window starting here opens with its closing backlog' })
  backlogFromPlanId: string | null;
}

export class PlanWindowDto {
  @ApiProperty({ example: '2026-12-07' })
  start: string;

  @ApiProperty({ example: 1 })
  weeks: number;
}

export class PlanWindowsDto {
  @ApiProperty({ type: PlanHorizonDto, description: "The organisation's horizon (the default window itself when it has none)" })
  horizon: PlanHorizonDto;

  @ApiProperty({ type: PlanWindowDto, description: 'The window POST /api/plans plans when the request names none: the next full week' })
  defaultWindow: PlanWindowDto;

  @ApiProperty({ type: [PlanWeekDto] })
  weeks: PlanWeekDto[];
}

/**
 * The weeks of the horizon a week picker offers, each with the scenario events and public
 * holidays on its dates and the stored plan a window starting there would take its backlog from.
 */
export function planWindows(scenario: ScenarioFile, defaultWindow: PlanWindow, plans: readonly PlanEntity[]): PlanWindowsDto {
  const { horizon } = defaultWindow;
  const starts = horizonWeekStarts(horizon);
  const lastDate = addDays(starts[starts.length - 1], 6);
  const holidays = holidaysBetween(scenario, starts[0], lastDate);
  const planned = plans.filter((plan) => plan.gridMode === 'dated' && plan.totalCost !== null);
  return {
    horizon: { start: horizon.start, weeks: horizon.weeks, mode: horizon.mode },
    defaultWindow: { start: defaultWindow.start, weeks: defaultWindow.weeks },
    weeks: starts.map((start, index) => {
      const end = addDays(start, 6);
      const events: PlanWeekEventDto[] = [
        ...scenario.events
          .filter((event) => event.start <= end && event.end >= start)
          .map((event) => ({ source: 'event' as const, name: event.name, kind: event.kind, start: event.start, end: event.end, countries: [] })),
        ...holidays.filter((holiday) => holiday.start >= start && holiday.start <= end),
      ].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
      const startUtc = `${start}T00:00:00Z`;
      const before = horizon.mode === 'dated' ? planned.find((plan) => gridEndUtc({ startUtc: plan.gridStartUtc, hours: plan.gridHours, mode: 'dated' }) === startUtc) : undefined;
      return { week: index + 1, start, end, events, backlogFromPlanId: before?.id ?? null };
    }),
  };
}

/** Public holidays of the sites' and marketplaces' countries between two dates, one entry per date and name. */
function holidaysBetween(scenario: ScenarioFile, first: string, last: string): PlanWeekEventDto[] {
  const countries = [...new Set([...scenario.sites.map((site) => site.holidayCountry), ...scenario.marketplaces.map((marketplace) => marketplace.country)])].filter(hasHolidayCalendar);
  const years = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) years.push(year);
  const byDateAndName = new Map<string, PlanWeekEventDto>();
  for (const country of countries) {
    for (const year of years) {
      for (const holiday of publicHolidays(country, year)) {
        if (holiday.date < first || holiday.date > last) continue;
        const key = `${holiday.date}|${holiday.name}`;
        const entry = byDateAndName.get(key) ?? { source: 'holiday' as const, name: holiday.name, kind: 'public-holiday', start: holiday.date, end: holiday.date, countries: [] };
        entry.countries.push(country);
        byDateAndName.set(key, entry);
      }
    }
  }
  return [...byDateAndName.values()];
}
