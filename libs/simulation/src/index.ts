export * from './simulation.types';
export * from './simulation-error';
export * from './simulate';
export * from './input/staffing.util';
export * from './input/validate-simulation-input.util';
export * from './input/simulation-input-from-plan.util';
export { hourOfWeekLabel } from './interpret/build-result';
export * from './promise/reply-promise';
export * from './promise/auto-reply-sentence.util';
