import { HOURS_PER_WEEK, addDays, parseTimeOfDay, type Agent, type CalendarEvent, type Marketplace, type QueueArrivals, type ShiftTemplate, type Site } from '@app/domain';
import type { LocalWeeklyWindow, Vendor } from '../scenario-definition.types';

/** Planner-side site id of a vendor modelled as a site. */
export function vendorSiteId(vendor: Vendor): string {
  return `vendor-${vendor.id}`;
}

/** Marketplaces a vendor may serve: those its contract names (or all), in a language it has. */
export function vendorMarketplaces(vendor: Vendor, marketplaces: Marketplace[]): Marketplace[] {
  const named = vendor.marketplaceIds?.length ? new Set(vendor.marketplaceIds) : null;
  return marketplaces.filter(
    (marketplace) => (!named || named.has(marketplace.id)) && marketplace.languages.some((language) => vendor.languages.includes(language)),
  );
}

/**
 * Until the planner buys vendor capacity natively, a vendor is planned as a site of one-hour
 * "shifts" in its service hours: one such agent-hour answers 60 / AHT messages, so it costs
 * price × 60 / AHT and at most floor(capacity × AHT / 60) of them run in one hour, with no
 * shrinkage, full occupancy and no premiums. AHT is the volume-weighted handle time of the
 * queues it may serve. Approximations: capacity is bought in whole agent-hours, and the site
 * serves every marketplace sharing its languages (the contract's marketplace list only narrows
 * the languages). The planner caps a site's weekly paid hours at headcount × contract hours; the
 * vendor's capacity is hourly, so its site carries one placeholder agent of 168 contract hours,
 * which makes that weekly cap never bind. A contract with dates closes the site outside them
 * (availability cap 0 before `start` and after `end`).
 */
export function vendorAsSite(
  vendor: Vendor,
  marketplaces: Marketplace[],
  arrivals: QueueArrivals[],
): { site: Site; shiftTemplates: ShiftTemplate[]; agents: Agent[]; events: CalendarEvent[]; handleMinutes: number } {
  const served = vendorMarketplaces(vendor, marketplaces);
  const handleMinutes = weightedHandleMinutes(served, arrivals);
  const siteId = vendorSiteId(vendor);
  const languages = vendor.languages.filter((language) => served.some((marketplace) => marketplace.languages.includes(language)));
  const site: Site = {
    id: siteId,
    name: `${vendor.name} (vendor)`,
    timeZone: vendor.timeZone,
    currency: vendor.currency,
    hourlyCost: (vendor.pricePerMessage * 60) / handleMinutes,
    premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: vendor.country,
    languages,
    minHeadcount: 0,
    maxHeadcount: Math.floor((vendor.capacityPerHour * handleMinutes) / 60),
    shrinkage: 0,
    occupancy: 1,
  };
  const shiftTemplates = splitAtMidnight(vendor.serviceHours).map((window, index) => ({
    id: `${siteId}-hour-${index + 1}`,
    siteId,
    name: `${vendor.name} hour`,
    lengthHours: 1,
    paidHours: 1,
    startTimes: hourlyStarts(window.startMinute, window.endMinute),
    days: window.days,
  }));
  const capacityHolder: Agent = {
    id: `${siteId}-capacity`,
    name: `${vendor.name} capacity`,
    siteId,
    languages,
    contractHoursPerWeek: HOURS_PER_WEEK,
    maxConsecutiveDays: 31,
    timeOff: [],
  };
  const closed = (id: string, start: string, end: string): CalendarEvent => ({ id: `${siteId}-${id}`, name: `${vendor.name}: outside the contract`, kind: 'holiday', start, end, marketplaceIds: [], siteIds: [siteId], availabilityCap: 0 });
  const events = [...(vendor.start ? [closed('before', '0001-01-01', addDays(vendor.start, -1))] : []), ...(vendor.end ? [closed('after', addDays(vendor.end, 1), '9999-12-31')] : [])];
  return { site, shiftTemplates: shiftTemplates.filter((template) => template.startTimes.length > 0), agents: [capacityHolder], events, handleMinutes };
}

function weightedHandleMinutes(served: Marketplace[], arrivals: QueueArrivals[]): number {
  let minutes = 0;
  let messages = 0;
  let unweighted = 0;
  let classes = 0;
  for (const marketplace of served) {
    for (const priorityClass of marketplace.classes) {
      if (priorityClass.replyDeadlineHours === null) continue;
      const queue = arrivals.find((candidate) => candidate.marketplaceId === marketplace.id && candidate.classId === priorityClass.id);
      const volume = queue ? queue.values.reduce((sum, value) => sum + value, 0) : 0;
      minutes += volume * priorityClass.handleMinutes;
      messages += volume;
      unweighted += priorityClass.handleMinutes;
      classes++;
    }
  }
  if (messages > 0) return minutes / messages;
  return classes > 0 ? unweighted / classes : 60;
}

interface DayWindow {
  days: LocalWeeklyWindow['days'];
  startMinute: number;
  endMinute: number;
}

/** Shift templates start on one local day: a window over midnight becomes its evening part and the next days' morning part. */
function splitAtMidnight(windows: LocalWeeklyWindow[]): DayWindow[] {
  const parts: DayWindow[] = [];
  for (const window of windows) {
    const start = parseTimeOfDay(window.start);
    const end = parseTimeOfDay(window.end);
    if (end > start) {
      parts.push({ days: window.days, startMinute: start, endMinute: end });
      continue;
    }
    parts.push({ days: window.days, startMinute: start, endMinute: 24 * 60 });
    if (end > 0) {
      const nextDays = window.days.map((day) => (day === 7 ? 1 : day + 1)) as LocalWeeklyWindow['days'];
      parts.push({ days: nextDays, startMinute: 0, endMinute: end });
    }
  }
  return parts;
}

function hourlyStarts(startMinute: number, endMinute: number): string[] {
  const starts: string[] = [];
  for (let minute = startMinute; minute + 60 <= endMinute; minute += 60) {
    starts.push(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
  }
  return starts;
}
