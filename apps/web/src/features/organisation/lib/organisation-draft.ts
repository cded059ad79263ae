import type { PlanningHorizon } from '@app/domain';
import { DraftParser, numberToText, type DraftResult } from '../../../lib/draft-parser';
import type { Organisation } from '../api/organisation';

export interface OrganisationDraft {
  name: string;
  reportingCurrency: string;
  hasHorizon: boolean;
  horizonStart: string;
  horizonWeeks: string;
  horizonMode: PlanningHorizon['mode'];
}

export function organisationToDraft(organisation: Organisation): OrganisationDraft {
  return {
    name: organisation.name,
    reportingCurrency: organisation.reportingCurrency,
    hasHorizon: organisation.horizon !== undefined,
    horizonStart: organisation.horizon?.start ?? '',
    horizonWeeks: numberToText(organisation.horizon?.weeks ?? 4),
    horizonMode: organisation.horizon?.mode ?? 'dated',
  };
}

export function draftToOrganisation(draft: OrganisationDraft): DraftResult<Organisation> {
  const parser = new DraftParser();
  const organisation: Organisation = {
    name: parser.text('name', draft.name, 'Name'),
    reportingCurrency: parser.text('reportingCurrency', draft.reportingCurrency, 'Reporting currency').toUpperCase(),
  };
  if (draft.hasHorizon) {
    organisation.horizon = {
      start: parser.text('horizon.start', draft.horizonStart, 'Horizon start'),
      weeks: parser.number('horizon.weeks', draft.horizonWeeks, 'Weeks', { min: 1, integer: true }),
      mode: draft.horizonMode,
    };
  }
  return parser.result(organisation);
}
