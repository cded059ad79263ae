import type { Band } from './pipeline.types';

/**
 * How far a plan's figure (its replay of the published dispatch rule) may sit outside the
 * simulated 90 % band of the same rule and still count as inside it: half a percentage point of
 * SLA attainment, a tenth of a wait — the agreement the planner promises between its figures and
 * any replay of its rule.
 */
export const BAND_TOLERANCE = { share: 0.005, relativeHours: 0.1 } as const;

export type ServiceFigure = 'slaAttainment' | 'averageWaitHours' | 'p90WaitHours';

/** Whether `value` lies outside `band` by more than the tolerance of its kind (false without a band). */
export function outsideBand(figure: ServiceFigure, value: number, band: Band | null | undefined): boolean {
  if (!band || !Number.isFinite(value) || !Number.isFinite(band.low) || !Number.isFinite(band.high)) return false;
  const slack = figure === 'slaAttainment' ? BAND_TOLERANCE.share : BAND_TOLERANCE.relativeHours * Math.max(Math.abs(value), 0.1);
  return value < band.low - slack || value > band.high + slack;
}

const FIGURE_WORDS: Record<ServiceFigure, string> = {
  slaAttainment: 'share within deadline',
  averageWaitHours: 'average wait',
  p90WaitHours: '90 % wait',
};

/** The note a column carries for a figure outside its band, so a disagreement is never silent. */
export function outsideBandNote(where: string, figure: ServiceFigure, value: number, band: Band): string {
  const show = (v: number) => (figure === 'slaAttainment' ? `${(v * 100).toFixed(1)} %` : `${v.toFixed(1)} h`);
  return `${where}: the plan's ${FIGURE_WORDS[figure]} (${show(value)}) lies outside the simulated 90 % band (${show(band.low)}–${show(band.high)}) of the same rule: with arrivals as random as the simulation's, expect the band.`;
}
