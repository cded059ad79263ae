export * from './actuals.types';
export * from './helpdesk-layouts';
