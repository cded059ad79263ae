import {
  HOUR_MS,
  SCENARIO_SCHEMA_VERSION,
  addDays,
  formatUtc,
  isIsoDate,
  isoWeekday,
  marketplaceFromPreset,
  publicHolidays,
  utcMidnight,
  type Agent,
  type CalendarEvent,
  type HistorySeries,
  type IsoWeekday,
  type Marketplace,
  type Platform,
  type ScenarioFile,
  type ShiftTemplate,
  type Site,
} from '@app/domain';
import { SeededRandom } from './poisson.util';
import { blackFriday, expectedMessages, type PeakUplift } from './demo-volume-profile';

/**
 * The demo organisation: a cross-border seller on Amazon US/UK/DE/JP and a US Shopify store,
 * answered by a team in Shenzhen and a small remote team in Manila.
 *
 * - Marketplaces come from the platform presets (Amazon 24 h calendar clock with a 4 h urgent
 *   class; Shopify one business day).
 * - History: `historyWeeks` weeks of hourly counts per marketplace, ending at UTC midnight of
 *   the anchor. Each hour's count is Poisson around the marketplace's weekly volume times the
 *   share of the buyers' LOCAL hour of the week (demo-volume-profile.ts): quiet nights, an
 *   evening peak, a lighter Saturday and a strong Sunday evening; DST in the buyers' zone moves
 *   the UTC peak. Black Friday to Cyber Monday (and the deal days before) lift the volume.
 * - Horizon: 13 weeks from the anchor: Cyber Monday (the Black Friday weekend is in the history,
 *   where the forecast learns its uplift), the Christmas shopping weeks (×1.42 on the Western
 *   marketplaces) and Chinese New Year (Spring Festival dates from the CN public-holiday calendar)
 *   with 20 % of Shenzhen on duty. Prime Day is in July, outside the horizon.
 * - Feasible to plan: every buyer language is spoken at a site, and Shenzhen (nights in
 *   Europe's and America's day) plus Manila can cover the urgent English, German and Japanese
 *   classes around the clock.
 *
 * Deterministic: the same options give the same scenario, byte for byte.
 */

export interface DemoScenarioOptions {
  /** Seed of the message-count noise (default 20261130). */
  seed?: number;
  /** Monday "YYYY-MM-DD" on which the planning horizon starts (default 2026-11-30). */
  anchor?: string;
  /** Weeks of hourly history before the anchor (default 12). */
  historyWeeks?: number;
}

export const DEMO_DEFAULTS = { seed: 20261130, anchor: '2026-11-30', historyWeeks: 12 } as const;
export const DEMO_HORIZON_WEEKS = 13;

interface DemoMarketplace {
  platform: Platform;
  id: string;
  name: string;
  timeZone: string;
  country: string;
  languages: string[];
  weeklyVolume: number;
  uplift: PeakUplift;
}

/**
 * Buyers and their volumes: the seller's main market is the US, then Europe and Japan. The
 * Black Friday to Cyber Monday uplifts stay within what LiveChat measured on 1,400 online shops
 * (8.8 M chats, 2015): 63 % more visits over the holiday season on average, up to 120 % more on
 * its busiest days, Black Friday and Cyber Monday ("Ecommerce During the Holiday Shopping
 * Season", livechat.com) — a store ×2.2, Amazon's Western markets ×1.6–1.8, Japan, where the
 * weekend is newer, ×1.25.
 */
export const DEMO_MARKETPLACES: readonly DemoMarketplace[] = [
  { platform: 'amazon', id: 'amazon-us', name: 'Amazon US', timeZone: 'America/New_York', country: 'US', languages: ['en'], weeklyVolume: 3000, uplift: { cyberWeekend: 1.8, dealWeek: 1.2 } },
  { platform: 'amazon', id: 'amazon-uk', name: 'Amazon UK', timeZone: 'Europe/London', country: 'GB', languages: ['en'], weeklyVolume: 1200, uplift: { cyberWeekend: 1.6, dealWeek: 1.15 } },
  { platform: 'amazon', id: 'amazon-de', name: 'Amazon DE', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], weeklyVolume: 1000, uplift: { cyberWeekend: 1.6, dealWeek: 1.15 } },
  { platform: 'amazon', id: 'amazon-jp', name: 'Amazon JP', timeZone: 'Asia/Tokyo', country: 'JP', languages: ['ja'], weeklyVolume: 800, uplift: { cyberWeekend: 1.25, dealWeek: 1.05 } },
  { platform: 'shopify', id: 'shopify-us', name: 'Shopify store (US)', timeZone: 'America/Los_Angeles', country: 'US', languages: ['en'], weeklyVolume: 600, uplift: { cyberWeekend: 2.2, dealWeek: 1.3 } },
];

