import type { ReactNode } from 'react';

/** The full-page frame of the sign-in page and the session check: the brand over one centred card. */
export function AuthScreen({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <main className="auth-screen" id="main" aria-label={label}>
      <div className="auth-card">
        <div className="auth-card__brand">
          <span className="auth-card__sun" aria-hidden="true" />
          <span>
            followsun <small>capacity planner</small>
          </span>
        </div>
        {children}
      </div>
    </main>
  );
}
