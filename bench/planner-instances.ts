/**
 * Generates the planner's reference instances bench/instances/w1.json, w4.json, w13.json:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/planner-instances.ts
 *
 * Each file is a scenario (ScenarioFile) in the shape of the demo organisation — a seller on
 * Amazon US/UK/DE/JP and a Shopify store, answering from Shenzhen and Manila (plus a Kraków
 * team from W4 on) — together with the grid, the hourly arrivals it is planned for and the
 * opening backlog. Arrivals are deterministic: a diurnal curve on the buyers' local clock,
 * quieter weekends, event multipliers, and ±8 % seeded noise (pure-rand, seed 2026).
 *
 * Each site is worked by a named team (TEAMS: salaried 40 h full-timers on 8-hour shifts,
 * hourly 20 h part-timers, languages in fixed shares, a week of leave for every seventh agent),
 * so the plans are made for those people and their rota must fill every seat.
 *
 * - W1: 1 week from Mon 2026-03-02 (US summer time starts Sun 8 March), 5 marketplaces ×
 *   2 classes, 2 sites, 8 h and 4 h shifts starting every hour.
 * - W4: 4 weeks from Mon 2026-02-09: Chinese New Year (Shenzhen at most 20 % on duty
 *   15–23 Feb, statutory 300 % pay on the official days) and a Prime-Day-sized 2-day peak on
 *   the Amazon marketplaces (placed on 3–4 March so that both fit one 4-week horizon);
 *   3 sites; the Shopify store adds a live chat staffed by Erlang C.
 * - W13: 13 weeks from Mon 2026-02-09: the W4 events, the US (8 March) and EU (29 March)
 *   clock changes, Easter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { HOUR_MS, addDays, toLocal } from '@app/domain';
import type { Agent, HourGrid, Marketplace, QueueArrivals, ScenarioFile, ShiftTemplate, Site } from '@app/domain';

export interface PlannerInstance {
  id: string;
  description: string;
  generatedBy: string;
  scenario: ScenarioFile;
  grid: HourGrid;
  arrivals: QueueArrivals[];
  openingBacklog: QueueArrivals[];
}

const EVERY_HOUR = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function marketplace(id: string, name: string, platform: Marketplace['platform'], timeZone: string, country: string, languages: string[], averageHours: number): Marketplace {
  return {
    id,
    name,
    platform,
    timeZone,
    country,
    languages,
    replyClock: { kind: 'calendar' },
    classes: [
      { id: 'urgent', name: 'Urgent: A-to-z, cancellations, complaints', share: 0.15, replyDeadlineHours: 4, handleMinutes: 8 },
      { id: 'standard', name: 'Standard: where is my order, product questions', share: 0.85, replyDeadlineHours: 24, handleMinutes: 5 },
    ],
    waitTarget: { averageHours },
  };
}

const MARKETPLACES: Marketplace[] = [
  marketplace('amazon-us', 'Amazon US', 'amazon', 'America/New_York', 'US', ['en'], 4),
  marketplace('amazon-uk', 'Amazon UK', 'amazon', 'Europe/London', 'GB', ['en'], 4),
  marketplace('amazon-de', 'Amazon DE', 'amazon', 'Europe/Berlin', 'DE', ['de'], 5),
  marketplace('amazon-jp', 'Amazon JP', 'amazon', 'Asia/Tokyo', 'JP', ['ja'], 4),
  marketplace('shopify-us', 'Shopify store (US)', 'shopify', 'America/Los_Angeles', 'US', ['en'], 6),
];

/** Messages per day on an ordinary weekday. */
const DAILY_VOLUME: Record<string, number> = { 'amazon-us': 1400, 'amazon-uk': 600, 'amazon-de': 500, 'amazon-jp': 380, 'shopify-us': 450 };

const SHENZHEN: Site = {
  id: 'shenzhen',
  name: 'Shenzhen',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  hourlyCost: 38,
  premiums: { night: 1.25, weekend: 2, statutoryHoliday: 3 },
  nightHours: { start: '22:00', end: '06:00' },
  holidayCountry: 'CN',
  languages: ['zh', 'en', 'de', 'ja'],
  minHeadcount: 10,
  maxHeadcount: 90,
  shrinkage: 0.25,
  occupancy: 0.85,
};

const MANILA: Site = {
  id: 'manila',
  name: 'Manila',
  timeZone: 'Asia/Manila',
  currency: 'PHP',
  hourlyCost: 270,
  premiums: { night: 1.1, weekend: 1.3, statutoryHoliday: 2 },
  nightHours: { start: '22:00', end: '06:00' },
  holidayCountry: 'PH',
  languages: ['en'],
  minHeadcount: 5,
  maxHeadcount: 60,
  shrinkage: 0.3,
  occupancy: 0.85,
};

