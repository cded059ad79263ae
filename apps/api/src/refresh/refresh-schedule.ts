import { CronTime } from 'cron';

/** When the refresh is due: a cron expression read in UTC. */
export class RefreshSchedule {
  private readonly time: CronTime;

  constructor(readonly cron: string) {
    this.time = new CronTime(cron, 'UTC');
  }

  /** The first occurrence strictly after `instant`. */
  nextAfter(instant: Date): Date {
    return this.time.getNextDateFrom(instant, 'UTC').toJSDate();
  }
}
