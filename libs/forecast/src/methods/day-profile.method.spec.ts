import { dayProfileForecast, historyDays, intradayProfiles, pooledProfiles, sharedProfile, shrinkProfiles, smoothedLevel, weekdayFactors, workingWeekdays } from './day-profile.method';
import type { MethodInput } from './method.types';

/** Hour-of-week and hour-of-day indices of `hours` hours from a Monday 00:00. */
function clock(hours: number): { hourOfWeek: Uint8Array; hourOfDay: Uint8Array } {
  const hourOfWeek = new Uint8Array(hours);
  const hourOfDay = new Uint8Array(hours);
  for (let t = 0; t < hours; t++) {
    hourOfWeek[t] = t % 168;
    hourOfDay[t] = t % 24;
  }
  return { hourOfWeek, hourOfDay };
}

const day = (weekday: number, total: number, start = 0) => ({ weekday, start, end: start + 24, total });

describe('day-profile method', () => {
  it('weekday factors: each weekday’s mean total over the mean of the weekday means', () => {
    // Mondays 200 and 220, Tuesdays 100: means 210 and 100, their mean 155
    const factors = weekdayFactors([day(0, 200, 0), day(1, 100, 24), day(0, 220, 168), day(1, 100, 192)]);
    expect(factors[0]).toBeCloseTo(210 / 155, 12);
    expect(factors[1]).toBeCloseTo(100 / 155, 12);
    expect(factors[2]).toBe(1); // never seen: no information
  });

  it('level: exponential smoothing of the weekday-adjusted totals from the first week’s mean', () => {
    const factors = new Float64Array([4 / 3, 2 / 3, 1, 1, 1, 1, 1]);
    // adjusted totals 150, 150, 195; start (150 + 150 + 195) / 3 = 165
    // 0.5·150 + 0.5·165 = 157.5 → 0.5·150 + 0.5·157.5 = 153.75 → 0.5·195 + 0.5·153.75 = 174.375
    expect(smoothedLevel([day(0, 200), day(1, 100), day(0, 260)], factors, 0.5)).toBeCloseTo(174.375, 10);
  });

  it('profile: each day’s hourly shares, a day a week older weighing 0.5^(1/4)', () => {
    const history = new Float64Array(192);
    history[0] = 30; // Monday of week 1: 75 % of its 40 calls in hour 0
    history[1] = 10;
    history[168] = 10; // Monday of week 2: 25 % in hour 0
    history[169] = 30;
    const { hourOfDay } = clock(192);
    const profiles = intradayProfiles(history, hourOfDay, [day(0, 40, 0), day(0, 40, 168)]);
    const older = 0.5 ** 0.25;
    expect(profiles[0][0]).toBeCloseTo((older * 0.75 + 0.25) / (older + 1), 12);
    expect(profiles[0][1]).toBeCloseTo((older * 0.25 + 0.75) / (older + 1), 12);
    expect(profiles[0][2]).toBe(0);
  });

  it('a day is complete when its open hours are known: closed hours do not count, a gap does', () => {
    const history = new Float64Array(168 + 48).fill(Number.NaN);
    // Mondays and Tuesdays open 08–18, the rest of the week closed
    for (const dayStart of [0, 24, 168, 192]) for (let t = dayStart + 8; t < dayStart + 18; t++) history[t] = 5;
    history[192 + 16] = Number.NaN; // the second Tuesday misses 16:00, which the first one had
    const { hourOfWeek } = clock(168 + 48);
    const days = historyDays(history, hourOfWeek, 168 + 48);
    expect(days.map((entry) => entry.total)).toEqual([50, 50, 0, 0, 0, 0, 0, 50, Number.NaN]);
  });

  it('forecasts level × weekday factor × profile: three weeks of 240-call weekdays, 120-call weekends', () => {
    const hours = 3 * 168 + 48;
    const { hourOfWeek, hourOfDay } = clock(hours);
    const history = new Float64Array(3 * 168);
    for (let t = 0; t < history.length; t++) {
      const weekend = hourOfWeek[t] >= 120;
      history[t] = hourOfDay[t] < 12 ? (weekend ? 2 : 4) : weekend ? 8 : 16; // totals 240 / 120
    }
    const input: MethodInput = { history, hourOfWeek, hourOfDay, steps: 48, targetHorizon: 48 };
    const forecast = dayProfileForecast(input);
    // level (5·240 + 2·120)/7 · factor 240/level = 240 on Monday: 4 an hour before noon, 16 after
    expect(forecast[0]).toBeCloseTo(4, 10);
    expect(forecast[12]).toBeCloseTo(16, 10);
    expect(forecast[47]).toBeCloseTo(16, 10);
  });

  it('follows a step in the level that the weekly profile of old weeks would miss', () => {
    const weeks = 6;
    const { hourOfWeek, hourOfDay } = clock(weeks * 168 + 24);
    const history = new Float64Array(weeks * 168);
    // flat 10 an hour, then 20 an hour for the last two weeks
    for (let t = 0; t < history.length; t++) history[t] = t >= (weeks - 2) * 168 ? 20 : 10;
    const forecast = dayProfileForecast({ history, hourOfWeek, hourOfDay, steps: 24, targetHorizon: 24 });
    expect(forecast[0]).toBeGreaterThan(18);
    expect(forecast[0]).toBeLessThanOrEqual(20);
  });

  describe('profiles pooled across working weekdays', () => {
    it('working weekdays: at least half the busiest weekday’s volume', () => {
      // busiest 1.2: 0.6 and more is a working day, the 0.5 weekend is not
      expect(workingWeekdays(new Float64Array([1.2, 1.2, 1.1, 0.6, 1.2, 0.5, 0.5]))).toEqual([true, true, true, true, true, false, false]);
    });

    it('the shared profile is the working weekdays’ mean; a weight of 0.5 goes half way to it, rest days keep theirs', () => {
      const monday = new Float64Array(24);
      monday[0] = 0.75;
      monday[1] = 0.25;
      const tuesday = new Float64Array(24);
      tuesday[0] = 0.25;
      tuesday[1] = 0.75;
      const sunday = new Float64Array(24);
      sunday[12] = 1;
      const profiles = [monday, tuesday, ...Array.from({ length: 4 }, () => new Float64Array(24)), sunday];
      const working = [true, true, false, false, false, false, false];
      expect(Array.from(sharedProfile(profiles, working).subarray(0, 2))).toEqual([0.5, 0.5]);
      const shrunk = shrinkProfiles(profiles, working, 0.5);
      expect(Array.from(shrunk[0].subarray(0, 2))).toEqual([0.625, 0.375]);
      expect(Array.from(shrunk[1].subarray(0, 2))).toEqual([0.375, 0.625]);
      expect(shrunk[6][12]).toBe(1);
    });

    /**
     * Eight weeks; Monday–Thursday 100 calls in hour 0 or hour 1, Friday–Sunday 10 calls at
     * noon (rest days). `hourOf(weekday, week)` says which hour a working day's calls come in.
     */
    function eightWeeks(hourOf: (weekday: number, week: number) => number) {
      const hours = 8 * 168;
      const { hourOfWeek, hourOfDay } = clock(hours + 24);
      const history = new Float64Array(hours);
      for (let week = 0; week < 8; week++) {
        for (let weekday = 0; weekday < 7; weekday++) {
          const start = week * 168 + weekday * 24;
          if (weekday < 4) history[start + hourOf(weekday, week)] = 100;
          else history[start + 12] = 10;
        }
      }
      const complete = historyDays(history, hourOfWeek, hours);
      return { history, hourOfWeek, hourOfDay, complete, factors: weekdayFactors(complete) };
    }

    it('keeps each weekday’s own shape when the weekdays really differ (weight 0)', () => {
      // Mondays and Wednesdays always at 00:00, Tuesdays and Thursdays always at 01:00
      const { history, hourOfDay, complete, factors } = eightWeeks((weekday) => weekday % 2);
      const profiles = pooledProfiles(history, hourOfDay, complete, factors);
      expect(profiles[0][0]).toBe(1);
      expect(profiles[1][1]).toBe(1);
      expect(profiles[6][12]).toBe(1);
    });

    it('takes the shared shape when a weekday’s own past misleads (weight 1)', () => {
      // the hour flips every week, Mondays and Wednesdays one way, Tuesdays and Thursdays the
      // other: a weekday's own recent weeks point the wrong way, the four together say 50 / 50
      const { history, hourOfWeek, hourOfDay, complete, factors } = eightWeeks((weekday, week) => (weekday + week) % 2);
      const profiles = pooledProfiles(history, hourOfDay, complete, factors);
      expect(profiles[0][0]).toBeCloseTo(0.5, 12);
      expect(profiles[0][1]).toBeCloseTo(0.5, 12);
      expect(profiles[6][12]).toBe(1); // a rest day keeps its own shape
      // next Monday: 100 calls (level × Monday's factor) shared 50 / 50 between 00:00 and 01:00
      const forecast = dayProfileForecast({ history, hourOfWeek, hourOfDay, steps: 24, targetHorizon: 24 });
      expect(forecast[0]).toBeCloseTo(50, 10);
      expect(forecast[1]).toBeCloseTo(50, 10);
    });
  });
});
