import { useQuery } from '@tanstack/react-query';
import type { Agent } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const agentsResource = crudResource<Agent>('/agents', (a) => a.id);

export const agentsQueryOptions = () => resourceListOptions(agentsResource);

export const useAgents = () => useQuery(agentsQueryOptions());

export const useSaveAgent = () => useSaveResource(agentsResource);

export const useDeleteAgent = () => useDeleteResource(agentsResource);
