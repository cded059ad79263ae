import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, defaultJobsConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ForecastsModule } from './forecasts/forecasts.module';
import { JobsModule } from './jobs/jobs.module';
import { PlanningDataModule } from './planning-data.module';
import { PlansModule } from './plans/plans.module';
import { RefreshModule } from './refresh/refresh.module';
import { RotasModule } from './rotas/rotas.module';
import { ScenariosModule } from './scenarios/scenarios.module';
import { SimulationsModule } from './simulations/simulations.module';

/**
 * A worker process (`npm run worker`): the same services and database as the API, no HTTP, and
 * the BullMQ processor that runs the jobs the API queues. Its refresh schedule is off (the API
 * process schedules).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    const worker = { ...config, refreshCron: null };
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(worker),
        DatabaseModule.forRoot(config.database),
        PlanningDataModule,
        JobsModule.forRoot(config.jobs ?? defaultJobsConfig(), 'worker'),
        ForecastsModule,
        PlansModule,
        SimulationsModule,
        RotasModule,
        ScenariosModule,
        RefreshModule,
      ],
    };
  }
}
