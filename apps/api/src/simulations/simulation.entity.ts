import type { SimulationResult } from '@app/simulation';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanEntity } from '../plans/plan.entity';

/** One replay of a stored plan, message by message; it goes when its plan is deleted. */
@Entity('simulation')
@Index('ix_simulation_plan', ['planId'])
export class SimulationEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'job_id', nullable: true })
  jobId: string | null;

  @Column('varchar', { name: 'plan_id' })
  planId: string;

  /** 'running' | 'succeeded' | 'failed' | 'cancelled' */
  @Column('varchar')
  status: string;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'finished_at', nullable: true })
  finishedAt: string | null;

  /** 'fluid' | 'poisson' | 'overdispersed' */
  @Column('varchar')
  mode: string;

  /** Replications run (fluid: 1). */
  @Column('integer')
  replications: number;

  @Column('integer')
  seed: number;

  /** Mean SLA attainment over the replications, once succeeded. */
  @Column('double precision', { name: 'sla_attainment', nullable: true })
  slaAttainment: number | null;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('simple-json', { nullable: true })
  result: SimulationResult | null;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
}
