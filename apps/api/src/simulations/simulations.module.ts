import { Module } from '@nestjs/common';
import { PlanningDataModule } from '../planning-data.module';
import { PlansModule } from '../plans/plans.module';
import { RotasModule } from '../rotas/rotas.module';
import { PlanPromiseController } from './plan-promise.controller';
import { PlanPromisesService } from './plan-promises.service';
import { SimulationController } from './simulation.controller';
import { SimulationRepository } from './simulation.repository';
import { SimulationsService } from './simulations.service';

/** Simulations of stored plans as jobs, and the auto-reply promise table they give. */
@Module({
  imports: [PlanningDataModule, PlansModule, RotasModule],
  controllers: [SimulationController, PlanPromiseController],
  providers: [SimulationRepository, SimulationsService, PlanPromisesService],
  exports: [SimulationsService],
})
export class SimulationsModule {}
