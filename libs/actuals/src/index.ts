export * from './actuals.types';
export * from './helpdesk-layouts';
export * from './replan/replan.types';
export * from './replan/reforecast';
export { replanFromNow } from './replan/replan-from-now';
export * from './actuals-csv';
export * from './generate-actuals';
export * from './monitor-report';
