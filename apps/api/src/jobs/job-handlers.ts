import { Injectable } from '@nestjs/common';
import type { JobHandler } from './job.types';

/** What each kind of job does, registered by the services that start them (in the API and in every worker). */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  get(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }
}
