import { Module } from '@nestjs/common';
import { PlanningDataModule } from '../planning-data.module';
import { PlansModule } from '../plans/plans.module';
import { HolidayDutyRepository } from './holiday-duty.repository';
import { RotaBuilder } from './rota-builder';
import { RotaPinController } from './rota-pin.controller';
import { RotaPinRepository } from './rota-pin.repository';
import { RotaPinService } from './rota-pin.service';
import { RotaPlanSource } from './rota-plan.source';
import { RotaController } from './rota.controller';
import { RotaRepository } from './rota.repository';
import { RotaService } from './rota.service';
import { StoredPlanSource } from './stored-plan.source';

/** Named rotas from stored plans, the managers' pins and the holiday-duty history. */
@Module({
  imports: [PlanningDataModule, PlansModule],
  // the pins' routes first: "/rotas/pins" must not be taken for a rota id
  controllers: [RotaPinController, RotaController],
  providers: [RotaRepository, RotaPinRepository, HolidayDutyRepository, RotaPinService, RotaService, RotaBuilder, { provide: RotaPlanSource, useClass: StoredPlanSource }],
  // the auto-reply promises are of the rota the team works
  exports: [RotaRepository],
})
export class RotasModule {}
