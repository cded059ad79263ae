/** Why the optimizer refused its input (a bad scenario, arrivals or grid), never a solver outcome. */
export enum OptimizerErrorCode {
  InvalidGrid = 'INVALID_GRID',
  InvalidArrivals = 'INVALID_ARRIVALS',
  InvalidScenario = 'INVALID_SCENARIO',
  MissingCurrencyRate = 'MISSING_CURRENCY_RATE',
}

export class OptimizerError extends Error {
  constructor(
    readonly code: OptimizerErrorCode,
    message: string,
    /** Where in the input, e.g. "arrivals[3].values[17]" or "sites[1].timeZone". */
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'OptimizerError';
  }
}
