// The organisation feature's public surface: what routes compose.
export { OrganisationSummary } from './components/organisation-summary';
export { OrganisationForm } from './components/organisation-form';
export { useOrganisation } from './api/organisation';
