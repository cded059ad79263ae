import { toSpreadsheetSafeCsv } from '@app/domain';
import type { RotaAssignment, RotaDispatch } from './rota.types';
import { shiftDispatch } from './shift-dispatch.util';

export const ROTA_CSV_COLUMNS = [
  'agent',
  'agent_id',
  'date',
  'start',
  'end',
  'site',
  'marketplaces',
  'end_date',
  'time_zone',
  'template',
  'paid_hours',
  'languages',
  'night',
  'weekend',
  'holiday',
  'pinned',
  'dispatch',
] as const;

/**
 * The rota as CSV, one row per agent and shift, site-local dates and times (the end date is
 * given apart for shifts that run past midnight); marketplaces and languages "|"-separated;
 * `dispatch` is the plan's rule during the shift ("08:00–12:00 Amazon DE urgent → …; 12:00–…"),
 * empty without one.
 */
export function rotaToCsv(assignments: RotaAssignment[], dispatch?: RotaDispatch): string {
  const rows = [...assignments]
    .sort((a, b) => a.siteId.localeCompare(b.siteId) || a.startUtc.localeCompare(b.startUtc) || a.agentName.localeCompare(b.agentName))
    .map((row) => [
      row.agentName,
      row.agentId,
      row.date,
      row.localStart,
      row.localEnd,
      row.siteName,
      row.marketplaceIds.join('|'),
      row.endDate,
      row.timeZone,
      row.templateId,
      row.paidHours,
      row.languages.join('|'),
      row.night ? 'yes' : 'no',
      row.weekend ? 'yes' : 'no',
      row.holiday ?? '',
      row.pinned ? 'yes' : 'no',
      shiftDispatch(row, dispatch).join('; '),
    ]);
  return toSpreadsheetSafeCsv(rows, { header: true, columns: [...ROTA_CSV_COLUMNS] });
}
