import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ScenarioComparison } from '@app/scenarios';

/** A stored comparison of 2–6 scenario definitions: what was asked, and the last run's result. */
@Entity('comparison')
export class ComparisonEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('simple-json', { name: 'scenario_ids' })
  scenarioIds: string[];

  @Column('integer', { nullable: true })
  weeks: number | null;

  @Column('integer', { nullable: true })
  replications: number | null;

  @Column('double precision', { name: 'time_limit_seconds', nullable: true })
  timeLimitSeconds: number | null;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  /** When the stored result was computed (a re-run replaces it). */
  @Column('varchar', { name: 'ran_at' })
  ranAt: string;

  @Column('integer')
  runs: number;

  @Column('simple-json')
  result: ScenarioComparison;
}
