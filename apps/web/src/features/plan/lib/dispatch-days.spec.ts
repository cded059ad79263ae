import type { DispatchRun } from '@app/domain/plan.types';
import { dispatchPatterns } from './dispatch-days';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour)).toISOString().replace('.000Z', 'Z');
const run = (fromHour: number, toHour: number, queues: string[]): DispatchRun => ({ siteId: 'manila', fromHour, toHour, fromUtc: at(fromHour), toUtc: at(toHour), queues });

describe('dispatchPatterns', () => {
  it("groups the site's days on its own clock by the rule they follow hour by hour", () => {
    // three UTC days; every Manila day (UTC+8) from 08:00 to 12:00 local works urgent first
    const runs: DispatchRun[] = [];
    for (let day = 0; day < 3; day++) {
      runs.push(run(day * 24, day * 24 + 4, ['de/urgent', 'de/standard']), run(day * 24 + 4, day * 24 + 24, ['de/standard', 'de/urgent']));
    }
    const patterns = dispatchPatterns(runs, { id: 'manila', timeZone: 'Asia/Manila' });
    // the plan's first Manila day starts at 08:00, its last ends at 08:00: two partial days and two whole ones alike
    expect(patterns.map((p) => p.dates)).toEqual([['2026-03-02'], ['2026-03-03', '2026-03-04'], ['2026-03-05']]);
    expect(patterns[1].steps.map((s) => [s.localFrom, s.localTo, s.queues[0]])).toEqual([
      ['00:00', '08:00', 'de/standard'],
      ['08:00', '12:00', 'de/urgent'],
      ['12:00', '00:00', 'de/standard'],
    ]);
    expect(dispatchPatterns(runs, { id: 'krakow', timeZone: 'Europe/Warsaw' })).toEqual([]);
  });
});
