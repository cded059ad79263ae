// The auth feature's public surface: what the app shell and the router compose.
export { SignInPage } from './components/sign-in-page';
export { RequireSession } from './components/require-session';
export { SessionExpiryWatch } from './components/session-expiry-watch';
export { UserMenu } from './components/user-menu';
export { AUTH_STATE_KEY } from './api/auth-state';
