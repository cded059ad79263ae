import { DateTime } from 'luxon';
import type { HourGrid, Marketplace, QueueArrivals, Site } from '@app/domain';
import type { SimulationInput } from '@app/simulation';

/**
 * The benchmark's week: five marketplaces in four buyer time zones, two sites (Shenzhen,
 * Manila), about 20,000 messages needing a reply, a roster sized hour by hour to about 85 %
 * of its capacity. Built in code so the benchmark needs no data files.
 */

const GRID: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };

function classes(urgentShare: number, standardMinutes: number) {
  return [
    { id: 'urgent', name: 'Urgent', share: urgentShare, replyDeadlineHours: 4, handleMinutes: 9 },
    { id: 'standard', name: 'Standard', share: 0.9 - urgentShare, replyDeadlineHours: 24, handleMinutes: standardMinutes },
    { id: 'no-reply', name: 'No reply needed', share: 0.1, replyDeadlineHours: null, handleMinutes: 1 },
  ];
}

export const BENCH_MARKETPLACES: Marketplace[] = [
  { id: 'amazon-us', name: 'Amazon US', platform: 'amazon', timeZone: 'America/New_York', country: 'US', languages: ['en'], replyClock: { kind: 'calendar' }, classes: classes(0.06, 5) },
  { id: 'amazon-uk', name: 'Amazon UK', platform: 'amazon', timeZone: 'Europe/London', country: 'GB', languages: ['en'], replyClock: { kind: 'calendar' }, classes: classes(0.06, 5) },
  { id: 'amazon-de', name: 'Amazon DE', platform: 'amazon', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], replyClock: { kind: 'calendar' }, classes: classes(0.05, 6) },
  { id: 'amazon-jp', name: 'Amazon JP', platform: 'amazon', timeZone: 'Asia/Tokyo', country: 'JP', languages: ['ja'], replyClock: { kind: 'calendar' }, classes: classes(0.05, 6) },
  {
    id: 'shopify-us',
    name: 'Shopify US',
    platform: 'shopify',
    timeZone: 'America/Los_Angeles',
    country: 'US',
    languages: ['en'],
    replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true },
    classes: classes(0.04, 5),
  },
];

const WEEKLY_MESSAGES: Record<string, number> = { 'amazon-us': 7600, 'amazon-uk': 4400, 'amazon-de': 3900, 'amazon-jp': 3300, 'shopify-us': 3000 };

export const BENCH_SITES: Site[] = [
  {
    id: 'shenzhen', name: 'Shenzhen', timeZone: 'Asia/Shanghai', currency: 'CNY', hourlyCost: 45,
    premiums: { night: 1.2, weekend: 2, statutoryHoliday: 3 }, nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'CN', languages: ['zh', 'en', 'ja'], minHeadcount: 0, maxHeadcount: 80, shrinkage: 0.3, occupancy: 0.85,
  },
  {
    id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'PHP', hourlyCost: 260,
    premiums: { night: 1.1, weekend: 1.3, statutoryHoliday: 2 }, nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'PH', languages: ['en', 'de'], minHeadcount: 0, maxHeadcount: 80, shrinkage: 0.25, occupancy: 0.85,
  },
];

/** Buyers write mostly between 09:00 and 23:00 local, least around 04:00. */
function localWeight(hour: number, weekday: number): number {
  const day = 0.35 + 0.65 * Math.max(0, Math.sin(((hour - 6) / 18) * Math.PI));
  return day * (weekday >= 6 ? 0.8 : 1);
}

export function benchArrivals(): QueueArrivals[] {
  const start = DateTime.fromISO(GRID.startUtc, { zone: 'utc' });
  const arrivals: QueueArrivals[] = [];
  for (const marketplace of BENCH_MARKETPLACES) {
    const weights = Array.from({ length: GRID.hours }, (_, h) => {
      const local = start.plus({ hours: h }).setZone(marketplace.timeZone);
      return localWeight(local.hour, local.weekday);
    });
    const total = weights.reduce((sum, w) => sum + w, 0);
    const messages = WEEKLY_MESSAGES[marketplace.id] / 0.9;
    for (const cls of marketplace.classes) {
      arrivals.push({ marketplaceId: marketplace.id, classId: cls.id, values: weights.map((w) => (messages * cls.share * w) / total) });
    }
  }
  return arrivals;
}

/**
 * Agents on duty per site and hour: each site takes its own languages' work (English split
 * evenly), staffed to about 85 % of its capacity, with at least one agent at every hour.
 */
export function benchStaffing(arrivals: QueueArrivals[]): Record<string, number[]> {
  const share: Record<string, Record<string, number>> = {
    shenzhen: { 'amazon-us': 0.5, 'amazon-uk': 0.5, 'amazon-jp': 1, 'shopify-us': 0.5 },
    manila: { 'amazon-us': 0.5, 'amazon-uk': 0.5, 'amazon-de': 1, 'shopify-us': 0.5 },
  };
  const staffing: Record<string, number[]> = {};
  for (const site of BENCH_SITES) {
    const minutes = new Array<number>(GRID.hours).fill(0);
    for (const queue of arrivals) {
      const marketplace = BENCH_MARKETPLACES.find((m) => m.id === queue.marketplaceId)!;
      const cls = marketplace.classes.find((c) => c.id === queue.classId)!;
      if (cls.replyDeadlineHours === null) continue;
      const part = share[site.id][marketplace.id] ?? 0;
      queue.values.forEach((value, h) => (minutes[h] += value * part * cls.handleMinutes));
    }
    const perAgent = 60 * (1 - site.shrinkage) * (site.occupancy ?? 0.9) * 0.85;
    staffing[site.id] = minutes.map((work) => Math.max(1, Math.ceil(work / perAgent)));
  }
  return staffing;
}

export function benchSimulationInput(): SimulationInput {
  const arrivals = benchArrivals();
  const bySite = benchStaffing(arrivals);
  return {
    marketplaces: BENCH_MARKETPLACES,
    sites: BENCH_SITES,
    staffing: { grid: GRID, pools: Object.entries(bySite).map(([siteId, agentsOnDuty]) => ({ siteId, agentsOnDuty })) },
    arrivals: { kind: 'expected', queues: arrivals },
  };
}
