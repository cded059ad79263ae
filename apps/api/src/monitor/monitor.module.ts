import { Module } from '@nestjs/common';
import { ActualsModule } from '../actuals/actuals.module';
import { PlanningDataModule } from '../planning-data.module';
import { PlanRepository } from '../plans/plan.repository';
import { RotaRepository } from '../rotas/rota.repository';
import { SimulationRepository } from '../simulations/simulation.repository';
import { MonitorInputsService } from './monitor-inputs.service';
import { MonitorReportRepository } from './monitor-report.repository';
import { MonitorController } from './monitor.controller';
import { MonitorService } from './monitor.service';

/**
 * Actual against plan: reports on demand and the stored nightly ones. It reads plans, rotas and
 * simulations through their repositories (stateless; provided here again) rather than their
 * modules, which bring the job runner: so the CLI opens it on the database alone. A feature
 * that needs PlansService (the re-plan from now) belongs in a module of its own importing PlansModule.
 */
@Module({
  imports: [PlanningDataModule, ActualsModule],
  controllers: [MonitorController],
  providers: [PlanRepository, RotaRepository, SimulationRepository, MonitorReportRepository, MonitorInputsService, MonitorService],
  exports: [MonitorService, MonitorInputsService],
})
export class MonitorModule {}
