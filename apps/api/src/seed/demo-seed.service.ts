import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { generateDemoScenario } from '@app/demo';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { ScenarioService } from '../scenario/scenario.service';

/**
 * On the first start (no organisation yet) imports the demo organisation, with its history
 * ending at the start of the current week, through the same import as a scenario upload.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scenarios: ScenarioService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.seedIfEmpty();
  }

  /** Returns whether it seeded. */
  async seedIfEmpty(): Promise<boolean> {
    if (await this.scenarios.hasOrganisation()) return false;
    const anchor = this.config.demoStart ?? mondayOfUtcWeek(this.clock.now());
    const counts = await this.scenarios.import(generateDemoScenario({ anchor }));
    this.logger.log(
      `seeded the demo organisation (anchor ${anchor}): ${counts.marketplaces} marketplaces, ${counts.sites} sites, ` +
        `${counts.shiftTemplates} shift templates, ${counts.agents} agents, ${counts.events} events, ` +
        `${counts.currencyRates} currency rates, ${counts.historySeries} history series (${counts.historyHours} hours)`,
    );
    return true;
  }
}

/** "YYYY-MM-DD" of the Monday of the UTC week containing `now`. */
export function mondayOfUtcWeek(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).startOf('week').toISODate() as string;
}
