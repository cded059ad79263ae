import { Module } from '@nestjs/common';
import { PlanningDataModule } from '../planning-data.module';
import { ForecastController } from './forecast.controller';
import { ForecastRepository } from './forecast.repository';
import { ForecastThread } from './forecast-thread';
import { ForecastsService } from './forecasts.service';

/** Forecast runs: started as jobs, stored with their series and backtests. Plans use ForecastsService, comparisons the forecast thread. */
@Module({
  imports: [PlanningDataModule],
  controllers: [ForecastController],
  providers: [ForecastRepository, ForecastsService, ForecastThread],
  exports: [ForecastsService, ForecastThread],
})
export class ForecastsModule {}
