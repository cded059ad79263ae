export * from './scenario-definition.types';
export * from './scenario-error';
export * from './apply-definition';
export * from './local-window.util';
export { multiplyVolume } from './overrides/volume-multiplier.override';
export { deflectVolume } from './overrides/deflection.override';
export { NOT_YET_HIRED } from './overrides/hire-agents.override';
export * from './validation/scenario-definition.schema';
export * from './validation/validate-definition';
export * from './pipeline.types';
export * from './planning/planning-input';
export { vendorAsSite, vendorSiteId, vendorMarketplaces } from './planning/vendor-as-site.adapter';
export { splitAutoReplyHours, acknowledgedMarketplaceId } from './planning/auto-reply-split.adapter';
export * from './horizon-grid';
export * from './comparison.types';
export * from './band-check';
export * from './compare-scenarios';
export * from './cost-service-frontier';
export * from './peak-what-if';
export * from './comparison-export';
export * from './live-refresh';
// The real pipeline (forecast, optimizer, simulator) is imported from '@app/scenarios/default-pipeline'
// and '@app/scenarios/adapters/*', so that importing the library's types and pure functions
// (the web app does) does not pull in the solvers.
