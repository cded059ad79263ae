import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { RotaAssignment, RotaDispatch } from './rota.types';
import { shiftDispatch } from './shift-dispatch.util';
import { buildVtimezone } from './vtimezone.util';

export interface RotaCalendarFile {
  /** Agent or site id the calendar belongs to. */
  ownerId: string;
  /** Safe file name, e.g. "agent-a-12.ics". */
  fileName: string;
  ics: string;
}

export interface RotaIcsOptions {
  /** DTSTAMP of every event (ISO instant), so the same rota exports byte-identical files. */
  generatedAt: string;
  /** The plan's dispatch rule: each event says what to work, in order. */
  dispatch?: RotaDispatch;
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/**
 * One calendar of a set of shifts, events in the site's zone (DTSTART;TZID=Asia/Shanghai:…)
 * with a VTIMEZONE for it, so calendar apps show the site's local times on both sides of a
 * DST change. UIDs are stable (agent, site, date, start) so re-imports update, not duplicate.
 */
function calendarOf(name: string, rows: RotaAssignment[], options: RotaIcsOptions): string {
  const zones = [...new Set(rows.map((row) => row.timeZone))];
  const years = rows.map((row) => Number(row.date.slice(0, 4)));
  const fromYear = years.length ? Math.min(...years) : DateTime.fromISO(options.generatedAt, { zone: 'utc' }).year;
  const toYear = years.length ? Math.max(...years) + 1 : fromYear + 1;
  const calendar = ical({
    name,
    prodId: { company: 'followsun', product: 'rota', language: 'EN' },
    timezone: zones.length === 1 ? { name: zones[0], generator: (zone) => buildVtimezone(zone, fromYear, toYear) } : null,
  });
  const stamp = DateTime.fromISO(options.generatedAt, { zone: 'utc' });
  for (const row of [...rows].sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.agentId.localeCompare(b.agentId))) {
    const details = [
      `Site: ${row.siteName} (${row.timeZone})`,
      `Shift: ${row.templateId}, ${row.paidHours} paid hours`,
      row.marketplaceIds.length ? `Marketplaces: ${row.marketplaceIds.join(', ')}` : '',
      row.languages.length ? `Languages required: ${row.languages.join(', ')}` : '',
      row.holiday ? `Public holiday / event: ${row.holiday}` : '',
      ...dispatchLines(row, options.dispatch),
    ].filter(Boolean);
    calendar.createEvent({
      id: `${row.agentId}-${row.siteId}-${row.date}-${row.localStart.replace(':', '')}@followsun`,
      start: DateTime.fromISO(row.startUtc, { zone: row.timeZone }),
      end: DateTime.fromISO(row.endUtc, { zone: row.timeZone }),
      timezone: row.timeZone,
      stamp,
      summary: `${row.agentName} — ${row.siteName} ${row.localStart}–${row.localEnd}`,
      description: details.join('\n'),
      location: row.siteName,
    });
  }
  // ical-generator writes DTSTAMP in the calendar's zone without "Z"; RFC 5545 wants UTC
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp.toFormat("yyyyLLdd'T'HHmmss")}Z`);
}

/** One .ics per agent with all their shifts. */
export function rotaIcsByAgent(assignments: RotaAssignment[], options: RotaIcsOptions): RotaCalendarFile[] {
  const byAgent = groupBy(assignments, (row) => row.agentId);
  return [...byAgent].map(([agentId, rows]) => ({
    ownerId: agentId,
    fileName: `agent-${safeName(agentId)}.ics`,
    ics: calendarOf(`Rota — ${rows[0].agentName}`, rows, options),
  }));
}

/** One .ics per site with every shift of its agents. */
export function rotaIcsBySite(assignments: RotaAssignment[], options: RotaIcsOptions): RotaCalendarFile[] {
  const bySite = groupBy(assignments, (row) => row.siteId);
  return [...bySite].map(([siteId, rows]) => ({
    ownerId: siteId,
    fileName: `site-${safeName(siteId)}.ics`,
    ics: calendarOf(`Rota — ${rows[0].siteName}`, rows, options),
  }));
}

function dispatchLines(row: RotaAssignment, dispatch: RotaDispatch | undefined): string[] {
  const lines = shiftDispatch(row, dispatch);
  return lines.length ? ['Work the queues in this order (oldest message first, the next queue only when the earlier ones are empty):', ...lines] : [];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => key(a).localeCompare(key(b)))) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}
