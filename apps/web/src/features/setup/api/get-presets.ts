import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Platform, PlatformPreset } from '@app/domain';
import { apiClient } from '../../../lib/api-client';

export type { PlatformPreset };

export type PlatformPresets = Partial<Record<Platform, PlatformPreset>>;

export const getPresets = (signal?: AbortSignal) => apiClient.get<PlatformPresets>('/presets', undefined, signal);

// Presets are fixed in the server build: fetch once per session.
export const presetsQueryOptions = () =>
  queryOptions({ queryKey: ['presets'], queryFn: ({ signal }) => getPresets(signal), staleTime: Infinity });

export const usePresets = () => useQuery(presetsQueryOptions());
