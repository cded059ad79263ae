/** Injection token of the {@link JobsConfig}. */
export const JOBS_CONFIG = Symbol('JOBS_CONFIG');

/** Where jobs run and how many at once. */
export interface JobsConfig {
  /** BullMQ's Redis; null: the embedded default (jobs in the API process). */
  redisUrl: string | null;
  /** Prefix of every Redis key (the queue, its events, the cancel channel). */
  queuePrefix: string;
  /** Jobs one process runs at once (the API's embedded cap, each worker's BullMQ concurrency). */
  concurrency: number;
  /** Plan solves (solver worker threads) one process runs at once. */
  solveConcurrency: number;
  /** How long a worker's hold on a job lasts without a heartbeat before the job counts as stalled. */
  lockSeconds: number;
  /** How often workers look for stalled jobs (those whose worker died). */
  stalledCheckSeconds: number;
  /** On SIGTERM, how long a worker lets its jobs finish before it hands them back to the queue. */
  shutdownGraceSeconds: number;
}
