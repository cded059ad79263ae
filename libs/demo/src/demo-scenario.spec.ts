import { readFileSync } from 'fs';
import { join } from 'path';
import { HOUR_MS, addDays, publicHolidays, serializeScenario, toLocal, validateScenario, type HistorySeries, type ScenarioFile } from '@app/domain';
import { DEMO_MARKETPLACES, generateDemoScenario } from './demo-scenario';
import { blackFriday } from './demo-volume-profile';

const demo = generateDemoScenario();

function seriesOf(scenario: ScenarioFile, marketplaceId: string): HistorySeries {
  const series = scenario.history.find((h) => h.marketplaceId === marketplaceId);
  if (!series) throw new Error(`no history for ${marketplaceId}`);
  return series;
}

/** Mean count per hour of day (0..23), on weekdays (Mon–Fri, buyers' local) inside [from, to). */
function weekdayProfile(series: HistorySeries, zone: string, from: number, to: number, clock: 'local' | 'utc'): number[] {
  const sums = new Array(24).fill(0);
  const hours = new Array(24).fill(0);
  const start = Date.parse(series.start);
  series.counts.forEach((count, index) => {
    const t = start + index * HOUR_MS;
    if (t < from || t >= to || count === null) return;
    const local = toLocal(t, zone);
    if (local.weekday > 5) return;
    const hour = clock === 'local' ? local.hour : new Date(t).getUTCHours();
    sums[hour] += count;
    hours[hour]++;
  });
  return sums.map((sum, hour) => sum / hours[hour]);
}

function argmax(values: number[]): number {
  return values.indexOf(Math.max(...values));
}

/** The circular shift (in hours) that best lines `after` up with `before` (by correlation). */
function bestShift(before: number[], after: number[]): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let shift = -3; shift <= 3; shift++) {
    let score = 0;
    for (let h = 0; h < 24; h++) score += before[h] * after[(h + shift + 24) % 24];
    if (score > bestScore) {
      bestScore = score;
      best = shift;
    }
  }
  return best;
}

/** UTC instant of the first hour whose offset differs from the history's first hour. */
function dstChange(series: HistorySeries, zone: string): number | null {
  const start = Date.parse(series.start);
  const offset = toLocal(start, zone).offsetMinutes;
  for (let i = 1; i < series.counts.length; i++) {
    if (toLocal(start + i * HOUR_MS, zone).offsetMinutes !== offset) return start + i * HOUR_MS;
  }
  return null;
}

