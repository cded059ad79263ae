import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@app/access';
import { TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import type { ApiError } from '../../../lib/api-client';
import { fieldSentence } from '../../../lib/field-sentence.util';
import { groupIssuesByField, messagesFor } from '../../../lib/issue-paths.util';
import type { User } from '../api/users.types';

/** A new password for someone who forgot theirs; it ends their sessions. */
export function ResetPasswordPanel({ user, pending, error, onSubmit, onCancel }: { user: User; pending: boolean; error: ApiError | null; onSubmit: (password: string) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const apiErrors = error ? messagesFor(groupIssuesByField(error.issues), 'password').map((message) => fieldSentence('New password', 'password', message)) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!password);
    if (password) onSubmit(password);
  };
  return (
    <form className="card form reset-password" onSubmit={submit} noValidate aria-label={`Reset the password of ${user.name}`}>
      <h3>Reset the password of {user.name}</h3>
      <p className="muted">
        {user.name} ({user.email}) is signed out everywhere and signs in with the new password. Tell it to them; they can change it afterwards.
      </p>
      {error && apiErrors.length === 0 ? <ErrorAlert error={error} title="The password was not reset" /> : null}
      <div className="form-grid">
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          autoFocus
          value={password}
          onValueChange={(value) => {
            setPassword(value);
            setMissing(false);
          }}
          errors={[...(missing ? ['Enter the new password.'] : []), ...apiErrors]}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : 'Set new password'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
