import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { MonitorService } from '../monitor/monitor.service';
import { RefreshSchedule } from './refresh-schedule';
import { RefreshService, RefreshTriggerOutcome } from './refresh.service';

/** How often the scheduler looks at the clock. */
export const REFRESH_TICK_MS = 30_000;
const INTERVAL_NAME = 'refresh-tick';

/**
 * Triggers the refresh when its schedule (REFRESH_CRON, UTC) comes round. It looks at the
 * injected clock on a short interval registered with @nestjs/schedule and triggers once for the
 * first occurrence after its previous look, so a test drives it with a fake clock and a process
 * that slept through 02:00 runs once when it wakes. Each occurrence also stores the
 * actual-vs-plan report of the day before (MonitorService.storeDailyReport), whether or not the
 * refresh could start.
 */
@Injectable()
export class RefreshScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RefreshScheduler');
  readonly schedule: RefreshSchedule | null;
  private lastLook: Date | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly refresh: RefreshService,
    private readonly monitor: MonitorService,
    private readonly clock: Clock,
  ) {
    this.schedule = config.refreshCron ? new RefreshSchedule(config.refreshCron) : null;
  }

  onApplicationBootstrap(): void {
    if (!this.schedule) return;
    const handle = setInterval(() => void this.tick().catch((error) => this.logger.error(`refresh tick failed: ${error instanceof Error ? error.message : error}`)), REFRESH_TICK_MS);
    handle.unref();
    this.registry.addInterval(INTERVAL_NAME, handle);
    this.logger.log(`refresh scheduled "${this.schedule.cron}" (UTC)`);
  }

  onModuleDestroy(): void {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
  }

  /**
   * One look at the clock: when an occurrence of the schedule has come since the previous look,
   * triggers the refresh for it (skipped if one is running). The first look only notes the time.
   */
  async tick(): Promise<RefreshTriggerOutcome | null> {
    if (!this.schedule) return null;
    const now = this.clock.now();
    const since = this.lastLook;
    this.lastLook = now;
    if (!since || now <= since) return null;
    const due = this.schedule.nextAfter(since);
    if (due > now) return null;
    const outcome = await this.refresh.trigger('schedule', due);
    await this.storeDailyReport(due);
    return outcome;
  }

  /** The day before's report; a failure is logged and does not stop the schedule. */
  private async storeDailyReport(due: Date): Promise<void> {
    try {
      const stored = await this.monitor.storeDailyReport(due);
      if (stored) this.logger.log(`monitor report ${stored.id} stored for ${stored.fromUtc} to ${stored.toUtc}`);
    } catch (error) {
      this.logger.error(`the monitor report for the day before ${due.toISOString()} failed: ${error instanceof Error ? error.message : error}`);
    }
  }

  /** The occurrence the scheduler triggers next: the first after its last look (due at its next look if already past). */
  nextRunAt(): Date | null {
    if (!this.schedule) return null;
    return this.schedule.nextAfter(this.lastLook ?? this.clock.now());
  }
}
