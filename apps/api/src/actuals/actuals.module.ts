import { Module } from '@nestjs/common';
import { PlanningDataModule } from '../planning-data.module';
import { ActualsCsvParser } from './actuals-csv.parser';
import { ActualsController } from './actuals.controller';
import { ActualsRepository } from './actuals.repository';
import { ActualsService } from './actuals.service';

/** Helpdesk exports of what actually happened: import (all or nothing, re-import by span) and summary. The monitor reads ActualsRepository. */
@Module({
  imports: [PlanningDataModule],
  controllers: [ActualsController],
  providers: [ActualsRepository, ActualsCsvParser, ActualsService],
  exports: [ActualsRepository, ActualsService],
})
export class ActualsModule {}
