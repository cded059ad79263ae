/**
 * Injection token of the forecast → plan → simulate pipeline (`ScenarioPipeline` of the
 * scenarios library) that comparisons, frontiers, what-ifs and the nightly refresh run.
 */
export const SCENARIO_PIPELINE = Symbol('SCENARIO_PIPELINE');
