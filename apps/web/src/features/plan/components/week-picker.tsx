import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import type { PlanWeek, PlanWeekEvent } from '../api/get-plan-windows';

/** Public holidays repeat across countries and days: one pill per name. */
function eventPills(events: readonly PlanWeekEvent[]): { key: string; label: string; tone: 'peak' | 'holiday'; title: string }[] {
  const seen = new Set<string>();
  const pills: { key: string; label: string; tone: 'peak' | 'holiday'; title: string }[] = [];
  for (const event of events) {
    const key = `${event.source}|${event.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = event.countries.length ? ` (${event.countries.join(', ')})` : '';
    pills.push({
      key,
      label: event.name,
      tone: event.source === 'event' && event.kind === 'peak' ? 'peak' : 'holiday',
      title: `${event.name}${where}: ${formatLocalDateRange(event.start, event.end)}`,
    });
  }
  return pills;
}

/**
 * The horizon's weeks to start a plan from, each marked with the events and public holidays on
 * its dates (Prime Day, Chinese New Year …) and whether it carries in the backlog of a stored
 * plan. Weeks from which the chosen number of weeks would run past the horizon are disabled.
 */
export function WeekPicker({
  weeks,
  value,
  windowWeeks,
  onChange,
}: {
  weeks: readonly PlanWeek[];
  /** First date of the chosen week. */
  value: string;
  /** Weeks the window covers. */
  windowWeeks: number;
  onChange: (start: string) => void;
}) {
  return (
    <fieldset className="week-picker field--wide" aria-label="Week to plan">
      <legend>Week to plan</legend>
      <ul className="week-picker__weeks">
        {weeks.map((week, index) => {
          const pills = eventPills(week.events);
          const fits = index + windowWeeks <= weeks.length;
          const id = `week-${week.start}`;
          return (
            <li
              key={week.start}
              className={`week-picker__week${value === week.start ? ' week-picker__week--chosen' : ''}${pills.length ? ' week-picker__week--events' : ''}`}
              data-testid="week-option"
              data-start={week.start}
              data-events={pills.map((pill) => pill.label).join('|')}
            >
              <input type="radio" id={id} name="plan-week" value={week.start} checked={value === week.start} disabled={!fits} onChange={() => onChange(week.start)} />
              <label htmlFor={id}>
                <strong>Week {week.week}</strong> <span>{formatLocalDateRange(week.start, week.end)}</span>
              </label>
              {pills.length ? (
                <span className="week-picker__events">
                  {pills.map((pill) => (
                    <span key={pill.key} className={`pill pill--${pill.tone}`} title={pill.title}>
                      {pill.label}
                    </span>
                  ))}
                </span>
              ) : null}
              {week.backlogFromPlanId ? <span className="muted week-picker__backlog">carries in the backlog of the plan before</span> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
