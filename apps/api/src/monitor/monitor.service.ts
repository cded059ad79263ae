import { Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { buildMonitorReport, monitorReportCsv, type MonitorReport } from '@app/actuals';
import { formatUtc } from '@app/domain';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { MarketplaceRepository } from '../marketplaces/marketplace.repository';
import { MonitorInputsService, type MonitorPeriod } from './monitor-inputs.service';
import { parseMonitorPeriod } from './monitor-period.util';
import { MonitorReportEntity } from './monitor-report.entity';
import { MonitorReportRepository } from './monitor-report.repository';
import { MonitorReportSummaryDto, StoredMonitorReportDto, mapMonitorReportSummary, mapStoredMonitorReport } from './monitor.dto';

export interface MonitorQuery {
  /** A date or an ISO 8601 instant (see parseMonitorPeriod). */
  from?: string;
  to?: string;
  planId?: string;
}

const DAY_MS = 86_400_000;

/** What actually happened against what was planned: reports on demand, and the nightly report of the day before. */
@Injectable()
export class MonitorService {
  constructor(
    private readonly inputs: MonitorInputsService,
    private readonly reports: MonitorReportRepository,
    private readonly marketplaces: MarketplaceRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The report over the query's period (400 for a bad one); the plan named, else the newest staffed plan over the period. */
  async report(query: MonitorQuery): Promise<MonitorReport> {
    return this.build(parseMonitorPeriod(query.from, query.to), query.planId);
  }

  async reportCsv(query: MonitorQuery): Promise<string> {
    return monitorReportCsv(await this.report(query));
  }

  async storedReports(): Promise<MonitorReportSummaryDto[]> {
    return (await this.reports.list()).map(mapMonitorReportSummary);
  }

  async storedReport(id: string): Promise<StoredMonitorReportDto> {
    const row = await this.reports.getById(id);
    if (!row) throw notFound('monitor report', id);
    return mapStoredMonitorReport(row);
  }

  async storedReportCsv(id: string): Promise<string> {
    return monitorReportCsv((await this.storedReport(id)).report);
  }

  /**
   * The nightly report: the day before the schedule's occurrence, a UTC day (the organisation
   * has no time zone of its own), against the newest staffed plan over it. A report of the same
   * day stored earlier is overwritten (its id kept): actuals imported since then count. Nothing
   * is stored before there is a marketplace.
   */
  async storeDailyReport(occurrence: Date): Promise<MonitorReportSummaryDto | null> {
    if ((await this.marketplaces.list()).length === 0) return null;
    const toUtcMs = Math.floor(occurrence.getTime() / DAY_MS) * DAY_MS;
    const period = { fromUtcMs: toUtcMs - DAY_MS, toUtcMs };
    const report = await this.build(period);
    const [fromUtc, toUtc] = [formatUtc(period.fromUtcMs), formatUtc(period.toUtcMs)];
    return this.transactions.run(async (tx) => {
      const earlier = await this.reports.findPeriod('schedule', fromUtc, toUtc, tx);
      const row = Object.assign(new MonitorReportEntity(), {
        id: earlier?.id ?? randomUUID(),
        trigger: 'schedule',
        fromUtc,
        toUtc,
        planId: report.planId,
        createdAt: this.clock.now().toISOString(),
        report,
      });
      await this.reports.save(row, tx);
      return mapMonitorReportSummary(row);
    });
  }

  private async build(period: MonitorPeriod, planId?: string): Promise<MonitorReport> {
    return buildMonitorReport(await this.inputs.gather(period, planId));
  }
}
