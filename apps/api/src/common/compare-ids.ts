/**
 * Orders ids by code unit, the same on every database (PostgreSQL's collations and SQLite's
 * binary order disagree), so lists and exports are identical whichever one stores them.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
