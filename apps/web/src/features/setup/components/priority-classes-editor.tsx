import { formatNumber } from '../../../lib/format/format-number.util';
import { emptyClassDraft, sharesTotalPercent, type PriorityClassDraft } from '../lib/marketplace-draft';

/**
 * The marketplace's priority classes as an editable table: id, name, share of volume,
 * reply deadline (blank = no reply needed) and handle time. The running share total is
 * shown because the API refuses shares that do not add up to 100 %.
 */
export function PriorityClassesEditor({
  classes,
  onChange,
  errorsFor,
}: {
  classes: PriorityClassDraft[];
  onChange: (next: PriorityClassDraft[]) => void;
  errorsFor: (field: string, includeNested?: boolean) => string[];
}) {
  const update = (index: number, patch: Partial<PriorityClassDraft>) =>
    onChange(classes.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const total = sharesTotalPercent(classes);
  const groupErrors = errorsFor('classes');

  const cell = (index: number, field: keyof PriorityClassDraft & string, apiField: string, label: string, inputMode: 'text' | 'decimal', wide = false) => {
    const errors = errorsFor(`classes.${index}.${apiField}`);
    const rowName = classes[index].name || `class ${index + 1}`;
    return (
      <td>
        <input
          className={wide ? 'inline-input inline-input--wide' : 'inline-input'}
          aria-label={`${label} of ${rowName}`}
          inputMode={inputMode}
          value={String(classes[index][field] ?? '')}
          aria-invalid={errors.length > 0 || undefined}
          title={errors.join(' ') || undefined}
          onChange={(event) => update(index, { [field]: event.target.value } as Partial<PriorityClassDraft>)}
        />
        {errors.length ? <p className="field__error">{errors.join(' ')}</p> : null}
      </td>
    );
  };

  return (
    <fieldset>
      <legend>Priority classes</legend>
      <p className="field__hint">
        Share of the marketplace’s messages in %, reply deadline in hours on the reply clock (leave blank for “no reply needed”), handle time in minutes.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col" className="num">Share %</th>
              <th scope="col" className="num">Deadline h</th>
              <th scope="col" className="num">Handle min</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c, index) => (
              <tr key={index}>
                {cell(index, 'id', 'id', 'Id', 'text')}
                {cell(index, 'name', 'name', 'Name', 'text', true)}
                {cell(index, 'sharePercent', 'share', 'Share %', 'decimal')}
                {cell(index, 'replyDeadlineHours', 'replyDeadlineHours', 'Reply deadline (hours)', 'decimal')}
                {cell(index, 'handleMinutes', 'handleMinutes', 'Handle time (minutes)', 'decimal')}
                <td>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={`Remove ${c.name || `class ${index + 1}`}`}
                    onClick={() => onChange(classes.filter((_, i) => i !== index))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row space-above">
        <button type="button" className="button button--small" onClick={() => onChange([...classes, emptyClassDraft()])}>
          Add class
        </button>
        <span className={total !== null && Math.abs(total - 100) > 1e-6 ? 'field__error' : 'muted'} aria-live="polite">
          {total === null ? 'Shares: fill in every share' : `Shares add up to ${formatNumber(total)} %`}
        </span>
      </div>
      {groupErrors.length ? <p className="field__error">{groupErrors.join(' ')}</p> : null}
    </fieldset>
  );
}
