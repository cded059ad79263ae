import { formatNumber } from '../../../lib/format/format-number.util';
import { WEEKDAY_NAMES, type Heatmap } from '../lib/hour-of-week-heatmap';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** 7 × 24 grid of mean messages per local hour of the week; darker = busier. A table, so it reads cell by cell. */
export function HourOfWeekHeatmap({ heatmap, caption }: { heatmap: Heatmap; caption: string }) {
  return (
    <div className="table-scroll heatmap-scroll" role="region" aria-label={caption} tabIndex={0} data-testid="hour-of-week-heatmap">
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Day</span>
            </th>
            {HOURS.map((hour) => (
              <th key={hour} scope="col">
                {String(hour).padStart(2, '0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((cells, day) => (
            <tr key={WEEKDAY_NAMES[day]}>
              <th scope="row">
                <abbr title={WEEKDAY_NAMES[day]}>{WEEKDAY_NAMES[day].slice(0, 3)}</abbr>
              </th>
              {cells.map((cell) => {
                const text = cell.mean === null ? 'no data' : formatNumber(cell.mean, undefined, 1);
                return (
                  <td key={cell.hour} className={`heat-${cell.level}`} title={`${WEEKDAY_NAMES[day]} ${String(cell.hour).padStart(2, '0')}:00 — ${text} messages`}>
                    <span className="visually-hidden">{text}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
