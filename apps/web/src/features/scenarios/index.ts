// The scenarios feature's public surface: what routes compose.
export { ScenariosPage } from './components/scenarios-page';
// Used by the plan page (routes pass it on): a staffing gap's suggested hire becomes a scenario to compare.
export { useCreateFixScenario, type StoredFix } from './api/create-fix-scenario';
