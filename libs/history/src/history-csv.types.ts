import type { HistorySeries } from '@app/domain';

/** One problem in a history CSV file. */
export interface CsvIssue {
  /** 1-based line number in the file (the header is line 1); 0 for problems of the whole file. */
  row: number;
  /** Column the problem is in, or null for a whole line or the whole file. */
  field: string | null;
  message: string;
}

export interface HistoryCsvOptions {
  /** IANA zone of timestamps written without a UTC offset; required when the file has such timestamps. */
  timeZone?: string;
  /** The marketplaces (and their class ids) rows may name. */
  marketplaces: { id: string; classIds: string[] }[];
  /** Most data rows the file may have (default MAX_HISTORY_CSV_ROWS). */
  maxRows?: number;
}

/** How the hours of one imported series were filled in, for the import report. */
export interface HistoryCsvCoverage {
  marketplaceId: string;
  classId: string | null;
  /** UTC ms of the first and last hour of the series. */
  firstUtcMs: number;
  lastUtcMs: number;
  /** Hours with at least one message (one row per message) or with a row (hourly counts). */
  hoursWithData: number;
  /** One row per message: hours of the file's span without a message, stored as 0 (a quiet hour, not a gap). */
  zeroHours: number;
  /** Hourly counts: hours between the series' first and last row that have no row, left missing (not 0). */
  missingHours: number;
}

export type HistoryCsvResult =
  | {
      ok: true;
      series: HistorySeries[];
      rows: number;
      format: HistoryCsvFormat;
      /** Per series, in the order of `series`. */
      coverage: HistoryCsvCoverage[];
      /** The treatment of the file's span in words, for the user. */
      spanNote: string;
    }
  /** `tooManyRows`: the file has more data rows than `maxRows` (and was not read further). */
  | { ok: false; errors: CsvIssue[]; tooManyRows?: { rows: number; limit: number } };

/** Which of the two accepted layouts a file has, told apart by its header. */
export type HistoryCsvFormat = 'messages' | 'hourly';
