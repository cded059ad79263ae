import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { addDays, datesBetween, formatLocal, formatUtc, localToUtc, publicHolidays, toLocal, utcMidnight } from '@app/domain';
import type { Agent, CalendarEvent, PlannedShift, ShiftTemplate, Site } from '@app/domain';
import type { HolidayDutyRecord, RotaAssignment, RotaPlan, RotaResult, RotaScenario } from '@app/roster';

/**
 * A W4-sized rota problem, generated deterministically: 200 agents at Shenzhen, Manila and
 * Berlin over four weeks from Monday 2027-01-25, 8 h shifts around the clock (Shenzhen's
 * night shift covers US daytime) and 4 h part-time shifts, a Japanese-speaking morning at
 * Shenzhen, approved leave, and Chinese New Year (Spring Festival 5–7 February, event
 * 4–10 February capping Shenzhen at 20 % on duty).
 *
 * The plan is built from a witness rota — every agent on a 5-on/2-off cycle whose start
 * time moves on each block, thinned for leave, the holiday cap and some slack — so every
 * planned seat is fillable by construction (the witness itself passes the rota checker).
 */

export interface RotaWorkload {
  scenario: RotaScenario;
  plan: RotaPlan;
  holidayDutyHistory: HolidayDutyRecord[];
  /** The rota the plan was derived from: proof that every seat can be filled. */
  witness: RotaResult;
  horizonStart: string;
  weeks: number;
}

interface SiteSpec {
  site: Site;
  agents: number;
  partTimers: number;
  /** Speakers of the extra language, and the 8 h start that needs it. */
  extraLanguage?: { code: string; speakers: number; start: string };
  fullStarts: string[];
  partStarts: string[];
  firstNames: string[];
  lastNames: string[];
}

const premiums = (statutoryHoliday: number) => ({ night: 1.3, weekend: 1.5, statutoryHoliday });

const SPECS: SiteSpec[] = [
  {
    site: { id: 'shenzhen', name: 'Shenzhen', timeZone: 'Asia/Shanghai', currency: 'CNY', hourlyCost: 38, premiums: premiums(3), nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'CN', languages: ['zh', 'en', 'ja'], minHeadcount: 20, maxHeadcount: 90, shrinkage: 0.25 },
    agents: 80,
    partTimers: 10,
    extraLanguage: { code: 'ja', speakers: 24, start: '08:00' },
    fullStarts: ['08:00', '14:00', '21:00', '00:00'],
    partStarts: ['10:00', '18:00'],
    firstNames: ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Yan', 'Hao', 'Xin', 'Tao', 'Ling'],
    lastNames: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu'],
  },
  {
    site: { id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'PHP', hourlyCost: 260, premiums: premiums(2), nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'PH', languages: ['en', 'tl'], minHeadcount: 20, maxHeadcount: 80, shrinkage: 0.25 },
    agents: 70,
    partTimers: 10,
    fullStarts: ['06:00', '14:00', '22:00', '21:00'],
    partStarts: ['09:00', '17:00'],
    firstNames: ['Maria', 'Jose', 'Ana', 'Mark', 'Grace', 'John', 'Joy', 'Paolo', 'Rica'],
    lastNames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Torres', 'Flores'],
  },
  {
    site: { id: 'berlin', name: 'Berlin remote', timeZone: 'Europe/Berlin', currency: 'EUR', hourlyCost: 24, premiums: premiums(2), nightHours: { start: '23:00', end: '06:00' }, holidayCountry: 'DE', languages: ['de', 'en', 'fr'], minHeadcount: 10, maxHeadcount: 60, shrinkage: 0.2 },
    agents: 50,
    partTimers: 6,
    extraLanguage: { code: 'fr', speakers: 12, start: '09:00' },
    fullStarts: ['07:00', '09:00', '15:00', '23:00'],
    partStarts: ['08:00', '17:00'],
    firstNames: ['Anna', 'Lukas', 'Mia', 'Jonas', 'Lea', 'Felix', 'Sara', 'Paul', 'Nina'],
    lastNames: ['Müller', 'Schmidt', 'Weber', 'Fischer', 'Wagner', 'Becker', 'Hoffmann'],
  },
];

const HORIZON_START = '2027-01-25';
const WEEKS = 4;
const SLACK_SHARE = 0.06;

