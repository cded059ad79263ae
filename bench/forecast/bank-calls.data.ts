import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The "Anonymous Bank" hourly arrivals sit beside the repository: ../shared/data/anonymous-bank-1999. */
export const BANK_DIR = join(__dirname, '..', '..', '..', 'shared', 'data', 'anonymous-bank-1999');
/** Its README: this day holds imputed fractional values, not counts. */
export const BANK_IMPUTED_DATE = '1999-05-23';

export interface BankCalls {
  /** UTC ms of the first hour: the file's wall clock read as UTC (it carries no DST marks). */
  startUtcMs: number;
  /** Calls per hour; null on the imputed day. */
  values: (number | null)[];
  /** The same with the imputed day kept, as the published reference figures were computed. */
  valuesAsPublished: number[];
}

export function loadBankCalls(dir = BANK_DIR): BankCalls {
  const lines = readFileSync(join(dir, 'calls_hourly.csv'), 'utf8').split(/\r?\n/).filter((line) => line.trim());
  if (lines[0].trim() !== 'hour_start_local,calls') throw new Error(`unexpected header in calls_hourly.csv: ${lines[0]}`);
  const rows = lines.slice(1).map((line) => line.split(','));
  const startUtcMs = Date.parse(`${rows[0][0]}:00Z`);
  rows.forEach(([stamp], index) => {
    if (Date.parse(`${stamp}:00Z`) !== startUtcMs + index * 3_600_000) throw new Error(`calls_hourly.csv row ${index + 2}: ${stamp} breaks the hourly sequence`);
  });
  const valuesAsPublished = rows.map(([, calls]) => Number(calls));
  const values = rows.map(([stamp, calls]) => (stamp.startsWith(BANK_IMPUTED_DATE) ? null : Number(calls)));
  return { startUtcMs, values, valuesAsPublished };
}
