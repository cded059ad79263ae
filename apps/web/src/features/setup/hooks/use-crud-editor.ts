import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '../../../lib/api-client';
import type { SaveRequest } from '../api/crud-resource';

export type EditorState<T> = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; item: T };

/**
 * Which item is being created, edited or about to be deleted in a setup list, and what
 * happened last ("Saved Amazon US."). The requests themselves are react-query mutations.
 */
export function useCrudEditor<T>({
  idOf,
  nameOf,
  save,
  remove,
}: {
  idOf: (item: T) => string;
  nameOf: (item: T) => string;
  save: UseMutationResult<T, ApiError, SaveRequest<T>>;
  remove: UseMutationResult<void, ApiError, string>;
}) {
  const [editor, setEditor] = useState<EditorState<T>>({ mode: 'closed' });
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const open = (next: EditorState<T>) => {
    save.reset();
    remove.reset();
    setNotice(null);
    setConfirmingDelete(null);
    setEditor(next);
  };

  const submit = (value: T) => {
    const request: SaveRequest<T> = editor.mode === 'edit' ? { mode: 'update', id: idOf(editor.item), value } : { mode: 'create', value };
    save.mutate(request, {
      onSuccess: (saved) => {
        setEditor({ mode: 'closed' });
        setNotice(`Saved ${nameOf(saved ?? value)}.`);
      },
    });
  };

  const confirmDelete = (item: T) => {
    remove.mutate(idOf(item), {
      onSuccess: () => {
        setConfirmingDelete(null);
        setNotice(`Deleted ${nameOf(item)}.`);
        if (editor.mode === 'edit' && idOf(editor.item) === idOf(item)) setEditor({ mode: 'closed' });
      },
    });
  };

  return {
    editor,
    notice,
    confirmingDelete,
    startCreate: () => open({ mode: 'create' }),
    startEdit: (item: T) => open({ mode: 'edit', item }),
    close: () => open({ mode: 'closed' }),
    askDelete: (item: T) => {
      remove.reset();
      setConfirmingDelete(idOf(item));
    },
    cancelDelete: () => setConfirmingDelete(null),
    confirmDelete,
    submit,
  };
}
