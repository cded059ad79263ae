import { useQuery } from '@tanstack/react-query';
import type { Site } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const sitesResource = crudResource<Site>('/sites', (s) => s.id);

export const sitesQueryOptions = () => resourceListOptions(sitesResource);

export const useSites = () => useQuery(sitesQueryOptions());

export const useSaveSite = () => useSaveResource(sitesResource);

export const useDeleteSite = () => useDeleteResource(sitesResource);
