import { useQuery } from '@tanstack/react-query';
import type { ShiftTemplate } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const shiftTemplatesResource = crudResource<ShiftTemplate>('/shift-templates', (t) => t.id);

export const shiftTemplatesQueryOptions = () => resourceListOptions(shiftTemplatesResource);

export const useShiftTemplates = () => useQuery(shiftTemplatesQueryOptions());

export const useSaveShiftTemplate = () => useSaveResource(shiftTemplatesResource);

export const useDeleteShiftTemplate = () => useDeleteResource(shiftTemplatesResource);
