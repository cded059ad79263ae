import type { ScenarioFile } from '@app/domain';
import type { ForecastErrorCode, ScenarioForecast, ScenarioForecastOptions, ScenarioForecastProgress } from '@app/forecast';

/** What the forecast thread is sent: the scenario and the grid (no callbacks, no signal: those stay in the API). */
export interface ForecastThreadRequest {
  scenario: ScenarioFile;
  options: Pick<ScenarioForecastOptions, 'startUtcMs' | 'hours' | 'marketplaceIds'>;
}

export type ForecastThreadMessage =
  | { type: 'progress'; step: ScenarioForecastProgress }
  | { type: 'result'; result: ScenarioForecast }
  | { type: 'error'; message: string; code: ForecastErrorCode | null; field: string | null };
