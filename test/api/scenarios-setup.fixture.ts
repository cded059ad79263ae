import type { ScenarioFile } from '@app/domain';
import { planningScenario } from './forecasts-setup.fixture';

/**
 * The plan tests' setup (a Manila team answering Amazon DE, one week from Monday 2 March 2026)
 * cut down to one marketplace and three 8-hour shifts a day instead of six overlapping ones: a
 * small integer programme, so each plan of a comparison, frontier or what-if takes seconds.
 */
export function comparedSetup(): ScenarioFile {
  const setup = planningScenario();
  return {
    ...setup,
    marketplaces: setup.marketplaces.filter((marketplace) => marketplace.id === 'amazon-de'),
    history: setup.history.filter((series) => series.marketplaceId === 'amazon-de'),
    shiftTemplates: setup.shiftTemplates.map((template) => ({ ...template, startTimes: ['00:00', '08:00', '16:00'] })),
  };
}
