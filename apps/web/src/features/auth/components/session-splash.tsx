import { QueryErrorState } from '../../../components/ui/error-state';
import { AuthScreen } from './auth-screen';

/**
 * Shown while GET /api/auth/me has not answered, so neither the app nor the sign-in form flashes
 * up before it is known which one to show; or, when the API cannot be reached, why not.
 */
export function SessionSplash({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  return (
    <AuthScreen label="Opening followsun">
      {error ? (
        <QueryErrorState error={error} what="your session" onRetry={onRetry} />
      ) : (
        <p className="loading auth-splash" role="status" aria-live="polite">
          Opening followsun…
        </p>
      )}
    </AuthScreen>
  );
}
