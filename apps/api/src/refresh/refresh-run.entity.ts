import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one refresh changed for one live scenario (the full runs are live_run rows). */
export interface RefreshChange {
  scenarioId: string;
  name: string;
  liveRunId: string;
  previousLiveRunId: string | null;
  costPerMonthChange: number | null;
  slaChange: number | null;
}

/**
 * One trigger of the refresh of live scenarios: scheduled or manual, and how it ended. A
 * trigger that found another refresh running is kept too, as 'skipped'.
 */
@Entity('refresh_run')
export class RefreshRunEntity {
  @PrimaryColumn('varchar')
  id: string;

  /** 'schedule' | 'manual' */
  @Column('varchar')
  trigger: string;

  /** 'running' | 'succeeded' | 'failed' | 'cancelled' | 'skipped' */
  @Column('varchar')
  status: string;

  /** The schedule's occurrence a scheduled run is for (UTC instant). */
  @Column('varchar', { name: 'scheduled_for', nullable: true })
  scheduledFor: string | null;

  @Column('varchar', { name: 'started_at' })
  startedAt: string;

  @Column('varchar', { name: 'finished_at', nullable: true })
  finishedAt: string | null;

  @Column('varchar', { name: 'job_id', nullable: true })
  jobId: string | null;

  /** Why it failed, or what it was skipped for. */
  @Column('text', { nullable: true })
  message: string | null;

  @Column('simple-json')
  changes: RefreshChange[];
}
