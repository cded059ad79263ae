import type { PromiseCell } from '../lib/promise-grid';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The week's promises: a row per buyers' local arrival hour, a column per day. */
export function PromiseWeekTable({ grid, caption }: { grid: PromiseCell[][]; caption: string }) {
  return (
    <div className="table-scroll table-scroll--tall" role="region" aria-label={caption} tabIndex={0} data-testid="promise-table">
      <table className="data-table promise-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Arrives</th>
            {DAYS.map((day) => (
              <th key={day} scope="col">
                <abbr title={day}>{day.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((cells, hour) => (
            <tr key={hour}>
              <th scope="row">{`${String(hour).padStart(2, '0')}:00`}</th>
              {cells.map((cell) => (
                <td key={cell.localHourOfWeek} className={`promise-cell${cell.teamOnline ? ' is-online' : ''}${cell.promiseHours === null ? ' is-none' : ''}`} title={cell.teamOnline ? 'Team on duty' : 'Team off duty'}>
                  {cell.text}
                  {cell.promiseHours !== null ? <span className="muted"> ({cell.promiseHours} h)</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
