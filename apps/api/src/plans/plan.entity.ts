import type { ScenarioFile } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import type { RotaCheck } from '@app/scenarios/adapters/team-plan.adapter';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The planner's result as stored, with the check of the named rota the plan job built. Plans
 * stored before payroll, staffing gaps and the rota check were reported lack those fields
 * (plan.dto.ts reads them as empty).
 */
export type StoredPlanResult = PlanResult & {
  rotaCheck?: RotaCheck | null;
  /** The stored plan whose closing backlog this window opened with (null: none; absent: stored before windows). */
  openingBacklogFrom?: string | null;
};

/**
 * One planning run: the request, the planning setup it was solved for (without history, so the
 * plan can be simulated and turned into a rota after the setup changes), and the planner's
 * result. The headline figures are columns too, for lists without reading the result.
 */
@Entity('plan')
@Index('ix_plan_created_at', ['createdAt'])
export class PlanEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'job_id', nullable: true })
  jobId: string | null;

  /** 'running' | 'failed' | 'cancelled', or the planner's status: 'optimal' | 'feasible' | 'infeasible' | 'timedout' … */
  @Column('varchar')
  status: string;

  /** The planner's one-sentence answer (why there is no plan, when infeasible). */
  @Column('text', { nullable: true })
  message: string | null;

  /** Why the run failed. */
  @Column('text', { nullable: true })
  error: string | null;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'finished_at', nullable: true })
  finishedAt: string | null;

  /** The forecast whose arrivals were planned for (a run that may since have been deleted). */
  @Column('varchar', { name: 'forecast_id', nullable: true })
  forecastId: string | null;

  @Column('varchar', { name: 'scenario_name' })
  scenarioName: string;

  @Column('varchar')
  solver: string;

  @Column('double precision', { name: 'time_limit_seconds' })
  timeLimitSeconds: number;

  @Column('double precision', { name: 'mip_gap', nullable: true })
  mipGap: number | null;

  @Column('varchar', { name: 'grid_start_utc' })
  gridStartUtc: string;

  @Column('integer', { name: 'grid_hours' })
  gridHours: number;

  /** 'dated' | 'cyclic' */
  @Column('varchar', { name: 'grid_mode' })
  gridMode: string;

  @Column('varchar', { name: 'reporting_currency' })
  reportingCurrency: string;

  @Column('double precision', { name: 'total_cost', nullable: true })
  totalCost: number | null;

  @Column('double precision', { name: 'cost_per_message', nullable: true })
  costPerMessage: number | null;

  @Column('double precision', { name: 'sla_attainment', nullable: true })
  slaAttainment: number | null;

  @Column('double precision', { name: 'lp_bound', nullable: true })
  lpBound: number | null;

  @Column('double precision', { nullable: true })
  gap: number | null;

  @Column('double precision', { name: 'solve_seconds', nullable: true })
  solveSeconds: number | null;

  /** The planning setup, history left out. */
  @Column('simple-json')
  scenario: ScenarioFile;

  @Column('simple-json', { nullable: true })
  result: StoredPlanResult | null;
}