export function generateRotaWorkload(seed = 2027): RotaWorkload {
  const rng = xoroshiro128plus(seed);
  const int = (from: number, to: number) => unsafeUniformIntDistribution(from, to, rng);
  const dates = datesBetween(HORIZON_START, addDays(HORIZON_START, WEEKS * 7 - 1));
  const sites = SPECS.map((spec) => spec.site);
  const templates: ShiftTemplate[] = SPECS.flatMap((spec) => [
    { id: `${spec.site.id}-8h`, siteId: spec.site.id, name: '8 hours', lengthHours: 8, paidHours: 8, startTimes: spec.fullStarts, days: [1, 2, 3, 4, 5, 6, 7] },
    { id: `${spec.site.id}-4h`, siteId: spec.site.id, name: '4 hours', lengthHours: 4, paidHours: 4, startTimes: spec.partStarts, days: [1, 2, 3, 4, 5, 6, 7] },
  ]);
  const events: CalendarEvent[] = [
    { id: 'cny-2027', name: 'Chinese New Year', kind: 'holiday', start: '2027-02-04', end: '2027-02-10', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 },
  ];

  const agents: Agent[] = [];
  const witnessRows: RotaAssignment[] = [];
  for (const spec of SPECS) {
    const { site } = spec;
    const siteAgents: Agent[] = Array.from({ length: spec.agents }, (_, i) => {
      const partTime = i >= spec.agents - spec.partTimers;
      const languages = [...site.languages.filter((l) => l !== spec.extraLanguage?.code)];
      if (spec.extraLanguage && i < spec.extraLanguage.speakers) languages.push(spec.extraLanguage.code);
      const timeOff = int(0, 9) === 0 ? [leave(dates, int)] : [];
      return {
        id: `${site.id}-${String(i + 1).padStart(3, '0')}`,
        name: `${spec.firstNames[i % spec.firstNames.length]} ${spec.lastNames[(i * 7 + 3) % spec.lastNames.length]} ${i + 1}`,
        siteId: site.id,
        languages,
        contractHoursPerWeek: partTime ? 20 : 40,
        maxConsecutiveDays: 6,
        timeOff,
      };
    });
    agents.push(...siteAgents);
    const cap = events.find((event) => event.siteIds.includes(site.id));
    const capLimit = cap?.availabilityCap !== undefined ? Math.floor(cap.availabilityCap * spec.agents) : Infinity;
    const onDuty = new Map<string, number>();

    siteAgents.forEach((agent, i) => {
      const partTime = agent.contractHoursPerWeek === 20;
      const starts = partTime ? spec.partStarts : spec.fullStarts;
      const speaker = spec.extraLanguage !== undefined && agent.languages.includes(spec.extraLanguage.code);
      dates.forEach((date, day) => {
        const cycle = day + i * 3;
        if (cycle % 7 >= 5) return;
        const block = Math.floor(cycle / 7);
        let localStart = starts[(i + block) % starts.length];
        // speakers of the site's extra language spend every other block on its shift
        if (speaker && block % 2 === 0) localStart = spec.extraLanguage!.start;
        const hours = partTime ? 4 : 8;
        const startMs = localToUtc(date, localStart, site.timeZone);
        const endMs = startMs + hours * 3_600_000;
        const lastDate = toLocal(endMs - 1, site.timeZone).date;
        if (agent.timeOff.some((off) => !(lastDate < off.start || date > off.end))) return;
        if (cap && date >= cap.start && date <= cap.end) {
          // a rotating fifth of the team stays for the holiday, whatever their languages
          if ((i + day) % 5 !== 0 || (onDuty.get(date) ?? 0) >= capLimit) return;
          onDuty.set(date, (onDuty.get(date) ?? 0) + 1);
        }
        if (int(0, 999) < SLACK_SHARE * 1000) return;
        const languages = speaker && localStart === spec.extraLanguage!.start && !partTime ? [spec.extraLanguage!.code] : [];
        witnessRows.push({
          agentId: agent.id,
          agentName: agent.name,
          siteId: site.id,
          siteName: site.name,
          timeZone: site.timeZone,
          templateId: `${site.id}-${hours}h`,
          date,
          localStart,
          endDate: lastDate,
          localEnd: formatLocal(endMs, site.timeZone).slice(11, 16),
          startUtc: formatUtc(startMs),
          endUtc: formatUtc(endMs),
          paidHours: hours,
          languages,
          marketplaceIds: [],
          night: false,
          weekend: false,
          holiday: null,
          pinned: false,
        });
      });
    });
  }

  // the plan: witness shifts counted per (site, template, date, start, languages)
  const counted = new Map<string, PlannedShift>();
  for (const row of witnessRows) {
    const key = `${row.siteId}|${row.templateId}|${row.date}|${row.localStart}|${row.languages.join(',')}`;
    const shift = counted.get(key);
    if (shift) shift.count++;
    else {
      const planned: PlannedShift = { siteId: row.siteId, templateId: row.templateId, date: row.date, localStart: row.localStart, startUtc: row.startUtc, endUtc: row.endUtc, count: 1 };
      if (row.languages.length) planned.languages = row.languages;
      counted.set(key, planned);
    }
  }
  const shifts = [...counted.values()].sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.siteId.localeCompare(b.siteId) || a.templateId.localeCompare(b.templateId));

  const scenario: RotaScenario = {
    reportingCurrency: 'USD',
    marketplaces: [
      { id: 'amazon-us', name: 'Amazon US', platform: 'amazon', timeZone: 'America/New_York', country: 'US', languages: ['en'], replyClock: { kind: 'calendar' }, classes: [] },
      { id: 'amazon-uk', name: 'Amazon UK', platform: 'amazon', timeZone: 'Europe/London', country: 'GB', languages: ['en'], replyClock: { kind: 'calendar' }, classes: [] },
      { id: 'amazon-de', name: 'Amazon DE', platform: 'amazon', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], replyClock: { kind: 'calendar' }, classes: [] },
      { id: 'amazon-jp', name: 'Amazon JP', platform: 'amazon', timeZone: 'Asia/Tokyo', country: 'JP', languages: ['ja'], replyClock: { kind: 'calendar' }, classes: [] },
      { id: 'shopify-eu', name: 'Shopify EU', platform: 'shopify', timeZone: 'Europe/Paris', country: 'FR', languages: ['en', 'fr', 'de'], replyClock: { kind: 'calendar' }, classes: [] },
    ],
    sites,
    shiftTemplates: templates,
    agents,
    events,
    currencyRates: [
      { currency: 'CNY', toReporting: 0.14 },
      { currency: 'PHP', toReporting: 0.018 },
      { currency: 'EUR', toReporting: 1.08 },
    ],
  };
  const plan: RotaPlan = { grid: { startUtc: formatUtc(utcMidnight(HORIZON_START)), hours: WEEKS * 168, mode: 'dated' }, shifts };
  const witness: RotaResult = {
    status: 'complete',
    summary: { seatsPlanned: witnessRows.length, seatsFilled: witnessRows.length, seatsUnfilled: 0, agents: agents.length, sites: sites.length, softBreaches: 0, pinIssues: 0 },
    options: { restHours: 11, weeklyHoursTolerance: 4, defaultMaxConsecutiveDays: 6, improvementPasses: 0, annealStepsPerSeat: 0, seed: 0, fillSearchBudget: 0 },
    assignments: witnessRows,
    unfilled: [],
    softBreaches: [],
    pinIssues: [],
    fairness: { agents: [], sites: [] },
    holidayRotas: [],
    newHolidayDuty: [],
    holidayDutyHistory: [],
    messages: [],
  };
  return { scenario, plan, holidayDutyHistory: lastSeason(agents, int), witness, horizonStart: HORIZON_START, weeks: WEEKS };
}

/** Two to five days of approved leave somewhere in the horizon. */
function leave(dates: string[], int: (from: number, to: number) => number): { start: string; end: string; reason: string } {
  const start = int(0, dates.length - 6);
  return { start: dates[start], end: dates[start + int(1, 4)], reason: 'annual leave' };
}

/** Last Spring Festival: a different crew of 16 Shenzhen agents (a fifth) each day, the first day being New Year's Eve. */
function lastSeason(agents: Agent[], int: (from: number, to: number) => number): HolidayDutyRecord[] {
  const shenzhen = agents.filter((agent) => agent.siteId === 'shenzhen');
  const festival = publicHolidays('CN', 2026).filter((holiday) => holiday.name === 'Spring Festival');
  const records: HolidayDutyRecord[] = [];
  const offset = int(0, 4);
  festival.forEach((holiday, day) => {
    for (let k = 0; k < 16; k++) {
      const agent = shenzhen[(offset + day + k * 5) % shenzhen.length];
      records.push({ agentId: agent.id, date: holiday.date, holiday: holiday.name, dayOfHoliday: day + 1 });
    }
  });
  return records;
}
