import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import { Clock } from '../common/clock';
import { BullmqJobBackend, JobQueueEvents, JobSignalHub } from './bullmq-job.backend';
import { EmbeddedJobBackend } from './embedded-job.backend';
import { JobBackend } from './job-backend';
import { JobExecutor } from './job-executor';
import { JobHandlers } from './job-handlers';
import { JobRepository } from './job.repository';
import { JOBS_CONFIG, type JobsConfig } from './jobs.config';
import { JobsController } from './jobs.controller';
import { configuredJobsProcessor } from './jobs.processor';
import { JobsService } from './jobs.service';
import { JOBS_QUEUE, redisOptions } from './redis-connection';

/**
 * Durable background jobs with progress over server-sent events, global: services start theirs
 * and register what each kind does through JobsService (JOBS_CONFIG too is global: the plan
 * solver's runner reads its cap, SOLVE_CONCURRENCY). Without a Redis URL they run in this
 * process; with one, on BullMQ workers — and `role: 'worker'` makes this process one of them.
 */
@Module({})
export class JobsModule {
  static forRoot(config: JobsConfig, role: 'api' | 'worker' = 'api'): DynamicModule {
    const common: Provider[] = [{ provide: JOBS_CONFIG, useValue: config }, Clock, JobRepository, JobHandlers, JobExecutor, JobsService];
    if (config.redisUrl === null) {
      return {
        module: JobsModule,
        global: true,
        controllers: role === 'api' ? [JobsController] : [],
        providers: [...common, EmbeddedJobBackend, { provide: JobBackend, useExisting: EmbeddedJobBackend }],
        exports: [JobsService, JOBS_CONFIG],
      };
    }
    return {
      module: JobsModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection: redisOptions(config.redisUrl), prefix: config.queuePrefix }),
        BullModule.registerQueue({ name: JOBS_QUEUE }),
      ],
      controllers: role === 'api' ? [JobsController] : [],
      providers: [
        ...common,
        JobSignalHub,
        JobQueueEvents,
        BullmqJobBackend,
        { provide: JobBackend, useExisting: BullmqJobBackend },
        ...(role === 'worker' ? [configuredJobsProcessor(config)] : []),
      ],
      exports: [JobsService, JOBS_CONFIG],
    };
  }
}
