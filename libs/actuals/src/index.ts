export * from './actuals.types';
