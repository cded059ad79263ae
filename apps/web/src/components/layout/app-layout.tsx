import { useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../../lib/session/session-context';
import { navItemsFor } from './nav-items';

/**
 * Side navigation on a laptop; on a phone a top bar whose menu folds out. Only the pages the
 * signed-in role can use are listed; `userMenu` (who is signed in) sits at the foot of the menu.
 */
export function AppLayout({ userMenu }: { userMenu?: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const items = navItemsFor(useSession().permissions);
  const home = items[0]?.to ?? '/';

  return (
    <div className="shell">
      <nav className={`shell__nav${menuOpen ? ' is-open' : ''}`} aria-label="Main">
        <div className="shell__top">
          <Link to={home} className="shell__brand" onClick={() => setMenuOpen(false)}>
            followsun <small>capacity planner</small>
          </Link>
          <button
            type="button"
            className="shell__menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav-list"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <div className="shell__menu" id="main-nav-list">
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          {userMenu}
        </div>
      </nav>
      <main className="shell__main" id="main">
        <Outlet />
      </main>
    </div>
  );
}
