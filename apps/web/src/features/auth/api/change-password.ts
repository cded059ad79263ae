import { useMutation } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import type { PasswordChange } from './auth.types';

/**
 * PUT /api/auth/password: changes the signed-in user's password and ends their other sessions.
 * A wrong current password is the form's to show, not a reason to leave the app.
 */
export const changePassword = (change: PasswordChange) => apiClient.put<unknown>('/auth/password', change, { handlesUnauthorized: true });

export const useChangePassword = () => useMutation<unknown, ApiError, PasswordChange>({ mutationFn: changePassword });
