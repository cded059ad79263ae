import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The M4 Hourly files sit beside the repository: ../shared/data/m4-hourly from its root. */
export const M4_HOURLY_DIR = join(__dirname, '..', '..', '..', 'shared', 'data', 'm4-hourly');
export const M4_HORIZON = 48;

export interface M4Series {
  id: string;
  training: number[];
  test: number[];
}

/** Rows "id","v1",… padded with empty cells (series have 700 or 960 training values). */
function readRows(file: string): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split(',').map((cell) => cell.replace(/"/g, '').trim());
    rows.set(cells[0], cells.slice(1).filter((cell) => cell !== '').map(Number));
  }
  return rows;
}

export function loadM4Hourly(dir = M4_HOURLY_DIR): M4Series[] {
  const training = readRows(join(dir, 'Hourly-train.csv'));
  const test = readRows(join(dir, 'Hourly-test.csv'));
  return [...training].map(([id, values]) => {
    const future = test.get(id);
    if (!future || future.length !== M4_HORIZON) throw new Error(`M4 ${id}: test row missing or not ${M4_HORIZON} long`);
    return { id, training: values, test: future };
  });
}
