import { useState } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { NAV_ITEMS } from './nav-items';

/** Side navigation on a laptop; on a phone a top bar whose menu folds out. */
export function AppLayout() {
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <div className="shell">
      <nav className={`shell__nav${menuOpen ? ' is-open' : ''}`} aria-label="Main">
        <div className="shell__top">
          <Link to="/" className="shell__brand" onClick={() => setMenuOpen(false)}>
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
        <ul className="nav-list" id="main-nav-list">
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell__main" id="main">
        <Outlet />
      </main>
    </div>
  );
}
