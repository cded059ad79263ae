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
}

export type HistoryCsvResult = { ok: true; series: HistorySeries[]; rows: number } | { ok: false; errors: CsvIssue[] };

/** Which of the two accepted layouts a file has, told apart by its header. */
export type HistoryCsvFormat = 'messages' | 'hourly';
