// The rota feature's public surface: what routes compose.
export { RotaPage } from './components/rota-page';
