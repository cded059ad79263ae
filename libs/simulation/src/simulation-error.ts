/** What went wrong with a simulation's input, for callers that map errors to HTTP codes or exit codes. */
export enum SimulationErrorCode {
  InvalidGrid = 'INVALID_GRID',
  UnknownSite = 'UNKNOWN_SITE',
  UnknownMarketplace = 'UNKNOWN_MARKETPLACE',
  UnknownClass = 'UNKNOWN_CLASS',
  InvalidStaffing = 'INVALID_STAFFING',
  NegativeStaffing = 'NEGATIVE_STAFFING',
  InvalidArrivals = 'INVALID_ARRIVALS',
  OutsideGrid = 'OUTSIDE_GRID',
  InvalidShift = 'INVALID_SHIFT',
  InvalidOption = 'INVALID_OPTION',
  InvalidScenario = 'INVALID_SCENARIO',
  InvalidDispatch = 'INVALID_DISPATCH',
  NoData = 'NO_DATA',
}

export interface SimulationIssue {
  code: SimulationErrorCode;
  /** Where in the input, e.g. `plan.shifts[3].siteId`. */
  path: string;
  message: string;
}

/** Bad input: every problem found, each naming its path; `message` lists the first few. */
export class SimulationError extends Error {
  readonly code: SimulationErrorCode;

  constructor(readonly issues: SimulationIssue[]) {
    super(SimulationError.describe(issues));
    this.name = 'SimulationError';
    this.code = issues[0]?.code ?? SimulationErrorCode.InvalidOption;
  }

  static single(code: SimulationErrorCode, path: string, message: string): SimulationError {
    return new SimulationError([{ code, path, message }]);
  }

  private static describe(issues: SimulationIssue[]): string {
    const shown = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    if (issues.length > 5) shown.push(`… and ${issues.length - 5} more`);
    return shown.join('; ');
  }
}
