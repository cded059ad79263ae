import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { JobProgressEvent, JobStatus, JobSubject } from './job.types';

/**
 * One background job of any kind, from queued to finished: what it was started with, every
 * progress event, its result or error. The API and any worker process read and write the same row.
 */
@Entity('job')
@Index('ix_job_created_at', ['createdAt'])
@Index('ix_job_status', ['status'])
export class JobEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  kind: string;

  @Column('varchar')
  status: JobStatus;

  /** Who started it: the signed-in user's email, 'schedule' (the nightly refresh), 'api' (a request outside sign-in) … */
  @Column('varchar', { name: 'started_by' })
  startedBy: string;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'started_at', nullable: true })
  startedAt: string | null;

  @Column('varchar', { name: 'finished_at', nullable: true })
  finishedAt: string | null;

  /** How many times a process has taken it up (a retry after a worker died is the second). */
  @Column('integer', { default: 0 })
  attempts: number;

  /** The process that took it up last (host:pid). */
  @Column('varchar', { nullable: true })
  worker: string | null;

  @Column('simple-json', { nullable: true })
  input: unknown;

  /** The stored rows whose run this job is (a plan, its forecast …): closed with the job when it fails or is cancelled. */
  @Column('simple-json')
  subjects: JobSubject[];

  @Column('simple-json')
  events: JobProgressEvent[];

  @Column('simple-json', { nullable: true })
  result: unknown;

  @Column('text', { nullable: true })
  error: string | null;
}
