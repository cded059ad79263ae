import { Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { PlanningDataModule } from '../planning-data.module';
import { PlanController } from './plan.controller';
import { PlanRepository } from './plan.repository';
import { PlanWorkerRunner } from './plan-worker.runner';
import { PlansService } from './plans.service';

/** Plans solved in worker threads as jobs, stored with their results. Rotas and simulations use PlansService. */
@Module({
  imports: [PlanningDataModule, ForecastsModule],
  controllers: [PlanController],
  providers: [PlanRepository, PlanWorkerRunner, PlansService],
  exports: [PlansService, PlanWorkerRunner],
})
export class PlansModule {}