const KRAKOW: Site = {
  id: 'krakow',
  name: 'Kraków',
  timeZone: 'Europe/Warsaw',
  currency: 'PLN',
  hourlyCost: 48,
  premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 2 },
  nightHours: { start: '22:00', end: '06:00' },
  holidayCountry: 'PL',
  languages: ['en', 'de', 'pl'],
  minHeadcount: 0,
  maxHeadcount: 25,
  shrinkage: 0.25,
  occupancy: 0.85,
};

/**
 * The named team of each site: salaried full-timers on 40 h who work the 8-hour shifts, and
 * hourly part-timers on 20 h who also take 4-hour ones; languages in fixed shares; a few weeks
 * of leave spread over the horizon. Site headcounts equal the team.
 */
const TEAMS: Record<string, { fullTime: Array<{ count: number; languages: string[] }>; partTime: Array<{ count: number; languages: string[] }> }> = {
  shenzhen: {
    fullTime: [
      { count: 12, languages: ['en', 'ja', 'zh'] },
      { count: 12, languages: ['de', 'en', 'zh'] },
      { count: 36, languages: ['en', 'zh'] },
    ],
    partTime: [{ count: 6, languages: ['en', 'zh'] }],
  },
  manila: { fullTime: [{ count: 32, languages: ['en'] }], partTime: [{ count: 8, languages: ['en'] }] },
  krakow: { fullTime: [{ count: 10, languages: ['de', 'en', 'pl'] }, { count: 6, languages: ['en', 'pl'] }], partTime: [{ count: 4, languages: ['de', 'en', 'pl'] }] },
};

function team(site: Site, start: string, weeks: number): Agent[] {
  const spec = TEAMS[site.id];
  const agents: Agent[] = [];
  const add = (languages: string[], partTime: boolean) => {
    const n = agents.length + 1;
    const id = `${site.id}-${String(n).padStart(3, '0')}`;
    // every seventh agent takes a week of leave, the weeks in turn
    const leaveWeek = n % 7 === 0 ? (n / 7) % weeks : -1;
    agents.push({
      id,
      name: `${site.name} agent ${n}`,
      siteId: site.id,
      languages,
      contractHoursPerWeek: partTime ? 20 : 40,
      maxConsecutiveDays: 6,
      timeOff: leaveWeek >= 0 ? [{ start: addDays(start, leaveWeek * 7), end: addDays(start, leaveWeek * 7 + 6), reason: 'annual leave' }] : [],
      payBasis: partTime ? 'hourly' : 'salaried',
      shiftTemplateIds: partTime ? [`${site.id}-4h`, `${site.id}-8h`] : [`${site.id}-8h`],
    });
  };
  for (const group of spec.fullTime) for (let i = 0; i < group.count; i++) add(group.languages, false);
  for (const group of spec.partTime) for (let i = 0; i < group.count; i++) add(group.languages, true);
  return agents;
}

function templates(site: Site): ShiftTemplate[] {
  return [
    { id: `${site.id}-8h`, siteId: site.id, name: '8 hours', lengthHours: 8, paidHours: 8, startTimes: EVERY_HOUR, days: [...ALL_DAYS] },
    { id: `${site.id}-4h`, siteId: site.id, name: '4 hours', lengthHours: 4, paidHours: 4, startTimes: EVERY_HOUR, days: [...ALL_DAYS] },
  ];
}

/** Share of a day's messages arriving in each buyer-local hour: quiet nights, a lunchtime and an evening peak. */
function diurnal(hour: number): number {
  const curve = 0.15 + Math.exp(-((hour - 11) ** 2) / 10) + 0.9 * Math.exp(-((hour - 20) ** 2) / 8);
  return curve;
}
const DIURNAL_TOTAL = Array.from({ length: 24 }, (_, h) => diurnal(h)).reduce((s, v) => s + v, 0);

function arrivalsFor(scenario: ScenarioFile, grid: HourGrid, seed: number): QueueArrivals[] {
  let rng = xoroshiro128plus(seed);
  const startMs = Date.parse(grid.startUtc);
  const result: QueueArrivals[] = [];
  for (const m of scenario.marketplaces) {
    const perHour: number[] = [];
    for (let h = 0; h < grid.hours; h++) {
      const local = toLocal(startMs + h * HOUR_MS, m.timeZone);
      let volume = (DAILY_VOLUME[m.id] * diurnal(local.hour)) / DIURNAL_TOTAL;
      if (local.weekday >= 6) volume *= 0.8;
      for (const event of scenario.events) {
        if (event.volumeMultiplier && event.marketplaceIds.includes(m.id) && local.date >= event.start && local.date <= event.end) {
          volume *= event.volumeMultiplier;
        }
      }
      const [noise, next] = [unsafeUniformIntDistribution(-80, 80, rng), rng];
      rng = next;
      perHour.push(Math.round(volume * (1 + noise / 1000) * 10) / 10);
    }
    for (const c of m.classes) {
      result.push({ marketplaceId: m.id, classId: c.id, values: perHour.map((v) => Math.round(v * c.share * 100) / 100) });
    }
  }
  return result;
}

