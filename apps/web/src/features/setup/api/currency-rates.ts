import { useQuery } from '@tanstack/react-query';
import type { CurrencyRate } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const currencyRatesResource = crudResource<CurrencyRate>('/currency-rates', (r) => r.currency);

export const currencyRatesQueryOptions = () => resourceListOptions(currencyRatesResource);

export const useCurrencyRates = () => useQuery(currencyRatesQueryOptions());

export const useSaveCurrencyRate = () => useSaveResource(currencyRatesResource);

export const useDeleteCurrencyRate = () => useDeleteResource(currencyRatesResource);
