import type { CurrencyRate } from '@app/domain';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useCurrencyRates, useDeleteCurrencyRate, useSaveCurrencyRate } from '../api/currency-rates';
import { CrudSection } from './crud-section';
import { CurrencyRateForm } from './currency-rate-form';

/** Rates into the organisation's reporting currency (passed in: it belongs to the organisation). */
export function CurrencyRatesSection({ reportingCurrency }: { reportingCurrency: string }) {
  return (
    <CrudSection<CurrencyRate>
      title="Currency rates"
      noun="currency rate"
      description={`What one unit of each site currency is worth in ${reportingCurrency || 'the reporting currency'}, so costs of all sites add up.`}
      query={useCurrencyRates()}
      save={useSaveCurrencyRate()}
      remove={useDeleteCurrencyRate()}
      idOf={(r) => r.currency}
      nameOf={(r) => r.currency}
      emptyHint="Add a rate for every site currency that differs from the reporting currency."
      columns={[
        { key: 'currency', header: 'Currency', cell: (r) => <strong>{r.currency}</strong> },
        {
          key: 'rate',
          header: `1 unit in ${reportingCurrency || 'reporting currency'}`,
          numeric: true,
          cell: (r) => `${formatNumber(r.toReporting, undefined, 6)} ${reportingCurrency}`.trim(),
        },
      ]}
      renderForm={(props) => <CurrencyRateForm {...props} reportingCurrency={reportingCurrency} />}
    />
  );
}
