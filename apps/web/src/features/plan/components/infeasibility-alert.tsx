import type { PlanSummary } from '../api/plan.types';

/** Why no plan exists, in the planner's words, with the hours concerned on their local clock and what to change. */
export function InfeasibilityAlert({ plan, nameOf }: { plan: PlanSummary; nameOf: (kind: 'site' | 'marketplace', id: string) => string }) {
  const explanation = plan.infeasibility;
  return (
    <div className="alert alert--error alert--prominent" role="alert" data-testid="plan-infeasible">
      <h2>This setup cannot be planned</h2>
      <p>
        <strong>{explanation?.summary ?? plan.message ?? 'No staffing within the setup’s limits answers every message in time.'}</strong>
      </p>
      {explanation && explanation.findings.length > 0 ? (
        <ul>
          {explanation.findings.map((finding, index) => (
            <li key={index}>
              {finding.marketplaceId ? <strong>{nameOf('marketplace', finding.marketplaceId)}: </strong> : finding.siteId ? <strong>{nameOf('site', finding.siteId)}: </strong> : null}
              {finding.message}
              {finding.spans.length > 0 ? (
                <span className="muted">
                  {' '}
                  (hours: {finding.spans.slice(0, 4).map((span) => span.local).join('; ')}
                  {finding.spans.length > 4 ? `; and ${finding.spans.length - 4} more` : ''})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        Change what is named above in Setup — more agents or a wider headcount range at a site, shift templates that start in those hours, agents who speak the buyers’ language, or a
        longer reply deadline — then run the plan again.
      </p>
    </div>
  );
}
