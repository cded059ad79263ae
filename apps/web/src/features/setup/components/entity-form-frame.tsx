import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../../lib/api-client';
import type { DraftErrors } from '../../../lib/draft-parser';
import { ErrorAlert } from '../../../components/ui/error-state';

/**
 * The frame of every setup form: what is wrong (the form's own checks, then the API's
 * answer with every issue it named), the fields, and Save / Cancel.
 */
export function EntityFormFrame({
  noun,
  creating,
  pending,
  clientErrors,
  apiError,
  onSubmit,
  onCancel,
  children,
}: {
  noun: string;
  creating: boolean;
  pending: boolean;
  clientErrors: DraftErrors;
  apiError: ApiError | null;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const clientMessages = [...clientErrors.values()].flat();
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={creating ? `New ${noun}` : `Edit ${noun}`}>
      {clientMessages.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <h3>Check these values</h3>
          <ul>
            {clientMessages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {apiError ? <ErrorAlert error={apiError} title={`The ${noun} was not saved`} /> : null}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : creating ? `Create ${noun}` : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
