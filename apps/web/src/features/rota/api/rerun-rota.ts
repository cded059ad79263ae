import { useMutation } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import type { RotaStarted } from './rota.types';

export const rerunRota = (rotaId: string) => apiClient.post<RotaStarted>(`/rotas/${encodeURIComponent(rotaId)}/rerun`);

/** Builds the rota again (same plan and options) with the pins as they are now. */
export const useRerunRota = () => useMutation<RotaStarted, ApiError, string>({ mutationFn: rerunRota });
