/** Why no plan exists, as findings a support manager can act on. */

export enum InfeasibilityReason {
  /** No site speaks the marketplace's language. */
  NoLanguageCoverage = 'no-language-coverage',
  /** Messages or chats arrive when no site that speaks the language can have anyone on duty. */
  NoShiftCoverage = 'no-shift-coverage',
  /** The reply deadline is shorter than a gap in the cover of the sites that speak the language. */
  DeadlineShorterThanCoverageGap = 'deadline-shorter-than-coverage-gap',
  HeadcountCap = 'headcount-cap',
  AvailabilityCap = 'availability-cap',
  WeeklyHoursCap = 'weekly-hours-cap',
  WeeklyHoursMinimum = 'weekly-hours-minimum',
  /** Work cannot all be answered within the deadline with the staff allowed. */
  DeadlineCapacity = 'deadline-capacity',
  WaitTarget = 'wait-target',
  LateShareTarget = 'late-share-target',
  /** The plan cannot end with no more waiting than a steady state carries. */
  ClosingBacklog = 'closing-backlog',
  RealTimeStaffing = 'real-time-staffing',
  SlaFloor = 'sla-floor',
}

export interface HourSpan {
  /** UTC instants, ISO 8601, end exclusive. */
  fromUtc: string;
  toUtc: string;
  /** The same span on the clock that matters (buyers' for a marketplace, the site's for a site), e.g. "Tue 11:00–15:00 Asia/Tokyo". */
  local: string;
}

export interface InfeasibilityFinding {
  reason: InfeasibilityReason;
  marketplaceId?: string;
  siteId?: string;
  spans: HourSpan[];
  /** The finding in a sentence or two. */
  message: string;
}

export interface InfeasibilityExplanation {
  summary: string;
  findings: InfeasibilityFinding[];
  /** How the findings were established: checks before solving, or an LP whose rules could give way. */
  method: 'pre-check' | 'relaxation';
}