const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const EVERY_HOUR = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);

const SITES: Site[] = [
  {
    id: 'shenzhen',
    name: 'Shenzhen customer service',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    hourlyCost: 45,
    premiums: { night: 1.2, weekend: 1.0, statutoryHoliday: 3.0 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'CN',
    languages: ['de', 'en', 'ja', 'zh'],
    minHeadcount: 0,
    // the named agents below: the plan cannot staff more people than the rota can name
    maxHeadcount: 40,
    shrinkage: 0.3,
    occupancy: 0.85,
  },
  {
    // Philippine pay rules: 10 % night differential 22:00–06:00, 200 % on regular holidays
    id: 'manila',
    name: 'Manila remote team',
    timeZone: 'Asia/Manila',
    currency: 'PHP',
    hourlyCost: 260,
    premiums: { night: 1.1, weekend: 1.0, statutoryHoliday: 2.0 },
    nightHours: { start: '22:00', end: '06:00' },
    holidayCountry: 'PH',
    languages: ['en'],
    minHeadcount: 0,
    maxHeadcount: 10,
    shrinkage: 0.25,
    occupancy: 0.85,
  },
];

function shiftTemplates(): ShiftTemplate[] {
  return SITES.flatMap((site) => [
    { id: `${site.id}-8h`, siteId: site.id, name: '8-hour shift', lengthHours: 8, paidHours: 8, startTimes: [...EVERY_HOUR], days: [...ALL_DAYS] },
    { id: `${site.id}-4h`, siteId: site.id, name: '4-hour shift', lengthHours: 4, paidHours: 4, startTimes: [...EVERY_HOUR], days: [...ALL_DAYS] },
  ]);
}

const SHENZHEN_FAMILY = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao'];
const SHENZHEN_GIVEN = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Xiu', 'Qiang', 'Lei', 'Jun', 'Yan', 'Jie', 'Tao', 'Ming', 'Chao', 'Hui', 'Ping', 'Gang', 'Lan', 'Yue', 'Bo'];
const MANILA_NAMES = ['Maria Santos', 'Jose Reyes', 'Ana Cruz', 'Mark Bautista', 'Kristine Garcia', 'John Mendoza', 'Angelica Torres', 'Paolo Villanueva', 'Camille Ramos', 'Rafael Aquino'];

/**
 * 40 agents in Shenzhen (everyone Chinese and English; 8 also Japanese, 8 also German) and 10
 * in Manila (English; three 20-hour part-timers). A few have time off inside the horizon.
 * Full-timers (40 h) are salaried and work only the 8-hour shift; the Manila part-timers are
 * paid by the hour and may work the 4-hour or the 8-hour shift. Everyone is paid the site's
 * hourly cost and works at most the default days per week (pay-policy.ts).
 */
function agents(anchor: string, springFestivalStart: string | null): Agent[] {
  const list: Agent[] = [];
  for (let i = 0; i < 40; i++) {
    const languages = i < 8 ? ['en', 'ja', 'zh'] : i < 16 ? ['de', 'en', 'zh'] : ['en', 'zh'];
    list.push({
      id: `sz-${String(i + 1).padStart(2, '0')}`,
      name: `${SHENZHEN_FAMILY[i % 20]} ${SHENZHEN_GIVEN[(i * 7 + Math.floor(i / 20)) % 20]}`,
      siteId: 'shenzhen',
      languages,
      contractHoursPerWeek: 40,
      maxConsecutiveDays: 6,
      timeOff: [],
      payBasis: 'salaried',
      shiftTemplateIds: ['shenzhen-8h'],
    });
  }
  MANILA_NAMES.forEach((name, i) => {
    const partTime = i >= 7;
    list.push({
      id: `mnl-${String(i + 1).padStart(2, '0')}`,
      name,
      siteId: 'manila',
      languages: ['en'],
      contractHoursPerWeek: partTime ? 20 : 40,
      maxConsecutiveDays: 6,
      timeOff: [],
      payBasis: partTime ? 'hourly' : 'salaried',
      shiftTemplateIds: partTime ? ['manila-4h', 'manila-8h'] : ['manila-8h'],
    });
  });
  const byId = new Map(list.map((agent) => [agent.id, agent]));
  const timeOff = (id: string, fromDay: number, toDay: number, reason: string) =>
    byId.get(id)?.timeOff.push({ start: addDays(anchor, fromDay), end: addDays(anchor, toDay), reason });
  timeOff('sz-03', 21, 27, 'annual leave');
  timeOff('sz-12', 35, 41, 'annual leave');
  timeOff('sz-30', 9, 10, 'medical appointment');
  timeOff('mnl-02', 24, 27, 'family visit over Christmas');
  timeOff('mnl-05', 49, 53, 'annual leave');
  if (springFestivalStart) {
    // travelling home early for the Spring Festival
    byId.get('sz-25')?.timeOff.push({ start: addDays(springFestivalStart, -3), end: addDays(springFestivalStart, -1), reason: 'travel home for Spring Festival' });
  }
  return list;
}

/** The Spring Festival run of days in the CN calendar that overlaps the horizon, else the nearest. */
export function springFestivalNear(horizonStart: string, horizonEnd: string): { start: string; end: string } | null {
  const firstYear = Number(horizonStart.slice(0, 4));
  const runs: { start: string; end: string }[] = [];
  for (let year = firstYear - 1; year <= firstYear + 2; year++) {
    const days = publicHolidays('CN', year).filter((holiday) => /spring festival|chinese new year/i.test(holiday.name));
    for (const { date } of days) {
      const last = runs[runs.length - 1];
      if (last && addDays(last.end, 1) === date) last.end = date;
      else runs.push({ start: date, end: date });
    }
  }
  if (runs.length === 0) return null;
  const overlapping = runs.find((run) => run.start <= horizonEnd && run.end >= horizonStart);
  if (overlapping) return overlapping;
  const distance = (run: { start: string }) => Math.abs(utcMidnight(run.start) - utcMidnight(horizonStart));
  return [...runs].sort((a, b) => distance(a) - distance(b))[0];
}

/** Marketplaces whose buyers shop for Christmas presents (Japan's Christmas is not a gift peak of that size). */
const CHRISTMAS_MARKETPLACES = ['amazon-us', 'amazon-uk', 'amazon-de', 'shopify-us'];
/**
 * Support tickets over the holiday shopping weeks: "overall ticket volume can increase by as much
 * as 42 percent over the holidays" (Zendesk study, quoted in "Is your customer support team ready
 * for the holidays?", Business 2 Community / Zendesk brand view).
 */
const CHRISTMAS_UPLIFT = 1.42;

/** The second Tuesday of July of a year: where Amazon has put its two-day Prime Day (2023: 11–12 July). */
function primeDayStart(year: number): string {
  const first = `${year}-07-01`;
  return addDays(first, ((2 - isoWeekday(first) + 7) % 7) + 7);
}

function events(anchor: string, historyWeeks: number, marketplaces: Marketplace[]): { events: CalendarEvent[]; springFestival: { start: string; end: string } | null } {
  const horizonEnd = addDays(anchor, DEMO_HORIZON_WEEKS * 7 - 1);
  const historyStart = addDays(anchor, -historyWeeks * 7);
  const springFestival = springFestivalNear(anchor, horizonEnd);
  const everyMarketplace = marketplaces.map((m) => m.id);
  const amazon = marketplaces.filter((m) => m.platform === 'amazon').map((m) => m.id);
  const list: CalendarEvent[] = [];
  // Black Friday to Cyber Monday, where it meets the history or the horizon. No multiplier: its
  // uplift is in the history (DEMO_MARKETPLACES' cyberWeekend), and the forecast learns it from
  // the days already there, as it would for a real seller.
  for (const year of [Number(anchor.slice(0, 4)) - 1, Number(anchor.slice(0, 4))]) {
    const friday = blackFriday(year);
    const monday = addDays(friday, 3);
    if (monday < historyStart || friday > horizonEnd) continue;
    list.push({ id: `black-friday-cyber-monday-${year}`, name: 'Black Friday / Cyber Monday', kind: 'peak', start: friday, end: monday, marketplaceIds: everyMarketplace, siteIds: [] });
  }
  // the gift-shopping weeks from the day after Cyber Monday to the last days of Christmas delivery
  for (const year of [Number(anchor.slice(0, 4)), Number(horizonEnd.slice(0, 4))]) {
    const start = addDays(blackFriday(year), 4);
    const end = `${year}-12-23`;
    if (end < anchor || start > horizonEnd || list.some((event) => event.id === `christmas-shopping-${year}`)) continue;
    list.push({
      id: `christmas-shopping-${year}`,
      name: 'Christmas shopping weeks',
      kind: 'peak',
      start,
      end,
      marketplaceIds: CHRISTMAS_MARKETPLACES.filter((id) => everyMarketplace.includes(id)),
      siteIds: [],
      volumeMultiplier: CHRISTMAS_UPLIFT,
    });
  }
  if (springFestival) {
    // For the team, not the buyers: a small rotating crew (20 %) while Shenzhen celebrates, paid
    // the statutory 300 %. No volume multiplier: no published figure for buyers' messages in
    // those days was found; a seller whose history holds a Spring Festival lets the forecast learn it.
    list.push({
      id: 'chinese-new-year',
      name: 'Chinese New Year (Spring Festival)',
      kind: 'holiday',
      start: springFestival.start,
      end: springFestival.end,
      marketplaceIds: [],
      siteIds: ['shenzhen'],
      availabilityCap: 0.2,
    });
  }
  // Prime Day is in July, outside a winter horizon; kept so that a horizon moved into summer has
  // it. Its uplift is learned from a past Prime Day in the history (none in the demo's).
  const primeYear = Number(horizonEnd.slice(0, 4)) + (horizonEnd.slice(5) > '07-31' ? 1 : 0);
  const primeStart = primeDayStart(primeYear);
  list.push({ id: 'prime-day', name: 'Prime Day', kind: 'peak', start: primeStart, end: addDays(primeStart, 1), marketplaceIds: amazon, siteIds: [] });
  return { events: list, springFestival };
}

function history(anchor: string, weeks: number, random: SeededRandom): HistorySeries[] {
  const end = utcMidnight(anchor);
  const start = end - weeks * 7 * 24 * HOUR_MS;
  const hours = weeks * 7 * 24;
  return DEMO_MARKETPLACES.map((m) => {
    const counts: number[] = new Array(hours);
    for (let hour = 0; hour < hours; hour++) {
      counts[hour] = random.poisson(expectedMessages(start + hour * HOUR_MS, m.timeZone, m.weeklyVolume, m.uplift));
    }
    return { marketplaceId: m.id, classId: null, start: formatUtc(start), counts };
  });
}

export function generateDemoScenario(options: DemoScenarioOptions = {}): ScenarioFile {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const anchor = options.anchor ?? DEMO_DEFAULTS.anchor;
  const historyWeeks = options.historyWeeks ?? DEMO_DEFAULTS.historyWeeks;
  if (!isIsoDate(anchor) || isoWeekday(anchor) !== 1) throw new RangeError(`the demo anchor must be a Monday YYYY-MM-DD, not "${anchor}"`);
  if (!Number.isInteger(historyWeeks) || historyWeeks < 1 || historyWeeks > 104) {
    throw new RangeError(`historyWeeks must be a whole number from 1 to 104, not ${historyWeeks}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`the seed must be a whole number, not ${seed}`);

  const marketplaces = DEMO_MARKETPLACES.map((m) =>
    marketplaceFromPreset(m.platform, { id: m.id, name: m.name, timeZone: m.timeZone, country: m.country, languages: m.languages }),
  );
  const { events: calendarEvents, springFestival } = events(anchor, historyWeeks, marketplaces);
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: 'Demo seller: Amazon US/UK/DE/JP and Shopify US, answered from Shenzhen and Manila',
    reportingCurrency: 'USD',
    horizon: { start: anchor, weeks: DEMO_HORIZON_WEEKS, mode: 'dated' },
    marketplaces,
    sites: SITES.map((site) => ({ ...site, premiums: { ...site.premiums }, nightHours: { ...site.nightHours }, languages: [...site.languages] })),
    shiftTemplates: shiftTemplates(),
    agents: agents(anchor, springFestival?.start ?? null),
    events: calendarEvents,
    // approximate rates of late 2026, editable like everything else
    currencyRates: [
      { currency: 'CNY', toReporting: 0.14 },
      { currency: 'PHP', toReporting: 0.017 },
    ],
    history: history(anchor, historyWeeks, new SeededRandom(seed)),
  };
}
