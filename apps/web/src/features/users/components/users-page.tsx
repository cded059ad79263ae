import { useState, type ReactNode } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import type { ApiError } from '../../../lib/api-client';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { ROLE_LABELS, ROLES, roleName, type Role } from '../../../lib/session/permissions';
import { useSession } from '../../../lib/session/session-context';
import { useCreateUser, useDeleteUser, useUpdateUser, useUsers } from '../api/users';
import type { User } from '../api/users.types';
import { AddUserForm } from './add-user-form';
import { ResetPasswordPanel } from './reset-password-panel';

interface Failure {
  title: string;
  error: ApiError;
}

/**
 * Who can sign in and with which role: add people, change a role in the row, reset a forgotten
 * password, remove someone. The API keeps the last manager and refuses removing yourself; its
 * message says so here.
 */
export function UsersPage() {
  const me = useSession().user;
  const users = useUsers();
  const create = useCreateUser();
  const roleChange = useUpdateUser();
  const reset = useUpdateUser();
  const remove = useDeleteUser();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const clearMessages = () => {
    setNotice(null);
    setFailure(null);
  };

  const addUser = (user: Parameters<typeof create.mutate>[0]) =>
    create.mutate(user, {
      onSuccess: (saved) => {
        setAdding(false);
        setNotice(`Added ${saved.name} (${saved.email}) as ${roleName(saved.role).toLowerCase()}.`);
      },
    });

  const changeRole = (user: User, role: Role) => {
    clearMessages();
    roleChange.mutate(
      { id: user.id, changes: { role } },
      {
        onSuccess: (saved) => setNotice(`${saved.name} is now ${roleName(saved.role).toLowerCase()}.`),
        onError: (error) => setFailure({ title: `${user.name}’s role was not changed`, error }),
      },
    );
  };

  const resetPassword = (user: User, password: string) =>
    reset.mutate(
      { id: user.id, changes: { password } },
      {
        onSuccess: () => {
          setResetting(null);
          setNotice(`Set a new password for ${user.name}; their sessions have ended.`);
        },
      },
    );

  const removeUser = (user: User) => {
    clearMessages();
    remove.mutate(user.id, {
      onSuccess: () => {
        setConfirmingRemove(null);
        setNotice(`Removed ${user.name}; they can no longer sign in.`);
      },
      onError: (error) => {
        setConfirmingRemove(null);
        setFailure({ title: `${user.name} was not removed`, error });
      },
    });
  };

  const list = users.data ?? [];
  const pendingRoleOf = roleChange.isPending ? roleChange.variables?.id : undefined;

  const actions = (user: User): ReactNode => {
    // the API refuses changing your own role or removing yourself
    if (user.id === me.id) return <span className="muted user-self-note">Only another manager can change or remove you.</span>;
    if (confirmingRemove === user.id) {
      return (
        <span className="row row--nowrap">
          <span>Remove {user.name}?</span>
          <button type="button" className="button button--small button--danger" disabled={remove.isPending} onClick={() => removeUser(user)}>
            {remove.isPending ? 'Removing…' : 'Yes, remove'}
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmingRemove(null)}>
            Keep
          </button>
        </span>
      );
    }
    return (
      <span className="row row--nowrap">
        <button
          type="button"
          className="button button--small"
          aria-label={`Reset the password of ${user.name}`}
          onClick={() => {
            clearMessages();
            reset.reset();
            setAdding(false);
            setResetting(user);
          }}
        >
          Reset password
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Remove ${user.name}`}
          onClick={() => {
            clearMessages();
            setConfirmingRemove(user.id);
          }}
        >
          Remove
        </button>
      </span>
    );
  };

  return (
    <section aria-labelledby="users-heading">
      <div className="page-header">
        <div>
          <h2 id="users-heading">People who can sign in</h2>
          <p>Each person has one role; the role decides what they see and change. A new user signs in with the email and the first password you give them.</p>
        </div>
        {!adding ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              clearMessages();
              create.reset();
              setResetting(null);
              setAdding(true);
            }}
          >
            Add user
          </button>
        ) : null}
      </div>

      <div role="status" aria-live="polite">
        {notice ? <div className="alert alert--success">{notice}</div> : null}
      </div>
      {failure ? (
        <ErrorAlert error={failure.error} title={failure.title}>
          <p className="muted">Nothing changed.</p>
        </ErrorAlert>
      ) : null}

      {adding ? (
        <div className="card">
          <h3>New user</h3>
          <AddUserForm pending={create.isPending} error={create.error} onSubmit={addUser} onCancel={() => setAdding(false)} />
        </div>
      ) : null}

      {resetting ? (
        <ResetPasswordPanel
          key={resetting.id}
          user={resetting}
          pending={reset.isPending}
          error={reset.error}
          onSubmit={(password) => resetPassword(resetting, password)}
          onCancel={() => setResetting(null)}
        />
      ) : null}

      {users.isPending ? <LoadingState label="Loading users…" /> : null}
      {users.isError ? <QueryErrorState error={users.error} what="the users" onRetry={() => void users.refetch()} /> : null}
      {users.isSuccess && list.length === 0 ? <EmptyState title="No users">Add the people who plan and read the rotas.</EmptyState> : null}
      {list.length > 0 ? (
        <DataTable<User>
          caption="Users"
          captionHidden
          testId="users-table"
          rows={list}
          rowKey={(user) => user.id}
          columns={[
            {
              key: 'person',
              header: 'Name and email',
              cell: (user) => (
                <>
                  <strong>{user.name}</strong>
                  {user.id === me.id ? <span className="pill pill--info user-you">you</span> : null}
                  <span className="user-email">{user.email}</span>
                </>
              ),
            },
            {
              key: 'role',
              header: 'Role',
              cell: (user) =>
                user.id === me.id ? (
                  <span title="Another manager can change your role">{roleName(user.role)}</span>
                ) : (
                  <select
                    className="inline-input role-select"
                    aria-label={`Role of ${user.name}`}
                    value={user.role}
                    disabled={pendingRoleOf === user.id}
                    onChange={(event) => changeRole(user, event.target.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role].name}
                      </option>
                    ))}
                  </select>
                ),
            },
            {
              key: 'created',
              header: 'Added',
              cell: (user) => <span title={formatInstant(user.createdAt, 'UTC')}>{formatLocalDate(user.createdAt.slice(0, 10))}</span>,
            },
            { key: 'actions', header: <span className="visually-hidden">Actions</span>, cell: actions, wrap: true },
          ]}
        />
      ) : null}
    </section>
  );
}
