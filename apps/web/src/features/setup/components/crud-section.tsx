import { useEffect, useRef, type ReactNode } from 'react';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../../../lib/api-client';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useCan } from '../../../lib/session/session-context';
import { slugify } from '../../../lib/slug.util';
import type { SaveRequest } from '../api/crud-resource';
import { useCrudEditor } from '../hooks/use-crud-editor';

/** What every entity form receives from its section. */
export interface EntityFormProps<T> {
  /** The item being edited; null when creating. */
  initial: T | null;
  /** Ids already taken (a new item's id must differ). */
  existingIds: readonly string[];
  pending: boolean;
  /** The API's answer to the last save, shown next to the fields it names. */
  error: ApiError | null;
  onSubmit: (value: T) => void;
  onCancel: () => void;
}

interface CrudSectionProps<T> {
  /** Plural heading ("Marketplaces") and singular noun ("marketplace"). */
  title: string;
  noun: string;
  description: ReactNode;
  query: UseQueryResult<T[], Error>;
  save: UseMutationResult<T, ApiError, SaveRequest<T>>;
  remove: UseMutationResult<void, ApiError, string>;
  idOf: (item: T) => string;
  nameOf: (item: T) => string;
  columns: Column<T>[];
  renderForm: (props: EntityFormProps<T>) => ReactNode;
  /** What an empty list means and what to do about it. */
  emptyHint: ReactNode;
  /** Why nothing can be created yet (e.g. "Add a site first."), or undefined. */
  blockedReason?: ReactNode;
  /** Controls above the table (a site filter) and the rows they let through. */
  toolbar?: ReactNode;
  filter?: (item: T) => boolean;
}

/**
 * A setup list: table, create/edit form, inline delete confirmation, saved/deleted notices.
 * A role without `setup.write` reads the table only.
 */
export function CrudSection<T>(props: CrudSectionProps<T>) {
  const { title, noun, description, query, save, remove, idOf, nameOf, columns, renderForm, emptyHint, blockedReason, toolbar, filter } = props;
  const crud = useCrudEditor({ idOf, nameOf, save, remove });
  const canEdit = useCan('setup.write');
  const formRef = useRef<HTMLDivElement>(null);
  const items = query.data ?? [];
  const shown = filter ? items.filter(filter) : items;
  const slug = slugify(noun);

  // Bring the form into view and focus its first field when it opens (long lists on phones).
  useEffect(() => {
    if (crud.editor.mode === 'closed' || !formRef.current) return;
    formRef.current.scrollIntoView({ block: 'nearest' });
    formRef.current.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [crud.editor]);

  const actions: Column<T> = {
    key: 'actions',
    header: <span className="visually-hidden">Actions</span>,
    cell: (item) =>
      crud.confirmingDelete === idOf(item) ? (
        <span className="row row--nowrap">
          <span>Delete {nameOf(item)}?</span>
          <button type="button" className="button button--small button--danger" disabled={remove.isPending} onClick={() => crud.confirmDelete(item)}>
            Yes, delete
          </button>
          <button type="button" className="button button--small" onClick={crud.cancelDelete}>
            Keep
          </button>
        </span>
      ) : (
        <span className="row row--nowrap">
          <button type="button" className="button button--small" aria-label={`Edit ${nameOf(item)}`} onClick={() => crud.startEdit(item)}>
            Edit
          </button>
          <button type="button" className="button button--small button--danger" aria-label={`Delete ${nameOf(item)}`} onClick={() => crud.askDelete(item)}>
            Delete
          </button>
        </span>
      ),
  };

  const editing = crud.editor.mode === 'edit' ? crud.editor.item : null;

  return (
    <section aria-labelledby={`${slug}-heading`}>
      <div className="page-header">
        <div>
          <h2 id={`${slug}-heading`}>{title}</h2>
          <p>{description}</p>
        </div>
        {canEdit && crud.editor.mode === 'closed' && !blockedReason ? (
          <button type="button" className="button button--primary" onClick={crud.startCreate}>
            Add {noun}
          </button>
        ) : null}
      </div>

      <div role="status" aria-live="polite">
        {crud.notice ? <div className="alert alert--success">{crud.notice}</div> : null}
      </div>
      {remove.error ? <ErrorAlert error={remove.error} title={`Could not delete the ${noun}`} /> : null}
      {canEdit && blockedReason && crud.editor.mode === 'closed' ? <div className="alert alert--info">{blockedReason}</div> : null}

      {canEdit && crud.editor.mode !== 'closed' ? (
        <div className="card" ref={formRef}>
          <h3>{editing ? `Edit ${nameOf(editing)}` : `New ${noun}`}</h3>
          {renderForm({
            initial: editing,
            existingIds: items.map(idOf),
            pending: save.isPending,
            error: save.error,
            onSubmit: crud.submit,
            onCancel: crud.close,
          })}
        </div>
      ) : null}

      {query.isPending ? <LoadingState label={`Loading ${title.toLowerCase()}…`} /> : null}
      {query.isError ? <QueryErrorState error={query.error} what={title.toLowerCase()} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && items.length === 0 ? <EmptyState title={`No ${title.toLowerCase()} yet`}>{emptyHint}</EmptyState> : null}
      {items.length > 0 && toolbar ? <div className="row toolbar">{toolbar}</div> : null}
      {items.length > 0 ? (
        <DataTable caption={title} captionHidden columns={canEdit ? [...columns, actions] : columns} rows={shown} rowKey={(item) => idOf(item)} testId={`${slug}-table`} />
      ) : null}
    </section>
  );
}
