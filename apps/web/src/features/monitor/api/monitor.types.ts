/**
 * The actuals and monitor APIs' shapes (apps/api/src/actuals, apps/api/src/monitor) as this app
 * reads them. The report and the re-plan travel unchanged from libs/actuals: their types are
 * imported from its type files (types only: nothing of the library is bundled).
 */
import type { ReplanResult } from '@app/actuals/replan/replan.types';

export type {
  AgentAdherence,
  MarketplaceActuals,
  MonitorReport,
  PromiseCheck,
  ServiceFigures,
  SiteAdherence,
} from '@app/actuals/actuals.types';
export type { ReplanChange, ReplanOutlook, ReplanResult } from '@app/actuals/replan/replan.types';

/** What a file's import wrote: its messages and, per marketplace, the span of receipts it replaced. */
export interface ActualsImportResult {
  /** CSV data rows read. */
  rows: number;
  /** The column mapping the file was read with. */
  mapping: string;
  messages: number;
  /** Stored messages the file's spans replaced (all marketplaces). */
  replaced: number;
  /** Per marketplace: the file's first and last receipt (UTC, inclusive), its messages, and the stored ones it replaced. */
  spans: Array<{ marketplaceId: string; from: string; to: string; messages: number; replaced: number }>;
}

/** Stored actuals of one marketplace at a glance (GET /api/actuals/summary answers one per marketplace). */
export interface ActualsExtent {
  marketplaceId: string;
  /** First and last stored receipt, UTC. */
  from: string;
  to: string;
  messages: number;
  /** Of them, answered when their export was taken. */
  answered: number;
}

/** A built-in helpdesk layout the import reads by name (a column mapping). */
export type { ActualsColumnMapping as ActualsLayout } from '@app/actuals/actuals.types';

export interface ReplanRequest {
  asOf: string;
  planId?: string;
}

/** A re-plan proposal: nothing stored until it is accepted. */
export interface ReplanProposal {
  /** The rota the changes are to (the plan's newest published, else newest, rota). */
  rotaId: string;
  planId: string;
  result: ReplanResult;
}

export interface ReplanAccepted {
  /** The new rota version (a draft). */
  rotaId: string;
  changes?: number;
}

/** A plan as the plan picker lists it (GET /api/plans). */
export interface MonitorPlanChoice {
  id: string;
  status: string;
  createdAt: string;
  scenarioName?: string;
  grid: { start: string; end: string; hours: number; mode: string };
}
