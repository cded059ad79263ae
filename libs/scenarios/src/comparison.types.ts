import type { HourGrid, PlannedWorkload } from '@app/domain';
import type { ServiceFigure } from './band-check';
import type { Band, PayrollComponents, PlanStatus, StaffingGapSummary } from './pipeline.types';

/** One scenario's column of a comparison: all money in the reporting currency. */
export interface ScenarioColumn {
  id: string;
  name: string;
  description?: string;
  status: PlanStatus;
  message?: string;
  cost: {
    horizon: number;
    /** Run rate: horizon cost scaled to an average month (365.25 / 12 days). */
    perMonth: number;
    /** Horizon cost per message that needed a reply. */
    perMessageAnswered: number;
    bySite: Array<{ id: string; name: string; kind: 'site' | 'vendor'; cost: number }>;
    lpBound?: number;
    gap?: number;
    /** Objective − proven bound: how far above the best plan of this scenario this one may be. */
    uncertainty?: number;
  };
  /** Payroll over the horizon by pay component (its total is `cost.horizon`); null without a plan. */
  payroll: PayrollComponents | null;
  /**
   * This column's payroll minus the baseline's (the comparison's first column), component by
   * component: the baseline's own is all zeros; null when either has no payroll.
   */
  payrollVsBaseline: PayrollComponents | null;
  /** The cost difference from the baseline and whether it is real or within the solvers' gap; null for the baseline and without plans. */
  costVsBaseline: CostDifference | null;
  /** Work the named team cannot cover in this scenario; null without a plan. */
  staffingGap: StaffingGapSummary | null;
  messages: {
    /** Forecast with peaks, before deflection, every class. */
    arriving: number;
    deflected: number;
    /** After deflection, classes that need a reply. */
    needingReply: number;
    /** Share of those that arrived in auto-reply hours and got an instant acknowledgement. */
    acknowledgedShare: number;
  };
  headcount: Array<{
    siteId: string;
    name: string;
    paidHours: number;
    /** Full-time equivalents: paid hours per week over the site's contract hours (mean of its agents, else 40). */
    fte: number;
    /** Most agents on duty in one hour. */
    peakOnDuty: number;
  }>;
  /**
   * One set of service figures: `planned` is the plan's replay of its published dispatch rule,
   * `simulated` the stochastic simulation of the same rule, given as its 90 % band;
   * `outsideBand` is true when the first lies outside the second (see BAND_TOLERANCE).
   */
  sla: { planned: number; simulated: Band | null; outsideBand: boolean };
  /** A sentence for each figure of this column outside its simulated band (empty: every figure inside, or not simulated). */
  serviceNotes: string[];
  marketplaces: MarketplaceColumn[];
  /** Buyer-local hours of the week with the longest simulated first-reply time, longest first. */
  longestWaits: Array<{ marketplaceId: string; weekday: string; hour: string; hourOfWeek: number; averageWaitHours: number }>;
  solver?: string;
  solveSeconds?: number;
  /** The plan, when asked for (re-runs, rota, export). */
  plan?: PlannedWorkload;
}

/**
 * A cost difference between two plans, each of which may be up to its gap above the best plan
 * of its scenario: the best plans' difference lies in [lowest, highest]. It is real (its sign
 * is known) when that range excludes zero; otherwise it is within the solvers' gap.
 */
export interface CostDifference {
  /** This column's cost minus the baseline's. */
  difference: number;
  /** Null: that side is open (a plan without a proven bound). */
  lowest: number | null;
  highest: number | null;
  real: boolean;
}

/**
 * Service of one marketplace. Wait figures are for messages under the perceived-wait target
 * (not acknowledged by an auto-reply); SLA attainment covers every message needing a reply.
 */
export interface MarketplaceColumn {
  marketplaceId: string;
  messages: number;
  planned: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number };
  simulated: { slaAttainment: Band; averageWaitHours: Band; p90WaitHours: Band } | null;
  /** Figures of `planned` outside their simulated band (empty when inside, or not simulated). */
  outsideBand: ServiceFigure[];
  /** Messages acknowledged by an auto-reply: their human first-reply time. */
  acknowledged?: { messages: number; plannedAverageWaitHours: number; plannedP90WaitHours: number; simulatedAverageWaitHours: Band | null };
}

export interface ScenarioComparison {
  reportingCurrency: string;
  grid: HourGrid;
  weeks: number;
  replications: number;
  seed: number;
  scenarios: ScenarioColumn[];
}
