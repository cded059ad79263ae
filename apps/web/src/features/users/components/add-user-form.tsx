import { useMemo, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@app/access';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import type { ApiError } from '../../../lib/api-client';
import type { DraftErrors } from '../../../lib/draft-parser';
import { fieldSentence } from '../../../lib/field-sentence.util';
import { groupIssuesByField, mergeFieldMessages, messagesFor } from '../../../lib/issue-paths.util';
import { ROLE_LABELS, ROLES, type Role } from '../../../lib/session/permissions';
import type { NewUser } from '../api/users.types';
import { draftToNewUser, emptyNewUserDraft, type NewUserDraft } from '../lib/new-user-draft';

const FIELD_LABELS: Record<keyof NewUserDraft, string> = { name: 'Name', email: 'Email', role: 'Role', password: 'Initial password' };

/** Name, email, role and a first password; the API's refusals are shown by the fields they name. */
export function AddUserForm({ pending, error, onSubmit, onCancel }: { pending: boolean; error: ApiError | null; onSubmit: (user: NewUser) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<NewUserDraft>(emptyNewUserDraft);
  const [clientErrors, setClientErrors] = useState<DraftErrors>(new Map());
  const set = <K extends keyof NewUserDraft>(key: K, value: NewUserDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const apiMessages = useMemo(() => (error ? groupIssuesByField(error.issues) : new Map<string, string[]>()), [error]);
  const messages = mergeFieldMessages(clientErrors, apiMessages);
  const errorsFor = (field: keyof NewUserDraft) => messagesFor(messages, field).map((message) => fieldSentence(FIELD_LABELS[field], field, message));
  // a duplicate email (409) belongs to the email field too
  const emailErrors = [...errorsFor('email'), ...(error?.status === 409 ? [error.message] : [])];
  // what no field shows (a 409 is by the email; issues naming a field are by that field)
  const fields = Object.keys(FIELD_LABELS);
  const unplaced = error ? error.issues.filter((issue) => !fields.some((field) => messagesFor(groupIssuesByField([issue]), field).length > 0)) : [];
  const showAlert = error !== null && error.status !== 409 && (error.issues.length === 0 || unplaced.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = draftToNewUser(draft);
    setClientErrors(result.ok ? new Map() : result.errors);
    if (result.ok) onSubmit(result.value);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Add a user">
      {showAlert ? <ErrorAlert error={error} title="The user was not added" /> : null}
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onValueChange={(v) => set('name', v)} errors={errorsFor('name')} autoComplete="off" />
        <TextField label="Email" type="email" value={draft.email} onValueChange={(v) => set('email', v)} errors={emailErrors} autoComplete="off" hint={error?.status === 409 ? 'Use another email, or change the role of the user who has this one.' : 'They sign in with it.'} />
        <SelectField
          label="Role"
          wide
          value={draft.role}
          onValueChange={(v) => set('role', v as Role)}
          options={ROLES.map((role) => ({ value: role, label: `${ROLE_LABELS[role].name} — ${ROLE_LABELS[role].description}` }))}
          errors={errorsFor('role')}
        />
        <TextField
          label="Initial password"
          type="password"
          value={draft.password}
          onValueChange={(v) => set('password', v)}
          errors={errorsFor('password')}
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to them; they change it under “Change password”.`}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Adding…' : 'Add user'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
