// The users feature's public surface: what routes compose.
export { UsersPage } from './components/users-page';
