import { useState } from 'react';
import { roleName } from '../../../lib/session/permissions';
import { useSession } from '../../../lib/session/session-context';
import { useSignOut } from '../api/sign-out';
import { ChangePasswordDialog } from './change-password-dialog';

/** "Ana Lima" → "AL"; one word → its first two letters. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? words[0].slice(0, 2) : `${words[0][0]}${words[words.length - 1][0]}`;
  return letters.toUpperCase();
}

/** A long address wraps after its "@" in the narrow menu, not in the middle of the domain. */
function emailWithBreak(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/** Who is signed in (name, email, role), with "Change password" and "Sign out". */
export function UserMenu() {
  const { user } = useSession();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <section className="user-menu" aria-label="Signed in" data-testid="user-menu">
      <div className="user-menu__who">
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(user.name || user.email)}
        </span>
        <div className="user-menu__text">
          <span className="user-menu__name" data-testid="user-menu-name">
            {user.name}
          </span>
          <span className="user-menu__email" data-testid="user-menu-email" title={user.email}>
            {emailWithBreak(user.email)}
          </span>
          <span className="user-menu__role" data-testid="user-menu-role">
            {roleName(user.role)}
          </span>
        </div>
      </div>
      <div className="user-menu__actions">
        <button type="button" className="user-menu__button" onClick={() => setChangingPassword(true)}>
          Change password
        </button>
        <button type="button" className="user-menu__button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          {signOut.isPending ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
      {signOut.isError ? (
        <p className="user-menu__error" role="alert">
          Not signed out: {signOut.error.message}
        </p>
      ) : null}
      {changingPassword ? <ChangePasswordDialog onClose={() => setChangingPassword(false)} /> : null}
    </section>
  );
}
