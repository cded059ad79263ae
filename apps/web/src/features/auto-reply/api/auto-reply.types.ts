/** The promise table (`GET /api/plans/:id/promises`, apps/api/src/simulations/plan-promise.dto.ts). */

export type PromiseBasis = 'observed' | 'later-hour' | 'none' | 'outside-horizon' | (string & {});

export interface PromiseRow {
  /** Buyers' local hour of the week, 0 = Monday 00:00. */
  localHourOfWeek: number;
  /** "Mon 09:00–10:00". */
  label: string;
  receivedUtc: string;
  receivedLocal: string;
  replyByUtc: string | null;
  /** "2026-03-02T11:00+01:00". */
  replyByLocal: string | null;
  promiseHours: number | null;
  teamOnline: boolean;
  basis: PromiseBasis;
  sentence: string | null;
}

export interface PromiseTable {
  planId: string;
  /** rota: the rota built from the plan (its empty seats are nobody) under the plan's rule; plan: no rota yet. */
  source: 'rota' | 'plan';
  rotaId: string | null;
  seatsUnfilled: number | null;
  /** What the promises are of, in words. */
  basisNote: string;
  /** null: a fluid replay made for this answer (no stored simulation yet). */
  simulationId: string | null;
  mode: string;
  marketplaceId: string;
  timeZone: string;
  language: string;
  /** Buyers' local Monday the table starts on. */
  weekStart: string;
  /** Share of messages answered by the promised time. */
  confidence: number;
  rows: PromiseRow[];
}

/** A plan as the auto-reply page lists it. */
export interface PromisePlanChoice {
  id: string;
  status: string;
  createdAt: string;
  totalCost: number | null;
  reportingCurrency: string;
  grid: { start: string; end: string; hours: number };
}
