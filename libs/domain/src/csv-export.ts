import { stringify, type Options } from 'csv-stringify/sync';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection):
 * `=HYPERLINK(...)` in an agent's name would otherwise run when finance opens the rota.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3.5", "+2e3") is data, not a formula: it keeps its sign so sheets still read it as a number. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The cell as a spreadsheet shows it but never evaluates it: a leading quote where the text could start a formula. */
export function spreadsheetSafeCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** csv-stringify with every text cell made spreadsheet-safe: the one way the product writes CSV. */
export function toSpreadsheetSafeCsv(records: unknown[], options: Options = {}): string {
  return stringify(records, { ...options, cast: { ...options.cast, string: (value) => spreadsheetSafeCell(value) } });
}
