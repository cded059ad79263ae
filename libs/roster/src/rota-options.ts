import { CONTRACT_HOURS_SHORTFALL_TOLERANCE, DEFAULT_MAX_CONSECUTIVE_DAYS, DEFAULT_REST_HOURS } from '@app/domain';
import type { RotaOptions } from './rota.types';

export const DEFAULT_ROTA_OPTIONS: RotaOptions = {
  restHours: DEFAULT_REST_HOURS,
  weeklyHoursTolerance: CONTRACT_HOURS_SHORTFALL_TOLERANCE,
  defaultMaxConsecutiveDays: DEFAULT_MAX_CONSECUTIVE_DAYS,
  improvementPasses: 12,
  annealStepsPerSeat: 600,
  seed: 20_270_205,
  fillSearchBudget: 20_000,
};

export function resolveRotaOptions(options: Partial<RotaOptions> | undefined): RotaOptions {
  return { ...DEFAULT_ROTA_OPTIONS, ...(options ?? {}) };
}
