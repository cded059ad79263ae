import type { CurrencyRate } from '@app/domain';
import { DraftParser, numberToText, type DraftResult } from '../../../lib/draft-parser';

export interface CurrencyRateDraft {
  currency: string;
  toReporting: string;
}

export function currencyRateToDraft(rate: CurrencyRate): CurrencyRateDraft {
  return { currency: rate.currency, toReporting: numberToText(rate.toReporting) };
}

export function emptyCurrencyRateDraft(): CurrencyRateDraft {
  return { currency: '', toReporting: '' };
}

export function draftToCurrencyRate(draft: CurrencyRateDraft): DraftResult<CurrencyRate> {
  const parser = new DraftParser();
  return parser.result<CurrencyRate>({
    currency: parser.text('currency', draft.currency, 'Currency').toUpperCase(),
    toReporting: parser.number('toReporting', draft.toReporting, 'Rate'),
  });
}
