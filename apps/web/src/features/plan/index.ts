// The plan feature's public surface: what routes compose.
export { PlanPage } from './components/plan-page';
