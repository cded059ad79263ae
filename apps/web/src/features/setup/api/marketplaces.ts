import { useQuery } from '@tanstack/react-query';
import type { Marketplace } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const marketplacesResource = crudResource<Marketplace>('/marketplaces', (m) => m.id);

export const marketplacesQueryOptions = () => resourceListOptions(marketplacesResource);

export const useMarketplaces = () => useQuery(marketplacesQueryOptions());

export const useSaveMarketplace = () => useSaveResource(marketplacesResource);

export const useDeleteMarketplace = () => useDeleteResource(marketplacesResource);
