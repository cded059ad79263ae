import type { Rota } from '../api/rota.types';

const BLOCKERS: Record<string, string> = {
  'wrong-site': 'other site',
  language: 'language',
  'time-off': 'on leave',
  'pinned-off': 'pinned off',
  'same-shift': 'already on this shift',
  'same-day': 'already working that day',
  'availability-cap': 'site availability cap',
  rest: 'rest between shifts',
  'consecutive-days': 'too many days in a row',
  'weekly-hours': 'weekly hours',
};

/** Unfilled shifts with the rules that kept each agent off, broken soft rules, and pins not applied. */
export function RotaIssues({ rota, siteId }: { rota: Rota; siteId: string | null }) {
  const unfilled = rota.unfilled.filter((u) => siteId === null || u.shift.siteId === siteId);
  const breaches = rota.softBreaches.filter((b) => siteId === null || b.siteId === siteId);
  return (
    <div data-testid="rota-issues">
      <h3>Unfilled shifts ({unfilled.length})</h3>
      {unfilled.length === 0 ? (
        <p className="muted">Every planned seat has an agent.</p>
      ) : (
        <>
          <p className="muted">Add agents at the site, widen their availability, or change the plan’s shift templates; a pin can also move someone onto an empty seat.</p>
          <ul className="issue-list" data-testid="unfilled-list">
            {unfilled.map((u) => (
              <li key={`${u.shift.siteId}/${u.shift.templateId}/${u.shift.date}/${u.shift.localStart}`}>
                {u.message}
                {Object.keys(u.blockers).length ? (
                  <span className="muted">
                    {' '}
                    — kept off by:{' '}
                    {Object.entries(u.blockers)
                      .map(([reason, count]) => `${BLOCKERS[reason] ?? reason} (${count})`)
                      .join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="space-above">Soft rules broken ({breaches.length})</h3>
      {breaches.length === 0 ? (
        <p className="muted">Everyone gets two days off in a row each week and reaches their contract hours.</p>
      ) : (
        <ul className="issue-list" data-testid="soft-breach-list">
          {breaches.map((b, index) => (
            <li key={`${b.agentId}/${b.rule}/${b.weekStart}/${index}`}>{b.message}</li>
          ))}
        </ul>
      )}
      {rota.pinIssues.length > 0 ? (
        <>
          <h3 className="space-above">Pins not applied ({rota.pinIssues.length})</h3>
          <ul className="issue-list">
            {rota.pinIssues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
