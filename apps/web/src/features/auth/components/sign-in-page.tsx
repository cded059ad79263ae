import { useEffect, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router-dom';
import { TextField } from '../../../components/ui/form-field';
import { fieldSentence } from '../../../lib/field-sentence.util';
import { groupIssuesByField, messagesFor } from '../../../lib/issue-paths.util';
import { forgetUserData, useAuthState } from '../api/auth-state';
import { useSignIn } from '../api/sign-in';
import type { SignedOutReason } from '../api/auth.types';
import { safeNextPath } from '../lib/next-path';
import { AuthScreen } from './auth-screen';
import { SessionSplash } from './session-splash';

const NOTICES: Partial<Record<SignedOutReason, { tone: 'success' | 'info'; text: string }>> = {
  'signed-out': { tone: 'success', text: 'You have signed out.' },
  expired: { tone: 'info', text: 'Your session has ended. Sign in again to go on where you were.' },
};

/**
 * The sign-in page: email and password, the API's own words when it refuses, then the page
 * that was wanted (`?next=`). Opening it drops whatever the previous user had loaded.
 */
export function SignInPage() {
  const auth = useAuthState();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));

  // nothing of the previous user stays in memory once the sign-in page shows
  useEffect(() => forgetUserData(queryClient), [queryClient]);

  if (auth.isPending) return <SessionSplash />;
  if (auth.data?.status === 'signed-in') return <Navigate to={next} replace />;
  const notice = auth.data ? NOTICES[auth.data.reason] : undefined;
  return (
    <AuthScreen>
      <title>Sign in · followsun</title>
      <h1 className="auth-card__title">Sign in</h1>
      {notice ? (
        <div className={`alert alert--${notice.tone}`} role="status" data-testid="sign-in-notice">
          {notice.text}
        </div>
      ) : null}
      <SignInForm />
    </AuthScreen>
  );
}

function SignInForm() {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { email: email.trim() ? undefined : 'Enter your email address.', password: password ? undefined : 'Enter your password.' };
    setMissing(problems);
    if (problems.email || problems.password) return;
    signIn.mutate({ email: email.trim(), password });
  };

  // a 400 names its fields; a 401 ("Email or password is wrong.") or a lockout is said above the button
  const fieldMessages = signIn.error ? groupIssuesByField(signIn.error.issues) : new Map<string, string[]>();
  const errorsFor = (field: 'email' | 'password') => [
    ...(missing[field] ? [missing[field]] : []),
    ...messagesFor(fieldMessages, field).map((message) => fieldSentence(field === 'email' ? 'Email' : 'Password', field, message)),
  ];
  const namedFields = errorsFor('email').length + errorsFor('password').length > 0;
  const showGeneral = signIn.isError && (!signIn.error.isValidation || !namedFields);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign in">
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        autoFocus
        value={email}
        onValueChange={(value) => {
          setEmail(value);
          setMissing((m) => ({ ...m, email: undefined }));
        }}
        errors={errorsFor('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={(value) => {
          setPassword(value);
          setMissing((m) => ({ ...m, password: undefined }));
        }}
        errors={errorsFor('password')}
      />
      {showGeneral ? (
        <p className="alert alert--error auth-card__error" role="alert" data-testid="sign-in-error">
          {signIn.error.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary auth-card__submit" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="muted auth-card__foot">No account yet? A manager adds people on the Users page.</p>
    </form>
  );
}
