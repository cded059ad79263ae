import type { CurrencyRate, ScenarioFile } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';

/**
 * The scenario's currency rates, with `offered` added when a new site or vendor is paid in a
 * currency the base does not convert yet; an error when neither knows the currency.
 */
export function ensureCurrencyRate(scenario: ScenarioFile, currency: string, offered: CurrencyRate | undefined, path: string): CurrencyRate[] {
  const known = currency === scenario.reportingCurrency || scenario.currencyRates.some((rate) => rate.currency === currency);
  if (known) return scenario.currencyRates;
  if (offered && offered.currency === currency) return [...scenario.currencyRates, { ...offered }];
  throw new ScenarioError(
    ScenarioErrorCode.MissingCurrencyRate,
    `no rate from ${currency} to the reporting currency ${scenario.reportingCurrency}: add "currencyRate": { "currency": "${currency}", "toReporting": … }`,
    path,
  );
}
