import { Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { PlanningDataModule } from '../planning-data.module';
import { PlansModule } from '../plans/plans.module';
import { AnalysisController } from './analysis.controller';
import { ComparisonController } from './comparison.controller';
import { ComparisonRepository } from './comparison.repository';
import { ComparisonService } from './comparison.service';
import { FrontierService } from './frontier.service';
import { ScenarioDefinitionController } from './scenario-definition.controller';
import { ScenarioDefinitionRepository } from './scenario-definition.repository';
import { ScenarioDefinitionService } from './scenario-definition.service';
import { ScenarioInputsService } from './scenario-inputs.service';
import { scenarioPipelineProvider } from './scenario-pipeline.provider';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';
import { WhatIfService } from './what-if.service';

/** Scenario definitions, comparisons, the cost–service frontier and peak what-ifs; the pipeline they run. */
@Module({
  imports: [PlanningDataModule, PlansModule, ForecastsModule],
  controllers: [ScenarioDefinitionController, ComparisonController, AnalysisController],
  providers: [
    ScenarioDefinitionRepository,
    ComparisonRepository,
    ScenarioDefinitionService,
    ScenarioInputsService,
    ComparisonService,
    FrontierService,
    WhatIfService,
    scenarioPipelineProvider,
  ],
  exports: [ScenarioDefinitionRepository, SCENARIO_PIPELINE],
})
export class ScenariosModule {}
