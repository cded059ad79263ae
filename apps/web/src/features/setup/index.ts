// The setup feature's public surface: what routes compose.
export { MarketplacesSection } from './components/marketplaces-section';
export { SitesSection } from './components/sites-section';
export { ShiftTemplatesSection } from './components/shift-templates-section';
export { AgentsSection } from './components/agents-section';
export { EventsSection } from './components/events-section';
export { CurrencyRatesSection } from './components/currency-rates-section';
export { HistoryImport } from './components/history-import';
export { ScenarioFilePanel } from './components/scenario-file-panel';
export { SetupCounts } from './components/setup-counts';
// Reads other pages need (routes pass the data on, features do not import each other).
export { useMarketplaces } from './api/marketplaces';
export { useSites } from './api/sites';
export { useAgents } from './api/agents';
export { useShiftTemplates } from './api/shift-templates';
