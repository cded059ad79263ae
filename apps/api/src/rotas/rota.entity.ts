import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HourGrid } from '@app/domain';
import type { RotaOptions, RotaResult, RotaSummary } from '@app/roster';

/** The agents as they were when the rota was built: its grid and exports do not change when the setup does. */
export interface RotaAgentSnapshot {
  id: string;
  name: string;
  siteId: string;
  timeOff: Array<{ start: string; end: string }>;
}

export interface RotaSiteSnapshot {
  id: string;
  name: string;
  timeZone: string;
  /** The site-local dates the rota covers there (see siteWindows). */
  firstDate: string;
  lastDate: string;
}

/** What of a rota result is stored: everything but the merged duty history (the holiday_duty table is that). */
export type StoredRotaResult = Omit<RotaResult, 'holidayDutyHistory' | 'options' | 'summary' | 'status'>;

/** One named rota built from a stored plan; `result` is the roster library's answer. */
@Entity('rota')
export class RotaEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'plan_id' })
  planId: string;

  /** 'complete' | 'partial', as the roster library says. */
  @Column('varchar')
  status: string;

  /** UTC instant, ISO 8601. */
  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'published_at', nullable: true })
  publishedAt: string | null;

  /** First and last site-local date the plan's hours touch (over all sites). */
  @Column('varchar', { name: 'first_date' })
  firstDate: string;

  @Column('varchar', { name: 'last_date' })
  lastDate: string;

  /** The plan's UTC hour grid. */
  @Column('simple-json')
  grid: HourGrid;

  @Column('simple-json')
  sites: RotaSiteSnapshot[];

  /** The options the caller gave (re-used by a re-run); the resolved ones are in `resolvedOptions`. */
  @Column('simple-json', { name: 'requested_options' })
  requestedOptions: Partial<RotaOptions>;

  @Column('simple-json', { name: 'resolved_options' })
  resolvedOptions: RotaOptions;

  @Column('simple-json')
  summary: RotaSummary;

  @Column('simple-json')
  agents: RotaAgentSnapshot[];

  @Column('simple-json')
  result: StoredRotaResult;
}
