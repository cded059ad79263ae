import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MonitorModule } from '../monitor/monitor.module';
import { PlanningDataModule } from '../planning-data.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { RefreshController } from './refresh.controller';
import { RefreshRepository } from './refresh.repository';
import { RefreshScheduler } from './refresh.scheduler';
import { RefreshService } from './refresh.service';

/** The scheduled (and manual) refresh of live scenarios; the schedule also stores the day before's actual-vs-plan report. */
@Module({
  imports: [ScheduleModule.forRoot(), PlanningDataModule, ScenariosModule, MonitorModule],
  controllers: [RefreshController],
  providers: [RefreshRepository, RefreshService, RefreshScheduler],
})
export class RefreshModule {}
