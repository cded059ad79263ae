import type { CurrencyRate } from '@app/domain';
import { TextField } from '../../../components/ui/form-field';
import { useEntityForm } from '../hooks/use-entity-form';
import { currencyRateToDraft, draftToCurrencyRate, emptyCurrencyRateDraft } from '../lib/currency-rate-draft';
import type { EntityFormProps } from './crud-section';
import { EntityFormFrame } from './entity-form-frame';

export function CurrencyRateForm({ initial, pending, error, onSubmit, onCancel, reportingCurrency }: EntityFormProps<CurrencyRate> & { reportingCurrency: string }) {
  const creating = initial === null;
  const form = useEntityForm({
    initialDraft: () => (initial ? currencyRateToDraft(initial) : emptyCurrencyRateDraft()),
    parse: draftToCurrencyRate,
    apiError: error,
    onSubmit,
    creating,
  });
  const { draft, set, errorsFor } = form;
  return (
    <EntityFormFrame noun="currency rate" creating={creating} pending={pending} clientErrors={form.clientErrors} apiError={error} onSubmit={form.handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField label="Currency" value={draft.currency} onValueChange={(v) => set('currency', v)} errors={errorsFor('currency')} readOnly={!creating} maxLength={3} hint="ISO 4217 code, e.g. CNY" />
        <TextField
          label={`Value of 1 ${draft.currency.trim().toUpperCase() || 'unit'} in ${reportingCurrency || 'the reporting currency'}`}
          value={draft.toReporting}
          onValueChange={(v) => set('toReporting', v)}
          errors={errorsFor('toReporting')}
          inputMode="decimal"
        />
      </div>
    </EntityFormFrame>
  );
}
