import { Module } from '@nestjs/common';
import { ActualsModule } from '../actuals/actuals.module';
import { PlanningDataModule } from '../planning-data.module';
import { PlansModule } from '../plans/plans.module';
import { RotasModule } from '../rotas/rotas.module';
import { ReplanController } from './replan.controller';
import { ReplanRunner } from './replan-runner';
import { ReplanService } from './replan.service';

/** Re-plan from now: the rest of a plan's window against what came in, as changes to its working rota (kept apart from MonitorModule, which the CLI opens without the job runner). */
@Module({
  imports: [PlanningDataModule, PlansModule, RotasModule, ActualsModule],
  controllers: [ReplanController],
  providers: [ReplanService, ReplanRunner],
})
export class ReplanModule {}
