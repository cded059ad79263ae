import { useQuery } from '@tanstack/react-query';
import type { CalendarEvent } from '@app/domain';
import { crudResource, resourceListOptions, useDeleteResource, useSaveResource } from './crud-resource';

export const eventsResource = crudResource<CalendarEvent>('/events', (e) => e.id);

export const eventsQueryOptions = () => resourceListOptions(eventsResource);

export const useEvents = () => useQuery(eventsQueryOptions());

export const useSaveEvent = () => useSaveResource(eventsResource);

export const useDeleteEvent = () => useDeleteResource(eventsResource);
