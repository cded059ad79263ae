import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { MIN_PASSWORD_LENGTH } from '@app/access';
import { TextField } from '../../../components/ui/form-field';
import { fieldSentence } from '../../../lib/field-sentence.util';
import { groupIssuesByField, messagesFor } from '../../../lib/issue-paths.util';
import { AUTH_STATE_KEY } from '../api/auth-state';
import { useChangePassword } from '../api/change-password';

type Field = 'currentPassword' | 'newPassword';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword'];
const LABELS: Record<Field, string> = { currentPassword: 'Current password', newPassword: 'New password' };

/**
 * "Change password" as a modal dialog: the current and the new password; the API's 400 names
 * the field it refuses, and its message is shown there. Success ends the user's other sessions.
 */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const queryClient = useQueryClient();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});

  useEffect(() => {
    const dialog = dialogRef.current;
    // removed from the page (closed), the dialog leaves the top layer by itself
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {
      currentPassword: current ? undefined : 'Enter your current password.',
      newPassword: next ? undefined : 'Enter a new password.',
    };
    setMissing(problems);
    if (problems.currentPassword || problems.newPassword) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
        },
        // a 401 may also mean this session itself has ended: check it (the gate then opens the sign-in page)
        onError: (error) => {
          if (error.status === 401) void queryClient.invalidateQueries({ queryKey: AUTH_STATE_KEY });
        },
      },
    );
  };

  const error = change.error;
  const apiMessages = error ? groupIssuesByField(error.issues) : new Map<string, string[]>();
  const errorsFor = (field: Field) => [...(missing[field] ? [missing[field]] : []), ...messagesFor(apiMessages, field).map((message) => fieldSentence(LABELS[field], field, message))];
  const named = error ? FIELDS.some((field) => messagesFor(apiMessages, field).length > 0) : false;
  // what no field shows: the message, and issues about other paths
  const otherIssues = error ? error.issues.filter((issue) => !FIELDS.some((field) => messagesFor(groupIssuesByField([issue]), field).length > 0)) : [];

  return createPortal(
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__head">
        <h2 id={titleId}>Change password</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      {change.isSuccess ? (
        <div className="form">
          <div className="alert alert--success" role="status">
            <h3>Password changed</h3>
            <p>Use the new password from now on. Your sessions on other devices and browsers have been signed out; this one stays signed in.</p>
          </div>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label="Change password">
          <TextField
            label="Current password"
            type="password"
            autoComplete="current-password"
            value={current}
            onValueChange={(value) => {
              setCurrent(value);
              setMissing((m) => ({ ...m, currentPassword: undefined }));
            }}
            errors={errorsFor('currentPassword')}
            autoFocus
          />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            value={next}
            onValueChange={(value) => {
              setNext(value);
              setMissing((m) => ({ ...m, newPassword: undefined }));
            }}
            errors={errorsFor('newPassword')}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          />
          {error && (!named || otherIssues.length > 0) ? (
            <div className="alert alert--error" role="alert" data-testid="change-password-error">
              {named ? null : <p>{error.message}</p>}
              {otherIssues.length ? (
                <ul>
                  {otherIssues.map((issue, index) => (
                    <li key={index}>{issue.message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={change.isPending}>
              {change.isPending ? 'Changing…' : 'Change password'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>,
    document.body,
  );
}
