// The scenarios feature's public surface: what routes compose.
export { ScenariosPage } from './components/scenarios-page';
