import type { Observable } from 'rxjs';
import type { JobSignal } from './job.types';

/**
 * Where jobs run: in this process (the embedded default) or on worker processes behind a
 * BullMQ queue in Redis. Records live in the database either way; a backend only moves work
 * and signals.
 */
export abstract class JobBackend {
  /** 'embedded' or 'bullmq'. */
  abstract readonly name: string;
  /** Hands a stored, queued job to whoever runs it. */
  abstract enqueue(id: string, kind: string): Promise<void>;
  /** Stops the job wherever it runs (its record is already marked cancelled). */
  abstract cancel(id: string): Promise<void>;
  /** Ids of the stored jobs waiting for a job slot, next to run first. */
  abstract waiting(): Promise<string[]>;
  /** Progress and settling of a job as they happen, from whichever process runs it. */
  abstract signals(id: string): Observable<JobSignal>;
}
