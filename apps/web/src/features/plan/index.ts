// The plan feature's public surface: what routes compose.
export { PlanPage } from './components/plan-page';
export { gapFix } from './lib/gap-fix';
export type { StaffingGap, SuggestedHire } from './api/plan.types';
export type { StaffingFixState } from './components/staffing-gap-alert';
export { CoveragePanel } from './components/coverage-panel';
