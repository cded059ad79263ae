import type { DayClassification, DayKind } from './day-classification';
import { buildHourCalendar } from './hour-calendar';
import { restWeekdays, withoutCatchUpAfterRestDayHolidays } from './rest-day-holidays';

/** Three weeks from Monday 2025-06-02 (UTC); Sunday to Thursday busy, Friday and Saturday quiet. */
const calendar = buildHourCalendar(Date.UTC(2025, 5, 2), 21 * 24, 'UTC');
const perHour: Record<number, number> = { 1: 10, 2: 10, 3: 10, 4: 10, 5: 4, 6: 1, 7: 10 };
const values = Float64Array.from({ length: 21 * 24 }, (_, t) => perHour[calendar.weekdays[calendar.dayOfHour[t]]]);

function classification(kinds: Record<number, DayKind>): DayClassification {
  const days = calendar.dates.length;
  return {
    kinds: Array.from({ length: days }, (_, day) => kinds[day] ?? 'normal'),
    eventOf: Array.from({ length: days }, () => null),
    excluded: Array.from({ length: days }, () => false),
    eventMultiplier: Array.from({ length: days }, () => undefined),
    eventNames: new Map(),
  };
}

describe('holidays on rest days', () => {
  it('rest weekdays are those below half the busiest weekday’s volume: here Friday (40 %) and Saturday (10 %)', () => {
    expect(restWeekdays(calendar, values, classification({}), 21 * 24)).toEqual([false, false, false, false, false, true, true, false]);
  });

  it('the day after a Saturday holiday is ordinary; the day after a Wednesday holiday keeps its catch-up', () => {
    // day 5 is Saturday 2025-06-07, day 9 Wednesday 2025-06-11
    const rest = [false, false, false, false, false, true, true, false];
    const kinds = withoutCatchUpAfterRestDayHolidays(classification({ 5: 'holiday', 6: 'after-holiday', 9: 'holiday', 10: 'after-holiday' }), calendar, rest).kinds;
    expect([kinds[5], kinds[6], kinds[9], kinds[10]]).toEqual(['holiday', 'normal', 'holiday', 'after-holiday']);
  });

  it('a shop without quiet weekdays has no rest days', () => {
    const shop = Float64Array.from({ length: 21 * 24 }, () => 7);
    expect(restWeekdays(calendar, shop, classification({}), 21 * 24).some(Boolean)).toBe(false);
  });
});
