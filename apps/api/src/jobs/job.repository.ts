import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ForecastRunEntity } from '../forecasts/forecast-run.entity';
import { PlanEntity } from '../plans/plan.entity';
import { SimulationEntity } from '../simulations/simulation.entity';
import { JobEntity } from './job.entity';
import type { JobProgressEvent, JobStatus, JobSubject } from './job.types';

const SUBJECT_TABLES = { plan: PlanEntity, forecast: ForecastRunEntity, simulation: SimulationEntity } as const;

/** Every column but the input, events and result: enough for lists. */
const LIST_COLUMNS: (keyof JobEntity)[] = ['id', 'kind', 'status', 'startedBy', 'createdAt', 'startedAt', 'finishedAt', 'attempts', 'worker', 'error'];

const PROGRESS_COLUMNS: (keyof JobEntity)[] = [...LIST_COLUMNS, 'events', 'result'];

@Injectable()
export class JobRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async insert(row: JobEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(JobEntity).insert(row as never);
    });
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<JobEntity | null> {
    return tx.getRepository(JobEntity).findOneBy({ id });
  }

  /**
   * What a job's event stream reads each time it looks (every second while the job waits or
   * runs): everything but the input, which for a plan holds its whole setup and arrivals.
   */
  progressOf(id: string, tx: Transaction = this.transactions.default): Promise<JobEntity | null> {
    return tx.getRepository(JobEntity).findOne({ select: PROGRESS_COLUMNS, where: { id } });
  }

  /** Newest first, without input, events and result. */
  list(limit: number, tx: Transaction = this.transactions.default): Promise<JobEntity[]> {
    return tx.getRepository(JobEntity).find({ select: LIST_COLUMNS, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  /** The progress events of the given jobs, by id (for lists, which leave events out). */
  async eventsOf(ids: string[], tx: Transaction = this.transactions.default): Promise<Map<string, JobProgressEvent[]>> {
    if (ids.length === 0) return new Map();
    const rows = await tx.getRepository(JobEntity).find({ select: ['id', 'events'], where: { id: In(ids) } });
    return new Map(rows.map((row) => [row.id, row.events]));
  }

  /** Jobs not finished (for the embedded runner to take up again after a restart), oldest first. */
  unfinished(tx: Transaction = this.transactions.default): Promise<JobEntity[]> {
    return tx.getRepository(JobEntity).find({ select: LIST_COLUMNS, where: { status: In(['queued', 'running']) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Takes the job up as attempt `attempt` (the one after `previous`): only one process can, and
   * never a finished job. False when another took it or it has finished.
   */
  async claim(id: string, previous: number, worker: string, now: string, events: JobProgressEvent[], tx?: Transaction): Promise<boolean> {
    return this.transactions.within(tx, async (transaction) => {
      const result = await transaction
        .getRepository(JobEntity)
        .createQueryBuilder()
        .update()
        .set({ status: 'running', attempts: previous + 1, worker, events: events as never, startedAt: () => `COALESCE(started_at, '${now}')` })
        .where('id = :id AND attempts = :previous AND status IN (:...open)', { id, previous, open: ['queued', 'running'] })
        .execute();
      return (result.affected ?? 0) > 0;
    });
  }

  /** Records progress of the attempt that holds the job. */
  async saveEvents(id: string, attempt: number, events: JobProgressEvent[], tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(JobEntity).update({ id, attempts: attempt, status: 'running' }, { events: events as never });
    });
  }

  /** Ends the attempt that holds the job, unless it was cancelled or taken over meanwhile: false then. */
  async finishAttempt(
    id: string,
    attempt: number,
    changes: { status: JobStatus; result?: unknown; error?: string | null; events: JobProgressEvent[]; finishedAt: string },
    tx?: Transaction,
  ): Promise<boolean> {
    return this.transactions.within(tx, async (transaction) => {
      const result = await transaction.getRepository(JobEntity).update({ id, attempts: attempt, status: 'running' }, changes as never);
      return (result.affected ?? 0) > 0;
    });
  }

  /** Ends a job that is not finished, whoever holds it (cancel; a worker that died for good): false when it had finished. */
  async finishOpen(id: string, changes: { status: JobStatus; error?: string | null; finishedAt: string; events?: JobProgressEvent[] }, tx?: Transaction): Promise<boolean> {
    return this.transactions.within(tx, async (transaction) => {
      const result = await transaction.getRepository(JobEntity).update({ id, status: In(['queued', 'running']) }, changes as never);
      return (result.affected ?? 0) > 0;
    });
  }

  /** Puts a job a stopping process hands back in the queue again (its attempt is not counted as a failure). */
  async handBack(id: string, attempt: number, events: JobProgressEvent[], tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(JobEntity).update({ id, attempts: attempt, status: 'running' }, { status: 'queued', attempts: attempt - 1, events: events as never });
    });
  }

  /** Puts a job a stopping process could not stop back in the queue (that attempt counts). */
  async requeue(id: string, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(JobEntity).update({ id, status: 'running' }, { status: 'queued' });
    });
  }

  /** Closes the stored runs of a job that failed or was cancelled (those still marked running). */
  async closeSubjects(subjects: JobSubject[], changes: { status: 'failed' | 'cancelled'; error: string; finishedAt: string }, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      for (const subject of subjects) {
        await transaction.getRepository(SUBJECT_TABLES[subject.type] as typeof PlanEntity).update({ id: subject.id, status: 'running' }, changes);
      }
    });
  }
}
