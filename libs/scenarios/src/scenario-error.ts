/** Why a scenario definition cannot be applied or compared. */
export enum ScenarioErrorCode {
  InvalidDefinition = 'invalid-definition',
  UnknownMarketplace = 'unknown-marketplace',
  UnknownClass = 'unknown-class',
  UnknownSite = 'unknown-site',
  UnknownAgent = 'unknown-agent',
  UnknownShiftTemplate = 'unknown-shift-template',
  NotEnoughAgents = 'not-enough-agents',
  DuplicateId = 'duplicate-id',
  MissingCurrencyRate = 'missing-currency-rate',
  TooFewScenarios = 'too-few-scenarios',
  TooManyScenarios = 'too-many-scenarios',
  ForecastFailed = 'forecast-failed',
  Aborted = 'aborted',
}

export class ScenarioError extends Error {
  constructor(
    readonly code: ScenarioErrorCode,
    message: string,
    /** Where in the definition the problem is, a JSON pointer, e.g. "/overrides/2/siteId". */
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ScenarioError';
  }
}
