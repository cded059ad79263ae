import type { Marketplace, PriorityClass, ReplyClock, Site } from '@app/domain';

/** Small hand-made scenario parts for the simulation's tests. */

export function priorityClass(id: string, replyDeadlineHours: number | null, handleMinutes: number, extra: Partial<PriorityClass> = {}): PriorityClass {
  return { id, name: id, share: 1, replyDeadlineHours, handleMinutes, ...extra };
}

export function marketplace(id: string, classes: PriorityClass[], extra: Partial<Marketplace> = {}): Marketplace {
  const replyClock: ReplyClock = { kind: 'calendar' };
  return {
    id,
    name: id,
    platform: 'amazon',
    timeZone: 'UTC',
    country: 'US',
    languages: ['en'],
    replyClock,
    classes,
    ...extra,
  };
}

export function site(id: string, extra: Partial<Site> = {}): Site {
  return {
    id,
    name: id,
    timeZone: 'UTC',
    currency: 'USD',
    hourlyCost: 10,
    premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'US',
    languages: ['en'],
    minHeadcount: 0,
    maxHeadcount: 100,
    shrinkage: 0,
    occupancy: 1,
    ...extra,
  };
}

/** `value` in the given hours, 0 elsewhere, over `hours` hours. */
export function hoursOn(hours: number, on: Iterable<number>, value = 1): number[] {
  const values = new Array<number>(hours).fill(0);
  for (const hour of on) values[hour] = value;
  return values;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
