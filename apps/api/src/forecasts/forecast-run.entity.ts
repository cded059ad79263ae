import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** How one marketplace fared in a forecast run (the engine's per-marketplace status). */
export interface StoredMarketplaceOutcome {
  marketplaceId: string;
  timeZone: string;
  country: string;
  status: 'ok' | 'no-history' | 'failed';
  message?: string;
}

/**
 * One forecast run: the hour grid it covers and how it ended. A snapshot: no foreign keys to the
 * planning setup, so re-importing a scenario leaves past forecasts readable.
 */
@Entity('forecast_run')
@Index('ix_forecast_run_created_at', ['createdAt'])
export class ForecastRunEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'job_id', nullable: true })
  jobId: string | null;

  /** 'running' | 'succeeded' | 'failed' | 'cancelled' */
  @Column('varchar')
  status: string;

  /** UTC instants, ISO 8601 (they sort as text). */
  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'finished_at', nullable: true })
  finishedAt: string | null;

  @Column('varchar', { name: 'scenario_name' })
  scenarioName: string;

  /** UTC instant of the first forecast hour. */
  @Column('varchar', { name: 'start_utc' })
  startUtc: string;

  @Column('integer')
  hours: number;

  /** The marketplaces asked for; null = all of them. */
  @Column('simple-json', { name: 'marketplace_ids', nullable: true })
  marketplaceIds: string[] | null;

  /** Filled when the run succeeds. */
  @Column('simple-json', { nullable: true })
  marketplaces: StoredMarketplaceOutcome[] | null;

  @Column('text', { nullable: true })
  error: string | null;
}
