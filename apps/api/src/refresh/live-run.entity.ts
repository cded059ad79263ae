import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ScenarioColumn } from '@app/scenarios';

/**
 * One live scenario as one refresh planned it, kept so the next refresh (and people) can compare
 * with it: the forecast, plan and simulation figures of the scenario's comparison column.
 */
@Entity('live_run')
@Index('ix_live_run_scenario_ran_at', ['scenarioId', 'ranAt'])
export class LiveRunEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'refresh_run_id' })
  refreshRunId: string;

  @Column('varchar', { name: 'scenario_id' })
  scenarioId: string;

  /** UTC instant of the refresh (the injected clock's). */
  @Column('varchar', { name: 'ran_at' })
  ranAt: string;

  /** First date of the planned horizon (the day after the refresh). */
  @Column('varchar', { name: 'horizon_start' })
  horizonStart: string;

  @Column('simple-json', { name: 'figures' })
  column: ScenarioColumn;
}
