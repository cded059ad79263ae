import type { Rota, RotaPin } from '../api/rota.types';
import { useCreateRotaPin, useDeleteRotaPin } from '../api/rota-pins';
import { ErrorAlert } from '../../../components/ui/error-state';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { pinText } from '../lib/pin-text';
import { shiftChoicesOn, type RotaGridRow } from '../lib/rota-grid';

/**
 * The chosen cell: what the agent does that day, its pins (remove), and new pins — on one of
 * the site's planned shifts that day, or off the day. Pins apply when the rota is re-run.
 */
export function CellPinPanel({ rota, row, date, pins, agentName, onClose }: { rota: Rota; row: RotaGridRow; date: string; pins: readonly RotaPin[]; agentName: (id: string) => string; onClose: () => void }) {
  const create = useCreateRotaPin();
  const remove = useDeleteRotaPin();
  const cell = row.cells.find((c) => c.date === date);
  if (!cell) return null;
  const cellPins = pins.filter((pin) => cell.pinIds.includes(pin.id));
  const choices = shiftChoicesOn(rota, row.siteId, date);
  const dayOffPinned = cellPins.some((pin) => pin.off);
  const busy = create.isPending || remove.isPending;

  return (
    <section className="card cell-panel" aria-label={`Pins for ${row.name} on ${formatLocalDate(date)}`} data-testid="cell-pin-panel">
      <div className="job-progress__head">
        <h3>
          {row.name}, {formatLocalDate(date)}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        {cell.kind === 'shift' ? `Works ${cell.text} (${cell.templateId}), site time${cell.pinned ? ' — placed by a pin' : ''}.` : cell.kind === 'time-off' ? 'On approved leave.' : 'Not working.'}
        {cell.holiday ? ` Holiday: ${cell.holiday}.` : ''}
      </p>
      {cellPins.length > 0 ? (
        <ul className="plain-list">
          {cellPins.map((pin) => (
            <li key={pin.id} className="row">
              <span className="pin-badge">pin</span> {pinText(pin, agentName)}
              <button type="button" className="button button--small" disabled={busy} onClick={() => remove.mutate(pin.id)}>
                Unpin
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="row space-above">
        {cell.shift && !cellPins.some((pin) => pin.shift?.localStart === cell.shift?.localStart && pin.shift?.templateId === cell.shift?.templateId) ? (
          <button type="button" className="button button--small" disabled={busy} onClick={() => create.mutate({ agentId: row.agentId, shift: cell.shift! })}>
            Pin on this shift
          </button>
        ) : null}
        {!dayOffPinned && cell.kind !== 'time-off' ? (
          <button type="button" className="button button--small" disabled={busy} onClick={() => create.mutate({ agentId: row.agentId, date, off: true })}>
            Keep off this day
          </button>
        ) : null}
      </div>
      {choices.filter((choice) => !(cell.shift && choice.localStart === cell.shift.localStart && choice.templateId === cell.shift.templateId)).length > 0 ? (
        <div className="space-above">
          <p className="muted">Or put {row.name} on another shift planned that day:</p>
          <div className="row">
            {choices
              .filter((choice) => !(cell.shift && choice.localStart === cell.shift.localStart && choice.templateId === cell.shift.templateId))
              .map((choice) => (
                <button
                  key={`${choice.templateId}|${choice.localStart}`}
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() => create.mutate({ agentId: row.agentId, shift: { siteId: choice.siteId, templateId: choice.templateId, date: choice.date, localStart: choice.localStart } })}
                >
                  {choice.localStart}–{choice.localEnd} ({choice.templateId}){choice.missing ? `, ${choice.missing} empty` : ''}
                </button>
              ))}
          </div>
        </div>
      ) : null}
      {create.isError ? <ErrorAlert error={create.error} title="The pin was not saved" /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} title="The pin was not removed" /> : null}
      <p className="muted space-above">Pins apply to the next build: re-run the rota to see them.</p>
    </section>
  );
}
