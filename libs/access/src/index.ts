export * from './roles';
export * from './account-rules';
export * from './request-origin';
