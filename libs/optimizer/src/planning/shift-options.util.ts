import { HOUR_MS, addDays, isoWeekday, localToUtc, toLocal } from '@app/domain';
import type { Site, ShiftTemplate } from '@app/domain';
import type { GridSpec, ShiftOption } from './planning-problem.types';

/**
 * Every way one agent can start a shift at a site inside the grid: each template, each allowed
 * local start time, each local date whose weekday the template allows. Start times are placed
 * on the site's own clock (luxon, DST-correct: a 09:00 Berlin start is 08:00 UTC in winter and
 * 07:00 UTC in summer); `lengthHours` is elapsed time on duty.
 *
 * Dated grids also take shifts that started before hour 0 or end after the last hour, charged
 * only for their hours inside the grid; cyclic grids take shifts starting inside the week and
 * wrap their end around to its start.
 */
export function siteShiftOptions(
  site: Site,
  siteIndex: number,
  templates: readonly ShiftTemplate[],
  grid: GridSpec,
  hourlyRate: readonly number[],
  firstIndex: number,
): ShiftOption[] {
  const gridEnd = grid.startUtcMs + grid.hours * HOUR_MS;
  const longest = Math.max(0, ...templates.map((t) => t.lengthHours));
  const firstDate = toLocal(grid.startUtcMs - longest * HOUR_MS, site.timeZone).date;
  const lastDate = toLocal(gridEnd, site.timeZone).date;
  const options: ShiftOption[] = [];
  const seen = new Set<string>();
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    for (const template of templates) {
      if (!template.days.includes(weekday as never)) continue;
      for (const localStart of template.startTimes) {
        const startUtcMs = localToUtc(date, localStart, site.timeZone);
        const endUtcMs = startUtcMs + template.lengthHours * HOUR_MS;
        const inside =
          grid.mode === 'cyclic' ? startUtcMs >= grid.startUtcMs && startUtcMs < gridEnd : startUtcMs < gridEnd && endUtcMs > grid.startUtcMs;
        // a start inside a spring-forward gap moves to the same instant as the next hour's start
        const key = `${template.id}@${startUtcMs}`;
        if (!inside || seen.has(key)) continue;
        seen.add(key);
        const { coverHours, coverShares } = coverage(startUtcMs, endUtcMs, grid);
        if (!coverHours.length) continue;
        const paidShare = template.lengthHours > 0 ? template.paidHours / template.lengthHours : 0;
        let cost = 0;
        coverHours.forEach((h, i) => (cost += coverShares[i] * hourlyRate[h] * paidShare));
        options.push({
          index: firstIndex + options.length,
          siteIndex,
          templateId: template.id,
          date,
          localStart,
          startUtcMs,
          endUtcMs,
          paidHours: template.paidHours,
          lengthHours: template.lengthHours,
          coverHours,
          coverShares,
          cost,
          groupIndex: -1,
          dayIndex: -1,
          week: 0,
        });
      }
    }
  }
  return options;
}

/** Grid hours overlapped by [start, end) with the share of each hour, wrapped in cyclic grids. */
function coverage(startUtcMs: number, endUtcMs: number, grid: GridSpec): { coverHours: number[]; coverShares: number[] } {
  const coverHours: number[] = [];
  const coverShares: number[] = [];
  const first = Math.floor((startUtcMs - grid.startUtcMs) / HOUR_MS);
  const last = Math.ceil((endUtcMs - grid.startUtcMs) / HOUR_MS) - 1;
  for (let h = first; h <= last; h++) {
    const hourStart = grid.startUtcMs + h * HOUR_MS;
    const overlap = Math.min(endUtcMs, hourStart + HOUR_MS) - Math.max(startUtcMs, hourStart);
    if (overlap <= 0) continue;
    let index = h;
    if (grid.mode === 'cyclic') index = ((h % grid.hours) + grid.hours) % grid.hours;
    else if (h < 0 || h >= grid.hours) continue;
    const existing = coverHours.indexOf(index);
    if (existing >= 0) coverShares[existing] += overlap / HOUR_MS;
    else {
      coverHours.push(index);
      coverShares.push(overlap / HOUR_MS);
    }
  }
  return { coverHours, coverShares };
}
