import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';

/** A planner bench instance as stored in bench/instances. */
export interface BenchInstance {
  scenario: ScenarioFile;
  grid: HourGrid;
  arrivals: QueueArrivals[];
  openingBacklog?: QueueArrivals[];
}

/** The planner bench's W1: three sites, 106 named agents in groups by languages and contract, one week. */
export function benchW1(): BenchInstance {
  return JSON.parse(readFileSync(join(__dirname, '../../../../bench/instances/w1.json'), 'utf8')) as BenchInstance;
}