function buildInstance(id: string, weeks: number, start: string, sites: Site[], withEvents: boolean, withChat: boolean, description: string): PlannerInstance {
  const marketplaces: Marketplace[] = JSON.parse(JSON.stringify(MARKETPLACES));
  if (withChat) {
    const shopify = marketplaces.find((m) => m.id === 'shopify-us') as Marketplace;
    shopify.classes = [
      { id: 'urgent', name: 'Urgent', share: 0.12, replyDeadlineHours: 4, handleMinutes: 8 },
      { id: 'standard', name: 'Standard', share: 0.68, replyDeadlineHours: 24, handleMinutes: 5 },
      { id: 'chat', name: 'Live chat', share: 0.2, replyDeadlineHours: null, handleMinutes: 6, realTime: { serviceLevel: 0.8, answerWithinSeconds: 60 } },
    ];
  }
  const scenario: ScenarioFile = {
    schemaVersion: 2,
    name: `planner benchmark ${id.toUpperCase()}`,
    reportingCurrency: 'USD',
    horizon: { start, weeks, mode: 'dated' },
    marketplaces,
    sites: sites.map((site) => ({ ...site, minHeadcount: 0, maxHeadcount: team(site, start, weeks).length })),
    shiftTemplates: sites.flatMap(templates),
    agents: sites.flatMap((site) => team(site, start, weeks)),
    events: withEvents
      ? [
          { id: 'cny-2026', name: 'Chinese New Year', kind: 'holiday', start: '2026-02-15', end: '2026-02-23', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 },
          { id: 'peak-2026-03', name: 'Prime-Day-sized peak', kind: 'peak', start: '2026-03-03', end: '2026-03-04', marketplaceIds: ['amazon-us', 'amazon-uk', 'amazon-de', 'amazon-jp'], siteIds: [], volumeMultiplier: 2.5 },
        ]
      : [],
    currencyRates: [
      { currency: 'CNY', toReporting: 0.14 },
      { currency: 'PHP', toReporting: 0.0175 },
      { currency: 'PLN', toReporting: 0.25 },
    ],
    history: [],
  };
  const grid: HourGrid = { startUtc: `${start}T00:00:00Z`, hours: weeks * 168, mode: 'dated' };
  const arrivals = arrivalsFor(scenario, grid, 2026);
  // two hours' worth of messages are already waiting when the horizon starts
  const openingBacklog = arrivals
    .filter((a) => scenario.marketplaces.find((m) => m.id === a.marketplaceId)?.classes.find((c) => c.id === a.classId)?.realTime === undefined)
    .map((a) => ({ marketplaceId: a.marketplaceId, classId: a.classId, values: [Math.round((a.values[0] + a.values[1]) * 10) / 10] }));
  return { id, description, generatedBy: 'npx ts-node --transpile-only -r tsconfig-paths/register bench/planner-instances.ts', scenario, grid, arrivals, openingBacklog };
}

export function plannerInstances(): PlannerInstance[] {
  return [
    buildInstance('w1', 1, '2026-03-02', [SHENZHEN, MANILA], false, false, 'W1: 1 week, 5 marketplaces × 2 classes, Shenzhen + Manila, 8 h and 4 h shifts starting every hour'),
    buildInstance('w4', 4, '2026-02-09', [SHENZHEN, MANILA, KRAKOW], true, true, 'W4: 4 weeks with Chinese New Year and a Prime-Day-sized peak, 5 marketplaces (Shopify adds live chat), 3 sites'),
    buildInstance('w13', 13, '2026-02-09', [SHENZHEN, MANILA, KRAKOW], true, true, 'W13: 13 weeks, the W4 events plus the US and EU clock changes and Easter, 3 sites'),
  ];
}

if (require.main === module) {
  for (const instance of plannerInstances()) {
    const file = join(__dirname, 'instances', `${instance.id}.json`);
    writeFileSync(file, JSON.stringify(instance) + '\n');
    const messages = instance.arrivals.reduce((s, a) => s + a.values.reduce((t, v) => t + v, 0), 0);
    console.log(`${file}: ${instance.grid.hours} hours, ${Math.round(messages)} messages`);
  }
}
