// The rota feature's public surface: what routes compose.
export { RotaPage } from './components/rota-page';
// Read by the coverage page (a viewer reaches a plan's coverage through its published rota).
export { useRotas } from './api/get-rotas';
export type { RotaSummary } from './api/rota.types';
