import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import type { RotaPin } from '../api/rota.types';
import { useDeleteRotaPin } from '../api/rota-pins';
import { pinText } from '../lib/pin-text';

/**
 * Every stored pin with a way to remove it, and the re-run that applies them; without `onRerun`
 * (a role that does not build rotas) the pins are listed only.
 */
export function PinsPanel({ pins, loadError, agentName, onRerun, rerunning, rerunError }: { pins: readonly RotaPin[]; loadError: unknown; agentName: (id: string) => string; onRerun?: () => void; rerunning: boolean; rerunError: unknown }) {
  const remove = useDeleteRotaPin();
  const canEdit = onRerun !== undefined;
  return (
    <div data-testid="pins-panel">
      {loadError ? <QueryErrorState error={loadError} what="the pins" /> : null}
      {pins.length === 0 ? (
        <p className="muted">No pins.{canEdit ? ' Choose a cell of the rota to pin an agent onto a shift or keep them off a day.' : ''}</p>
      ) : (
        <ul className="plain-list pin-list">
          {pins.map((pin) => (
            <li key={pin.id} className="row">
              <span><span className="pin-badge">pin</span> {pinText(pin, agentName)}</span>
              {canEdit ? (
                <button type="button" className="button button--small" disabled={remove.isPending} onClick={() => remove.mutate(pin.id)} aria-label={`Unpin ${pinText(pin, agentName)}`}>
                  Unpin
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="row space-above">
          <button type="button" className="button" disabled={rerunning} onClick={onRerun}>
            {rerunning ? 'Re-running…' : 'Re-run rota with these pins'}
          </button>
        </div>
      ) : null}
      {remove.isError ? <ErrorAlert error={remove.error} title="The pin was not removed" /> : null}
      {rerunError ? <ErrorAlert error={rerunError} title="The rota was not re-run" /> : null}
    </div>
  );
}
