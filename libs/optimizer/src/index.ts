/**
 * followsun planner: the cheapest integer shift mix that keeps every message inside its
 * deadline and the wait short. Pure TypeScript (no Node APIs); solvers behind drivers.
 *
 *   planScenario(scenario, { arrivals, grid, solver, timeLimitSeconds, mipGap, onProgress, signal })
 *     = buildPlanningProblem → buildPlanningModel → solvePlanningModel → interpretPlan
 */
export * from './plan-scenario';
export * from './truthful-plan';
export * from './plan-result.types';
export * from './plan-defaults';
export * from './plan-window';
export * from './optimizer-error';

export * from './model/linear-model.types';
export * from './model/linear-expression';
export * from './model/model-builder';
export * from './model/solve-model';
export * from './drivers/highs.driver';
export * from './drivers/jslp.driver';

export * from './planning/planning-problem.types';
export * from './planning/planning-problem.build';
export * from './planning/planning-model.build';
export * from './planning/erlang-c.util';
export * from './planning/site-languages.util';
export { sitePayMultipliers, siteHolidayDates } from './planning/site-hourly-rate.util';
export type { ConstraintFamily, PlanningVariables, ElasticSlack } from './constraints/model-context';

export * from './solve/plan-solve';
export * from './solve/plan-effort';
export * from './interpret/plan-interpret';
export * from './interpret/dispatch-replay.util';
export * from './interpret/dispatch-rule.util';
export * from './diagnose/infeasibility.types';
export * from './diagnose/coverage-precheck';
export * from './diagnose/relaxation-diagnosis';
