import { useMemo, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../lib/api-client';
import type { DraftErrors, DraftResult } from '../../../lib/draft-parser';
import { groupIssuesByField, mergeFieldMessages, messagesFor } from '../../../lib/issue-paths.util';
import { slugify } from '../../../lib/slug.util';

/**
 * A setup form's state: the text draft, the messages of the last parse and of the API's
 * last answer (both keyed by field path), and a slug id that follows the name until the
 * user types an id of their own.
 */
export function useEntityForm<D extends object, T>({
  initialDraft,
  parse,
  apiError,
  onSubmit,
  creating,
}: {
  initialDraft: () => D;
  parse: (draft: D) => DraftResult<T>;
  apiError: ApiError | null;
  onSubmit: (value: T) => void;
  creating: boolean;
}) {
  const [draft, setDraft] = useState<D>(initialDraft);
  const [clientErrors, setClientErrors] = useState<DraftErrors>(new Map());
  const [idTouched, setIdTouched] = useState(!creating);

  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((current) => ({ ...current, [key]: value }));

  /** Typing a name proposes an id ("Amazon US" → "amazon-us") on a new item only. */
  const setName = (name: string) =>
    setDraft((current) => ({ ...current, name, ...(creating && !idTouched ? { id: slugify(name) } : {}) }));

  const setId = (id: string) => {
    setIdTouched(true);
    setDraft((current) => ({ ...current, id }));
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = parse(draft);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    setClientErrors(new Map());
    onSubmit(result.value);
  };

  const messages = useMemo(
    () => mergeFieldMessages(clientErrors, apiError ? groupIssuesByField(apiError.issues) : undefined),
    [clientErrors, apiError],
  );

  return {
    draft,
    setDraft,
    set,
    setName,
    setId,
    handleSubmit,
    clientErrors,
    errorsFor: (field: string, includeNested = false) => messagesFor(messages, field, includeNested),
  };
}
