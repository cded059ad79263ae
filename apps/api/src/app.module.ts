import { DynamicModule, Module } from '@nestjs/common';
import { ActualsModule } from './actuals/actuals.module';
import { AgentController } from './agents/agent.controller';
import { AuthModule } from './auth/auth.module';
import { AppConfig, defaultJobsConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CurrencyRateController } from './currency-rates/currency-rate.controller';
import { DatabaseModule } from './database/database.module';
import { CalendarEventController } from './events/calendar-event.controller';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ForecastsModule } from './forecasts/forecasts.module';
import { HistoryController } from './history/history.controller';
import { JobsModule } from './jobs/jobs.module';
import { MarketplaceController } from './marketplaces/marketplace.controller';
import { MonitorModule } from './monitor/monitor.module';
import { ReplanModule } from './monitor/replan.module';
import { OrganisationController } from './organisation/organisation.controller';
import { PlanningDataModule } from './planning-data.module';
import { PlansModule } from './plans/plans.module';
import { PresetsController } from './presets/presets.controller';
import { RefreshModule } from './refresh/refresh.module';
import { RotasModule } from './rotas/rotas.module';
import { ScenarioController } from './scenario/scenario.controller';
import { ScenariosModule } from './scenarios/scenarios.module';
import { DemoSeedService } from './seed/demo-seed.service';
import { ShiftTemplateController } from './shift-templates/shift-template.controller';
import { SimulationsModule } from './simulations/simulations.module';
import { SiteController } from './sites/site.controller';
import { WebUiModule } from './web-ui/web-ui.module';

/** The HTTP app: the planning data behind REST controllers, background jobs, the demo seed, and the web UI. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config.database),
        PlanningDataModule,
        AuthModule,
        JobsModule.forRoot(config.jobs ?? defaultJobsConfig()),
        ForecastsModule,
        PlansModule,
        SimulationsModule,
        RotasModule,
        ScenariosModule,
        ActualsModule,
        MonitorModule,
        ReplanModule,
        RefreshModule,
        WebUiModule.forRoot(config.webDist),
      ],
      controllers: [
        HealthController,
        OrganisationController,
        MarketplaceController,
        SiteController,
        ShiftTemplateController,
        AgentController,
        CalendarEventController,
        CurrencyRateController,
        PresetsController,
        HistoryController,
        ScenarioController,
      ],
      providers: [HealthService, DemoSeedService],
    };
  }
}