describe('generateDemoScenario', () => {
  it('is a valid scenario', () => {
    const result = validateScenario(demo);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds only in the history counts', () => {
    expect(serializeScenario(generateDemoScenario())).toBe(serializeScenario(demo));
    const other = generateDemoScenario({ seed: 7 });
    expect(other.history.map((h) => h.counts)).not.toEqual(demo.history.map((h) => h.counts));
    expect({ ...other, history: [] }).toEqual({ ...demo, history: [] });
  });

  it('matches docs/examples/demo-scenario.json (regenerate with npm run docs:demo)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'demo-scenario.json'), 'utf8');
    expect(committed).toBe(serializeScenario(demo));
  });

  it('has the seller, its teams and 12 weeks of hourly history ending at the anchor', () => {
    expect(demo.marketplaces.map((m) => [m.id, m.platform, m.timeZone, m.languages.join()])).toEqual([
      ['amazon-us', 'amazon', 'America/New_York', 'en'],
      ['amazon-uk', 'amazon', 'Europe/London', 'en'],
      ['amazon-de', 'amazon', 'Europe/Berlin', 'de'],
      ['amazon-jp', 'amazon', 'Asia/Tokyo', 'ja'],
      ['shopify-us', 'shopify', 'America/Los_Angeles', 'en'],
    ]);
    expect(demo.sites.map((s) => [s.id, s.timeZone, s.currency, s.holidayCountry])).toEqual([
      ['shenzhen', 'Asia/Shanghai', 'CNY', 'CN'],
      ['manila', 'Asia/Manila', 'PHP', 'PH'],
    ]);
    expect(demo.agents.filter((a) => a.siteId === 'shenzhen')).toHaveLength(40);
    expect(demo.agents.filter((a) => a.siteId === 'manila').map((a) => a.contractHoursPerWeek)).toEqual([40, 40, 40, 40, 40, 40, 40, 20, 20, 20]);
    expect(demo.horizon).toEqual({ start: '2026-11-30', weeks: 13, mode: 'dated' });
    for (const series of demo.history) {
      expect(series.start).toBe('2026-09-07T00:00:00Z');
      expect(series.counts).toHaveLength(12 * 168);
      expect(series.classId).toBeNull();
    }
  });

  it('says what its teams are: headcount caps of the named agents, salaried full-timers on 8-hour shifts, hourly part-timers on 4 or 8 hours', () => {
    for (const site of demo.sites) {
      expect([site.id, site.minHeadcount, site.maxHeadcount]).toEqual([site.id, 0, demo.agents.filter((a) => a.siteId === site.id).length]);
      // the site's overtime rules are the pay policy's defaults
      expect(site.overtime).toBeUndefined();
    }
    expect(demo.sites.map((s) => [s.id, s.maxHeadcount])).toEqual([
      ['shenzhen', 40],
      ['manila', 10],
    ]);
    const terms = (siteId: string) =>
      demo.agents.filter((a) => a.siteId === siteId).map((a) => [a.contractHoursPerWeek, a.payBasis, a.shiftTemplateIds, a.hourlyRate, a.maxDaysPerWeek]);
    expect(new Set(terms('shenzhen').map((t) => JSON.stringify(t)))).toEqual(new Set([JSON.stringify([40, 'salaried', ['shenzhen-8h'], undefined, undefined])]));
    expect(terms('manila')).toEqual([
      ...Array.from({ length: 7 }, () => [40, 'salaried', ['manila-8h'], undefined, undefined]),
      ...Array.from({ length: 3 }, () => [20, 'hourly', ['manila-4h', 'manila-8h'], undefined, undefined]),
    ]);
    const templateIds = new Set(demo.shiftTemplates.map((t) => t.id));
    for (const agent of demo.agents) for (const id of agent.shiftTemplateIds ?? []) expect(templateIds.has(id)).toBe(true);
  });

  it('has weekly volumes near each marketplace\'s target outside the Black Friday weeks', () => {
    const friday = Date.parse(`${blackFriday(2026)}T00:00:00Z`);
    for (const m of DEMO_MARKETPLACES) {
      const series = seriesOf(demo, m.id);
      const start = Date.parse(series.start);
      // the first 10 weeks end before the deal days start (Black Friday 27 Nov − 4 days)
      const weeks = 10;
      expect(start + weeks * 168 * HOUR_MS).toBeLessThan(friday - 5 * 24 * HOUR_MS);
      const total = series.counts.slice(0, weeks * 168).reduce<number>((sum, count) => sum + (count ?? 0), 0);
      expect(total / weeks / m.weeklyVolume).toBeGreaterThan(0.95);
      expect(total / weeks / m.weeklyVolume).toBeLessThan(1.05);
    }
  });

  it('peaks in the buyers\' local afternoon/evening on both sides of their DST change, the UTC peak moving by the change', () => {
    const expectedShift: Record<string, number> = { 'amazon-us': 1, 'amazon-uk': 1, 'amazon-de': 1, 'shopify-us': 1 };
    for (const m of demo.marketplaces) {
      const series = seriesOf(demo, m.id);
      const start = Date.parse(series.start);
      const end = start + series.counts.length * HOUR_MS;
      const change = dstChange(series, m.timeZone);
      if (m.id === 'amazon-jp') {
        // Tokyo keeps one offset all year
        expect(change).toBeNull();
        expect(argmax(weekdayProfile(series, m.timeZone, start, end, 'local'))).toBeGreaterThanOrEqual(14);
        expect(argmax(weekdayProfile(series, m.timeZone, start, end, 'local'))).toBeLessThanOrEqual(21);
        continue;
      }
      expect(change).not.toBeNull();
      const before = { local: weekdayProfile(series, m.timeZone, start, change as number, 'local'), utc: weekdayProfile(series, m.timeZone, start, change as number, 'utc') };
      const after = { local: weekdayProfile(series, m.timeZone, change as number, end, 'local'), utc: weekdayProfile(series, m.timeZone, change as number, end, 'utc') };
      for (const side of [before, after]) {
        expect(argmax(side.local)).toBeGreaterThanOrEqual(14);
        expect(argmax(side.local)).toBeLessThanOrEqual(21);
        // and the quiet night really is quiet: 03:00 local under a quarter of the peak
        expect(side.local[3]).toBeLessThan(Math.max(...side.local) / 4);
      }
      // local shape unchanged by the clock change; in UTC the whole day moves one hour later
      expect(bestShift(before.local, after.local)).toBe(0);
      expect(bestShift(before.utc, after.utc)).toBe(expectedShift[m.id]);
    }
  });

  it('lifts Black Friday and the Saturday after it above the same days two weeks earlier', () => {
    const series = seriesOf(demo, 'amazon-us');
    const start = Date.parse(series.start);
    const dayTotal = (date: string) =>
      series.counts.reduce<number>((sum, count, index) => (toLocal(start + index * HOUR_MS, 'America/New_York').date === date ? sum + (count ?? 0) : sum), 0);
    // (Sunday 29 Nov is cut short in New York: the history ends at midnight UTC)
    for (const date of ['2026-11-27', '2026-11-28']) {
      expect(dayTotal(date) / dayTotal(addDays(date, -14))).toBeGreaterThan(1.5);
    }
  });

  it('holds Cyber Monday, the Christmas shopping weeks and Chinese New Year in the horizon, and Prime Day in July outside it', () => {
    const horizonEnd = addDays('2026-11-30', 13 * 7 - 1);
    const springFestival = publicHolidays('CN', 2027).filter((h) => h.name === 'Spring Festival').map((h) => h.date);
    const cny = demo.events.find((e) => e.id === 'chinese-new-year');
    expect(cny).toMatchObject({ kind: 'holiday', start: springFestival[0], end: springFestival[springFestival.length - 1], siteIds: ['shenzhen'], availabilityCap: 0.2 });
    expect(cny && cny.start >= '2026-11-30' && cny.end <= horizonEnd).toBe(true);
    // Black Friday (27 Nov) to Cyber Monday (30 Nov, the horizon's first day): learned from the history
    const cyber = demo.events.find((e) => e.id === 'black-friday-cyber-monday-2026');
    expect(cyber).toMatchObject({ kind: 'peak', start: '2026-11-27', end: '2026-11-30', marketplaceIds: demo.marketplaces.map((m) => m.id) });
    expect(cyber?.volumeMultiplier).toBeUndefined();
    const christmas = demo.events.find((e) => e.id === 'christmas-shopping-2026');
    expect(christmas).toMatchObject({ kind: 'peak', start: '2026-12-01', end: '2026-12-23', volumeMultiplier: 1.42, marketplaceIds: ['amazon-us', 'amazon-uk', 'amazon-de', 'shopify-us'] });
    const prime = demo.events.find((e) => e.id === 'prime-day');
    expect(prime).toMatchObject({ kind: 'peak', marketplaceIds: ['amazon-us', 'amazon-uk', 'amazon-de', 'amazon-jp'] });
    expect(prime && [prime.start, prime.end]).toEqual(['2027-07-13', '2027-07-14']);
    expect(prime && prime.start > horizonEnd).toBe(true);
    expect(demo.events.map((e) => e.id)).toEqual(['black-friday-cyber-monday-2026', 'christmas-shopping-2026', 'chinese-new-year', 'prime-day']);
  });

  it('can be staffed: every buyer language has speakers, English at both sites, German and Japanese with hours for round-the-clock cover', () => {
    const speakers = (language: string) => demo.agents.filter((a) => a.languages.includes(language));
    for (const m of demo.marketplaces) for (const language of m.languages) expect(speakers(language).length).toBeGreaterThanOrEqual(8);
    // urgent English needs around-the-clock cover: two sites speak it
    expect(new Set(speakers('en').map((a) => a.siteId))).toEqual(new Set(['shenzhen', 'manila']));
    // enough German and Japanese contract hours for one person on duty around the clock
    for (const language of ['de', 'ja']) {
      expect(speakers(language).reduce((sum, a) => sum + a.contractHoursPerWeek, 0)).toBeGreaterThanOrEqual(168 * 1.5);
    }
  });

  it('rejects an anchor that is not a Monday', () => {
    expect(() => generateDemoScenario({ anchor: '2026-12-01' })).toThrow('the demo anchor must be a Monday YYYY-MM-DD, not "2026-12-01"');
  });

  it('moves the events with another anchor', () => {
    const later = generateDemoScenario({ anchor: '2027-11-29', historyWeeks: 2 });
    expect(later.history[0].counts).toHaveLength(2 * 168);
    expect(later.history[0].start).toBe('2027-11-15T00:00:00Z');
    const cny = later.events.find((e) => e.id === 'chinese-new-year');
    const springFestival2028 = publicHolidays('CN', 2028).filter((h) => h.name === 'Spring Festival').map((h) => h.date);
    expect(cny?.start).toBe(springFestival2028[0]);
    expect(validateScenario(later).ok).toBe(true);
  });
});
