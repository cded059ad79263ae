import { ActualMessageEntity } from '../actuals/actual-message.entity';
import { AgentEntity } from '../agents/agent.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { UserAccountEntity } from '../auth/user-account.entity';
import { TimeOffEntity } from '../agents/time-off.entity';
import { CurrencyRateEntity } from '../currency-rates/currency-rate.entity';
import { CalendarEventMarketplaceEntity } from '../events/calendar-event-marketplace.entity';
import { CalendarEventSiteEntity } from '../events/calendar-event-site.entity';
import { CalendarEventEntity } from '../events/calendar-event.entity';
import { ForecastRunEntity } from '../forecasts/forecast-run.entity';
import { ForecastSeriesEntity } from '../forecasts/forecast-series.entity';
import { MessageHistoryEntity } from '../history/message-history.entity';
import { JobEntity } from '../jobs/job.entity';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';
import { MonitorReportEntity } from '../monitor/monitor-report.entity';
import { PriorityClassEntity } from '../marketplaces/priority-class.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PlanEntity } from '../plans/plan.entity';
import { LiveRunEntity } from '../refresh/live-run.entity';
import { RefreshLockEntity } from '../refresh/refresh-lock.entity';
import { RefreshRunEntity } from '../refresh/refresh-run.entity';
import { HolidayDutyEntity } from '../rotas/holiday-duty.entity';
import { RotaPinEntity } from '../rotas/rota-pin.entity';
import { RotaEntity } from '../rotas/rota.entity';
import { ComparisonEntity } from '../scenarios/comparison.entity';
import { ScenarioDefinitionEntity } from '../scenarios/scenario-definition.entity';
import { ShiftTemplateEntity } from '../shift-templates/shift-template.entity';
import { SimulationEntity } from '../simulations/simulation.entity';
import { SiteEntity } from '../sites/site.entity';
import { InitialSchema1767225600000 } from './migrations/1767225600000-initial-schema.migration';
import { Forecasts1767312000001 } from './migrations/1767312000001-forecasts.migration';
import { Plans1767312000002 } from './migrations/1767312000002-plans.migration';
import { Simulations1767312000003 } from './migrations/1767312000003-simulations.migration';
import { Rotas1767398400001 } from './migrations/1767398400001-rotas.migration';
import { ScenarioComparisons1767398400002 } from './migrations/1767398400002-scenario-comparisons.migration';
import { Refresh1767398400003 } from './migrations/1767398400003-refresh.migration';
import { AgentPayTerms1767484800001 } from './migrations/1767484800001-agent-pay-terms.migration';
import { SiteVendorRate1767657600001 } from './migrations/1767657600001-site-vendor-rate.migration';
import { Jobs1767571200001 } from './migrations/1767571200001-jobs.migration';
import { HistoryClassKey1767744000001 } from './migrations/1767744000001-history-class-key.migration';
import { Accounts1767830400001 } from './migrations/1767830400001-accounts.migration';
import { ActualsMonitor1767916800001 } from './migrations/1767916800001-actuals-monitor.migration';

/** Every entity, listed explicitly: the build is plain tsc, so no file globs. */
export const ENTITIES = [
  OrganisationEntity,
  MarketplaceEntity,
  PriorityClassEntity,
  SiteEntity,
  ShiftTemplateEntity,
  AgentEntity,
  TimeOffEntity,
  CalendarEventEntity,
  CalendarEventMarketplaceEntity,
  CalendarEventSiteEntity,
  CurrencyRateEntity,
  MessageHistoryEntity,
  ForecastRunEntity,
  ForecastSeriesEntity,
  PlanEntity,
  SimulationEntity,
  RotaEntity,
  RotaPinEntity,
  HolidayDutyEntity,
  ScenarioDefinitionEntity,
  ComparisonEntity,
  RefreshRunEntity,
  LiveRunEntity,
  RefreshLockEntity,
  JobEntity,
  UserAccountEntity,
  AuthSessionEntity,
  ActualMessageEntity,
  MonitorReportEntity,
];

/** Every migration, oldest first. */
export const MIGRATIONS = [
  InitialSchema1767225600000,
  Forecasts1767312000001,
  Plans1767312000002,
  Simulations1767312000003,
  Rotas1767398400001,
  ScenarioComparisons1767398400002,
  Refresh1767398400003,
  AgentPayTerms1767484800001,
  Jobs1767571200001,
  SiteVendorRate1767657600001,
  HistoryClassKey1767744000001,
  Accounts1767830400001,
  ActualsMonitor1767916800001,
];
