export enum ForecastErrorCode {
  InvalidHorizon = 'INVALID_HORIZON',
  UnknownTimeZone = 'UNKNOWN_TIME_ZONE',
  UnknownCountry = 'UNKNOWN_COUNTRY',
  InvalidValue = 'INVALID_VALUE',
  NegativeValue = 'NEGATIVE_VALUE',
  InsufficientHistory = 'INSUFFICIENT_HISTORY',
  InvalidStart = 'INVALID_START',
  InvalidDate = 'INVALID_DATE',
  InvalidMethod = 'INVALID_METHOD',
  InvalidOption = 'INVALID_OPTION',
  InvalidGrid = 'INVALID_GRID',
  Aborted = 'ABORTED',
}

/** A forecast request the engine cannot serve; `field` names the offending input. */
export class ForecastError extends Error {
  constructor(
    readonly code: ForecastErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ForecastError';
  }
}
